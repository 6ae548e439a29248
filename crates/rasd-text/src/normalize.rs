//! Normalisation for matching, with a map back to original code-point offsets.

/// Text normalised for matching, with each normalised byte mapped to the original code point
/// it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// For each byte of `text`, the code-point offset in the original of the char it came
    /// from; one extra entry at the end holds the original length in code points.
    orig: Vec<u32>,
}

impl Normalized {
    /// Original code-point span of the normalised byte range `start..end`.
    ///
    /// `start` and `end` must lie on char boundaries of `text` (as every matcher's offsets do).
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end {
            let at = self.orig[start.min(self.text.len())] as usize;
            return (at, at);
        }
        (self.orig[start] as usize, self.orig[end - 1] as usize + 1)
    }

    /// Original code-point offset of the normalised byte `at` (a char boundary, or the end).
    pub fn original_offset(&self, at: usize) -> usize {
        self.orig[at.min(self.text.len())] as usize
    }

    /// Length of the original text in code points.
    pub fn original_len(&self) -> usize {
        *self.orig.last().unwrap_or(&0) as usize
    }
}

/// What happens to one original char.
enum Action {
    Keep,
    Drop,
    Map(char),
    Expand,
}

#[inline]
fn action(c: char) -> Action {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' => Action::Map('ا'),
        'ى' | 'ی' | 'ې' => Action::Map('ي'),
        'ة' | 'ۀ' | 'ە' => Action::Map('ه'),
        'ک' => Action::Map('ك'),
        'ؤ' => Action::Map('و'),
        'ئ' => Action::Map('ي'),
        'ـ' => Action::Drop,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}' => Action::Drop,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}' => Action::Drop,
        '\u{0660}'..='\u{0669}' => Action::Map(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Action::Map(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '٬' => Action::Map(','),
        '٫' => Action::Map('.'),
        '،' => Action::Map(','),
        '؛' => Action::Map(';'),
        '؟' => Action::Map('?'),
        '"' | '“' | '”' | '«' | '»' | '‹' | '›' | '„' | '‟' | '″' => Action::Map('"'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Action::Map(' '),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' => Action::Expand,
        _ => Action::Keep,
    }
}

/// Normalise `original` for matching.
///
/// Alef variants → ا, ى → ي, ة → ه, hamza seats ؤ ئ → و ي, tatweel and diacritics dropped,
/// runs of three or more of one letter collapsed (elongation), presentation forms and
/// ligatures decomposed, Arabic-Indic and Persian digits → ASCII, Arabic separators and
/// punctuation → ASCII, every quotation mark → `"`, bidi and zero-width controls dropped,
/// exotic spaces → space.
pub fn normalize(original: &str) -> Normalized {
    let mut text = String::with_capacity(original.len());
    let mut orig = Vec::with_capacity(original.len() + 1);
    let mut cp: u32 = 0;
    for c in original.chars() {
        match action(c) {
            Action::Keep => push(&mut text, &mut orig, c, cp),
            Action::Map(m) => push(&mut text, &mut orig, m, cp),
            Action::Drop => {}
            Action::Expand => {
                let mut parts = [' '; 8];
                let mut n = 0;
                unicode_normalization::char::decompose_compatible(c, |d| {
                    if n < parts.len() {
                        parts[n] = d;
                        n += 1;
                    }
                });
                for &d in &parts[..n] {
                    match action(d) {
                        Action::Keep | Action::Expand => push(&mut text, &mut orig, d, cp),
                        Action::Map(m) => push(&mut text, &mut orig, m, cp),
                        Action::Drop => {}
                    }
                }
            }
        }
        cp += 1;
    }
    orig.push(cp);
    Normalized { text, orig }
}

#[inline]
fn push(text: &mut String, orig: &mut Vec<u32>, c: char, cp: u32) {
    // Elongation: a third identical letter in a row is dropped (وجيييه → وجيه keeps one).
    if is_arabic_letter(c) {
        let mut tail = text.chars().rev();
        if tail.next() == Some(c) && tail.next() == Some(c) {
            // Collapse the whole run to one letter: remove the second copy too.
            let w = c.len_utf8();
            text.truncate(text.len() - w);
            orig.truncate(orig.len() - w);
            return;
        }
    }
    text.push(c);
    for _ in 0..c.len_utf8() {
        orig.push(cp);
    }
}

#[inline]
fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn alef_variants_and_ta_marbuta() {
        assert_eq!(n("أحمد إلى آخر ٱلله"), "احمد الي اخر الله");
        assert_eq!(n("مدينة على"), "مدينه علي");
    }

    #[test]
    fn diacritics_and_tatweel_are_dropped() {
        assert_eq!(n("نُفّذت"), "نفذت");
        assert_eq!(n("العـــراق"), "العراق");
    }

    #[test]
    fn elongation_collapses() {
        assert_eq!(n("وجيييه"), "وجيه");
        assert_eq!(n("ممثل"), "ممثل");
    }

    #[test]
    fn presentation_forms_decompose() {
        assert_eq!(n("ﻭﻗﺎﻟﺖ"), "وقالت");
        assert_eq!(n("ﻻ"), "لا");
    }

    #[test]
    fn digits_and_punctuation() {
        assert_eq!(n("٢٠٢٤ ۲۰۲۴ ١٢٬٥٠٠ ١٫٥"), "2024 2024 12,500 1.5");
        assert_eq!(n("«نعم»، لا؟"), "\"نعم\", لا?");
    }

    #[test]
    fn controls_vanish_and_offsets_map_back() {
        let src = "\u{200F}في ﻻ العراق";
        let norm = normalize(src);
        let at = norm.text.find("العراق").unwrap();
        let (s, e) = norm.original_span(at, at + "العراق".len());
        let got: String = src.chars().skip(s).take(e - s).collect();
        assert_eq!(got, "العراق");
        assert_eq!(norm.original_len(), src.chars().count());
    }
}
