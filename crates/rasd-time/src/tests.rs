//! Unit tests per rule.

use super::*;
use rasd_doc::{Calendar, TimeType};

fn values(text: &str, published: &str) -> Vec<String> {
    recognise(text, Some(published)).into_iter().map(|t| t.value).collect()
}

#[test]
fn smoke() {
    assert_eq!(values("صدر مساء السبت", "2024-09-01"), ["2024-08-31TEV"]);
}
