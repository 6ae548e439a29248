//! Read JSON Lines articles (`id`, `published`, `text`) and print contract JSON Lines with
//! only `times` filled — for scoring this crate alone with `shared/eval/score.py`.
//!
//! Usage: `cargo run -p rasd-time --example times_jsonl < gold.jsonl > pred.jsonl`

use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = v["text"].as_str().unwrap_or("");
        let published = v["published"].as_str();
        let times = rasd_time::recognise(text, published);
        let doc = serde_json::json!({
            "id": v["id"], "published": published, "text": text,
            "entities": [], "times": times, "quantities": [], "quotes": [], "events": [],
        });
        writeln!(out, "{doc}")?;
    }
    Ok(())
}
