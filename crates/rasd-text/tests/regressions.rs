//! Regression tests for clitic segmentation through the whole layer: names stay whole,
//! clitic forms split, and every segment's span is the right piece of the original.

use rasd_text::{analyze, SegmentKind};

/// Segments of the single word `w` (in a sentence), as original substrings with roles.
fn segs(w: &str) -> Vec<String> {
    let src = format!("قال {w} اليوم.");
    let layer = analyze(&src);
    let chars: Vec<char> = src.chars().collect();
    let t = &layer.tokens[1];
    assert_eq!(
        chars[t.start..t.end].iter().collect::<String>(),
        w,
        "token span"
    );
    layer
        .segments_of(t)
        .iter()
        .map(|g| {
            let piece: String = chars[g.start..g.end].iter().collect();
            match g.kind {
                SegmentKind::Proclitic => format!("{piece}+"),
                SegmentKind::Article => format!("{piece}_"),
                SegmentKind::Stem => piece,
                SegmentKind::Enclitic => format!("+{piece}"),
            }
        })
        .collect()
}

#[test]
fn names_are_not_split() {
    for w in [
        "بغداد",
        "لبنان",
        "كركوك",
        "فلسطين",
        "واشنطن",
        "بريطانيا",
        "وزير",
        "كانون",
        "فيينا",
    ] {
        assert_eq!(segs(w), [w], "{w}");
    }
}

#[test]
fn clitic_forms_are_split() {
    assert_eq!(segs("وبغداد"), ["و+", "بغداد"]);
    assert_eq!(segs("للتحالف"), ["ل+", "ل_", "تحالف"]);
    assert_eq!(segs("بالعراق"), ["ب+", "ال_", "عراق"]);
    assert_eq!(segs("وأكدت"), ["و+", "أكدت"]);
    assert_eq!(segs("مهامه"), ["مهام", "+ه"]);
    assert_eq!(segs("وواشنطن"), ["و+", "واشنطن"]);
    assert_eq!(segs("ولبنان"), ["و+", "لبنان"]);
}

#[test]
fn diacritics_and_elongation_stay_inside_segments() {
    // Original spans include the marks and the elongation of their letters.
    assert_eq!(segs("بِالعِرَاقِ"), ["بِ+", "ال_", "عِرَاقِ"]);
    assert_eq!(segs("وَأَكَّدَتْ"), ["وَ+", "أَكَّدَتْ"]);
}

#[test]
fn presentation_forms_split_too() {
    // ﻭﻗﺎﻟﺖ (presentation forms) = و + قالت
    assert_eq!(segs("ﻭﻗﺎﻟﺖ"), ["ﻭ+", "ﻗﺎﻟﺖ"]);
}

#[test]
fn core_span_drops_clitics_but_keeps_the_article() {
    let src = "وصل بالعراق ومهامه كثيرة وبغداد.";
    let layer = analyze(src);
    let chars: Vec<char> = src.chars().collect();
    let cores: Vec<String> = layer
        .tokens
        .iter()
        .map(|t| {
            let (s, e) = layer.core_span(t);
            chars[s..e].iter().collect()
        })
        .collect();
    assert_eq!(cores, ["وصل", "العراق", "مهام", "كثيرة", "بغداد", "."]);
}
