//! Reads gold JSONL (`goldmake.py` output: id, published, text) and prints contract JSONL with
//! only `entities` filled, from the gazetteer alone (no tagger spans):
//!
//! ```text
//! python3 /work/shared/eval/goldmake.py /work/shared/eval/dev/*.json > /tmp/egold.jsonl
//! cargo run --release -p rasd-entities --example dev_entities -- /tmp/egold.jsonl > /tmp/epred.jsonl
//! python3 /work/shared/eval/score.py /tmp/egold.jsonl /tmp/epred.jsonl
//! ```
//!
//! With `--oracle`, the gold entity spans stand in for a perfect tagger (PER → PERS, GPE/LOC/FAC
//! → LOC, NORP/MISC → MISC): this measures typing, merging, linking and romanisation alone.

use std::io::{BufRead, BufReader, Write};

use rasd_doc::Article;

fn main() -> std::process::ExitCode {
    let oracle = std::env::args().any(|a| a == "--oracle");
    let Some(path) = std::env::args().skip(1).find(|a| !a.starts_with("--")) else {
        eprintln!("usage: dev_entities GOLD.jsonl");
        return std::process::ExitCode::from(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let Ok(line) = line else { continue };
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{path}:{}: {e}", n + 1);
                continue;
            }
        };
        let text = v["text"].as_str().unwrap_or("").to_string();
        let article = Article {
            id: v["id"].as_str().unwrap_or("").to_string(),
            published: v["published"].as_str().map(str::to_string),
            entities: rasd_entities::entities(
                &text,
                &if oracle { gold_spans(&v) } else { Vec::new() },
            ),
            text,
            ..Default::default()
        };
        if let Ok(s) = serde_json::to_string(&article) {
            let _ = writeln!(out, "{s}");
        }
    }
    std::process::ExitCode::SUCCESS
}

/// Gold entity spans (required ones, first accepted span) as tagger spans.
fn gold_spans(v: &serde_json::Value) -> Vec<rasd_entities::NameSpan> {
    let mut out = Vec::new();
    for e in v["entities"].as_array().into_iter().flatten() {
        if e["optional"].as_bool().unwrap_or(false) {
            continue;
        }
        let ty = e["types"][0].as_str().unwrap_or("");
        let label = match ty {
            "PER" => "PERS",
            "ORG" => "ORG",
            "GPE" | "LOC" | "FAC" => "LOC",
            _ => "MISC",
        };
        if let (Some(s), Some(t)) = (e["spans"][0][0].as_u64(), e["spans"][0][1].as_u64()) {
            out.push(rasd_entities::NameSpan {
                start: s as usize,
                end: t as usize,
                label: label.into(),
            });
        }
    }
    out
}
