//! Arabic time expressions, recognised and resolved to TIMEX3 values.
//!
//! News dates events mostly relative to the day of publication («مساء السبت»، «الشهر
//! المقبل»، «أكتوبر الماضي»), in three month systems (يناير، كانون الثاني، جانفي) and in
//! the Hijri calendar. This crate finds such expressions and writes each as a TIMEX3 value
//! resolved against the publication date, with spans in code points of the original text.
//!
//! All word lists live in `data/*.tsv` (months, weekdays, numbers, cues …) and are embedded
//! at build time. Matching runs over [`rasd_text::normalize()`]d text; spans are mapped back.
//!
//! Conventions where TimeML leaves a choice:
//! - A weekday is the latest such day on or before publication (a Sunday article's «الأحد»
//!   is that Sunday); after a future cue (سيعقد، المقرر، سوف within the clause) it is the
//!   next one on or after publication. «الماضي» / «المقبل» force strictly before / after.
//! - A bare month, or a day-month without a year, is the latest occurrence on or before
//!   publication; in a future clause the next one on or after it. A day-month at most 45
//!   days after publication with no tense cue is this year's (a scheduled date), and so is
//!   a bare month naming the month right after publication (news says «يوليو الماضي» for
//!   a past one). With a day,
//!   «الماضي» means before the publication day, without a day before the publication month;
//!   «المقبل» likewise after. «من نفس العام» takes the year last written in the text.
//! - Bare month names need a preposition, a boundary word or «شهر» before them (مارس is also
//!   a verb); Hijri names (رجب، رمضان are also names) and forms marked `strict` in
//!   `months.tsv` need شهر, a day, a year or a modifier.
//! - Parts of a period (منتصف أغسطس، مطلع الشهر المقبل) keep the period's value (`2024-08`).
//! - Parts of the day are appended to a resolved day: `2024-08-31TEV` (صباح/فجر TMO,
//!   ظهر/عصر TAF, مساء TEV, ليل/ليلة/وقت متأخر TNI). Clock times are `TIME` values on the
//!   day named with them, else the day of a date just before, else the publication day.
//! - «قبل ثلاثة أيام» is a `DATE` (publication − 3 days, at the unit's precision: days give
//!   a day, weeks an ISO week, months a month, years a year). «بعد …» is a `DATE` only in a
//!   future clause; in narrative it is a `DURATION`, as is any count tied to an event
//!   (قبل يومين من الهجوم). «منذ ثلاثة أيام» is a `DURATION` (`P3D`); «منذ عام 2011» is `2011`.
//! - Vague spans: منذ أشهر، خلال الأشهر الماضية → `PXM`; حاليا، الآن → `PRESENT_REF`;
//!   مؤخرا → `PAST_REF`; قريبا → `FUTURE_REF`. Decades: الأربعينيات → `194`; centuries:
//!   القرن الماضي → `19` (for a 20xx publication).
//! - Ages are not durations: counts of years in parentheses or commas after a name, or near
//!   العمر، البالغ، يبلغ.
//! - A Hijri date converts to its Gregorian day (Umm al-Qura, `calendar: hijri`); a Hijri
//!   month without a day gives the Gregorian month of its first day; a Hijri year alone
//!   gives the Gregorian year holding most of it (the year of its 1 Rajab): 1446 هـ → `2025`.
//! - Ranges give two items: بين 2011 و2015 → `2011`, `2015`; من 5 إلى 7 أغسطس → two days.
//! - Without a publication date, absolute expressions still resolve; relative ones get
//!   placeholders: `PAST_REF` / `PRESENT_REF` / `FUTURE_REF` for days and periods,
//!   `XXXX-08` / `XXXX-08-15` for months and days without a year, `XXXX-WXX-6` for weekdays.
//!
//! `examples/times_jsonl.rs` prints contract JSON Lines with only `times` filled, for scoring
//! this crate alone against the dev gold.

mod calendar;
mod error;
mod lexicon;
mod rules;
mod scan;

use rasd_doc::Time;
use rasd_text::Normalized;

pub use error::LexiconError;

use calendar::Ymd;
use lexicon::LEXICON;

/// Find and resolve the time expressions of `text` against `published` (`YYYY-MM-DD`).
///
/// Spans are code points of `text`, end exclusive; items come in text order.
pub fn recognise(text: &str, published: Option<&str>) -> Vec<Time> {
    let norm = rasd_text::normalize(text);
    recognise_normalized(text, &norm, published)
}

/// Like [`recognise`], reusing a normalisation of `text` the caller already has.
///
/// `norm` must be `rasd_text::normalize(text)`.
pub fn recognise_normalized(text: &str, norm: &Normalized, published: Option<&str>) -> Vec<Time> {
    let anchor = published.and_then(Ymd::parse);
    let cands = rules::scan(&norm.text, anchor, &LEXICON);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let slice = |s: usize, e: usize| -> String {
        let b0 = chars.get(s).map(|x| x.0).unwrap_or(text.len());
        let b1 = chars.get(e).map(|x| x.0).unwrap_or(text.len());
        text.get(b0..b1).unwrap_or("").to_string()
    };
    cands
        .into_iter()
        .filter_map(|c| {
            if c.start >= c.end
                || !norm.text.is_char_boundary(c.start)
                || !norm.text.is_char_boundary(c.end)
            {
                return None;
            }
            let (start, mut end) = norm.original_span(c.start, c.end);
            // Normalisation makes آ an ا, so the name «آلان» reads as «الآن» ("now"); an
            // expression that opens with the article never starts with a madda.
            if norm.text[c.start..].starts_with("ال")
                && chars.get(start).is_some_and(|&(_, ch)| ch == 'آ')
            {
                return None;
            }
            // Keep trailing diacritics and tatweel (dropped by normalisation) inside the span:
            // «غداً» rather than «غدا».
            while chars.get(end).is_some_and(|&(_, ch)| is_mark(ch)) {
                end += 1;
            }
            Some(Time {
                start,
                end,
                text: slice(start, end),
                kind: c.kind,
                value: c.value,
                calendar: c.cal,
            })
        })
        .collect()
}

/// Arabic diacritics and tatweel: parts of the preceding letter for span purposes.
fn is_mark(ch: char) -> bool {
    matches!(ch, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// How far into an article a dateline is looked for.
const DATELINE_CHARS: usize = 600;
/// Lines of an article where a dateline may stand.
const DATELINE_LINES: usize = 6;

/// The publication date written near the top of an article, as `YYYY-MM-DD`.
///
/// Looks at the first six lines (at most 600 characters) for a complete day-month-year date
/// («الأحد 2024/09/01»، «1 أيلول 2024»، «١ سبتمبر ٢٠٢٤»، «25 شوال 1436 هـ»). Dates later in
/// the body are ignored, and so are partial dates (a month and year).
pub fn dateline_date(text: &str) -> Option<String> {
    let mut end = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if n >= DATELINE_LINES {
            break;
        }
        end += line.len();
    }
    let head: String = text[..end].chars().take(DATELINE_CHARS).collect();
    let norm = rasd_text::normalize(&head);
    rules::scan(&norm.text, None, &LEXICON)
        .into_iter()
        .find(|c| c.full)
        .map(|c| c.value.chars().take(10).collect())
}

#[cfg(test)]
mod tests;
