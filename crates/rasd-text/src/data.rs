//! Errors for the embedded linguistic data files under `data/`.

/// A malformed line in one of the embedded data files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("data/{file}:{line}: {message}")]
pub struct DataError {
    /// The data file's name, e.g. `normalize.tsv`.
    pub file: &'static str,
    /// 1-based line number (0 when the problem is not tied to one line).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl DataError {
    /// A new error for `file` at `line`.
    pub fn new(file: &'static str, line: usize, message: impl Into<String>) -> Self {
        DataError {
            file,
            line,
            message: message.into(),
        }
    }
}
