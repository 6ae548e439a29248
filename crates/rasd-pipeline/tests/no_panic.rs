//! The whole pipeline on arbitrary text: no stage panics, and every span it reports maps to
//! the text on code-point boundaries. Each recogniser has its own property tests; this one
//! catches what only shows when the layers feed each other (entities into quotes and events).

use proptest::prelude::*;
use rasd_pipeline::{analyze, AnalyzeOptions, Input};

/// Pieces of real news Arabic plus the characters that break naive code: presentation forms,
/// combining marks, controls, quotes, digits, emoji.
const PIECES: &[&str] = &[
    "قال",
    "وزير الخارجية",
    "فؤاد حسين",
    "العراق",
    "بغداد - ",
    "«",
    "»",
    "\"",
    " في ",
    "أمس",
    "مساء السبت",
    "15 أغسطس",
    "5 رمضان 1446 هـ",
    "حوالي 2500 جندي",
    "مقتل ثلاثة جنود",
    "أصيب",
    "ﻭﻗﺎﻟﺖ",
    "ﻻ",
    "ـــ",
    "\u{200F}",
    "\u{202B}",
    "\u{064E}",
    "٢٠٢٤",
    "۲۰۲۴",
    "،",
    "؟",
    ".",
    "\n\n",
    "😀",
    "e\u{301}",
    "\u{0}",
    " وأكدت أن ",
    "استهدفت",
    "قاعدة عين الأسد",
    "الشهر المقبل",
    "إكس",
];

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(PIECES).prop_map(str::to_string),
            any::<String>()
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn analyze_never_panics_and_spans_map_back(text in article_text(), date in prop::option::of("20[0-2][0-9]-0[1-9]-1[0-9]")) {
        let chars: Vec<char> = text.chars().collect();
        let article = analyze(Input { text: text.clone(), published: date, ..Default::default() }, &AnalyzeOptions::default());
        prop_assert_eq!(&article.text, &text);
        let covered = |s: usize, e: usize| -> Option<String> { chars.get(s..e).map(|c| c.iter().collect()) };
        for e in &article.entities {
            for m in &e.mentions {
                prop_assert_eq!(covered(m.start, m.end), Some(m.text.clone()));
            }
        }
        for t in &article.times {
            prop_assert_eq!(covered(t.start, t.end), Some(t.text.clone()));
        }
        for q in &article.quantities {
            prop_assert_eq!(covered(q.start, q.end), Some(q.text.clone()));
        }
        for q in &article.quotes {
            prop_assert_eq!(covered(q.start, q.end), Some(q.text.clone()));
        }
        for v in &article.events {
            prop_assert_eq!(covered(v.trigger.start, v.trigger.end), Some(v.trigger.text.clone()));
        }
    }
}
