//! ANERcorp-style tokenisation of raw text: whitespace and punctuation splitting, sentence
//! breaks at `. ! ? ؟` and newlines, with code-point offsets into the input.

/// One token of raw text: its surface and code-point span in the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawToken<'a> {
    /// The token's surface, a slice of the input.
    pub text: &'a str,
    /// Code-point offset of the first char.
    pub start: usize,
    /// Code-point offset one past the last char.
    pub end: usize,
}

/// Whether `c` is punctuation that ANERcorp writes as a token of its own.
#[inline]
pub fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '،' | '؛'
                | '؟'
                | '«'
                | '»'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '„'
                | '…'
                | '–'
                | '—'
                | '٪'
                | '٫'
                | '٬'
                | '·'
                | '•'
                | '‹'
                | '›'
                | '۔'
        )
}

/// Whether a token ends a sentence.
#[inline]
fn is_sentence_end(tok: &str) -> bool {
    matches!(tok, "." | "!" | "?" | "؟" | "۔") || tok.chars().all(|c| c == '.') && !tok.is_empty()
}

/// Whether `c` can sit inside a number between digits (`3.5`, `1,000`, `1/2`, `٣٫٥`).
#[inline]
fn is_number_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | '/' | '٫' | '٬' | ':')
}

/// Whether `c` is a hyphen that can join two parts of a word (`جونغ-أون`, `Jean-Yves`).
#[inline]
fn is_word_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Split `text` into sentences of tokens, ANERcorp style.
///
/// Tokens are maximal runs of non-space, non-punctuation chars; each punctuation char is a
/// token of its own, except inside numbers (`3.5`, `1,000`), a `%` after a number, and a
/// hyphen between two letters (`كاي-غوان`: one name part, as the article writes it). A
/// sentence ends after `.`, `!`, `?`, `؟` and at every newline. Empty sentences are dropped.
pub fn sentences(text: &str) -> Vec<Vec<RawToken<'_>>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut cur: Vec<RawToken<'_>> = Vec::new();
    let byte_end = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c == '\n' || c == '\u{2029}' {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if is_punct(c) {
            // Runs of the same punctuation char (`...`, `--`) form one token.
            i += 1;
            while i < chars.len() && chars[i].1 == c {
                i += 1;
            }
        } else {
            while i < chars.len() {
                let c = chars[i].1;
                if c.is_whitespace() {
                    break;
                }
                if is_punct(c) {
                    let prev_digit = i > start && chars[i - 1].1.is_numeric();
                    let next_digit = chars.get(i + 1).is_some_and(|&(_, n)| n.is_numeric());
                    if prev_digit && next_digit && is_number_joiner(c) {
                        i += 1;
                        continue;
                    }
                    // A hyphen inside a word joins the parts of one name (كيم جونغ-أون).
                    let prev_letter = i > start && chars[i - 1].1.is_alphabetic();
                    let next_letter = chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphabetic());
                    if prev_letter && next_letter && is_word_hyphen(c) {
                        i += 1;
                        continue;
                    }
                    if prev_digit && matches!(c, '%' | '٪') {
                        i += 1;
                    }
                    break;
                }
                i += 1;
            }
        }
        let tok = RawToken {
            text: &text[b..byte_end(i)],
            start,
            end: i,
        };
        let ends = is_sentence_end(tok.text);
        cur.push(tok);
        if ends {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surf(text: &str) -> Vec<Vec<&str>> {
        sentences(text)
            .iter()
            .map(|s| s.iter().map(|t| t.text).collect())
            .collect()
    }

    #[test]
    fn splits_punctuation_and_sentences() {
        assert_eq!(
            surf("قال وزير الخارجية، إن العراق (بلد) مهم. ثم غادر؟ نعم\nجديد"),
            vec![
                vec![
                    "قال",
                    "وزير",
                    "الخارجية",
                    "،",
                    "إن",
                    "العراق",
                    "(",
                    "بلد",
                    ")",
                    "مهم",
                    "."
                ],
                vec!["ثم", "غادر", "؟"],
                vec!["نعم"],
                vec!["جديد"],
            ]
        );
    }

    #[test]
    fn keeps_numbers_whole() {
        assert_eq!(
            surf("بلغ 3.5 و 1,000 و 20% فقط"),
            vec![vec!["بلغ", "3.5", "و", "1,000", "و", "20%", "فقط"]]
        );
    }

    #[test]
    fn hyphenated_name_parts_stay_one_token() {
        // Regression: «كيم جونغ-أون» came out as two persons, «Kim Joungh» and «Awn».
        assert_eq!(
            surf("زعيم كوريا الشمالية كيم جونغ-أون - وسيول"),
            vec![vec![
                "زعيم",
                "كوريا",
                "الشمالية",
                "كيم",
                "جونغ-أون",
                "-",
                "وسيول"
            ]]
        );
        assert_eq!(
            surf("عام 2018-2019"),
            vec![vec!["عام", "2018", "-", "2019"]]
        );
    }

    #[test]
    fn offsets_are_code_points() {
        let s = sentences("«العراق» بلد");
        let toks = &s[0];
        assert_eq!(toks[1].text, "العراق");
        assert_eq!((toks[1].start, toks[1].end), (1, 7));
        assert_eq!((toks[3].start, toks[3].end), (9, 12));
    }

    #[test]
    fn empty_and_space_only() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n\t ").is_empty());
    }
}
