//! Property tests: for arbitrary text, every span lands on char boundaries, maps back to the
//! original, and tokens, segments and sentences cover the text consistently.

use proptest::prelude::*;
use rasd_text::{analyze, normalize};

/// Chars that exercise every rule: Arabic letters and marks, presentation forms, digits,
/// punctuation, quotes, controls, emoji, combining marks, Latin, and anything at all.
fn piece() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('\u{0621}', '\u{064A}'),
        1 => prop::char::range('\u{064B}', '\u{0670}'),
        1 => Just('ـ'),
        1 => prop::char::range('\u{FB50}', '\u{FDFF}'),
        1 => prop::char::range('\u{FE70}', '\u{FEFC}'),
        1 => prop::char::range('\u{0660}', '\u{0669}'),
        2 => prop::sample::select(vec![' ', ' ', '\n', '.', '!', '?', '،', '؛', '؟', '"', '«', '»', '“', '”', '‹', '›', '…', '(', ')', '-', ',', '/', ':', '٫', '٬']),
        1 => prop::sample::select(vec!['\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}', '\u{FEFF}', '\u{00A0}']),
        1 => prop::sample::select(vec!['😀', '👍', '\u{1F3FD}', '\u{FE0F}', '\u{0301}', '\u{0308}']),
        2 => prop::char::range('a', 'z'),
        2 => prop::char::range('0', '9'),
        1 => any::<char>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|v| v.into_iter().collect())
}

fn slice(chars: &[char], s: usize, e: usize) -> String {
    chars[s..e].iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_consistent(src in text()) {
        let layer = analyze(&src);
        let norm = &layer.normalized.text;
        let chars: Vec<char> = src.chars().collect();
        let n = chars.len();
        prop_assert_eq!(layer.normalized.original_len(), n);

        let mut last_sentence_end = 0;
        let mut next_token = 0;
        for (si, s) in layer.sentences.iter().enumerate() {
            prop_assert!(norm.is_char_boundary(s.norm_start) && norm.is_char_boundary(s.norm_end));
            prop_assert!(s.norm_start < s.norm_end && s.norm_start >= last_sentence_end);
            prop_assert!(s.start < s.end && s.end <= n);
            last_sentence_end = s.norm_end;
            prop_assert_eq!(s.token_start, next_token);
            next_token = s.token_end;
            for t in layer.tokens_of(s) {
                prop_assert_eq!(t.sentence, si);
                prop_assert!(t.norm_start >= s.norm_start && t.norm_end <= s.norm_end);
                prop_assert!(t.start >= s.start && t.end <= s.end);
            }
        }
        prop_assert_eq!(next_token, layer.tokens.len());

        let mut last_token_end = 0;
        let mut last_token_start_cp = 0;
        for t in &layer.tokens {
            prop_assert!(norm.is_char_boundary(t.norm_start) && norm.is_char_boundary(t.norm_end));
            prop_assert!(t.norm_start < t.norm_end && t.norm_start >= last_token_end);
            prop_assert!(t.start < t.end && t.end <= n && t.start >= last_token_start_cp);
            last_token_end = t.norm_end;
            last_token_start_cp = t.start;
            // The token maps back: its normalised form occurs in the normalisation of the
            // original chars its span covers.
            let back = normalize(&slice(&chars, t.start, t.end)).text;
            prop_assert!(back.contains(layer.token_text(t)), "token {:?} not in {:?}", layer.token_text(t), back);
            // Segments tile the token exactly in the normalised text, in order, inside its span.
            let segs = layer.segments_of(t);
            prop_assert!(!segs.is_empty());
            let mut at = t.norm_start;
            let mut cp = t.start;
            for g in segs {
                prop_assert_eq!(g.norm_start, at);
                prop_assert!(g.norm_start < g.norm_end);
                prop_assert!(norm.is_char_boundary(g.norm_end));
                prop_assert!(g.start >= cp && g.start < g.end && g.end <= t.end);
                at = g.norm_end;
                cp = g.start;
            }
            prop_assert_eq!(at, t.norm_end);
            let concat: String = segs.iter().map(|g| layer.segment_text(g)).collect();
            prop_assert_eq!(concat.as_str(), layer.token_text(t));
        }
        if let Some((s, e)) = layer.dateline {
            prop_assert!(s < e && e <= n);
        }
    }

    #[test]
    fn every_non_space_char_is_covered(src in text()) {
        // Each normalised non-whitespace char lies in exactly one token.
        let layer = analyze(&src);
        let norm = &layer.normalized.text;
        let mut covered = vec![false; norm.len()];
        for t in &layer.tokens {
            for c in covered.iter_mut().take(t.norm_end).skip(t.norm_start) {
                prop_assert!(!*c);
                *c = true;
            }
        }
        for (i, ch) in norm.char_indices() {
            if !ch.is_whitespace() && !ch.is_control() {
                prop_assert!(covered[i], "char {:?} at {} not in a token", ch, i);
            }
        }
    }

    #[test]
    fn normalisation_offsets_are_monotonic(src in text()) {
        let norm = normalize(&src);
        let mut last = 0;
        for (i, _) in norm.text.char_indices() {
            let o = norm.original_offset(i);
            prop_assert!(o >= last);
            last = o;
            let (s, e) = norm.original_span(i, i + norm.text[i..].chars().next().map_or(0, char::len_utf8));
            prop_assert!(s < e && e <= norm.original_len());
        }
    }
}
