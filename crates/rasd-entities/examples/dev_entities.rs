//! Reads gold JSONL (`goldmake.py` output: id, published, text) and prints contract JSONL with
//! only `entities` filled, from the gazetteer alone (no tagger spans):
//!
//! ```text
//! python3 /work/shared/eval/goldmake.py /work/shared/eval/dev/*.json > /tmp/egold.jsonl
//! cargo run --release -p rasd-entities --example dev_entities -- /tmp/egold.jsonl > /tmp/epred.jsonl
//! python3 /work/shared/eval/score.py /tmp/egold.jsonl /tmp/epred.jsonl
//! ```

use std::io::{BufRead, BufReader, Write};

use rasd_doc::Article;

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().nth(1) else {
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
            entities: rasd_entities::entities(&text, &[]),
            text,
            ..Default::default()
        };
        if let Ok(s) = serde_json::to_string(&article) {
            let _ = writeln!(out, "{s}");
        }
    }
    std::process::ExitCode::SUCCESS
}
