//! Tokens of the normalised text and their lexicon readings.
//!
//! Matching works on whole tokens, which gives Arabic word boundaries for free: a month name
//! never matches inside a longer word. Attached proclitics (و ف ب ل ك, and ل + ال → لل) are
//! stripped when looking a token up, and the reading records how many bytes were skipped so
//! the span can start after them.

use std::borrow::Cow;

use crate::lexicon::{Cat, Lexicon};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits (the normaliser maps Arabic-Indic digits to ASCII).
    Num,
    /// One other visible character.
    Punct,
}

/// What separates a token from the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Nothing: the tokens touch (مارس2011، 2024/09).
    None,
    /// Spaces within a line.
    Space,
    /// At least one line break.
    Line,
}

/// A token of the normalised text; `start..end` are byte offsets into it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'a> {
    /// The token's normalised text.
    pub text: &'a str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Letters, digits or punctuation.
    pub kind: Kind,
    /// Separation from the previous token.
    pub gap: Gap,
}

/// Split normalised text into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut toks = Vec::new();
    let mut gap = Gap::None;
    let mut it = text.char_indices().peekable();
    while let Some((s, c)) = it.next() {
        if c.is_whitespace() {
            gap = if c == '\n' || c == '\r' || gap == Gap::Line {
                Gap::Line
            } else {
                Gap::Space
            };
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct
        };
        let mut e = s + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(k, d)) = it.peek() {
                let same = if kind == Kind::Num {
                    d.is_ascii_digit()
                } else {
                    d.is_alphabetic() && !d.is_ascii_digit()
                };
                if !same {
                    break;
                }
                e = k + d.len_utf8();
                it.next();
            }
        }
        toks.push(Token {
            text: &text[s..e],
            start: s,
            end: e,
            kind,
            gap,
        });
        gap = Gap::None;
    }
    toks
}

/// One lexicon reading of the tokens starting at some index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit<'l> {
    /// The reading.
    pub cat: &'l Cat,
    /// Tokens covered.
    pub len: usize,
    /// Bytes of proclitics skipped at the start of the first token.
    pub skip: usize,
}

/// Shortest stem, in chars, left after stripping a proclitic (keeps باب from reading ب + آب).
const MIN_STEM: usize = 3;

/// Lookup forms of a token: itself, and without attached proclitics.
fn variants(tok: &str) -> Vec<(usize, Cow<'_, str>)> {
    let mut out: Vec<(usize, Cow<'_, str>)> = vec![(0, Cow::Borrowed(tok))];
    // ل + ال is written لل: للعام → العام (the span keeps the letters).
    let contracted = |skip: usize, s: &str, out: &mut Vec<(usize, Cow<'_, str>)>| {
        if let Some(r) = s.strip_prefix("لل") {
            if r.chars().count() >= 2 {
                out.push((skip, Cow::Owned(format!("ال{r}"))));
            }
        }
    };
    contracted(0, tok, &mut out);
    let long_enough = |s: &str| s.chars().count() >= MIN_STEM;
    for conj in ['و', 'ف'] {
        if let Some(rest) = tok.strip_prefix(conj) {
            let k = conj.len_utf8();
            // A conjunction may leave a two-letter word (وفي، ومن): no name hides there.
            if rest.chars().count() >= 2 {
                out.push((k, Cow::Borrowed(rest)));
            }
            contracted(k, rest, &mut out);
            for prep in ['ب', 'ل', 'ك'] {
                if let Some(r) = rest.strip_prefix(prep) {
                    if long_enough(r) {
                        out.push((k + prep.len_utf8(), Cow::Borrowed(r)));
                    }
                }
            }
        }
    }
    for prep in ['ب', 'ل', 'ك'] {
        if let Some(r) = tok.strip_prefix(prep) {
            if long_enough(r) {
                out.push((prep.len_utf8(), Cow::Borrowed(r)));
            }
        }
    }
    out
}

/// All lexicon readings starting at each token.
pub(crate) fn readings<'l>(lex: &'l Lexicon, toks: &[Token<'_>]) -> Vec<Vec<Hit<'l>>> {
    let mut all = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        let mut hits = Vec::new();
        if t.kind == Kind::Word {
            for (skip, first) in variants(t.text) {
                if !lex.starts_phrase(&first) {
                    continue;
                }
                let mut key = first.into_owned();
                for len in 1..=lex.max_words {
                    if len > 1 {
                        match toks.get(i + len - 1) {
                            Some(n) if n.kind == Kind::Word => {
                                key.push(' ');
                                key.push_str(n.text);
                            }
                            _ => break,
                        }
                    }
                    for cat in lex.get(&key) {
                        hits.push(Hit { cat, len, skip });
                    }
                }
            }
        }
        all.push(hits);
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_letters_digits_and_punctuation() {
        let toks = tokenize("في مارس2011، 2024/09/01\nو5");
        let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            ["في", "مارس", "2011", "،", "2024", "/", "09", "/", "01", "و", "5"]
        );
        assert_eq!(toks[2].gap, Gap::None);
        assert_eq!(toks[1].gap, Gap::Space);
        assert_eq!(toks[9].gap, Gap::Line);
        assert_eq!(toks[3].kind, Kind::Punct);
    }

    #[test]
    fn proclitics_are_stripped_for_lookup() {
        let v: Vec<String> = variants("وللعام")
            .into_iter()
            .map(|(_, s)| s.into_owned())
            .collect();
        assert!(v.contains(&"العام".to_string()), "{v:?}");
        let v: Vec<String> = variants("باب")
            .into_iter()
            .map(|(_, s)| s.into_owned())
            .collect();
        assert_eq!(v, ["باب"]);
    }
}
