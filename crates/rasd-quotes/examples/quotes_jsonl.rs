//! Print the quotes the recogniser finds in JSONL articles (no entities: speakers are the
//! phrases as written). For eyeballing precision on unannotated news.
//!
//! Usage: `cargo run -p rasd-quotes --example quotes_jsonl -- ARTICLES.jsonl [MAX]`

use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: quotes_jsonl ARTICLES.jsonl [MAX]")?;
    let max: usize = args
        .next()
        .map(|m| m.parse())
        .transpose()?
        .unwrap_or(usize::MAX);
    let file = std::io::BufReader::new(std::fs::File::open(&path)?);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (n, line) in file.lines().enumerate().take(max) {
        let v: serde_json::Value =
            serde_json::from_str(&line?).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = v["text"].as_str().unwrap_or_default();
        for q in rasd_quotes::quotes(text, &[]) {
            let cue = q.cue.map(|c| c.text).unwrap_or_default();
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                v["id"].as_str().unwrap_or("?"),
                cue,
                q.speaker_text.unwrap_or_default(),
                q.text
            )?;
        }
    }
    Ok(())
}
