//! Property: `quotes` never panics, and every span it returns lies on the original text's
//! code points and carries exactly the text it covers.

use proptest::prelude::*;
use rasd_doc::{Entity, EntityType, Span};

/// Pieces that exercise the recogniser: cue words, complementisers, titles, statement nouns,
/// every quotation mark, punctuation, diacritics, tatweel, digits, line breaks.
const PIECES: &[&str] = &[
    "وقال",
    "وقالت",
    "قالت",
    "وأضاف",
    "البيان",
    "أن",
    "إن",
    "بأنها",
    "الوزير",
    "السفيرة",
    "مضيفا",
    "قائلة",
    "وفقا",
    "لبيان",
    "لوزارة",
    "بحسب",
    "الذي",
    "نقل",
    "عن",
    "قوله",
    "لم",
    "يذكر",
    "و",
    "ب",
    "ل",
    "في",
    "فؤاد",
    "حسين",
    "\"",
    "«",
    "»",
    "“",
    "”",
    "‹",
    "›",
    ":",
    "،",
    ".",
    "\n",
    "\n\n",
    " ",
    "ـ",
    "\u{064E}",
    "\u{0651}",
    "٣",
    "2024",
    "x",
    "🙂",
    "\u{200F}",
    "(",
    ")",
    "؟",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.join(" "))
}

fn check(text: &str, ents: &[Entity]) {
    let chars: Vec<char> = text.chars().collect();
    for q in rasd_quotes::quotes(text, ents) {
        assert!(q.start < q.end && q.end <= chars.len(), "{q:?}");
        assert_eq!(q.text, chars[q.start..q.end].iter().collect::<String>());
        if let Some(c) = &q.cue {
            assert!(c.start <= c.end && c.end <= chars.len());
            assert_eq!(c.text, chars[c.start..c.end].iter().collect::<String>());
        }
        if let Some(id) = &q.speaker {
            assert!(ents.iter().any(|e| &e.id == id));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_and_spans_map_to_the_original(text in article(), raw in ".{0,80}") {
        check(&text, &[]);
        check(&raw, &[]);
    }

    #[test]
    fn arbitrary_entity_mentions_are_tolerated(text in article(), spans in prop::collection::vec((0usize..400, 0usize..30), 0..6)) {
        let n = text.chars().count();
        let ents: Vec<Entity> = spans
            .iter()
            .enumerate()
            .map(|(k, &(s, len))| Entity {
                id: format!("E{}", k + 1),
                kind: if k % 2 == 0 { EntityType::Per } else { EntityType::Org },
                name: "س".into(),
                name_en: None,
                reference: None,
                lat: None,
                lon: None,
                country: None,
                // Deliberately unchecked: out of range, empty or reversed spans must not hurt.
                mentions: vec![Span { start: s.min(n + 5), end: (s + len).min(n + 7), text: String::new() }],
            })
            .collect();
        check(&text, &ents);
    }
}
