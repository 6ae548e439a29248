//! Tokenisation of normalised text: Arabic words, numbers, Latin words, punctuation.
//!
//! The scanner works on the *normalised* text (so Arabic-Indic digits are already ASCII and
//! every quotation mark is `"`), one char class decision per char, with an ASCII table.

use crate::normalize::is_arabic_letter;

/// What kind of token a [`Token`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A run of Arabic letters; the only kind that is split into clitics.
    Word,
    /// A number: digits with internal `.` `,` `/` `:` between digits (1.5, 2,500, 2024/09/01).
    Number,
    /// A run of non-Arabic letters (Latin and other scripts), digits allowed after the first letter.
    Latin,
    /// One punctuation char.
    Punct,
    /// One other char (symbols, emoji) with any modifiers that follow it.
    Symbol,
}

/// One token, with its span in the original text and in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// The token's kind.
    pub kind: TokenKind,
    /// Start in the original text, in code points.
    pub start: usize,
    /// End (exclusive) in the original text, in code points.
    pub end: usize,
    /// Start byte in the normalised text.
    pub norm_start: usize,
    /// End byte (exclusive) in the normalised text.
    pub norm_end: usize,
    /// Index of the sentence the token belongs to.
    pub sentence: usize,
    /// First index of the token's segments in [`crate::TextLayer::segments`].
    pub seg_start: usize,
    /// End index (exclusive) of the token's segments in [`crate::TextLayer::segments`].
    pub seg_end: usize,
}

/// Char classes for the scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Arabic,
    Digit,
    Letter,
    /// Combining mark or emoji modifier: continues the current token.
    Continue,
    Punct,
    Symbol,
}

/// Classes of the 128 ASCII chars.
const ASCII: [Class; 128] = {
    let mut t = [Class::Symbol; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_whitespace() || b < 0x20 || b == 0x7F {
            Class::Space
        } else if b.is_ascii_digit() {
            Class::Digit
        } else if b.is_ascii_alphabetic() {
            Class::Letter
        } else if b.is_ascii_punctuation() {
            Class::Punct
        } else {
            Class::Symbol
        };
        i += 1;
    }
    t
};

#[inline]
fn class(c: char) -> Class {
    let u = c as u32;
    if u < 0x80 {
        return ASCII[u as usize];
    }
    if is_arabic_letter(c) {
        return Class::Arabic;
    }
    match u {
        0x0300..=0x036F
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF
        | 0xE0020..=0xE007F => Class::Continue,
        // Arabic marks that normalisation kept (rare annotation signs) stay inside words.
        0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED => Class::Continue,
        0x00A1..=0x00BF
        | 0x00D7
        | 0x00F7
        | 0x0600..=0x06FF
        | 0x2010..=0x205E
        | 0x2E00..=0x2E7F
        | 0x3000..=0x303F
        | 0xFD3E..=0xFD3F => Class::Punct,
        _ if c.is_whitespace() => Class::Space,
        _ if c.is_numeric() => Class::Digit,
        _ if c.is_alphabetic() => Class::Letter,
        _ => Class::Symbol,
    }
}

/// Is the two-byte UTF-8 sequence `b0 b1` (lead byte 0xD8..=0xDB) an Arabic letter?
/// Indexed by `(b0 - 0xD8) << 6 | (b1 & 0x3F)`, i.e. by the code point minus U+0600.
const ARABIC2: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let u = 0x0600 + i as u32;
        t[i] = matches!(u, 0x0621..=0x063A | 0x0641..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5 | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF);
        i += 1;
    }
    t
};

/// Length in bytes of the Arabic letter starting at `bytes[i]`, or 0 if there is none.
#[inline]
fn arabic_letter_at(bytes: &[u8], i: usize) -> usize {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(&b0 @ 0xD8..=0xDB), Some(&b1))
            if ARABIC2[((b0 - 0xD8) as usize) << 6 | (b1 & 0x3F) as usize] =>
        {
            2
        }
        _ => 0,
    }
}

/// Calls `f(kind, start, end)` for each token of `text[from..to]` (byte offsets into `text`,
/// which must be char boundaries).
pub(crate) fn scan(text: &str, from: usize, to: usize, mut f: impl FnMut(TokenKind, usize, usize)) {
    let Some(slice) = text.get(from..to) else {
        return;
    };
    let bytes = slice.as_bytes();
    // The char at byte `i` of `slice` (always a boundary here) and its class.
    let at = |i: usize| -> Option<(char, Class)> {
        let b = *bytes.get(i)?;
        if b < 0x80 {
            return Some((b as char, ASCII[b as usize]));
        }
        let c = slice.get(i..)?.chars().next()?;
        Some((c, class(c)))
    };
    let mut i = 0;
    while let Some((c, cl)) = at(i) {
        let start = from + i;
        let mut end = i + c.len_utf8();
        match cl {
            Class::Space => {}
            Class::Arabic => {
                loop {
                    // Fast path: the common two-byte letter, no char decoding.
                    let n = arabic_letter_at(bytes, end);
                    if n > 0 {
                        end += n;
                        continue;
                    }
                    match at(end) {
                        Some((d, Class::Arabic | Class::Continue)) => end += d.len_utf8(),
                        _ => break,
                    }
                }
                f(TokenKind::Word, start, from + end);
            }
            Class::Digit => {
                loop {
                    match at(end) {
                        Some((d, Class::Digit | Class::Continue)) => end += d.len_utf8(),
                        Some(('.' | ',' | '/' | ':', _))
                            if bytes.get(end + 1).is_some_and(|b| b.is_ascii_digit())
                                && bytes
                                    .get(end.wrapping_sub(1))
                                    .is_some_and(|b| b.is_ascii_digit()) =>
                        {
                            // A separator between two digits stays inside the number.
                            end += 1;
                        }
                        _ => break,
                    }
                }
                f(TokenKind::Number, start, from + end);
            }
            Class::Letter => {
                while let Some((d, Class::Letter | Class::Digit | Class::Continue)) = at(end) {
                    end += d.len_utf8();
                }
                f(TokenKind::Latin, start, from + end);
            }
            Class::Punct | Class::Continue => f(TokenKind::Punct, start, from + end),
            Class::Symbol => {
                while let Some((d, Class::Continue)) = at(end) {
                    end += d.len_utf8();
                }
                f(TokenKind::Symbol, start, from + end);
            }
        }
        i = end;
    }
}

/// The Arabic word tokens of normalised `text`, in order: exactly the forms counted in the
/// word list (`data/wordfreq.tsv`) and looked up by clitic segmentation.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    scan(text, 0, text.len(), |k, s, e| {
        if k == TokenKind::Word {
            if let Some(w) = text.get(s..e) {
                out.push(w);
            }
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(TokenKind, &str)> {
        let mut v = Vec::new();
        scan(s, 0, s.len(), |k, a, b| v.push((k, &s[a..b])));
        v
    }

    #[test]
    fn numbers_stay_whole() {
        use TokenKind::*;
        assert_eq!(
            toks("1.5 2,500 2024/09/01 10:30"),
            vec![
                (Number, "1.5"),
                (Number, "2,500"),
                (Number, "2024/09/01"),
                (Number, "10:30")
            ]
        );
        // A trailing separator is punctuation, not part of the number.
        assert_eq!(
            toks("عام 2024."),
            vec![(Word, "عام"), (Number, "2024"), (Punct, ".")]
        );
        assert_eq!(toks("1,"), vec![(Number, "1"), (Punct, ",")]);
    }

    #[test]
    fn words_latin_punct_symbols() {
        use TokenKind::*;
        assert_eq!(
            toks("قال \"نعم\", F16 و#القطاع_الخاص 😀"),
            vec![
                (Word, "قال"),
                (Punct, "\""),
                (Word, "نعم"),
                (Punct, "\""),
                (Punct, ","),
                (Latin, "F16"),
                (Word, "و"),
                (Punct, "#"),
                (Word, "القطاع"),
                (Punct, "_"),
                (Word, "الخاص"),
                (Symbol, "😀"),
            ]
        );
    }

    #[test]
    fn modifiers_stay_with_their_base() {
        use TokenKind::*;
        assert_eq!(
            toks("👍🏽 e\u{0301}t"),
            vec![(Symbol, "👍🏽"), (Latin, "e\u{0301}t")]
        );
        assert_eq!(toks("\u{0301}"), vec![(Punct, "\u{0301}")]);
    }

    #[test]
    fn mixed_scripts_split() {
        use TokenKind::*;
        assert_eq!(
            toks("داعشISIS 20كم"),
            vec![
                (Word, "داعش"),
                (Latin, "ISIS"),
                (Number, "20"),
                (Word, "كم")
            ]
        );
    }

    #[test]
    fn letter_table_agrees_with_is_arabic_letter() {
        for u in 0x0600u32..=0x06FF {
            let c = char::from_u32(u).unwrap();
            let mut buf = [0u8; 4];
            let enc = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(
                arabic_letter_at(enc, 0) == 2,
                is_arabic_letter(c),
                "U+{u:04X}"
            );
        }
    }

    #[test]
    fn words_lists_only_arabic_words() {
        assert_eq!(words("قال 20 \"نعم\" ok"), vec!["قال", "نعم"]);
    }
}
