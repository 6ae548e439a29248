//! Normalisation for matching, with a map back to original code-point offsets.
//!
//! The character rules live in `data/normalize.tsv` and are compiled once into a lookup
//! table: a direct 256-entry array for the Arabic block U+0600–U+06FF (the hot path after
//! ASCII) and a sorted range list for everything else. ASCII is copied through untouched.

use std::sync::OnceLock;

use crate::data::DataError;

/// Text normalised for matching, with each normalised byte mapped to the original code point
/// it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// For each byte of `text`: at the first byte of a char, the original code-point offset
    /// where that char starts; at the last byte of a multi-byte char, the last original code
    /// point it covers (so dropped diacritics, tatweel and elongation after a letter stay inside
    /// the letter's span). One extra entry at the end holds the original length in code points.
    orig: Vec<u32>,
}

impl Normalized {
    /// Original code-point span of the normalised byte range `start..end`.
    ///
    /// `start` and `end` must lie on char boundaries of `text` (as every matcher's offsets
    /// do); out-of-range values are clamped, so this never panics.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        let len = self.text.len();
        let (start, end) = (start.min(len), end.min(len));
        let s = self.orig.get(start).copied().unwrap_or(0) as usize;
        if start >= end {
            return (s, s);
        }
        let e = self.orig.get(end - 1).copied().unwrap_or(0) as usize + 1;
        (s, e.max(s))
    }

    /// Original code-point offset of the normalised byte `at` (a char boundary, or the end).
    pub fn original_offset(&self, at: usize) -> usize {
        self.orig.get(at.min(self.text.len())).copied().unwrap_or(0) as usize
    }

    /// Length of the original text in code points.
    pub fn original_len(&self) -> usize {
        self.orig.last().copied().unwrap_or(0) as usize
    }
}

/// What happens to one original char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Act {
    /// Keep the char as it is.
    Keep,
    /// Drop it, but let the preceding letter's span cover it (diacritics, tatweel).
    Mark,
    /// Drop it entirely (bidi and zero-width controls).
    Ignore,
    /// Replace it by another char.
    Map(char),
    /// Compatibility-decompose it (presentation forms, ligatures) and normalise the parts.
    Decompose,
}

/// The compiled rules of `data/normalize.tsv`.
struct Table {
    /// Actions for U+0600..=U+06FF, indexed by the low byte.
    arabic: [Act; 256],
    /// Which of U+0600..=U+06FF are letters (subject to the elongation rule).
    letter: [bool; 256],
    /// Actions for other non-ASCII chars, as sorted, non-overlapping `(lo, hi, act)` ranges.
    ranges: Vec<(u32, u32, Act)>,
}

impl Table {
    #[inline]
    fn act(&self, c: char) -> Act {
        let u = c as u32;
        if (0x0600..=0x06FF).contains(&u) {
            return self.arabic[(u - 0x0600) as usize];
        }
        if u < 0x80 {
            return Act::Keep;
        }
        let i = self.ranges.partition_point(|&(_, hi, _)| hi < u);
        match self.ranges.get(i) {
            Some(&(lo, _, act)) if lo <= u => act,
            _ => Act::Keep,
        }
    }
}

const NORMALIZE_TSV: &str = include_str!("../data/normalize.tsv");

fn parse_cp(s: &str, line: usize) -> Result<u32, DataError> {
    let hex = s
        .strip_prefix("U+")
        .ok_or_else(|| DataError::new("normalize.tsv", line, "code point must look like U+XXXX"))?;
    let v = u32::from_str_radix(hex, 16)
        .map_err(|_| DataError::new("normalize.tsv", line, "bad hex code point"))?;
    if char::from_u32(v).is_none() {
        return Err(DataError::new(
            "normalize.tsv",
            line,
            "not a Unicode scalar value",
        ));
    }
    Ok(v)
}

/// Parse the normalisation rules; errors name the line.
fn parse_table(src: &str) -> Result<Table, DataError> {
    let mut arabic = [Act::Keep; 256];
    let mut ranges: Vec<(u32, u32, Act)> = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let line = i + 1;
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let mut cols = raw.split('\t');
        let from = cols.next().unwrap_or("");
        let action = cols
            .next()
            .ok_or_else(|| DataError::new("normalize.tsv", line, "missing ACTION column"))?;
        let (lo, hi) = match from.split_once("..") {
            Some((a, b)) => (parse_cp(a, line)?, parse_cp(b, line)?),
            None => {
                let v = parse_cp(from, line)?;
                (v, v)
            }
        };
        if hi < lo || hi - lo > 0x1000 {
            return Err(DataError::new("normalize.tsv", line, "bad range"));
        }
        for u in lo..=hi {
            let act = match action {
                "mark" => Act::Mark,
                "ignore" => Act::Ignore,
                "decompose" => Act::Decompose,
                "digits" => {
                    let d = u - lo;
                    if d > 9 {
                        return Err(DataError::new(
                            "normalize.tsv",
                            line,
                            "digits range longer than 10",
                        ));
                    }
                    Act::Map(char::from(b'0' + d as u8))
                }
                other => {
                    let to = parse_cp(other, line)?;
                    Act::Map(char::from_u32(to).unwrap_or(' '))
                }
            };
            if (0x0600..=0x06FF).contains(&u) {
                arabic[(u - 0x0600) as usize] = act;
            } else if u < 0x80 {
                return Err(DataError::new(
                    "normalize.tsv",
                    line,
                    "ASCII is always kept; do not list it",
                ));
            } else {
                ranges.push((u, u, act));
            }
        }
    }
    ranges.sort_by_key(|r| r.0);
    // Merge neighbours with the same action so the binary search stays short.
    let mut merged: Vec<(u32, u32, Act)> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if last.1 == r.0 => {
                return Err(DataError::new(
                    "normalize.tsv",
                    0,
                    format!("U+{:04X} listed twice", r.0),
                ));
            }
            Some(last) if last.1 + 1 == r.0 && last.2 == r.2 && !matches!(r.2, Act::Map(_)) => {
                last.1 = r.1
            }
            _ => merged.push(r),
        }
    }
    let mut letter = [false; 256];
    for (k, l) in letter.iter_mut().enumerate() {
        *l = char::from_u32(0x0600 + k as u32).is_some_and(is_arabic_letter);
    }
    Ok(Table {
        arabic,
        letter,
        ranges: merged,
    })
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    // The rules are embedded at compile time and a unit test parses them, so failure here
    // can only mean a broken build.
    TABLE.get_or_init(|| parse_table(NORMALIZE_TSV).expect("embedded data/normalize.tsv is valid"))
}

/// Is `c` an Arabic letter (after normalisation)? Used for elongation and word tokens.
#[inline]
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}')
}

/// Builder state: output buffers plus what the elongation and mark rules need to remember.
struct Out {
    text: String,
    orig: Vec<u32>,
    /// Last pushed char and the one before it (elongation without re-scanning `text`).
    last: char,
    before_last: char,
    /// The letter whose run of 3+ was collapsed: further copies are dropped.
    collapsed: Option<char>,
    /// Index in `orig` of the last byte of the last pushed Arabic letter, if nothing but
    /// marks has followed it: dropped marks extend that letter's span.
    attach: Option<usize>,
}

impl Out {
    #[inline]
    fn push_ascii(&mut self, b: u8, cp: u32) {
        self.text.push(b as char);
        self.orig.push(cp);
        self.last = b as char;
        self.before_last = '\0';
        self.collapsed = None;
        self.attach = None;
    }

    #[inline]
    fn extend_attach(&mut self, cp: u32) {
        if let Some(i) = self.attach {
            if let Some(slot) = self.orig.get_mut(i) {
                *slot = cp;
            }
        }
    }

    /// Push an Arabic letter (two bytes in UTF-8), applying the elongation rule.
    #[inline]
    fn push_letter(&mut self, c: char, cp: u32) {
        if self.collapsed == Some(c) {
            self.extend_attach(cp);
            return;
        }
        if self.last == c && self.before_last == c {
            self.collapse(c, cp);
            return;
        }
        self.text.push(c);
        self.orig.push(cp);
        self.orig.push(cp);
        self.attach = Some(self.orig.len() - 1);
        self.collapsed = None;
        self.before_last = self.last;
        self.last = c;
    }

    /// A third identical letter in a row: elongation (وجيييه). Keep one copy, whose span
    /// grows over the run.
    #[cold]
    fn collapse(&mut self, c: char, cp: u32) {
        let w = c.len_utf8();
        self.text.truncate(self.text.len() - w);
        self.orig.truncate(self.orig.len() - w);
        self.attach = Some(self.orig.len() - 1);
        self.extend_attach(cp);
        self.last = c;
        self.before_last = '\0';
        self.collapsed = Some(c);
    }

    #[inline]
    fn push(&mut self, c: char, cp: u32) {
        if is_arabic_letter(c) {
            if self.collapsed == Some(c) {
                self.extend_attach(cp);
                return;
            }
            if self.last == c && self.before_last == c {
                self.collapse(c, cp);
                return;
            }
            self.text.push(c);
            let w = c.len_utf8();
            for _ in 0..w {
                self.orig.push(cp);
            }
            self.attach = if w > 1 {
                Some(self.orig.len() - 1)
            } else {
                None
            };
        } else {
            self.text.push(c);
            for _ in 0..c.len_utf8() {
                self.orig.push(cp);
            }
            self.attach = None;
        }
        self.collapsed = None;
        self.before_last = self.last;
        self.last = c;
    }

    /// Apply one action to one char (recursing once into decompositions).
    #[inline]
    fn apply(&mut self, t: &Table, c: char, act: Act, cp: u32) {
        match act {
            Act::Keep => self.push(c, cp),
            Act::Map(m) => {
                if m.is_ascii() {
                    self.push_ascii(m as u8, cp)
                } else {
                    self.push(m, cp)
                }
            }
            Act::Mark => self.extend_attach(cp),
            Act::Ignore => self.attach = None,
            Act::Decompose => {
                unicode_normalization::char::decompose_compatible(c, |d| {
                    match t.act(d) {
                        // A decomposition never yields another presentation form; keep as is.
                        Act::Decompose | Act::Keep => self.push(d, cp),
                        Act::Map(m) => self.push(m, cp),
                        Act::Mark => self.extend_attach(cp),
                        Act::Ignore => {}
                    }
                });
            }
        }
    }
}

/// Normalise `original` for matching.
///
/// Alef variants → ا, ى → ي, ة → ه, hamza seats ؤ ئ → و ي, tatweel and diacritics dropped,
/// runs of three or more of one letter collapsed to one (elongation), presentation forms and
/// ligatures decomposed, Arabic-Indic and Persian digits → ASCII, Arabic separators and
/// punctuation → ASCII, every quotation mark → `"`, bidi and zero-width controls dropped,
/// exotic spaces → space. The full rule list is `data/normalize.tsv`.
pub fn normalize(original: &str) -> Normalized {
    let t = table();
    let mut out = Out {
        text: String::with_capacity(original.len()),
        orig: Vec::with_capacity(original.len() + 1),
        last: '\0',
        before_last: '\0',
        collapsed: None,
        attach: None,
    };
    let mut cp: u32 = 0;
    let bytes = original.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            out.push_ascii(b, cp);
            i += 1;
            cp += 1;
            continue;
        }
        if (0xD8..=0xDB).contains(&b) {
            // Fast path for the Arabic block U+0600..U+06FF (two bytes, lead 0xD8..=0xDB).
            if let Some(&b1) = bytes.get(i + 1) {
                let idx = ((b - 0xD8) as usize) << 6 | (b1 & 0x3F) as usize;
                let c = char::from_u32(0x0600 + idx as u32).unwrap_or(' ');
                match t.arabic[idx] {
                    Act::Keep if t.letter[idx] => out.push_letter(c, cp),
                    act => out.apply(t, c, act, cp),
                }
                i += 2;
                cp += 1;
                continue;
            }
        }
        // Other non-ASCII: decode one char. `original` is valid UTF-8, so this always succeeds.
        let Some(c) = original.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        let act = t.act(c);
        out.apply(t, c, act, cp);
        cp += 1;
    }
    out.orig.push(cp);
    Normalized {
        text: out.text,
        orig: out.orig,
    }
}

/// `text` with every `_` read as a space: hashtags join a name's words with it
/// (`#تيريزا_ماي`). Both are one ASCII byte, so every byte and code-point offset holds.
pub fn underscores_as_spaces(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('_') {
        std::borrow::Cow::Owned(text.replace('_', " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize(s).text
    }

    /// Original text of the normalised byte range, through the offset map.
    fn back(src: &str, norm: &Normalized, s: usize, e: usize) -> String {
        let (a, b) = norm.original_span(s, e);
        src.chars().skip(a).take(b - a).collect()
    }

    #[test]
    fn embedded_rules_parse() {
        let t = parse_table(NORMALIZE_TSV).unwrap();
        assert_eq!(t.act('أ'), Act::Map('ا'));
        assert_eq!(t.act('\u{200F}'), Act::Ignore);
        assert_eq!(t.act('\u{FEFB}'), Act::Decompose);
        assert_eq!(t.act('x'), Act::Keep);
        assert_eq!(t.act('😀'), Act::Keep);
    }

    #[test]
    fn bad_rules_name_the_line() {
        let e = parse_table("# c\nU+0623\tU+ZZ\n").err().unwrap();
        assert_eq!(e.line, 2);
        assert!(parse_table("U+0041\tignore\n").is_err());
        assert!(parse_table("U+0660..U+066B\tdigits\n").is_err());
    }

    #[test]
    fn alef_variants() {
        assert_eq!(n("أحمد إلى آخر ٱلله"), "احمد الي اخر الله");
        // Decomposed hamza/madda written as combining marks end up the same.
        assert_eq!(n("ا\u{0654}حمد ا\u{0653}خر"), "احمد اخر");
    }

    #[test]
    fn alef_maqsura_and_ta_marbuta() {
        assert_eq!(n("على مستشفى"), "علي مستشفي");
        assert_eq!(n("مدينة"), "مدينه");
        assert_eq!(n("مسؤول رئيس"), "مسوول رييس");
    }

    #[test]
    fn persian_letters() {
        assert_eq!(n("کرکوک ی"), "كركوك ي");
        assert_eq!(n("ڤيينا"), "فيينا");
    }

    #[test]
    fn diacritics_and_tatweel_are_dropped() {
        assert_eq!(n("نُفِّذَتْ"), "نفذت");
        assert_eq!(n("العـــراق"), "العراق");
        assert_eq!(n("جداًّ"), "جدا");
    }

    #[test]
    fn elongation_collapses_any_run_length() {
        assert_eq!(n("وجيييه"), "وجيه");
        assert_eq!(n("وجييييييه"), "وجيه");
        assert_eq!(n("جداااا"), "جدا");
        // Two in a row is ordinary spelling and stays.
        assert_eq!(n("ممثل الليل"), "ممثل الليل");
        // Runs broken by tatweel or marks are still runs in the output.
        assert_eq!(n("وجيـيـيه"), "وجيه");
        // Latin and digits are never collapsed.
        assert_eq!(n("1000 www"), "1000 www");
    }

    #[test]
    fn presentation_forms_and_ligatures_decompose() {
        assert_eq!(n("ﻭﻗﺎﻟﺖ"), "وقالت");
        assert_eq!(n("ﻻ"), "لا");
        assert_eq!(n("ﻷ"), "لا");
        assert_eq!(n("ﷲ"), "الله");
        assert_eq!(n("ﺍﻟﻤﺪﻳﻨﺔ"), "المدينه");
        // A long ligature expands fully (no fixed-size buffer).
        assert_eq!(n("\u{FDFA}").chars().filter(|c| *c == ' ').count(), 3);
    }

    #[test]
    fn digits_and_separators() {
        assert_eq!(n("٢٠٢٤ ۲۰۲۴"), "2024 2024");
        assert_eq!(n("١٢٬٥٠٠ ١٫٥ ٥٪"), "12,500 1.5 5%");
    }

    #[test]
    fn arabic_punctuation() {
        assert_eq!(n("نعم، لا؛ متى؟"), "نعم, لا; متي?");
    }

    #[test]
    fn every_quotation_mark_becomes_ascii() {
        assert_eq!(n("\"a\" “b” «c» ‹d› „e‟"), "\"a\" \"b\" \"c\" \"d\" \"e\"");
    }

    #[test]
    fn controls_vanish_and_spaces_normalise() {
        assert_eq!(
            n("\u{200E}a\u{200F}b\u{202A}c\u{202E}d\u{200B}e\u{200C}f\u{200D}g\u{2066}h\u{FEFF}"),
            "abcdefgh"
        );
        assert_eq!(n("a\u{00A0}b\u{202F}c"), "a b c");
    }

    #[test]
    fn offsets_map_back() {
        let src = "\u{200F}في ﻻ العِرَاقُ.";
        let norm = normalize(src);
        let at = norm.text.find("العراق").unwrap();
        // Trailing diacritics belong to the word.
        assert_eq!(back(src, &norm, at, at + "العراق".len()), "العِرَاقُ");
        let la = norm.text.find("لا").unwrap();
        assert_eq!(back(src, &norm, la, la + "لا".len()), "ﻻ");
        assert_eq!(norm.original_len(), src.chars().count());
        assert_eq!(norm.original_offset(norm.text.len()), src.chars().count());
        // The control before a word is not part of it.
        assert_eq!(back(src, &norm, 0, "في".len()), "في");
    }

    #[test]
    fn elongated_word_span_covers_the_run() {
        let src = "هو وجيييه جداااا.";
        let norm = normalize(src);
        let at = norm.text.find("وجيه").unwrap();
        assert_eq!(back(src, &norm, at, at + "وجيه".len()), "وجيييه");
        let at = norm.text.find("جدا").unwrap();
        assert_eq!(back(src, &norm, at, at + "جدا".len()), "جداااا");
    }

    #[test]
    fn out_of_range_offsets_do_not_panic() {
        let norm = normalize("abc");
        assert_eq!(norm.original_span(10, 20), (3, 3));
        assert_eq!(norm.original_span(2, 1), (2, 2));
        assert_eq!(normalize("").original_len(), 0);
    }

    #[test]
    fn underscores_read_as_spaces_keep_offsets() {
        let t = "قالت #تيريزا_ماي إن";
        let u = underscores_as_spaces(t);
        assert_eq!(u, "قالت #تيريزا ماي إن");
        assert_eq!(u.len(), t.len());
        assert!(matches!(
            underscores_as_spaces("بلا"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
