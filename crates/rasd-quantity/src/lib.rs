//! Counts and measures in Arabic news: «حوالي 2500 جندي», «ثلاثة آلاف وخمسمائة»,
//! «مليوني سوري», «50%», «مليون دولار», «جنديين».
//!
//! The other layers need numbers with their counted noun and hedge (how many were killed,
//! how many soldiers are deployed), and a number is easy to misread: a year, a date, a
//! resolution number or an ordinal is not a quantity. This crate reads number phrases in
//! digits and words, attaches the hedge (حوالي، أكثر من، على الأقل …) and the counted noun
//! (from a lexicon of news nouns with broken plurals and English glosses), and drops what is
//! not a count. All linguistic knowledge is in the TSV files under `data/`, embedded at build
//! time; matching runs on [`rasd_text::normalize`]d text and spans are mapped back to code
//! points of the original.
//!
//! Conventions, following `shared/eval/GUIDELINES.md` and the dev gold:
//! - the span runs from the hedge (without its proclitic) to the counted noun or a trailing
//!   hedge: «حوالي 2500 جندي», «78 مدنيا على الأقل»;
//! - vague counts are `about` with conventional values (`data/numbers.tsv`): عشرات 24,
//!   مئات 200, آلاف 2000, ملايين 2,000,000, بضعة 3; «مئات الآلاف» is 200,000;
//! - durations (ثلاثة أشهر، يومين) are left to the time layer; ages («يبلغ من العمر 30
//!   عاما», «(25 عاما)») are quantities with the unit عام;
//! - `unit` is the Arabic singular from the lexicon (or the surface word, without article or
//!   accusative alif, when the noun is unknown), `unit_en` the English plural (singular for
//!   1), `%`/`percent` for percentages; a number with no noun of its own takes the noun of
//!   the previous count in its sentence («2500 جندي في العراق ونحو 900 في سوريا»).

#![warn(missing_docs)]

pub mod lexicon;
mod number;
mod recognise;
mod token;

pub use lexicon::{lexicon, Lexicon, LexiconError};
pub use recognise::recognise;
