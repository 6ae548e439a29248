//! Table-driven test over real news sentences (`corpus_cases.tsv`): each row names a quote the
//! recogniser must find, with its exact content and speaker, or says the sentence has none.

use rasd_doc::{Entity, EntityType, Span};

const CASES: &str = include_str!("corpus_cases.tsv");

/// Entities from `TYPE:surface;…`: every occurrence of a surface becomes a mention.
fn entities(text: &str, spec: &str) -> Vec<Entity> {
    if spec == "-" {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (k, item) in spec.split(';').enumerate() {
        let (t, name) = item.split_once(':').expect("TYPE:surface");
        let kind = match t {
            "PER" => EntityType::Per,
            "ORG" => EntityType::Org,
            "GPE" => EntityType::Gpe,
            other => panic!("unknown type {other}"),
        };
        let n: Vec<char> = name.chars().collect();
        let mentions: Vec<Span> = (0..chars.len())
            .filter(|&i| chars[i..].starts_with(&n))
            .map(|i| Span {
                start: i,
                end: i + n.len(),
                text: name.to_string(),
            })
            .collect();
        assert!(!mentions.is_empty(), "{name} not in {text}");
        out.push(Entity {
            id: format!("E{}", k + 1),
            kind,
            name: name.to_string(),
            name_en: None,
            reference: None,
            lat: None,
            lon: None,
            country: None,
            mentions,
        });
    }
    out
}

#[test]
fn corpus_sentences_give_the_expected_quotes_and_speakers() {
    let mut rows = 0;
    let mut failures = Vec::new();
    for (line, row) in CASES
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = row.split('\t').collect();
        let [text, ents, content, speaker] = cols[..] else {
            panic!("line {}: 4 columns expected", line + 1)
        };
        rows += 1;
        let ents = entities(text, ents);
        let got = rasd_quotes::quotes(text, &ents);
        if content == "-" {
            if !got.is_empty() {
                failures.push(format!(
                    "line {}: expected no quote, got {:?}",
                    line + 1,
                    got.iter().map(|q| &q.text).collect::<Vec<_>>()
                ));
            }
            continue;
        }
        let Some(q) = got.iter().find(|q| q.text == content) else {
            failures.push(format!(
                "line {}: no quote {content:?}; got {:?}",
                line + 1,
                got.iter().map(|q| &q.text).collect::<Vec<_>>()
            ));
            continue;
        };
        let want = (speaker != "-").then_some(speaker);
        if q.speaker_text.as_deref() != want {
            failures.push(format!(
                "line {}: speaker {:?}, expected {want:?} for {content:?}",
                line + 1,
                q.speaker_text
            ));
        }
        // The speaker id, when set, names an entity whose mention is the speaker text.
        if let Some(id) = &q.speaker {
            let e = ents
                .iter()
                .find(|e| &e.id == id)
                .expect("speaker id is an entity id");
            assert!(
                e.mentions
                    .iter()
                    .any(|m| Some(m.text.as_str()) == q.speaker_text.as_deref())
                    || q.speaker_text.is_some()
            );
        }
    }
    assert!(rows >= 60, "only {rows} cases");
    assert!(
        failures.is_empty(),
        "{} of {rows} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
