//! Property: events() never panics, and every span maps to the original text on char boundaries.

use proptest::prelude::*;
use rasd_doc::{Approx, Entity, EntityType, Quantity, Span};

fn pieces() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "قتل",
        "مقتل",
        "هجوم",
        "غارة",
        "أصيب",
        "اعتقلت",
        "تظاهر",
        "استقبل",
        "الجيش",
        "فصائل",
        "مسلحة",
        "أميركية",
        "في",
        "بغداد",
        "،",
        ".",
        "\n",
        "\"",
        "ثلاثة",
        "15",
        "لم",
        "سي",
        "ً",
        "ـ",
        "\u{200f}",
        "ﻻ",
        "a",
        " ",
        "على",
        "ضد",
        "مع",
        "بين",
        "و",
        "ال",
        "هذه",
        "ما أدى إلى",
        "بقصف",
        "من قبل",
    ]);
    prop::collection::vec(words, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_sound(text in pieces(), junk in ".{0,30}", a in 0usize..80, b in 0usize..80) {
        let text = format!("{text}{junk}");
        let n = text.chars().count();
        // Arbitrary (even out-of-range) layers must not make it panic.
        let ents = vec![Entity {
            id: "E1".into(), kind: EntityType::Gpe, name: "x".into(), name_en: None, reference: None,
            lat: None, lon: None, country: None,
            mentions: vec![Span { start: a.min(b), end: a.max(b), text: String::new() }],
        }];
        let qs = vec![Quantity { start: b, end: a, text: String::new(), value: 3.0, approx: Approx::Exact, unit: None, unit_en: None }];
        for e in rasd_events::events(&text, &ents, &[], &qs, Some("2024-09-01")) {
            prop_assert!(e.trigger.start <= e.trigger.end && e.trigger.end <= n);
            let got: String = text.chars().skip(e.trigger.start).take(e.trigger.end - e.trigger.start).collect();
            prop_assert_eq!(got, e.trigger.text.clone());
            prop_assert!(e.sentence.start <= e.sentence.end && e.sentence.end <= n);
            // Every participant is told in the text, unless flagged as implied.
            for p in e.actors.iter().chain(&e.targets) {
                prop_assert!(p.implied || text.contains(p.text.as_str()));
            }
        }
    }
}
