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

#![warn(missing_docs)]

pub mod lexicon;
pub mod number;
mod recognise;
pub mod token;

pub use lexicon::{lexicon, Lexicon, LexiconError};
pub use recognise::recognise;
