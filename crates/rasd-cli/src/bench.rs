//! `rasd bench`: throughput of the text layer and of whole-article analysis.
//!
//! Figures are single-threaded MB/s of UTF-8 input, so they compare across machines as
//! "per core"; the corpus is read into memory first so disk speed does not count.

use std::io::BufRead;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use rasd_pipeline::{AnalyzeOptions, Input};

pub fn run(files: &[String], max_bytes: usize) -> Result<()> {
    if files.is_empty() {
        bail!("give JSONL corpus files, e.g. `rasd bench ../shared/corpus/raw/*.jsonl`");
    }
    let mut texts = Vec::new();
    let mut bytes = 0usize;
    'files: for path in files {
        let file = std::fs::File::open(path).with_context(|| format!("opening {path}"))?;
        for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.with_context(|| format!("{path}:{}", n + 1))?;
            let Ok(value) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
                bytes += text.len();
                texts.push(text.to_string());
                if max_bytes > 0 && bytes >= max_bytes {
                    break 'files;
                }
            }
        }
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} articles, {:.1} MB of UTF-8 text, {} chars",
        texts.len(),
        mb,
        texts.iter().map(|t| t.chars().count()).sum::<usize>()
    );
    println!(
        "machine: {} logical cores available; figures are one thread",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );

    let start = Instant::now();
    let mut tokens = 0usize;
    for text in &texts {
        let layer = rasd_text::analyze(text);
        tokens += layer.tokens.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!("text layer (normalise + sentences + tokens + clitics): {:.1} MB/s, {:.2} M tokens/s, {:.2} s", mb / secs, tokens as f64 / secs / 1e6, secs);

    // Each recogniser alone, fed the layers it needs (computed beforehand, not timed).
    let timed = |name: &str, f: &mut dyn FnMut(&str)| {
        let start = Instant::now();
        for text in &texts {
            f(text);
        }
        let secs = start.elapsed().as_secs_f64();
        println!("  {name:<12} {:>8.1} MB/s  {:>7.2} s", mb / secs, secs);
    };
    println!("stages:");
    timed("times", &mut |t| {
        std::hint::black_box(rasd_time::recognise(t, Some("2018-06-01")));
    });
    timed("quantities", &mut |t| {
        std::hint::black_box(rasd_quantity::recognise(t, &[]));
    });
    timed("ner", &mut |t| {
        std::hint::black_box(rasd_ner::tag_text(t));
    });
    timed("entities", &mut |t| {
        std::hint::black_box(rasd_entities::entities(t, &[]));
    });
    let entities: Vec<_> = texts
        .iter()
        .map(|t| rasd_entities::entities(t, &[]))
        .collect();
    let mut i = 0;
    timed("quotes", &mut |t| {
        std::hint::black_box(rasd_quotes::quotes(t, &entities[i % entities.len()]));
        i += 1;
    });
    let mut i = 0;
    timed("events", &mut |t| {
        std::hint::black_box(rasd_events::events(
            t,
            &entities[i % entities.len()],
            &[],
            &[],
            None,
        ));
        i += 1;
    });

    let options = AnalyzeOptions::default();
    let start = Instant::now();
    for text in &texts {
        let article = rasd_pipeline::analyze(
            Input {
                text: text.clone(),
                ..Default::default()
            },
            &options,
        );
        std::hint::black_box(article);
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "whole analysis: {:.1} MB/s, {:.0} articles/s, {:.2} s",
        mb / secs,
        texts.len() as f64 / secs,
        secs
    );
    Ok(())
}
