//! Tokens, sentences and clauses over normalised text, with code-point offsets back into the
//! original.
//!
//! The coder works on words of the normalised text (so lexicon spellings match) but every
//! token keeps its original code-point span, which is what the output reports.

use rasd_text::Normalized;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters and digits.
    Word,
    /// Sentence end: . ! ? or a line break.
    SentenceEnd,
    /// Clause break: , ; : and dashes between spaces.
    ClauseBreak,
    /// Any other punctuation (quotes, brackets, slashes).
    Other,
}

/// A token of the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Normalised surface.
    pub text: String,
    /// Kind.
    pub kind: TokKind,
    /// Original code-point start.
    pub start: usize,
    /// Original code-point end (exclusive).
    pub end: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Split normalised text into tokens carrying original code-point spans.
pub fn tokenize(norm: &Normalized) -> Vec<Tok> {
    let t = &norm.text;
    let mut out = Vec::new();
    let mut chars = t.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            let mut j = i + c.len_utf8();
            while let Some(&(k, d)) = chars.peek() {
                // Keep decimal points and thousands separators inside numbers (2.5, 1,000).
                let inner_num = (d == '.' || d == ',')
                    && c.is_ascii_digit()
                    && t[j..].chars().nth(1).is_some_and(|x| x.is_ascii_digit())
                    && t[i..j]
                        .chars()
                        .all(|x| x.is_ascii_digit() || x == '.' || x == ',');
                if is_word_char(d) || inner_num {
                    j = k + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let (s, e) = norm.original_span(i, j);
            out.push(Tok {
                text: t[i..j].to_string(),
                kind: TokKind::Word,
                start: s,
                end: e,
            });
        } else if c.is_whitespace() {
            if c == '\n' {
                let (s, e) = norm.original_span(i, i + 1);
                out.push(Tok {
                    text: "\n".into(),
                    kind: TokKind::SentenceEnd,
                    start: s,
                    end: e,
                });
            }
        } else {
            let kind = match c {
                '.' | '!' | '?' | '…' => TokKind::SentenceEnd,
                ',' | ';' | ':' | '،' | '؛' => TokKind::ClauseBreak,
                '-' | '–' | '—' => TokKind::ClauseBreak,
                _ => TokKind::Other,
            };
            let (s, e) = norm.original_span(i, i + c.len_utf8());
            out.push(Tok {
                text: c.to_string(),
                kind,
                start: s,
                end: e,
            });
        }
    }
    out
}

/// Sentences as token index ranges `[start, end)` (end tokens excluded), empty ones dropped.
pub fn sentences(toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.kind == TokKind::SentenceEnd {
            if toks[s..i].iter().any(|t| t.kind == TokKind::Word) {
                out.push((s, i));
            }
            s = i + 1;
        }
    }
    if toks
        .get(s..)
        .is_some_and(|r| r.iter().any(|t| t.kind == TokKind::Word))
    {
        out.push((s, toks.len()));
    }
    out
}

/// The proclitic analyses of a word: (stem, conjunction, preposition or future marker, article).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis<'a> {
    /// What is left after the proclitics.
    pub stem: &'a str,
    /// و or ف.
    pub conj: bool,
    /// ب ل ك, or None.
    pub prep: Option<char>,
    /// س (future).
    pub future: bool,
    /// The article ال.
    pub article: bool,
}

/// Every way of reading `w` as proclitics + stem (the bare reading first), stems of ≥ 2 letters.
pub fn analyses(w: &str) -> Vec<Analysis<'_>> {
    let mut out: Vec<Analysis<'_>> = Vec::new();
    fn push<'a>(
        out: &mut Vec<Analysis<'a>>,
        stem: &'a str,
        conj: bool,
        prep: Option<char>,
        future: bool,
        article: bool,
    ) {
        if stem.chars().count() >= 2 {
            out.push(Analysis {
                stem,
                conj,
                prep,
                future,
                article,
            });
        }
    }
    let conj_forms: [(bool, Option<&str>); 3] = [
        (false, Some(w)),
        (true, w.strip_prefix('و')),
        (true, w.strip_prefix('ف')),
    ];
    for (conj, r1) in conj_forms {
        let Some(r1) = r1 else { continue };
        push(&mut out, r1, conj, None, false, false);
        if let Some(r) = r1.strip_prefix("ال") {
            push(&mut out, r, conj, None, false, true);
        }
        if let Some(r) = r1.strip_prefix("لل") {
            push(&mut out, r, conj, Some('ل'), false, true);
        }
        for p in ['ب', 'ل', 'ك'] {
            if let Some(r2) = r1.strip_prefix(p) {
                push(&mut out, r2, conj, Some(p), false, false);
                if let Some(r) = r2.strip_prefix("ال") {
                    push(&mut out, r, conj, Some(p), false, true);
                }
            }
        }
        if let Some(r2) = r1.strip_prefix('س') {
            if r2.starts_with(['ي', 'ت', 'ن', 'ا']) {
                push(&mut out, r2, conj, None, true, false);
            }
        }
    }
    out
}

/// The word without و/ف, prepositions and article (the shortest clitic reading), for cue lookups.
pub fn bare(w: &str) -> &str {
    analyses(w)
        .iter()
        .filter(|a| !a.future)
        .min_by_key(|a| a.stem.len())
        .map(|a| a.stem)
        .unwrap_or(w)
}

/// Does token `w` equal `target` after removing proclitics (any reading)?
pub fn word_is(w: &str, target: &str) -> bool {
    w == target || analyses(w).iter().any(|a| a.stem == target)
}
