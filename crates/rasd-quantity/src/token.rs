//! A small tokenizer over normalised text: Arabic words, digit groups, Latin words and
//! single punctuation marks, each with its byte range so spans can be mapped back.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of Arabic letters.
    Word,
    /// ASCII digits, possibly with inner `,` or `.` followed by a digit (12,500 · 2.5).
    Digits,
    /// A run of Latin letters.
    Latin,
    /// Any other single non-space character; a line break is kept as `\n`.
    Punct,
}

/// One token of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// Its kind.
    pub kind: Kind,
    /// Its text.
    pub text: &'a str,
    /// First byte in the normalised text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}')
}

/// Split normalised text into tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let kind = if is_arabic_letter(c) {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Digits
        } else if c.is_ascii_alphabetic() {
            Kind::Latin
        } else if c == '\n' {
            Kind::Punct
        } else if c.is_whitespace() {
            continue;
        } else {
            Kind::Punct
        };
        let mut end = i + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(j, d)) = it.peek() {
                let same = match kind {
                    Kind::Word => is_arabic_letter(d),
                    Kind::Latin => d.is_ascii_alphabetic(),
                    // A separator belongs to the number only when a digit follows it.
                    Kind::Digits => {
                        d.is_ascii_digit()
                            || ((d == ',' || d == '.')
                                && text[j + 1..]
                                    .chars()
                                    .next()
                                    .is_some_and(|n| n.is_ascii_digit()))
                    }
                    Kind::Punct => false,
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
        }
        out.push(Token {
            kind,
            text: &text[i..end],
            start: i,
            end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(Kind, &str)> {
        tokenize(s).into_iter().map(|t| (t.kind, t.text)).collect()
    }

    #[test]
    fn splits_letters_digits_and_separators() {
        assert_eq!(
            kinds("و381 شخصا, 12,500 F-16"),
            vec![
                (Kind::Word, "و"),
                (Kind::Digits, "381"),
                (Kind::Word, "شخصا"),
                (Kind::Punct, ","),
                (Kind::Digits, "12,500"),
                (Kind::Latin, "F"),
                (Kind::Punct, "-"),
                (Kind::Digits, "16"),
            ]
        );
    }

    #[test]
    fn trailing_separator_is_punctuation() {
        assert_eq!(
            kinds("15.\n2.5"),
            vec![
                (Kind::Digits, "15"),
                (Kind::Punct, "."),
                (Kind::Punct, "\n"),
                (Kind::Digits, "2.5")
            ]
        );
    }
}
