//! Snapshots of whole sentences' tokens and segments from the reference article.

use rasd_text::{analyze, SegmentKind, TextLayer, TokenKind};

const ARTICLE: &str = include_str!("fixtures/alarab-2024-09-01.txt");

/// One line per token: original surface, original span, kind, and segments with roles.
fn render(layer: &TextLayer, original: &str, sentence: usize) -> String {
    let chars: Vec<char> = original.chars().collect();
    let orig = |s: usize, e: usize| {
        chars
            .get(s..e)
            .map(|c| c.iter().collect::<String>())
            .unwrap_or_default()
    };
    let s = &layer.sentences[sentence];
    let mut out = format!(
        "sentence [{}, {}): {}\n",
        s.start,
        s.end,
        orig(s.start, s.end)
    );
    for t in layer.tokens_of(s) {
        let kind = match t.kind {
            TokenKind::Word => "word",
            TokenKind::Number => "num",
            TokenKind::Latin => "latin",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "sym",
        };
        let segs: Vec<String> = layer
            .segments_of(t)
            .iter()
            .map(|g| {
                let role = match g.kind {
                    SegmentKind::Proclitic => "pro",
                    SegmentKind::Article => "art",
                    SegmentKind::Stem => "stem",
                    SegmentKind::Enclitic => "enc",
                };
                format!("{}:{role}[{},{})", layer.segment_text(g), g.start, g.end)
            })
            .collect();
        out.push_str(&format!(
            "{} [{},{}) {kind} | {}\n",
            orig(t.start, t.end),
            t.start,
            t.end,
            segs.join(" ")
        ));
    }
    out
}

/// Index of the sentence that starts with `prefix`.
fn find(layer: &TextLayer, original: &str, prefix: &str) -> usize {
    let chars: Vec<char> = original.chars().collect();
    layer
        .sentences
        .iter()
        .position(|s| {
            chars[s.start..s.end]
                .iter()
                .collect::<String>()
                .starts_with(prefix)
        })
        .unwrap_or_else(|| panic!("no sentence starts with {prefix}"))
}

#[test]
fn sentence_list() {
    let layer = analyze(ARTICLE);
    let chars: Vec<char> = ARTICLE.chars().collect();
    let list: Vec<String> = layer
        .sentences
        .iter()
        .map(|s| {
            format!(
                "[{}, {}) {}",
                s.start,
                s.end,
                chars[s.start..s.end].iter().collect::<String>()
            )
        })
        .collect();
    insta::assert_snapshot!(list.join("\n"));
}

#[test]
fn dateline_sentence() {
    let layer = analyze(ARTICLE);
    let i = find(&layer, ARTICLE, "بغداد - يعتزم");
    insta::assert_snapshot!(render(&layer, ARTICLE, i));
    let (s, e) = layer.dateline.expect("the article has a dateline");
    assert_eq!(
        ARTICLE.chars().skip(s).take(e - s).collect::<String>(),
        "بغداد"
    );
}

#[test]
fn quoted_statement_sentence() {
    let layer = analyze(ARTICLE);
    let i = find(&layer, ARTICLE, "ووفقا لبيان");
    insta::assert_snapshot!(render(&layer, ARTICLE, i));
}

#[test]
fn clitic_heavy_sentence() {
    let layer = analyze(ARTICLE);
    let i = find(&layer, ARTICLE, "وأكدت الخارجية");
    insta::assert_snapshot!(render(&layer, ARTICLE, i));
}

#[test]
fn header_lines() {
    let layer = analyze(ARTICLE);
    let i = find(&layer, ARTICLE, "الأحد");
    insta::assert_snapshot!(render(&layer, ARTICLE, i));
}
