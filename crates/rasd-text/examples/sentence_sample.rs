//! Prints sentence-length statistics and a few sentences from a JSON Lines corpus, for
//! reviewing the splitter: `cargo run --release -p rasd-text --example sentence_sample -- FILE.jsonl [N]`.

use std::io::BufRead;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: sentence_sample FILE.jsonl [N]");
        return;
    };
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let Ok(f) = std::fs::File::open(&path) else {
        eprintln!("{path}: cannot open");
        return;
    };
    let (mut count, mut long, mut max) = (0usize, 0usize, 0usize);
    let mut shown = 0;
    for (i, line) in std::io::BufReader::new(f)
        .lines()
        .map_while(Result::ok)
        .enumerate()
    {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let chars: Vec<char> = text.chars().collect();
        for s in rasd_text::sentences(text) {
            let len = s.end - s.start;
            count += 1;
            max = max.max(len);
            if len > 600 {
                long += 1;
            }
            if i % 97 == 0 && shown < n {
                println!(
                    "[{len}] {}",
                    chars[s.start..s.end].iter().collect::<String>()
                );
                shown += 1;
            }
        }
    }
    println!("{count} sentences, {long} longer than 600 chars, longest {max}");
}
