//! The Arabic text layer: normalisation for matching, sentences, tokens and clitics.
//!
//! Every later stage matches on normalised text but reports spans in the original, so this
//! crate never loses the way back: each derived form keeps code-point offsets into the text
//! it came from. Normalisation is *lossy for matching* (أ → ا, ة → ه, diacritics dropped)
//! and *lossless for offsets*.

pub mod data;
pub mod normalize;

pub use data::DataError;
pub use normalize::{normalize, Normalized};
pub mod token;

pub use token::{Token, TokenKind};
pub mod clitic;

pub use clitic::{segment_word, Segment, SegmentKind};
