//! Typed errors of the data loaders.

use thiserror::Error;

/// A defect in one of the embedded lexicon files, with its location.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum LexiconError {
    /// A row has too few tab-separated fields.
    #[error("{file}:{line}: expected {expected} tab-separated fields, found {found}")]
    Columns {
        /// Data file name.
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// Fields required.
        expected: usize,
        /// Fields present.
        found: usize,
    },
    /// A field holds a value the loader does not accept.
    #[error("{file}:{line}: bad {field} {value:?}")]
    Value {
        /// Data file name.
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// Which field.
        field: &'static str,
        /// The offending text.
        value: String,
    },
    /// A data file the loader has no parser for.
    #[error("{file}: no loader for this file")]
    UnknownFile {
        /// Data file name.
        file: &'static str,
    },
}
