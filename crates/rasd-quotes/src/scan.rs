//! Tokens, quotation-mark pairs and sentences of one article.
//!
//! Matching runs on the normalised text, where every quotation mark is `"`; the direction of a
//! mark (« “ open, » ” close) is read back from the original char so that nested «…» inside
//! "…" pair correctly.

use rasd_text::Normalized;

/// Token classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of Arabic letters.
    Word,
    /// Latin letters or digits (with internal `.`/`,` between digits).
    Other,
    /// One punctuation or symbol char.
    Punct,
}

/// One token with its normalised byte range and original code-point range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub kind: Kind,
    /// Byte start in the normalised text.
    pub ns: usize,
    /// Byte end in the normalised text.
    pub ne: usize,
    /// Code-point start in the original text.
    pub os: usize,
    /// Code-point end in the original text.
    pub oe: usize,
    /// A line break precedes the token.
    pub nl: bool,
}

/// A pair of quotation marks at the top level (marks nested inside are part of the content).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct QSeg {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark.
    pub close: usize,
}

impl QSeg {
    /// Number of word-like tokens inside.
    pub fn words(&self, toks: &[Tok]) -> usize {
        toks.get(self.open + 1..self.close)
            .map_or(0, |t| t.iter().filter(|t| t.kind != Kind::Punct).count())
    }
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06FA}'..='\u{06FF}')
}

/// Tokenise the normalised text.
pub(crate) fn tokenize(norm: &Normalized) -> Vec<Tok> {
    let t = norm.text.as_str();
    let mut out = Vec::new();
    let mut it = t.char_indices().peekable();
    let mut nl = false;
    let push = |kind, ns: usize, ne: usize, nl: &mut bool, out: &mut Vec<Tok>| {
        let (os, oe) = norm.original_span(ns, ne);
        out.push(Tok {
            kind,
            ns,
            ne,
            os,
            oe,
            nl: *nl,
        });
        *nl = false;
    };
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            nl |= c == '\n' || c == '\r' || c == '\u{2029}';
            continue;
        }
        if is_arabic_letter(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !is_arabic_letter(d) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            push(Kind::Word, i, end, &mut nl, &mut out);
        } else if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            let mut last = c;
            while let Some(&(j, d)) = it.peek() {
                let joins_digits = (d == '.' || d == ',')
                    && last.is_ascii_digit()
                    && t.get(j + 1..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(|n| n.is_ascii_digit());
                if (!d.is_alphanumeric() || is_arabic_letter(d)) && !joins_digits {
                    break;
                }
                end = j + d.len_utf8();
                last = d;
                it.next();
            }
            push(Kind::Other, i, end, &mut nl, &mut out);
        } else {
            push(Kind::Punct, i, i + c.len_utf8(), &mut nl, &mut out);
        }
    }
    out
}

/// How a quotation mark leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// The straight mark `"` (and other symmetric ones).
    Straight,
    /// « ‹ “ „ (or a reversed » used as opener, decided by pairing).
    Open(char),
    /// » › ”.
    Close(char),
}

fn mark_of(c: char) -> Mark {
    match c {
        '«' | '‹' | '“' | '„' | '‟' => Mark::Open(c),
        '»' | '›' | '”' => Mark::Close(c),
        _ => Mark::Straight,
    }
}

/// Whether a mark whose original char is `closer` closes an open mark `opener`.
fn closes(opener: char, closer: char) -> bool {
    match opener {
        '«' => closer == '»',
        '‹' => closer == '›',
        '“' | '„' | '‟' => closer == '”' || closer == '“',
        // Reversed styles: »…« and ”…“.
        '»' => closer == '«',
        '›' => closer == '‹',
        '”' => closer == '“' || closer == '”',
        _ => mark_of(closer) == Mark::Straight,
    }
}

/// Pair the quotation marks paragraph by paragraph; returns the top-level pairs in order.
pub(crate) fn pair_quotes(toks: &[Tok], norm_text: &str, orig: &[char]) -> Vec<QSeg> {
    let mut out = Vec::new();
    let mut stack: Vec<(usize, char)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.nl {
            stack.clear();
        }
        if t.kind != Kind::Punct || norm_text.get(t.ns..t.ne) != Some("\"") {
            continue;
        }
        let c = orig.get(t.os).copied().unwrap_or('"');
        // A straight mark that can only close («…وبندقية صيد".») with nothing open is a stray.
        if stack.is_empty() && mark_of(c) == Mark::Straight {
            let prev = norm_text.get(..t.ns).and_then(|p| p.chars().next_back());
            let next = norm_text.get(t.ne..).and_then(|n| n.chars().next());
            let closer_like = prev.is_some_and(|p| !p.is_whitespace() && p != '(')
                && next.map_or(true, |n| {
                    n.is_whitespace() || (n.is_ascii_punctuation() && n != '"') || n == '،'
                });
            if closer_like {
                continue;
            }
        }
        match stack.last() {
            Some(&(o, oc)) if closes(oc, c) => {
                stack.pop();
                if stack.is_empty() {
                    out.push(QSeg { open: o, close: i });
                }
            }
            // A lone closer with nothing open starts a reversed-style pair.
            _ => stack.push((i, c)),
        }
    }
    out
}

/// Sentences as token ranges `[start, end)`. A sentence ends after `.`, `!`, `?` or at a line
/// break, but never inside a quotation.
pub(crate) fn sentences(toks: &[Tok], norm_text: &str, qsegs: &[QSeg]) -> Vec<(usize, usize)> {
    let mut inside = vec![false; toks.len()];
    for q in qsegs {
        for f in inside.iter_mut().take(q.close).skip(q.open + 1) {
            *f = true;
        }
    }
    let text_of = |i: usize| {
        toks.get(i)
            .and_then(|t| norm_text.get(t.ns..t.ne))
            .unwrap_or("")
    };
    let is_stop = |i: usize| {
        toks.get(i).is_some_and(|t| t.kind == Kind::Punct) && matches!(text_of(i), "." | "!" | "?")
    };
    // «… والمطارات." وأضاف …»: a quotation that ends its own sentence ends the outer one too.
    let mut ends_inside = vec![false; toks.len()];
    for q in qsegs {
        if q.close > 0 && is_stop(q.close - 1) && !is_stop(q.close + 1) {
            if let Some(f) = ends_inside.get_mut(q.close) {
                *f = true;
            }
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.nl && i > start {
            out.push((start, i));
            start = i;
        }
        // «سي.بي.سي. نيوز»: a period after a one- or two-letter word is an abbreviation's.
        let abbreviation = text_of(i) == "."
            && i > 0
            && toks
                .get(i - 1)
                .is_some_and(|p| p.kind == Kind::Word && text_of(i - 1).chars().count() <= 2)
            && toks
                .get(i + 1)
                .is_some_and(|n| !n.nl && n.kind != Kind::Punct);
        if (is_stop(i) && !inside[i] && !abbreviation) || ends_inside[i] {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup(s: &str) -> (Normalized, Vec<Tok>, Vec<char>) {
        let n = rasd_text::normalize(s);
        let t = tokenize(&n);
        (n, t, s.chars().collect())
    }

    #[test]
    fn tokens_map_back_to_original_code_points() {
        let s = "قالَ: «نعم» 2,500 جنديّ.";
        let (n, toks, orig) = setup(s);
        let texts: Vec<String> = toks
            .iter()
            .map(|t| orig[t.os..t.oe].iter().collect())
            .collect();
        assert_eq!(texts, ["قالَ", ":", "«", "نعم", "»", "2,500", "جنديّ", "."]);
        assert_eq!(toks[0].kind, Kind::Word);
        assert_eq!(toks[5].kind, Kind::Other);
        assert_eq!(n.text.get(toks[2].ns..toks[2].ne), Some("\""));
    }

    #[test]
    fn nested_guillemets_inside_straight_quotes_pair_as_one_segment() {
        let s = "قال \"إن «الحوار» مهم\" ثم \"لا\"";
        let (n, toks, orig) = setup(s);
        let q = pair_quotes(&toks, &n.text, &orig);
        assert_eq!(q.len(), 2);
        let inner: String = orig[toks[q[0].open + 1].os..toks[q[0].close - 1].oe]
            .iter()
            .collect();
        assert_eq!(inner, "إن «الحوار» مهم");
    }

    #[test]
    fn pairs_do_not_cross_paragraphs_and_periods_inside_quotes_do_not_split() {
        let s = "قال \"أولا. ثانيا\". ثم\n\"بدون إغلاق\nوجملة.";
        let (n, toks, orig) = setup(s);
        let q = pair_quotes(&toks, &n.text, &orig);
        assert_eq!(q.len(), 1);
        let sents = sentences(&toks, &n.text, &q);
        assert_eq!(sents.len(), 4, "{sents:?}");
    }

    #[test]
    fn a_stray_closing_mark_does_not_shift_the_pairs() {
        let s = "وهو يحمل بندقية صيد\". كما أشارت إلى \"عمل إرهابي\" وقال \"قتلت إحداهن\"";
        let (n, toks, orig) = setup(s);
        let q = pair_quotes(&toks, &n.text, &orig);
        let inner: Vec<String> = q
            .iter()
            .map(|x| {
                orig[toks[x.open + 1].os..toks[x.close - 1].oe]
                    .iter()
                    .collect()
            })
            .collect();
        assert_eq!(inner, ["عمل إرهابي", "قتلت إحداهن"]);
    }

    #[test]
    fn reversed_guillemets_pair() {
        let s = "قال »نعم« وذهب";
        let (n, toks, orig) = setup(s);
        let q = pair_quotes(&toks, &n.text, &orig);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].words(&toks), 1);
    }
}
