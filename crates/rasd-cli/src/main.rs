//! `rasd`: the thin command-line front of the pipeline.
//!
//! Parsing arguments, wiring readers to the pipeline and the pipeline to sinks, and turning
//! errors into messages and exit codes is all that lives here; every piece of analysis is in
//! a library crate so the store and the HTTP API can reuse it.

mod bench;

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use rasd_pipeline::{AnalyzeOptions, Input, JsonlSink, SinkError};

/// Arabic news in, structured, source-linked data out.
#[derive(Parser)]
#[command(name = "rasd", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles and write one JSON object per article (JSON Lines) to stdout.
    Analyze {
        /// Anchor date (YYYY-MM-DD) for relative time expressions; overrides each article's own.
        #[arg(long, value_parser = parse_date)]
        date: Option<String>,
        /// Worker threads (default: all cores).
        #[arg(long, short = 'j')]
        threads: Option<usize>,
        /// Inputs: .jsonl, .txt, .html/.htm files or directories; `-` or none reads stdin.
        files: Vec<String>,
    },
    /// Tag names in token-per-line (CoNLL) input: `token<TAB>tag` out, IOB2 over ANERcorp types.
    Ner {
        /// Read CoNLL: the first whitespace-separated column is the token, blank lines end sentences.
        #[arg(long, required = true)]
        conll: bool,
        /// Input file; `-` or none reads stdin.
        file: Option<String>,
    },
    /// Measure the speed of the text layer and of whole-article analysis over JSONL corpora.
    Bench {
        /// JSONL files whose `text` fields are the benchmark corpus.
        files: Vec<String>,
        /// Stop after this many bytes of text (0 = all).
        #[arg(long, default_value_t = 0)]
        max_bytes: usize,
    },
}

fn parse_date(s: &str) -> Result<String, String> {
    let ok = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let month: u32 = s.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    let day: u32 = s.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(0);
    if ok && (1..=12).contains(&month) && (1..=31).contains(&day) {
        Ok(s.to_string())
    } else {
        Err(format!("`{s}` is not a date of the form YYYY-MM-DD"))
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze {
            date,
            threads,
            files,
        } => analyze(date, threads, &files),
        Command::Ner { conll: _, file } => ner(file.as_deref()).map(|()| true),
        Command::Bench { files, max_bytes } => bench::run(&files, max_bytes).map(|()| true),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("rasd: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn ner(file: Option<&str>) -> Result<()> {
    let stdout = io::stdout();
    let out = BufWriter::new(stdout.lock());
    match file {
        None | Some("-") => rasd_ner::tag_conll(io::stdin().lock(), out),
        Some(path) => {
            let f = std::fs::File::open(path).with_context(|| format!("cannot open {path}"))?;
            rasd_ner::tag_conll(io::BufReader::new(f), out)
        }
    }
    .context("tagging CoNLL input")
}

/// Returns Ok(false) when some inputs failed (all others were still analysed).
fn analyze(date: Option<String>, threads: Option<usize>, files: &[String]) -> Result<bool> {
    if files.is_empty() && io::stdin().is_terminal() {
        bail!("no input: give files or directories, or pipe articles to stdin (`rasd analyze --help`)");
    }
    let threads = threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let options = AnalyzeOptions { anchor: date };
    let inputs = rasd_read::read_inputs(files).map(|item| {
        item.map(|raw| Input {
            id: Some(raw.id),
            title: raw.title,
            published: raw.published,
            source: raw.source,
            url: raw.url,
            text: raw.text,
        })
    });
    let stdout = io::stdout();
    let mut sink = JsonlSink::new(BufWriter::with_capacity(1 << 16, stdout.lock()));
    let mut stderr = io::stderr();
    let outcome = rasd_pipeline::run(inputs, &options, threads, &mut sink, &mut |message| {
        let _ = writeln!(stderr, "rasd: {message}");
    });
    match outcome {
        Ok(stats) => Ok(stats.failed == 0),
        // A reader that went away (`rasd analyze … | head`) is not an error worth a message.
        Err(SinkError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(true),
        Err(e) => Err(e).context("writing the analysed articles"),
    }
}
