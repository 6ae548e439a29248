//! End-to-end tests of `read_inputs` / `read_reader` on real files.

use std::fs;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use rasd_read::{
    read_inputs, read_inputs_with, read_reader, Format, RawArticle, ReadError, ReadOptions,
};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn reference() -> String {
    fs::read_to_string(fixture("alarab-2024-09-01.txt")).unwrap()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn only_article(path: &str) -> RawArticle {
    let items: Vec<_> = read_inputs(&[path.to_string()]).collect();
    assert_eq!(items.len(), 1, "{path}: {items:?}");
    items.into_iter().next().unwrap().unwrap()
}

fn messages(items: &[Result<RawArticle, ReadError>]) -> Vec<String> {
    items
        .iter()
        .filter_map(|i| i.as_ref().err())
        .map(ToString::to_string)
        .collect()
}

#[test]
fn text_in_three_encodings_reads_identically() {
    let want = reference();
    for name in [
        "alarab-2024-09-01.txt",
        "alarab-2024-09-01.cp1256.txt",
        "alarab-2024-09-01.utf16le.txt",
    ] {
        let a = only_article(&fixture(name));
        assert!(a.text == want, "{name}: text differs from the reference");
        assert_eq!(a.title.as_deref(), want.lines().next(), "{name}");
        assert_eq!(a.published, None, "{name}");
        assert_eq!(a.origin.line, None);
    }
    assert_eq!(
        only_article(&fixture("alarab-2024-09-01.txt")).id,
        "alarab-2024-09-01"
    );
    assert_eq!(
        only_article(&fixture("alarab-2024-09-01.cp1256.txt")).id,
        "alarab-2024-09-01.cp1256"
    );
}

#[test]
fn html_page_yields_the_article_only() {
    let want = reference();
    let a = only_article(&fixture("alarab-2024-09-01.html"));
    assert_eq!(
        collapse(&a.text),
        collapse(&want),
        "HTML text differs from the reference:\n{}",
        a.text
    );
    let title = want.lines().next().unwrap();
    assert_eq!(a.title.as_deref(), Some(title));
    assert!(a.text.starts_with(&format!("{title}\n\n")));
    assert_eq!(a.published.as_deref(), Some("2024-09-01"));
    assert_eq!(a.source.as_deref(), Some("صحيفة العرب"));
    assert!(a
        .url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://alarab.co.uk/%D8")));
    assert_eq!(a.id, "alarab-2024-09-01");
    let furniture = fs::read_to_string(fixture("alarab-2024-09-01.furniture.txt")).unwrap();
    let mut checked = 0;
    for s in furniture.lines().filter(|l| !l.is_empty()) {
        // Only strings absent from the real article prove anything.
        assert!(!want.contains(s), "fixture list holds article text {s:?}");
        assert!(
            !a.text.contains(s),
            "page furniture leaked into the text: {s:?}"
        );
        checked += 1;
    }
    assert!(checked >= 40);
}

#[test]
fn html_in_windows_1256_honours_meta_charset() {
    let page = fs::read_to_string(fixture("alarab-2024-09-01.html")).unwrap();
    let page = page.replace(
        "<meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">",
    );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&page);
    assert!(!unmappable);
    let a = read_reader(
        Cursor::new(bytes.into_owned()),
        "page.htm",
        Some(Format::Html),
        &ReadOptions::default(),
    )
    .next()
    .unwrap()
    .unwrap();
    assert_eq!(collapse(&a.text), collapse(&reference()));
}

/// Writes `files` (relative path, content) under a fresh temp dir.
fn tree(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, content) in files {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }
    dir
}

fn path_in(dir: &tempfile::TempDir, rel: &str) -> String {
    dir.path().join(rel).to_string_lossy().into_owned()
}

#[test]
fn jsonl_bad_lines_each_give_one_error_and_good_lines_are_read() {
    let lines = [
        r#"{"id": "a1", "text": "بغداد - خبر أول", "published": "2024-09-01", "title": "عنوان"}"#,
        r#"{"id": "a2", "text": "ناقص" "#,
        r#"{"text": "خبر بلا معرّف", "source": "وكالة"}"#,
        r#"{"id": "a4", "title": "لا نص"}"#,
        "",
        r#"["not", "an", "object"]"#,
        r#"{"id": "a7", "text": 42}"#,
        r#"{"id": "a8", "text": "x", "published": "01/09/2024"}"#,
        r#"{"id": "a9", "text": "آخر خبر\nبسطرين", "url": "https://example.org/a9"}"#,
    ];
    let dir = tree(&[("articles.jsonl", lines.join("\n").as_bytes())]);
    let path = path_in(&dir, "articles.jsonl");
    let items: Vec<_> = read_inputs(std::slice::from_ref(&path)).collect();
    let errors = messages(&items);
    assert_eq!(
        errors,
        [
            format!("{path}:2: invalid JSON: EOF while parsing an object at column 28"),
            format!("{path}:4: missing field `text`"),
            format!("{path}:6: expected a JSON object, found an array"),
            format!("{path}:7: field `text` must be a string, found a number"),
            format!(
                "{path}:8: field `published`: invalid date \"01/09/2024\" (expected YYYY-MM-DD)"
            ),
        ]
    );
    let good: Vec<&RawArticle> = items.iter().filter_map(|i| i.as_ref().ok()).collect();
    let ids: Vec<&str> = good.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a1", "articles:3", "a9"]);
    assert_eq!(good[0].published.as_deref(), Some("2024-09-01"));
    assert_eq!(good[0].title.as_deref(), Some("عنوان"));
    assert_eq!(good[1].source.as_deref(), Some("وكالة"));
    assert_eq!(good[2].text, "آخر خبر\nبسطرين");
    assert_eq!(good[2].origin.line, Some(9));
    let lines_of_errors: Vec<Option<usize>> = items
        .iter()
        .filter_map(|i| i.as_ref().err())
        .map(|e| e.location().line)
        .collect();
    assert_eq!(
        lines_of_errors,
        [Some(2), Some(4), Some(6), Some(7), Some(8)]
    );
}

#[test]
fn a_50_mb_line_is_refused_and_the_next_line_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jsonl");
    {
        let mut f = std::io::BufWriter::new(fs::File::create(&path).unwrap());
        writeln!(f, r#"{{"id": "first", "text": "قبل"}}"#).unwrap();
        write!(f, r#"{{"id": "huge", "text": ""#).unwrap();
        let chunk = "ا".repeat(1 << 19); // 1 MiB of UTF-8
        for _ in 0..50 {
            f.write_all(chunk.as_bytes()).unwrap();
        }
        writeln!(f, r#""}}"#).unwrap();
        writeln!(f, r#"{{"id": "last", "text": "بعد"}}"#).unwrap();
    }
    let size = 50 * (1u64 << 20) + r#"{"id": "huge", "text": ""}"#.len() as u64;
    let shown = path.to_string_lossy().into_owned();
    let items: Vec<_> = read_inputs(std::slice::from_ref(&shown)).collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().unwrap().id, "first");
    assert_eq!(
        items[1].as_ref().unwrap_err().to_string(),
        format!("{shown}:2: line is {size} bytes, over the limit of 8388608 bytes; skipped")
    );
    assert_eq!(items[2].as_ref().unwrap().id, "last");
    assert_eq!(items[2].as_ref().unwrap().origin.line, Some(3));
}

#[test]
fn the_size_limit_is_configurable_and_applies_to_whole_files() {
    let dir = tree(&[
        ("a.txt", "عنوان\n\nنص طويل نسبيا".as_bytes()),
        ("b.jsonl", br#"{"text": "0123456789"}"#),
    ]);
    let options = ReadOptions {
        max_article_bytes: 16,
    };
    let items: Vec<_> =
        read_inputs_with(&[path_in(&dir, "a.txt"), path_in(&dir, "b.jsonl")], options).collect();
    let a = path_in(&dir, "a.txt");
    let b = path_in(&dir, "b.jsonl");
    assert_eq!(
        messages(&items),
        [
            format!("{a}: file is 36 bytes, over the limit of 16 bytes; skipped"),
            format!("{b}:1: line is 22 bytes, over the limit of 16 bytes; skipped"),
        ]
    );
}

#[test]
fn binary_and_missing_files_are_errors_and_reading_goes_on() {
    let dir = tree(&[
        (
            "notes.bin",
            b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
        ),
        (
            "image.txt",
            b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04",
        ),
        ("ok.txt", "عنوان\n\nنص".as_bytes()),
    ]);
    let missing = path_in(&dir, "missing.jsonl");
    let inputs = [
        path_in(&dir, "notes.bin"),
        missing.clone(),
        path_in(&dir, "image.txt"),
        path_in(&dir, "ok.txt"),
    ];
    let items: Vec<_> = read_inputs(&inputs).collect();
    assert_eq!(items.len(), 4);
    let errors = messages(&items);
    assert_eq!(
        errors[0],
        format!("{}: binary data (NUL bytes), not text", inputs[0])
    );
    assert!(
        errors[1].starts_with(&format!("{missing}: cannot read: ")),
        "{}",
        errors[1]
    );
    assert!(errors[1].contains("No such file"), "{}", errors[1]);
    assert!(matches!(items[1], Err(ReadError::Io { .. })));
    assert_eq!(
        errors[2],
        format!("{}: binary data (NUL bytes), not text", inputs[2])
    );
    assert_eq!(items[3].as_ref().unwrap().text, "عنوان\n\nنص");
}

#[test]
fn directories_are_read_recursively_in_sorted_order() {
    let dir = tree(&[
        ("b.txt", "ب".as_bytes()),
        (
            "a/2.jsonl",
            "{\"text\": \"a2-1\"}\n{\"text\": \"a2-2\"}\n".as_bytes(),
        ),
        ("a/1.txt", "١".as_bytes()),
        (
            "a/sub/x.htm",
            "<html><body><article><p>نص صفحة</p></article></body></html>".as_bytes(),
        ),
        ("c.html", "<p>ج</p>".as_bytes()),
        (".hidden.txt", b"hidden"),
        ("a/.git/config.txt", b"hidden"),
        ("README", b"no extension: skipped in directories"),
        ("logo.png", b"\x89PNG\r\n"),
        ("z/empty/.keep", b""),
    ]);
    let root = dir.path().to_string_lossy().into_owned();
    let items: Vec<_> = read_inputs(&[root]).collect();
    let seen: Vec<(String, Option<usize>, String)> = items
        .iter()
        .map(|i| {
            let a = i.as_ref().unwrap();
            let rel = Path::new(&a.origin.path)
                .strip_prefix(dir.path())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, a.origin.line, a.text.clone())
        })
        .collect();
    let want = [
        ("a/1.txt", None, "١"),
        ("a/2.jsonl", Some(1), "a2-1"),
        ("a/2.jsonl", Some(2), "a2-2"),
        ("a/sub/x.htm", None, "نص صفحة"),
        ("b.txt", None, "ب"),
        ("c.html", None, "ج"),
    ];
    let want: Vec<(String, Option<usize>, String)> = want
        .iter()
        .map(|(p, l, t)| {
            (
                PathBuf::from(p).to_string_lossy().into_owned(),
                *l,
                t.to_string(),
            )
        })
        .collect();
    assert_eq!(seen, want);
}

#[test]
fn streams_are_sniffed() {
    let opts = ReadOptions::default();
    let read = |bytes: Vec<u8>| -> Vec<Result<RawArticle, ReadError>> {
        read_reader(Cursor::new(bytes), "-", None, &opts).collect()
    };
    let jsonl = read(b"\n  {\"text\": \"one\"}\n{\"text\": \"two\", \"id\": \"t\"}\n".to_vec());
    let ids: Vec<String> = jsonl
        .iter()
        .map(|r| r.as_ref().unwrap().id.clone())
        .collect();
    assert_eq!(ids, ["stdin:2", "t"]);

    let html = read(
        "<!doctype html><title>ع</title><body><article><h1>عنوان</h1><p>فقرة</p></article>"
            .as_bytes()
            .to_vec(),
    );
    assert_eq!(html[0].as_ref().unwrap().text, "عنوان\n\nفقرة");

    let text = read("عنوان\r\n\r\nنص\r\n".as_bytes().to_vec());
    let a = text[0].as_ref().unwrap();
    assert_eq!(
        (a.id.as_str(), a.text.as_str(), a.origin.path.as_str()),
        ("stdin", "عنوان\n\nنص", "-")
    );

    // UTF-16 JSONL (as Windows tools write it) is transcoded while streaming.
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "{\"text\": \"العراق\"}\r\n{\"text\": \"سوريا\"}\r\n".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let texts: Vec<String> = read(utf16).into_iter().map(|r| r.unwrap().text).collect();
    assert_eq!(texts, ["العراق", "سوريا"]);

    // Windows-1256 JSONL is detected from its bytes.
    let (cp, _, _) = encoding_rs::WINDOWS_1256.encode("{\"text\": \"بغداد\"}\n");
    assert_eq!(read(cp.into_owned())[0].as_ref().unwrap().text, "بغداد");

    let binary = read(b"\0\x01\x02\x03".to_vec());
    assert_eq!(
        binary[0].as_ref().unwrap_err().to_string(),
        "-: binary data (NUL bytes), not text"
    );

    let empty = read(Vec::new());
    assert_eq!(
        empty[0].as_ref().unwrap_err().to_string(),
        "-: no article text found"
    );
}
