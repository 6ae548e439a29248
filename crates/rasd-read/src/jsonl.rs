//! JSON Lines: one article per line, read with memory bounded by the longest accepted line.

use std::io::{self, BufRead};

use serde_json::{Map, Value};

use crate::date::is_valid_ymd;
use crate::error::{json_type, Location};
use crate::{Origin, RawArticle, ReadError};

/// The result of reading one line with a size cap.
#[derive(Debug, PartialEq, Eq)]
pub enum LineRead {
    /// No more input.
    Eof,
    /// A line was read into the buffer (newline removed).
    Line,
    /// The line was longer than the cap; only its size (without the newline) is known, the
    /// bytes were skipped.
    TooLong(u64),
}

/// Reads one line into `buf` (cleared first), keeping at most `limit` bytes. A longer line is
/// consumed up to its newline without being stored, so a 50 MB line costs no memory.
pub fn read_line_bounded<R: BufRead + ?Sized>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<LineRead> {
    buf.clear();
    let mut size: u64 = 0;
    let mut seen_any = false;
    let mut last = None;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        seen_any = true;
        let (chunk, used, newline) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..i], i + 1, true),
            None => (available, available.len(), false),
        };
        size += chunk.len() as u64;
        last = chunk.last().copied().or(last);
        if size <= limit as u64 + 1 {
            // Keep one byte past the limit so a trailing '\r' can still be stripped below.
            buf.extend_from_slice(chunk);
        }
        reader.consume(used);
        if newline {
            break;
        }
    }
    if !seen_any {
        return Ok(LineRead::Eof);
    }
    if last == Some(b'\r') {
        size = size.saturating_sub(1);
        if buf.len() as u64 > size {
            buf.pop();
        }
    }
    if size > limit as u64 {
        buf.clear();
        return Ok(LineRead::TooLong(size));
    }
    Ok(LineRead::Line)
}

/// Streams the articles of a JSONL input, one item per non-blank line.
pub struct JsonlArticles<B> {
    reader: B,
    path: String,
    stem: String,
    line: usize,
    buf: Vec<u8>,
    limit: usize,
    done: bool,
}

impl<B: BufRead> JsonlArticles<B> {
    /// Reads `reader`, whose content is UTF-8 JSONL, reporting lines as `path:N`. Articles
    /// without an `id` get `stem:N`.
    pub fn new(reader: B, path: &str, stem: &str, max_line_bytes: usize) -> Self {
        JsonlArticles {
            reader,
            path: path.to_string(),
            stem: stem.to_string(),
            line: 0,
            buf: Vec::new(),
            limit: max_line_bytes,
            done: false,
        }
    }
}

impl<B: BufRead> Iterator for JsonlArticles<B> {
    type Item = Result<RawArticle, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let read = read_line_bounded(&mut self.reader, &mut self.buf, self.limit);
            match read {
                Err(source) => {
                    // An I/O error mid-file would likely repeat: report it once and stop.
                    self.done = true;
                    let at = Location::line(&self.path, self.line + 1);
                    return Some(Err(ReadError::Io { at, source }));
                }
                Ok(LineRead::Eof) => self.done = true,
                Ok(LineRead::TooLong(size)) => {
                    self.line += 1;
                    return Some(Err(ReadError::TooLarge {
                        at: Location::line(&self.path, self.line),
                        what: "line",
                        size,
                        limit: self.limit as u64,
                    }));
                }
                Ok(LineRead::Line) => {
                    self.line += 1;
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(parse_line(&self.buf, &self.path, &self.stem, self.line));
                }
            }
        }
        None
    }
}

/// Parses one non-blank JSONL line into an article. `text` is kept exactly as decoded from
/// the JSON string. A missing, null or empty `id` becomes `stem:line`, a numeric one its
/// decimal form; an empty `published` counts as absent. Unknown fields are ignored.
pub fn parse_line(
    bytes: &[u8],
    path: &str,
    stem: &str,
    line: usize,
) -> Result<RawArticle, ReadError> {
    let at = || Location::line(path, line);
    // The first line of a file may carry a UTF-8 BOM.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let s = std::str::from_utf8(bytes).map_err(|e| ReadError::InvalidUtf8 {
        at: at(),
        offset: e.valid_up_to(),
    })?;
    let value: Value = serde_json::from_str(s).map_err(|e| ReadError::Json {
        at: at(),
        message: json_message(&e, s),
    })?;
    let Value::Object(mut obj) = value else {
        return Err(ReadError::NotObject {
            at: at(),
            found: json_type(&value),
        });
    };
    let text = match obj.remove("text") {
        Some(Value::String(t)) => t,
        None => {
            return Err(ReadError::MissingField {
                at: at(),
                field: "text",
            })
        }
        Some(other) => {
            return Err(ReadError::FieldType {
                at: at(),
                field: "text",
                expected: "a string",
                found: json_type(&other),
            })
        }
    };
    let id = match obj.remove("id") {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        None | Some(Value::Null) | Some(Value::String(_)) => format!("{stem}:{line}"),
        Some(other) => {
            return Err(ReadError::FieldType {
                at: at(),
                field: "id",
                expected: "a string or a number",
                found: json_type(&other),
            })
        }
    };
    let published = match optional_string(&mut obj, "published", &at)? {
        // An empty date is how spreadsheets export "unknown".
        Some(p) if p.trim().is_empty() => None,
        Some(p) if is_valid_ymd(p.trim()) => Some(p.trim().to_string()),
        Some(p) => {
            return Err(ReadError::InvalidDate {
                at: at(),
                field: "published",
                value: p,
            })
        }
        None => None,
    };
    Ok(RawArticle {
        id,
        title: optional_string(&mut obj, "title", &at)?,
        published,
        source: optional_string(&mut obj, "source", &at)?,
        url: optional_string(&mut obj, "url", &at)?,
        text,
        origin: Origin {
            path: path.to_string(),
            line: Some(line),
        },
    })
}

/// An optional string field: absent or null is `None`, any other type an error.
fn optional_string(
    obj: &mut Map<String, Value>,
    field: &'static str,
    at: &dyn Fn() -> Location,
) -> Result<Option<String>, ReadError> {
    match obj.remove(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(ReadError::FieldType {
            at: at(),
            field,
            expected: "a string",
            found: json_type(&other),
        }),
    }
}

/// serde_json's message with "at line 1 column N" shortened to "at column N": the line
/// number is already in the location. serde_json counts bytes; the column reported is in
/// characters, as an editor shows it.
fn json_message(e: &serde_json::Error, line: &str) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&suffix) {
        Some(msg) => {
            let byte_col = e.column().saturating_sub(1);
            let char_col = line
                .char_indices()
                .take_while(|(i, _)| *i < byte_col)
                .count()
                + 1;
            format!("{msg} at column {char_col}")
        }
        None => full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn errors_of(input: &str) -> Vec<String> {
        JsonlArticles::new(Cursor::new(input.as_bytes()), "a.jsonl", "a", 1 << 20)
            .filter_map(Result::err)
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn bad_lines_are_reported_one_each() {
        let table = [
            (
                "{\"text\": \"x\" \"id\": 1}",
                "a.jsonl:1: invalid JSON: expected `,` or `}` at column 14",
            ),
            (
                "not json",
                "a.jsonl:1: invalid JSON: expected ident at column 2",
            ),
            (
                "[1, 2]",
                "a.jsonl:1: expected a JSON object, found an array",
            ),
            (
                "\"text\"",
                "a.jsonl:1: expected a JSON object, found a string",
            ),
            ("{\"id\": \"x\"}", "a.jsonl:1: missing field `text`"),
            (
                "{\"text\": 5}",
                "a.jsonl:1: field `text` must be a string, found a number",
            ),
            (
                "{\"text\": \"x\", \"title\": [1]}",
                "a.jsonl:1: field `title` must be a string, found an array",
            ),
            (
                "{\"text\": \"x\", \"id\": {}}",
                "a.jsonl:1: field `id` must be a string or a number, found an object",
            ),
            (
                "{\"text\": \"x\", \"published\": \"2024-02-30\"}",
                "a.jsonl:1: field `published`: invalid date \"2024-02-30\" (expected YYYY-MM-DD)",
            ),
            (
                "{\"text\": \"x\", \"published\": 20240901}",
                "a.jsonl:1: field `published` must be a string, found a number",
            ),
        ];
        for (line, want) in table {
            assert_eq!(errors_of(line), vec![want.to_string()], "{line}");
        }
    }

    #[test]
    fn invalid_utf8_line() {
        let bytes = b"{\"text\": \"\xff\"}\n";
        let errs: Vec<String> = JsonlArticles::new(&bytes[..], "a.jsonl", "a", 100)
            .map(|r| r.unwrap_err().to_string())
            .collect();
        assert_eq!(errs, ["a.jsonl:1: invalid UTF-8 at byte 10 of the line"]);
    }

    #[test]
    fn fields_defaults_and_exact_text() {
        let input = "\u{FEFF}{\"text\": \"  قال \\\"x\\\"\\n\\u0627 \", \"published\": \"2024-09-01\", \"source\": \"s\", \"url\": null}\r\n\n  \n{\"text\": \"b\", \"id\": 7, \"published\": \"\"}";
        let arts: Vec<RawArticle> =
            JsonlArticles::new(Cursor::new(input), "d/a.jsonl", "a", 1 << 20)
                .map(Result::unwrap)
                .collect();
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].text, "  قال \"x\"\nا ");
        assert_eq!(arts[0].id, "a:1");
        assert_eq!(arts[0].published.as_deref(), Some("2024-09-01"));
        assert_eq!(arts[0].source.as_deref(), Some("s"));
        assert_eq!(arts[0].url, None);
        assert_eq!(
            arts[0].origin,
            Origin {
                path: "d/a.jsonl".into(),
                line: Some(1)
            }
        );
        assert_eq!(arts[1].id, "7");
        assert_eq!(arts[1].published, None);
        assert_eq!(arts[1].origin.line, Some(4));
    }

    #[test]
    fn bounded_lines() {
        let mut r = Cursor::new("12345\r\n123456\nabc");
        let mut buf = Vec::new();
        assert_eq!(
            read_line_bounded(&mut r, &mut buf, 5).unwrap(),
            LineRead::Line
        );
        assert_eq!(buf, b"12345");
        assert_eq!(
            read_line_bounded(&mut r, &mut buf, 5).unwrap(),
            LineRead::TooLong(6)
        );
        assert!(buf.is_empty());
        assert_eq!(
            read_line_bounded(&mut r, &mut buf, 5).unwrap(),
            LineRead::Line
        );
        assert_eq!(buf, b"abc");
        assert_eq!(
            read_line_bounded(&mut r, &mut buf, 5).unwrap(),
            LineRead::Eof
        );
    }
}
