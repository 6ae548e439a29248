//! Throughput benchmark of the whole text layer ([`rasd_text::analyze`]) on real news.
//!
//! Reads the `text` field of every line of the given JSON Lines files into memory first, then
//! times `analyze` over all of them on one thread and prints MB/s (of input UTF-8) and
//! tokens/s. Usage: `rasd-bench-text [--repeat N] [--stages] FILE.jsonl...`

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Failures, each naming the file (and line) involved.
#[derive(Debug, thiserror::Error)]
enum BenchError {
    #[error("usage: rasd-bench-text [--repeat N] [--stages] FILE.jsonl...")]
    Usage,
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a JSON object with a string `text` field")]
    Record { path: PathBuf, line: usize },
}

fn load(path: &PathBuf, texts: &mut Vec<String>) -> Result<(), BenchError> {
    let io = |source| BenchError::Io {
        path: path.clone(),
        source,
    };
    let f = fs::File::open(path).map_err(io)?;
    for (i, line) in BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|source| BenchError::Io {
            path: path.clone(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|_| BenchError::Record {
            path: path.clone(),
            line: i + 1,
        })?;
        match v.get("text").and_then(|t| t.as_str()) {
            Some(t) => texts.push(t.to_string()),
            None => {
                return Err(BenchError::Record {
                    path: path.clone(),
                    line: i + 1,
                })
            }
        }
    }
    Ok(())
}

/// Nanoseconds this thread has spent on a CPU (Linux schedstat), so that the figure stays
/// meaningful on a shared, loaded machine; `None` where unavailable.
fn cpu_ns() -> Option<u64> {
    let s = fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn run(args: &[String]) -> Result<(), BenchError> {
    let mut repeat = 1usize;
    let mut stages = false;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--stages" {
            stages = true;
        } else if a == "--repeat" {
            repeat = it
                .next()
                .and_then(|v| v.parse().ok())
                .ok_or(BenchError::Usage)?;
        } else {
            files.push(PathBuf::from(a));
        }
    }
    if files.is_empty() {
        return Err(BenchError::Usage);
    }
    let mut texts = Vec::new();
    for f in &files {
        load(f, &mut texts)?;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    // Warm up: load the embedded lexicon and tables outside the timed loop.
    let _ = rasd_text::analyze("بغداد - قال الوزير.");
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut tokens = 0usize;
    let mut segments = 0usize;
    let mut sentences = 0usize;
    for _ in 0..repeat {
        let t0 = Instant::now();
        let c0 = cpu_ns();
        let (mut tk, mut sg, mut st) = (0, 0, 0);
        for t in &texts {
            let layer = rasd_text::analyze(t);
            tk += layer.tokens.len();
            sg += layer.segments.len();
            st += layer.sentences.len();
        }
        let dt = t0.elapsed().as_secs_f64();
        best = best.min(dt);
        if let (Some(a), Some(b)) = (c0, cpu_ns()) {
            best_cpu = best_cpu.min((b - a) as f64 / 1e9);
        }
        (tokens, segments, sentences) = (tk, sg, st);
    }
    if stages {
        // Time the stages separately (each includes the ones before it).
        let t0 = Instant::now();
        let mut n = 0usize;
        for t in &texts {
            n += rasd_text::normalize(t).text.len();
        }
        let t_norm = t0.elapsed().as_secs_f64();
        let t0 = Instant::now();
        for t in &texts {
            n += rasd_text::sentences(t).len();
        }
        let t_sent = t0.elapsed().as_secs_f64();
        println!(
            "stages: normalize {:.1} MB/s, +sentences {:.1} MB/s ({n})",
            bytes as f64 / 1e6 / t_norm,
            bytes as f64 / 1e6 / t_sent
        );
    }
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    println!("machine: {cpu}, 1 thread");
    println!(
        "input: {} texts, {:.1} MB UTF-8",
        texts.len(),
        bytes as f64 / 1e6
    );
    println!("output: {sentences} sentences, {tokens} tokens, {segments} segments");
    println!(
        "best of {repeat}: {best:.3} s wall, {:.1} MB/s, {:.2} M tokens/s",
        bytes as f64 / 1e6 / best,
        tokens as f64 / 1e6 / best
    );
    if best_cpu.is_finite() {
        println!(
            "best of {repeat}: {best_cpu:.3} s on-CPU, {:.1} MB/s, {:.2} M tokens/s",
            bytes as f64 / 1e6 / best_cpu,
            tokens as f64 / 1e6 / best_cpu
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasd-bench-text: {e}");
            ExitCode::FAILURE
        }
    }
}
