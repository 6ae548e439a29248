//! Input formats, chosen by file extension or sniffed from the content.

use std::path::Path;

/// The shape of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON Lines: one article object per line (`.jsonl`, `.ndjson`).
    Jsonl,
    /// Plain text: one article per file (`.txt`).
    Text,
    /// An HTML page: one article per file (`.html`, `.htm`).
    Html,
}

impl Format {
    /// The format a file extension stands for (case-insensitive); `None` when unknown.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "txt" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// Guesses the format from the start of decoded content: `{` means JSONL, `<` means
    /// HTML, anything else is plain text.
    pub fn sniff(head: &str) -> Format {
        let first = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        match first.chars().next() {
            Some('{') => Format::Jsonl,
            Some('<') => Format::Html,
            _ => Format::Text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_extension() {
        let table = [
            ("a/b.jsonl", Some(Format::Jsonl)),
            ("b.NDJSON", Some(Format::Jsonl)),
            ("c.txt", Some(Format::Text)),
            ("d.HTM", Some(Format::Html)),
            ("e.html", Some(Format::Html)),
            ("f.json", None),
            ("noext", None),
        ];
        for (path, want) in table {
            assert_eq!(Format::from_path(Path::new(path)), want, "{path}");
        }
    }

    #[test]
    fn sniffing() {
        let table = [
            ("{\"text\":\"x\"}", Format::Jsonl),
            ("\u{FEFF}\n  {", Format::Jsonl),
            ("<!doctype html>", Format::Html),
            ("  <html>", Format::Html),
            ("العراق يستعد", Format::Text),
            ("", Format::Text),
        ];
        for (head, want) in table {
            assert_eq!(Format::sniff(head), want, "{head:?}");
        }
    }
}
