//! Typed read errors; each one names the file (and line, for JSONL) it comes from.

use std::fmt;
use std::io;

/// Where a problem was found: a path (`-` for stdin) and, for JSONL, a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The input path as given on the command line, or `-` for stdin.
    pub path: String,
    /// 1-based line number inside a JSONL input; `None` for whole-file formats.
    pub line: Option<usize>,
}

impl Location {
    /// A location covering a whole file.
    pub fn file(path: &str) -> Self {
        Location {
            path: path.to_string(),
            line: None,
        }
    }

    /// A location naming one line of a file.
    pub fn line(path: &str, line: usize) -> Self {
        Location {
            path: path.to_string(),
            line: Some(line),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.path, line),
            None => f.write_str(&self.path),
        }
    }
}

/// Why one input (a file, or one JSONL line) could not be turned into an article.
///
/// Errors are yielded as items of the article stream; reading goes on after them.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file or directory could not be opened or read (missing, permission, I/O failure).
    #[error("{at}: cannot read: {source}")]
    Io {
        /// The file (and line, if reading stopped inside a JSONL file).
        at: Location,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },
    /// The bytes look like binary data rather than text.
    #[error("{at}: binary data ({reason}), not text")]
    Binary {
        /// The offending file.
        at: Location,
        /// What gave it away, e.g. "NUL bytes".
        reason: String,
    },
    /// One article's raw input (a JSONL line or a whole file) is over the configured limit.
    #[error("{at}: {what} is {size} bytes, over the limit of {limit} bytes; skipped")]
    TooLarge {
        /// The file, and line for JSONL.
        at: Location,
        /// "line" or "file".
        what: &'static str,
        /// Size in bytes (for a file read from a pipe: the bytes counted).
        size: u64,
        /// The limit in force ([`crate::ReadOptions::max_article_bytes`]).
        limit: u64,
    },
    /// A JSONL line is not valid UTF-8 (the file as a whole was detected as UTF-8).
    #[error("{at}: invalid UTF-8 at byte {offset} of the line")]
    InvalidUtf8 {
        /// The file and line.
        at: Location,
        /// Byte offset of the first invalid sequence within the line.
        offset: usize,
    },
    /// A JSONL line is not valid JSON.
    #[error("{at}: invalid JSON: {message}")]
    Json {
        /// The file and line.
        at: Location,
        /// serde_json's description, with the column.
        message: String,
    },
    /// A JSONL line is valid JSON but not an object.
    #[error("{at}: expected a JSON object, found {found}")]
    NotObject {
        /// The file and line.
        at: Location,
        /// The JSON type found ("array", "string", …).
        found: &'static str,
    },
    /// A required field is absent.
    #[error("{at}: missing field `{field}`")]
    MissingField {
        /// The file and line.
        at: Location,
        /// The field's name.
        field: &'static str,
    },
    /// A field has the wrong JSON type.
    #[error("{at}: field `{field}` must be {expected}, found {found}")]
    FieldType {
        /// The file and line.
        at: Location,
        /// The field's name.
        field: &'static str,
        /// What was expected ("a string").
        expected: &'static str,
        /// The JSON type found.
        found: &'static str,
    },
    /// A date field is not a valid `YYYY-MM-DD` calendar date.
    #[error("{at}: field `{field}`: invalid date {value:?} (expected YYYY-MM-DD)")]
    InvalidDate {
        /// The file and line.
        at: Location,
        /// The field's name.
        field: &'static str,
        /// The value as found.
        value: String,
    },
    /// The input decoded fine but holds no article text (empty file, HTML without body text).
    #[error("{at}: no article text found")]
    NoText {
        /// The file.
        at: Location,
    },
}

impl ReadError {
    /// The file (and line) this error is about.
    pub fn location(&self) -> &Location {
        match self {
            ReadError::Io { at, .. }
            | ReadError::Binary { at, .. }
            | ReadError::TooLarge { at, .. }
            | ReadError::InvalidUtf8 { at, .. }
            | ReadError::Json { at, .. }
            | ReadError::NotObject { at, .. }
            | ReadError::MissingField { at, .. }
            | ReadError::FieldType { at, .. }
            | ReadError::InvalidDate { at, .. }
            | ReadError::NoText { at } => at,
        }
    }
}

/// The JSON type name of a value, for error messages.
pub(crate) fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}
