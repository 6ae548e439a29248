//! Prints the dateline found in each text of a JSON Lines file (or `-` when none), for
//! reviewing the detector: `cargo run --release -p rasd-text --example dateline_sample -- FILE.jsonl`.

use std::io::BufRead;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dateline_sample FILE.jsonl");
        return;
    };
    let Ok(f) = std::fs::File::open(&path) else {
        eprintln!("{path}: cannot open");
        return;
    };
    let (mut texts, mut found) = (0, 0);
    for line in std::io::BufReader::new(f).lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        texts += 1;
        let head: String = text
            .chars()
            .take(60)
            .collect::<String>()
            .replace('\n', " / ");
        match rasd_text::dateline(text) {
            Some((s, e)) => {
                found += 1;
                println!(
                    "{}\t| {head}",
                    text.chars().skip(s).take(e - s).collect::<String>()
                );
            }
            None => println!("-\t| {head}"),
        }
    }
    println!("{found} of {texts} texts have a dateline");
}
