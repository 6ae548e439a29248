//! Builds `data/wordfreq.tsv`: the most frequent normalised Arabic word forms of a corpus.
//!
//! Clitic segmentation needs to know which forms are real words (so that بغداد is not read
//! as ب + غداد). This tool counts every Arabic word token (as `rasd_text::token::words`
//! produces them, after `normalize`) in the `title` and `text` fields of JSON Lines files and
//! writes the top forms with their counts, most frequent first.
//!
//! Usage: `rasd-build-wordlist [--top N] INPUT... OUTPUT.tsv` where each INPUT is a `.jsonl`
//! file or a folder whose `*.jsonl` files are read (sorted by name, for reproducibility).

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rustc_hash::FxHashMap;

/// Failures, each naming the file (and line) involved.
#[derive(Debug, thiserror::Error)]
enum BuildError {
    #[error("usage: rasd-build-wordlist [--top N] INPUT... OUTPUT.tsv")]
    Usage,
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a JSON object with a string `text` field")]
    Record { path: PathBuf, line: usize },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BuildError + '_ {
    move |source| BuildError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn inputs(args: &[String]) -> Result<Vec<PathBuf>, BuildError> {
    let mut files = Vec::new();
    for a in args {
        let p = PathBuf::from(a);
        if p.is_dir() {
            let mut found: Vec<PathBuf> = fs::read_dir(&p)
                .map_err(io(&p))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "jsonl"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(p);
        }
    }
    Ok(files)
}

fn count_file(path: &Path, counts: &mut FxHashMap<String, u64>) -> Result<usize, BuildError> {
    let f = fs::File::open(path).map_err(io(path))?;
    let mut n = 0;
    for (i, line) in BufReader::new(f).lines().enumerate() {
        let line = line.map_err(io(path))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|_| BuildError::Record {
            path: path.to_path_buf(),
            line: i + 1,
        })?;
        let text = v
            .get("text")
            .and_then(|t| t.as_str())
            .ok_or_else(|| BuildError::Record {
                path: path.to_path_buf(),
                line: i + 1,
            })?;
        let title = v.get("title").and_then(|t| t.as_str()).unwrap_or("");
        for field in [title, text] {
            let norm = rasd_text::normalize(field);
            for w in rasd_text::token::words(&norm.text) {
                match counts.get_mut(w) {
                    Some(c) => *c += 1,
                    None => {
                        counts.insert(w.to_string(), 1);
                    }
                }
            }
        }
        n += 1;
    }
    Ok(n)
}

fn run(args: &[String]) -> Result<(), BuildError> {
    let mut top = 100_000usize;
    let mut rest: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--top" {
            top = it
                .next()
                .and_then(|v| v.parse().ok())
                .ok_or(BuildError::Usage)?;
        } else {
            rest.push(a.clone());
        }
    }
    let (out, ins) = rest.split_last().ok_or(BuildError::Usage)?;
    if ins.is_empty() {
        return Err(BuildError::Usage);
    }
    let files = inputs(ins)?;
    let mut counts: FxHashMap<String, u64> = FxHashMap::default();
    let mut names = Vec::new();
    for f in &files {
        let n = count_file(f, &mut counts)?;
        eprintln!("{}: {n} records", f.display());
        names.push(
            f.file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
    }
    let total: u64 = counts.values().sum();
    let distinct = counts.len();
    let mut rows: Vec<(String, u64)> = counts.into_iter().collect();
    rows.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(top);
    let out = PathBuf::from(out);
    let mut w = std::io::BufWriter::new(fs::File::create(&out).map_err(io(&out))?);
    let header = format!(
        "# rasd-text word list: normalised Arabic word forms and their counts.\n# source: {}\n# {} tokens, {} distinct forms; top {} kept. Built by rasd-build-wordlist.\n",
        names.join(" "),
        total,
        distinct,
        rows.len()
    );
    w.write_all(header.as_bytes()).map_err(io(&out))?;
    for (word, c) in &rows {
        writeln!(w, "{word}\t{c}").map_err(io(&out))?;
    }
    w.flush().map_err(io(&out))?;
    eprintln!(
        "{}: {} forms ({} tokens, {} distinct)",
        out.display(),
        rows.len(),
        total,
        distinct
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasd-build-wordlist: {e}");
            ExitCode::FAILURE
        }
    }
}
