//! Whole-article output of the reference article, as a reviewed snapshot.
//!
//! Any change in any recogniser shows up here as a diff of the full contract JSON, to be
//! reviewed (`cargo insta review`) rather than silently accepted.

use rasd_pipeline::{analyze, AnalyzeOptions, Input};

const REFERENCE: &str = include_str!("../../../examples/alarab-2024-09-01.txt");

#[test]
fn reference_article_whole_output() {
    let input = Input {
        id: Some("alarab-2024-09-01".into()),
        text: REFERENCE.to_string(),
        ..Default::default()
    };
    let article = analyze(input, &AnalyzeOptions::default());
    assert_eq!(
        article.published.as_deref(),
        Some("2024-09-01"),
        "dateline gives the anchor date"
    );
    // The text itself is in the fixture; keep the snapshot to what was found.
    let mut value = serde_json::to_value(&article).expect("article serialises");
    value["text"] =
        serde_json::Value::String(format!("<{} code points>", REFERENCE.chars().count()));
    insta::assert_json_snapshot!(value);
}

/// Every span of every layer covers exactly the text it claims, for the reference article.
#[test]
fn every_span_of_the_reference_article_maps_to_its_text() {
    let article = analyze(
        Input {
            text: REFERENCE.to_string(),
            ..Default::default()
        },
        &AnalyzeOptions::default(),
    );
    let chars: Vec<char> = article.text.chars().collect();
    let cover = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    for e in &article.entities {
        for m in &e.mentions {
            assert_eq!(cover(m.start, m.end), m.text, "entity {}", e.id);
        }
    }
    for t in &article.times {
        assert_eq!(cover(t.start, t.end), t.text);
    }
    for q in &article.quantities {
        assert_eq!(cover(q.start, q.end), q.text);
    }
    for q in &article.quotes {
        assert_eq!(cover(q.start, q.end), q.text);
    }
    for v in &article.events {
        assert_eq!(
            cover(v.trigger.start, v.trigger.end),
            v.trigger.text,
            "event {}",
            v.id
        );
        assert!(
            v.sentence.start <= v.trigger.start && v.trigger.end <= v.sentence.end,
            "event {}",
            v.id
        );
    }
}
