//! End-to-end: the `rasd` binary on small real inputs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn rasd() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasd"))
}

fn repo_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// The ids of the analysed articles, in output order.
fn ids(out: &Output) -> Vec<String> {
    lines(out)
        .iter()
        .map(|a| a["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn assert_contract(article: &Value) {
    for key in ["entities", "times", "quantities", "quotes", "events"] {
        assert!(
            article[key].is_array(),
            "{key} must be an array in {article}"
        );
    }
    assert!(article["id"].is_string());
    assert!(article["text"].is_string());
    assert!(article["published"].is_null() || article["published"].is_string());
}

#[test]
fn jsonl_bad_lines_are_reported_and_the_rest_analysed_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mixed.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    writeln!(
        f,
        r#"{{"id":"a","published":"2024-09-01","text":"وقال الوزير إن الاجتماع عقد أمس."}}"#
    )
    .unwrap();
    writeln!(f, r#"{{"id":"broken", "text": "#).unwrap();
    writeln!(f, r#"{{"id":"no-text"}}"#).unwrap();
    writeln!(f, r#"{{"id":"b","text":"بغداد - أعلن العراق"}}"#).unwrap();
    drop(f);

    let out = rasd().arg("analyze").arg(&path).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit status non-zero"
    );
    let got = lines(&out);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0]["id"], "a");
    assert_eq!(got[0]["text"], "وقال الوزير إن الاجتماع عقد أمس.");
    assert_eq!(got[0]["published"], "2024-09-01");
    assert_eq!(got[1]["id"], "b");
    got.iter().for_each(assert_contract);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("mixed.jsonl:2"), "stderr names line 2: {err}");
    assert!(err.contains("mixed.jsonl:3"), "stderr names line 3: {err}");
}

#[test]
fn reference_article_txt_gets_its_dateline_as_published() {
    let out = rasd()
        .arg("analyze")
        .arg(repo_file("examples/alarab-2024-09-01.txt"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = lines(&out);
    assert_eq!(got.len(), 1);
    assert_contract(&got[0]);
    assert_eq!(got[0]["published"], "2024-09-01");
    assert!(got[0]["text"]
        .as_str()
        .unwrap()
        .starts_with("العراق يستعد للمشاركة"));
}

#[test]
fn date_flag_overrides_the_anchor() {
    let out = rasd()
        .args(["analyze", "--date", "2020-01-02"])
        .arg(repo_file("examples/alarab-2024-09-01.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(lines(&out)[0]["published"], "2020-01-02");
}

#[test]
fn a_malformed_date_flag_is_a_usage_error() {
    let out = rasd()
        .args(["analyze", "--date", "2020-13-45", "x.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn stdin_is_read_when_no_file_is_given() {
    let mut child = rasd()
        .arg("analyze")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "{\"id\":\"s1\",\"text\":\"نص أول\"}\n{\"id\":\"s2\",\"text\":\"نص ثان\"}\n".as_bytes(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids = ids(&out);
    assert_eq!(ids, ["s1", "s2"]);
}

#[test]
fn a_missing_file_is_reported_and_other_inputs_still_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.jsonl");
    std::fs::write(&good, "{\"id\":\"g\",\"text\":\"نص\"}\n").unwrap();
    let out = rasd()
        .arg("analyze")
        .arg(dir.path().join("missing.txt"))
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out).len(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}

#[test]
fn directories_are_read_recursively_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("b/c")).unwrap();
    std::fs::write(dir.path().join("b/c/z.txt"), "عنوان ثالث\n\nنص").unwrap();
    std::fs::write(
        dir.path().join("a.jsonl"),
        "{\"id\":\"first\",\"text\":\"نص\"}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("b/m.txt"), "عنوان ثان\n\nنص").unwrap();
    let out = rasd().arg("analyze").arg(dir.path()).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids = ids(&out);
    assert_eq!(ids.len(), 3);
    assert_eq!(ids[0], "first");
}

#[test]
fn ner_conll_keeps_lines_and_blank_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tokens.txt");
    std::fs::write(&path, "قال O\nوزير\nالخارجية\nفؤاد\nحسين\n\nفي\nبغداد\n").unwrap();
    let out = rasd().args(["ner", "--conll"]).arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 8);
    assert_eq!(rows[5], "");
    assert!(rows[0].starts_with("قال\t"));
    for row in rows.iter().filter(|r| !r.is_empty()) {
        let tag = row.split('\t').nth(1).unwrap();
        assert!(
            tag == "O" || tag.starts_with("B-") || tag.starts_with("I-"),
            "{row}"
        );
    }
}

/// The reference article as UTF-8, Windows-1256, UTF-16 and inside a news page: one article.
#[test]
fn reference_article_in_every_encoding_and_as_html_gives_the_same_text_and_date() {
    let fixtures = repo_file("crates/rasd-read/tests/fixtures");
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut seen = Vec::new();
    for name in [
        "alarab-2024-09-01.txt",
        "alarab-2024-09-01.cp1256.txt",
        "alarab-2024-09-01.utf16le.txt",
        "alarab-2024-09-01.html",
    ] {
        let out = rasd()
            .arg("analyze")
            .arg(fixtures.join(name))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let article = lines(&out).remove(0);
        assert_contract(&article);
        assert_eq!(article["published"], "2024-09-01", "{name}");
        seen.push((name, collapse(article["text"].as_str().unwrap())));
    }
    for (name, text) in &seen[1..] {
        assert_eq!(text, &seen[0].1, "{name} differs from the UTF-8 text");
    }
}
