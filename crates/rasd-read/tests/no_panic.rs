//! Property tests: no input, however malformed, makes the reader panic, and the guarantees
//! it documents (exact JSONL text, valid dates, increasing line numbers) hold.

use std::io::Cursor;

use proptest::prelude::*;
use rasd_read::{date, decode, html, jsonl, text, Format, Origin, ReadOptions};

fn origin() -> Origin {
    Origin {
        path: "p".into(),
        line: None,
    }
}

/// Bytes built from fragments that exercise the parsers' interesting paths.
fn fragments(pieces: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        4 => proptest::sample::select(pieces).prop_map(|s| s.as_bytes().to_vec()),
        1 => proptest::collection::vec(any::<u8>(), 0..8),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

const HTML_PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<article>",
    "</article>",
    "<main>",
    "<div class=\"share-bar\">",
    "<div>",
    "</div>",
    "<script>",
    "</script>",
    "<script type=\"application/ld+json\">",
    "{\"datePublished\": \"2024-09-01\"}",
    "{\"@graph\": [[[{\"datePublished\": 5}]]]}",
    "<meta charset=\"windows-1256\">",
    "<meta charset=utf-16>",
    "<meta property=\"article:published_time\" content=\"",
    "2024-02-30",
    "20240901",
    "\">",
    "<h1>",
    "</h1>",
    "<br>",
    "&amp;",
    "&#0;",
    "&nbsp;",
    "نص عربي",
    " ",
    "\n",
    "\r\n",
    "<time datetime=\"2024-09-01T10:00\">",
    "<nav>",
    "<header>",
    "<footer>",
    "<table><tr><td>",
    "<li>",
    "<title>",
    "</title>",
    "<!--",
    "-->",
    "<div itemprop=\"articleBody\">",
    "<aside role=main>",
    "<p hidden>",
    "<p style=\"display: none\">",
    "\u{FEFF}",
    "\0",
    "<",
    ">",
    "\"",
    "<link rel=canonical href=x>",
    "<meta property=og:title content=\"ع\">",
];

const JSONL_PIECES: &[&str] = &[
    "{",
    "}",
    "\"text\"",
    "\"id\"",
    "\"published\"",
    "\"title\"",
    "\"url\"",
    ":",
    ",",
    "\"",
    "نص",
    "\\u0627",
    "\\ud800",
    "\\\"",
    "\\",
    "\"2024-09-01\"",
    "\"2024-13-01\"",
    "\"\"",
    "123",
    "-1.5e9",
    "null",
    "true",
    "[",
    "]",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\0",
    "\u{FEFF}",
    "\u{2028}",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = decode::detect(&bytes, false, None);
        let _ = decode::html_declared_charset(&bytes);
        if let Ok(decoded) = decode::decode(&bytes, None) {
            let _ = Format::sniff(&decoded);
            let _ = text::parse_text(&decoded, "x".into(), origin());
            let _ = date::normalize_date(&decoded);
        }
        let _ = jsonl::parse_line(&bytes, "p", "p", 1);
        let _ = html::parse_html_bytes(&bytes, "x".into(), origin());
        for format in [None, Some(Format::Jsonl), Some(Format::Text), Some(Format::Html)] {
            let options = ReadOptions { max_article_bytes: 512 };
            let _ = rasd_read::read_reader(Cursor::new(bytes.clone()), "p", format, &options).count();
        }
    }

    #[test]
    fn html_like_input_never_panics(bytes in fragments(HTML_PIECES)) {
        if let Ok(a) = html::parse_html_bytes(&bytes, "x".into(), origin()) {
            prop_assert!(!a.text.trim().is_empty());
            prop_assert!(a.published.as_deref().map_or(true, date::is_valid_ymd));
        }
    }

    #[test]
    fn jsonl_like_input_never_panics(bytes in fragments(JSONL_PIECES)) {
        let options = ReadOptions { max_article_bytes: 64 };
        let items: Vec<_> =
            rasd_read::read_reader(Cursor::new(bytes), "p.jsonl", Some(Format::Jsonl), &options).collect();
        let mut last_line = 0;
        for item in &items {
            let line = match item {
                Ok(a) => {
                    prop_assert!(a.published.as_deref().map_or(true, date::is_valid_ymd));
                    a.origin.line
                }
                Err(e) => e.location().line,
            };
            match line {
                Some(line) => {
                    prop_assert!(line > last_line, "line numbers must increase: {} after {}", line, last_line);
                    last_line = line;
                }
                // A whole-file error (binary data) is the file's only item.
                None => prop_assert_eq!(items.len(), 1),
            }
        }
    }

    #[test]
    fn jsonl_text_is_passed_through_exactly(s in any::<String>()) {
        let line = serde_json::json!({ "text": s }).to_string();
        let a = jsonl::parse_line(line.as_bytes(), "p", "p", 1).unwrap();
        prop_assert_eq!(a.text, s);
    }

    #[test]
    fn clean_text_files_are_kept_verbatim(s in "[^\r\u{FEFF}]*[^\\s\r\u{FEFF}]") {
        let a = text::parse_text(&s, "x".into(), origin()).unwrap();
        prop_assert_eq!(a.text, s);
    }
}
