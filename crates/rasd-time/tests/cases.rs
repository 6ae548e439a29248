//! Table-driven test: real news fragments with the values they must resolve to.

use rasd_time::recognise;

const CASES: &str = include_str!("cases.tsv");

#[test]
fn corpus_fragments_resolve_as_annotated() {
    let mut failures = Vec::new();
    let mut n = 0;
    for (k, line) in CASES.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() >= 2,
            "cases.tsv:{}: expected published, text, values",
            k + 1
        );
        let (published, text) = (cols[0], cols[1]);
        let expected: Vec<&str> = cols
            .get(2)
            .filter(|v| !v.is_empty())
            .map(|v| v.split('|').collect())
            .unwrap_or_default();
        let got = recognise(text, Some(published));
        let values: Vec<&str> = got.iter().map(|t| t.value.as_str()).collect();
        if values != expected {
            failures.push(format!(
                "cases.tsv:{}: {text}\n  expected {expected:?}\n  got      {values:?}",
                k + 1
            ));
        }
        n += 1;
    }
    assert!(n >= 150, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
