//! Read JSON Lines articles (`id`, `published`, `text`) and print the output contract with
//! only the quantity layer filled: `cargo run -p rasd-quantity --example quantities_jsonl < in.jsonl`.

use std::io::{self, BufRead, Write};

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut out = io::stdout().lock();
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("stdin:{}: not JSON: {e}", n + 1);
                continue;
            }
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            eprintln!("stdin:{}: no text", n + 1);
            continue;
        };
        let quantities = rasd_quantity::recognise(text, &[]);
        let doc = serde_json::json!({
            "id": v.get("id").cloned().unwrap_or(serde_json::Value::Null),
            "published": v.get("published").cloned().unwrap_or(serde_json::Value::Null),
            "text": text,
            "entities": [], "times": [], "quantities": quantities, "quotes": [], "events": [],
        });
        writeln!(out, "{doc}")?;
    }
    Ok(())
}
