//! Sentence splitting and dateline detection, on normalised text, reported in original
//! code points.
//!
//! Rules, in order of precedence:
//! * a line break ends a sentence (the corpora put one paragraph on a line; `\n\n` separates
//!   paragraphs), and resets the quote state;
//! * `.` `!` `?` `…` end a sentence, together with any run of further terminators and
//!   closing quotes/brackets directly after them, when followed by whitespace, the end, or an
//!   Arabic letter (Arabic text often omits the space after a full stop);
//! * a `.` between digits (1.5), before a non-space non-Arabic char (U.S, example.com), or
//!   after an abbreviation (any single letter: د. أ. م. ص.; the forms in
//!   `data/abbreviations.txt`) does not;
//! * inside an open quotation (every quote mark is `"` after normalisation; with none open,
//!   one attached to the following text opens, else it is a stray close and ignored),
//!   terminators do not end the sentence, so a quoted passage of several sentences stays
//!   with its speaker, unless the quote has run on for more than [`MAX_QUOTE_BYTES`] (an unbalanced quote mark must not
//!   swallow a paragraph);
//! * a dateline (`بغداد - `, `القاهرة (رويترز) - `) has no terminator, so it is part of the
//!   first sentence; [`dateline`] reports the place.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::normalize::{is_arabic_letter, normalize, Normalized};

/// One sentence: its span in the original and in the normalised text, and its tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Start in the original text, in code points.
    pub start: usize,
    /// End (exclusive) in the original text, in code points.
    pub end: usize,
    /// Start byte in the normalised text.
    pub norm_start: usize,
    /// End byte (exclusive) in the normalised text.
    pub norm_end: usize,
    /// First index of the sentence's tokens in [`crate::TextLayer::tokens`] (0 from [`sentences`]).
    pub token_start: usize,
    /// End index (exclusive) of its tokens in [`crate::TextLayer::tokens`] (0 from [`sentences`]).
    pub token_end: usize,
}

/// A quotation left open longer than this (in normalised bytes, ~500 Arabic letters) no
/// longer shields terminators.
pub const MAX_QUOTE_BYTES: usize = 1000;

const ABBREVIATIONS_TXT: &str = include_str!("../data/abbreviations.txt");

fn abbreviations() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        ABBREVIATIONS_TXT
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| normalize(l).text)
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// Split `text` into sentences (normalising it first). Token ranges are left at 0; use
/// [`crate::analyze`] to get them filled in.
pub fn sentences(text: &str) -> Vec<Sentence> {
    split(&normalize(text))
}

#[inline]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0x0B | 0x0C)
}

/// The word (letters only) that ends right before byte `i`.
fn word_before(text: &str, i: usize) -> &str {
    let head = text.get(..i).unwrap_or("");
    // Arabic letters first: `char::is_alphabetic` is a slow table search for them.
    let letter = |c: char| {
        is_arabic_letter(c) || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
    };
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| letter(c))
        .last()
        .map_or(i, |(j, _)| j);
    head.get(start..).unwrap_or("")
}

/// Does the `.` at byte `i` belong to an abbreviation or a number rather than end a sentence?
fn dot_is_internal(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let prev = i.checked_sub(1).and_then(|p| b.get(p)).copied();
    let next = b.get(i + 1).copied();
    if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()) {
        return true;
    }
    let w = word_before(text, i);
    let n = w.chars().count();
    n == 1 || (n > 1 && abbreviations().contains(w))
}

/// Bytes the splitter must look at; everything else is skipped in bulk.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'"' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE2] = true; // lead byte of U+2026 …
    t
};

/// Split normalised text into sentences.
pub fn split(norm: &Normalized) -> Vec<Sentence> {
    let text = norm.text.as_str();
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start: Option<usize> = None; // first non-space byte of the current sentence
    let mut quote_open: Option<usize> = None;
    let mut i = 0;
    let emit = |s: usize, e: usize, out: &mut Vec<Sentence>| {
        // Trim trailing whitespace.
        let mut e = e;
        while e > s && b.get(e - 1).is_some_and(|&x| is_space(x)) {
            e -= 1;
        }
        if e > s {
            let (cs, ce) = norm.original_span(s, e);
            out.push(Sentence {
                start: cs,
                end: ce,
                norm_start: s,
                norm_end: e,
                token_start: 0,
                token_end: 0,
            });
        }
    };
    while i < b.len() {
        if start.is_none() {
            // Skip the whitespace between sentences; the next byte starts one.
            while i < b.len() && is_space(b[i]) {
                if b[i] == b'\n' {
                    quote_open = None;
                }
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            start = Some(i);
        }
        // Jump to the next byte that can matter (most bytes are letters).
        match b
            .get(i..)
            .and_then(|rest| rest.iter().position(|&x| SPECIAL[x as usize]))
        {
            Some(p) => i += p,
            None => break,
        }
        let c = b[i];
        if c == b'\n' {
            if let Some(s) = start.take() {
                emit(s, i, &mut out);
            }
            quote_open = None;
            i += 1;
            continue;
        }
        match c {
            b'"' => {
                if quote_open.is_some() {
                    quote_open = None;
                } else {
                    // A quote mark attached to the text after it opens (also «لـ"داعش"», where
                    // it follows a letter); one followed by a space or the end is a stray close.
                    let next = b.get(i + 1).copied();
                    if next.is_some_and(|n| !is_space(n)) {
                        quote_open = Some(i);
                    }
                }
                i += 1;
            }
            b'.' | b'!' | b'?' | 0xE2 => {
                // 0xE2 starts U+2026 (…) among others; check the whole char.
                let is_ellipsis = c == 0xE2 && text.get(i..).is_some_and(|t| t.starts_with('…'));
                if c == 0xE2 && !is_ellipsis {
                    i += 1;
                    continue;
                }
                // A number alone before the dot is a list marker («1. البند»), not a sentence.
                let list_marker = c == b'.'
                    && start.is_some_and(|s| s < i && b[s..i].iter().all(u8::is_ascii_digit));
                if c == b'.' && (list_marker || dot_is_internal(text, i)) {
                    i += 1;
                    continue;
                }
                // Consume further terminators, then closing quotes and brackets.
                let mut j = i;
                loop {
                    match b.get(j) {
                        Some(b'.' | b'!' | b'?') => j += 1,
                        Some(0xE2) if text.get(j..).is_some_and(|t| t.starts_with('…')) => {
                            j += '…'.len_utf8()
                        }
                        _ => break,
                    }
                }
                loop {
                    match b.get(j) {
                        Some(b'"') if quote_open.is_some() => {
                            quote_open = None;
                            j += 1;
                        }
                        Some(b')' | b']' | b'}') => j += 1,
                        _ => break,
                    }
                }
                let next_ok = match text.get(j..).and_then(|t| t.chars().next()) {
                    None => true,
                    Some(n) => n.is_whitespace() || is_arabic_letter(n) || n == '"',
                };
                let shielded = quote_open.is_some_and(|q| i - q <= MAX_QUOTE_BYTES);
                if next_ok && !shielded {
                    if let Some(s) = start.take() {
                        emit(s, j, &mut out);
                    }
                    quote_open = None;
                }
                i = j.max(i + 1);
            }
            _ => i += 1,
        }
    }
    if let Some(s) = start {
        emit(s, b.len(), &mut out);
    }
    out
}

/// The place of a dateline such as «بغداد - » or «القاهرة (رويترز) -», as an original
/// code-point span, searched at the start of the first eight lines (titles and captions often
/// come first). Normalises `text` first; see [`dateline_in`].
pub fn dateline(text: &str) -> Option<(usize, usize)> {
    dateline_in(&normalize(text))
}

/// [`dateline`] on already normalised text.
pub fn dateline_in(norm: &Normalized) -> Option<(usize, usize)> {
    dateline_parts(norm).map(|(place, _)| place)
}

/// The whole dateline on normalised text, from its place to the end of its dash («دبي، الإمارات
/// العربية المتحدة (CNN)--»), as an original code-point span: the place, country and agency
/// there only say where the report was filed.
pub fn dateline_head_in(norm: &Normalized) -> Option<(usize, usize)> {
    dateline_parts(norm).map(|(_, head)| head)
}

/// The dateline's place span and its whole head span, original code points.
fn dateline_parts(norm: &Normalized) -> Option<((usize, usize), (usize, usize))> {
    let text = norm.text.as_str();
    let mut line_start = 0;
    for line in text.split('\n').take(8) {
        if let Some((s, e, head_end)) = dateline_at(line) {
            return Some((
                norm.original_span(line_start + s, line_start + e),
                norm.original_span(line_start + s, line_start + head_end),
            ));
        }
        line_start += line.len() + 1;
    }
    None
}

#[inline]
fn is_word_char(c: char) -> bool {
    is_arabic_letter(c) || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

/// Up to `max` space-separated words at the start of `s`: their byte length and count.
fn leading_words(s: &str, max: usize) -> (usize, usize) {
    let (mut end, mut n) = (0, 0);
    let mut rest = s;
    while n < max {
        let w = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        if w == 0 {
            break;
        }
        n += 1;
        end = s.len() - rest.len() + w;
        rest = &rest[w..];
        let after = rest.trim_start_matches(' ');
        if after.len() == rest.len() || !after.starts_with(is_word_char) {
            break;
        }
        rest = after;
    }
    (end, n)
}

/// A dateline at the start of one line: a place of 1–3 words, optionally `, country` (up to
/// four more words, as CNN writes «دبي، الإمارات العربية المتحدة (CNN) --»), an optional
/// short parenthesis (agency or date), one or more dashes, then a body of at least 40 bytes.
/// Returns the byte span of the place (the first group: the most specific place) and the byte
/// end of the dashes.
fn dateline_at(line: &str) -> Option<(usize, usize, usize)> {
    let lead = line.len() - line.trim_start().len();
    let head = &line[lead..];
    let (len, words) = leading_words(head, 3);
    if words == 0 {
        return None;
    }
    let mut rest = head[len..].trim_start_matches(' ');
    if let Some(country) = rest.strip_prefix(',') {
        let country = country.trim_start_matches(' ');
        let (clen, cwords) = leading_words(country, 4);
        if cwords == 0 {
            return None;
        }
        rest = country[clen..].trim_start_matches(' ');
    }
    // Optional parenthesis: agency or date.
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        if close > 60 {
            return None;
        }
        rest = inner[close + 1..].trim_start_matches(' ');
    }
    let body = rest.trim_start_matches(['-', '–', '—']);
    if body.len() == rest.len() || body.trim().len() < 40 {
        return None;
    }
    // A second dash soon after is a parenthetical clause (الملك عبدالعزيز -رحمه الله- أمر).
    let near: String = body.chars().take(40).collect();
    if near.contains(['-', '–', '—']) {
        return None;
    }
    // «وسيقضي ترامب - وهو …» is a clause with a parenthetical dash, not a place: a dateline
    // never opens with a conjunction or preposition.
    let first = &head[..head.find(' ').unwrap_or(len).min(len)];
    if crate::clitic::segment_word(first)
        .first()
        .is_some_and(|(k, _)| *k == crate::SegmentKind::Proclitic)
    {
        return None;
    }

    Some((lead, lead + len, line.len() - body.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_text(s: &str) -> Vec<String> {
        sentences(s)
            .into_iter()
            .map(|x| s.chars().skip(x.start).take(x.end - x.start).collect())
            .collect()
    }

    #[test]
    fn basic_terminators() {
        assert_eq!(
            split_text("قال الوزير. ثم غادر! هل عاد؟ نعم"),
            ["قال الوزير.", "ثم غادر!", "هل عاد؟", "نعم"]
        );
    }

    #[test]
    fn numbers_do_not_split() {
        assert_eq!(
            split_text("ارتفع 1.5 في المئة في 2024/09/01. ثم هبط ٢٫٥."),
            ["ارتفع 1.5 في المئة في 2024/09/01.", "ثم هبط ٢٫٥."]
        );
    }

    #[test]
    fn list_numbers_do_not_split() {
        assert_eq!(
            split_text("1. البند الأول. 2. البند الثاني."),
            ["1. البند الأول.", "2. البند الثاني."]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split_text("قال د. أحمد إن أ. م. علي في ص. 5 وصل. ثم عاد."),
            ["قال د. أحمد إن أ. م. علي في ص. 5 وصل.", "ثم عاد."]
        );
        assert_eq!(
            split_text("The U.S. Army and Dr. Smith left. Then"),
            ["The U.S. Army and Dr. Smith left.", "Then"]
        );
    }

    #[test]
    fn paragraphs_always_split() {
        assert_eq!(
            split_text("عنوان بلا نقطة\n\nالفقرة الأولى\nسطر"),
            ["عنوان بلا نقطة", "الفقرة الأولى", "سطر"]
        );
        // Even inside an unclosed quote.
        assert_eq!(split_text("قال «نعم\n\nثم"), ["قال «نعم", "ثم"]);
    }

    #[test]
    fn quotes_keep_their_sentences() {
        assert_eq!(
            split_text("وقال «سنعود. لن نتأخر». ثم غادر."),
            ["وقال «سنعود. لن نتأخر».", "ثم غادر."]
        );
        // A quote attached to a clitic (لـ"…") opens too.
        assert_eq!(
            split_text("دعا لـ\"الهدوء. والحوار\". ثم غادر."),
            ["دعا لـ\"الهدوء. والحوار\".", "ثم غادر."]
        );
        // A stray closing quote opens nothing.
        assert_eq!(
            split_text("نعم\" قال. ثم غادر."),
            ["نعم\" قال.", "ثم غادر."]
        );
        // A terminator directly before the closing quote takes the quote along.
        assert_eq!(
            split_text("قال \"انتهى.\" ثم غادر."),
            ["قال \"انتهى.\"", "ثم غادر."]
        );
        // A quote that never closes stops shielding after MAX_QUOTE_BYTES.
        let long = format!("قال «{}. بعد", "كلام طويل ".repeat(100));
        assert_eq!(split_text(&long).len(), 2);
    }

    #[test]
    fn missing_space_after_full_stop() {
        assert_eq!(
            split_text("انتهى الاجتماع.وقال الوزير"),
            ["انتهى الاجتماع.", "وقال الوزير"]
        );
        assert_eq!(split_text("see example.com now"), ["see example.com now"]);
    }

    #[test]
    fn ellipsis_and_runs() {
        assert_eq!(
            split_text("ماذا؟! لا أعرف... ربما… نعم"),
            ["ماذا؟!", "لا أعرف...", "ربما…", "نعم"]
        );
    }

    #[test]
    fn dateline_is_in_the_first_sentence() {
        let t = "بغداد - يعتزم العراق المشاركة في مؤتمر التحالف الدولي ضد تنظيم داعش. وقال";
        assert_eq!(
            split_text(t)[0],
            "بغداد - يعتزم العراق المشاركة في مؤتمر التحالف الدولي ضد تنظيم داعش."
        );
        assert_eq!(dateline(t), Some((0, 5)));
    }

    #[test]
    fn dateline_head_runs_to_the_dash() {
        let body = "كشفت مصادر أمريكية مسؤولة أن الرئيس وافق على الخطة الجديدة.";
        let t = format!("دبي، الإمارات العربية المتحدة (CNN)-- {body}");
        let (s, e) = dateline_head_in(&normalize(&t)).unwrap();
        assert_eq!(
            t.chars().skip(s).take(e - s).collect::<String>(),
            "دبي، الإمارات العربية المتحدة (CNN)--"
        );
        assert_eq!(dateline_head_in(&normalize(body)), None);
    }

    #[test]
    fn dateline_forms() {
        let body = "أعلنت الحكومة المصرية اليوم عن خطة جديدة للإصلاح الاقتصادي.";
        let t = format!("العنوان\n\nالقاهرة (رويترز) - {body}");
        let (s, e) = dateline(&t).unwrap();
        assert_eq!(t.chars().skip(s).take(e - s).collect::<String>(), "القاهرة");
        let t = format!("  ‏نيويورك – {body}");
        let (s, e) = dateline(&t).unwrap();
        assert_eq!(t.chars().skip(s).take(e - s).collect::<String>(), "نيويورك");
        let t = format!("ريو دي جانيرو - {body}");
        let (s, e) = dateline(&t).unwrap();
        assert_eq!(
            t.chars().skip(s).take(e - s).collect::<String>(),
            "ريو دي جانيرو"
        );
        // CNN style: city, country (agency) -- body; the place is the city.
        for t in [
            format!("دبي، الإمارات العربية المتحدة (CNN) -- {body}"),
            format!("دبي، الإمارات العربية المتحدة (CNN)-{body}"),
        ] {
            let (s, e) = dateline(&t).unwrap();
            assert_eq!(t.chars().skip(s).take(e - s).collect::<String>(), "دبي");
        }
        // An agency alone names no place.
        assert_eq!(dateline(&format!("(CNN)-- {body}")), None);
        // A clause with a parenthetical dash is no dateline.
        assert_eq!(
            dateline(&format!("الملك عبدالعزيز -رحمه الله- {body}")),
            None
        );
        assert_eq!(
            dateline(&format!("وسيقضي ترامب - وهو من أم اسكتلندية- {body}")),
            None
        );
        // No dash, or a short title with a dash, is no dateline.
        assert_eq!(dateline(body), None);
        assert_eq!(dateline("العراق - سوريا"), None);
        assert_eq!(
            dateline(&format!("قال وزير الخارجية العراقي - {body}")),
            None
        );
    }
}
