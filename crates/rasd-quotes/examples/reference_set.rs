//! Record the recogniser's output on a reference set of articles, so that a change meant to
//! be behaviour-preserving (a speed-up) can be checked byte for byte with `diff`.
//!
//! Entities come from `rasd_entities::entities(text, &[])`. They are cached in ENTITIES.jsonl
//! (computed and written on the first run, read on later runs) so that work on the entity
//! recogniser between two runs cannot change the quotes' input.
//!
//! Usage: `cargo run --release -p rasd-quotes --example reference_set -- ARTICLES.jsonl MAX ENTITIES.jsonl OUT.jsonl`
//!
//! OUT has one line per article: `{"id": …, "quotes": […]}`. The time spent in `quotes()`
//! and the slowest article go to stderr.

use std::io::{BufRead, Write};
use std::time::{Duration, Instant};

use rasd_doc::Entity;

/// One article's id, text and entities, as cached.
#[derive(serde::Serialize, serde::Deserialize)]
struct Cached {
    id: String,
    text: String,
    entities: Vec<Entity>,
}

fn read_articles(path: &str, max: usize) -> Result<Vec<Cached>, Box<dyn std::error::Error>> {
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut out = Vec::new();
    for (n, line) in file.lines().enumerate().take(max) {
        let v: serde_json::Value =
            serde_json::from_str(&line?).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let entities = rasd_entities::entities(&text, &[]);
        out.push(Cached {
            id: v["id"].as_str().unwrap_or("?").to_string(),
            text,
            entities,
        });
    }
    Ok(out)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [articles, max, cache, out_path] = args.as_slice() else {
        return Err("usage: reference_set ARTICLES.jsonl MAX ENTITIES.jsonl OUT.jsonl".into());
    };
    let max: usize = max.parse()?;
    let docs: Vec<Cached> = if std::path::Path::new(cache).exists() {
        let file = std::io::BufReader::new(std::fs::File::open(cache)?);
        let mut docs = Vec::new();
        for (n, line) in file.lines().enumerate() {
            docs.push(serde_json::from_str(&line?).map_err(|e| format!("{cache}:{}: {e}", n + 1))?);
        }
        docs
    } else {
        let docs = read_articles(articles, max)?;
        let mut w = std::io::BufWriter::new(std::fs::File::create(cache)?);
        for d in &docs {
            serde_json::to_writer(&mut w, d)?;
            writeln!(w)?;
        }
        docs
    };
    let mut w = std::io::BufWriter::new(std::fs::File::create(out_path)?);
    let mut total = Duration::ZERO;
    let mut bytes = 0usize;
    let mut slowest = (Duration::ZERO, String::new(), 0usize);
    for d in &docs {
        let t = Instant::now();
        let quotes = rasd_quotes::quotes(&d.text, &d.entities);
        let took = t.elapsed();
        total += took;
        bytes += d.text.len();
        if took > slowest.0 {
            slowest = (took, d.id.clone(), d.text.len());
        }
        serde_json::to_writer(&mut w, &serde_json::json!({"id": d.id, "quotes": quotes}))?;
        writeln!(w)?;
    }
    eprintln!(
        "{} articles, {:.2} MB, quotes() {:.3} s = {:.2} MB/s; slowest {} ({} bytes) {:.3} s",
        docs.len(),
        bytes as f64 / 1e6,
        total.as_secs_f64(),
        bytes as f64 / 1e6 / total.as_secs_f64(),
        slowest.1,
        slowest.2,
        slowest.0.as_secs_f64()
    );
    Ok(())
}
