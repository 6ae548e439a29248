//! Build the tagger-independent context profiles (`data/ctx_profiles.tsv`) from unlabelled
//! news (JSON Lines with a `text` field): for every normalised, clitic-stripped stem seen
//! at least `--min-count` times, the per-mille share of its occurrences in each context
//! (see `rasd_ner::context`): `stem<TAB>count<TAB>share…`. Only derived counts are written,
//! never corpus text. Deterministic (output sorted by stem).
//!
//! Usage: rasd-context-profiles --out FILE [--cues FILE] [--clusters FILE] [--min-count N]
//!        [--rare-below N] CORPUS.jsonl...
//! (cue words and clusters default to the crate's `data/ctx_cues.tsv` and `data/clusters.tsv`)

use std::io::Write;
use std::process::ExitCode;

use rasd_ner::context::{column_names, ContextCues, ProfileBuilder};
use rasd_ner::lexicon::Clusters;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasd-context-profiles: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn run() -> Result<(), String> {
    let data_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut cues = format!("{data_dir}/ctx_cues.tsv");
    let mut clusters = format!("{data_dir}/clusters.tsv");
    let (mut out, mut min_count, mut rare_below) = (None, 10u32, 100u32);
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--out" => out = Some(val("--out")?),
            "--cues" => cues = val("--cues")?,
            "--clusters" => clusters = val("--clusters")?,
            "--min-count" => {
                min_count = val("--min-count")?
                    .parse()
                    .map_err(|e| format!("--min-count: {e}"))?
            }
            "--rare-below" => {
                rare_below = val("--rare-below")?
                    .parse()
                    .map_err(|e| format!("--rare-below: {e}"))?
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => inputs.push(a),
        }
    }
    let out = out.ok_or("--out is required")?;
    if inputs.is_empty() {
        return Err("no corpus files given".into());
    }
    let cue_words = ContextCues::parse(&read(&cues)?, &cues).map_err(|e| e.to_string())?;
    let clusters = Clusters::parse(&read(&clusters)?, &clusters).map_err(|e| e.to_string())?;
    let mut b = ProfileBuilder::new(&cue_words, Some(&clusters));
    rasd_ner::learn::for_each_corpus_text(
        &inputs,
        |text| {
            for s in rasd_ner::learn::corpus_sentences(text) {
                b.add_sentence(&s);
            }
        },
        |skip| eprintln!("rasd-context-profiles: {skip}"),
    )
    .map_err(|e| e.to_string())?;
    let rows = b.finish(min_count, rare_below);
    let f = std::fs::File::create(&out).map_err(|e| format!("{out}: {e}"))?;
    let mut w = std::io::BufWriter::new(f);
    let io = |e: std::io::Error| format!("{out}: {e}");
    writeln!(
        w,
        "# rasd-ner context profiles from {} tokens of unlabelled news ({} cue words; stems seen >= {min_count} times; rare = seen < {rare_below} times)",
        b.tokens(),
        cue_words.len()
    )
    .map_err(io)?;
    writeln!(
        w,
        "# stem\tcount\t{} (per mille of occurrences)",
        column_names().join("\t")
    )
    .map_err(io)?;
    for (stem, count, row) in &rows {
        write!(w, "{stem}\t{count}").map_err(io)?;
        for v in row {
            write!(w, "\t{v}").map_err(io)?;
        }
        writeln!(w).map_err(io)?;
    }
    w.flush().map_err(io)?;
    eprintln!(
        "{} tokens; {} profiles written to {out}",
        b.tokens(),
        rows.len()
    );
    Ok(())
}
