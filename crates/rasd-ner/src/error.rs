//! The crate's error type.

use std::io;

/// Everything that can go wrong loading resources or tagging a stream.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// Reading or writing a stream or file failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being read or written (a file name, "conll input", …).
        context: String,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// A data file (clusters, gazetteer, cue words, training data) has a malformed line.
    #[error("{file}:{line}: {msg}")]
    Parse {
        /// The file (or embedded resource) name.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        msg: String,
    },
    /// The model file is truncated or not in the expected format.
    #[error("model {what}: {msg}")]
    Model {
        /// Which model (file name or "embedded").
        what: String,
        /// What is wrong.
        msg: String,
    },
}

impl NerError {
    /// An I/O error with context.
    pub(crate) fn io(context: impl Into<String>, source: io::Error) -> Self {
        NerError::Io {
            context: context.into(),
            source,
        }
    }
}
