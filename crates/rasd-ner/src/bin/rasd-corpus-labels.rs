//! Self-training step: tag unlabelled news (JSON Lines with `text`) with a first-pass model
//! and write, for every clitic-stripped stem seen often enough, the fraction of its
//! occurrences tagged PERS, ORG, LOC and MISC (in tenths):
//! `stem<TAB>count<TAB>PERS<TAB>ORG<TAB>LOC<TAB>MISC`.
//!
//! Usage: rasd-corpus-labels --model FILE --out FILE [--pairs-out FILE] [--labels FILE
//!        [--pairs FILE]] [--min-count N] CORPUS.jsonl...
//! (`--pairs-out`: also write, per stem pair, how often the second word continued a name)
//! (`--labels`: the label file the model itself was trained with, for a second round)
//! (clusters, gazetteer and cue words are the crate's data files, as for the trainer).

use std::io::{BufRead, BufReader, Write};
use std::process::ExitCode;

use rasd_ner::features::strip_proclitics;
use rasd_ner::lexicon::{Clusters, Cues, Gazetteer, Resources};
use rasd_ner::model::Model;
use rasd_ner::Tagger;
use rustc_hash::FxHashMap;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasd-corpus-labels: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn run() -> Result<(), String> {
    let data_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let (mut model, mut out, mut min_count, mut inputs) = (None, None, 5u32, Vec::new());
    let mut labels: Option<String> = None;
    let mut pairs_in: Option<String> = None;
    let mut pairs_out: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model = args.next(),
            "--out" => out = args.next(),
            "--labels" => labels = args.next(),
            "--pairs" => pairs_in = args.next(),
            "--pairs-out" => pairs_out = args.next(),
            "--min-count" => {
                min_count = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--min-count needs a number")?
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => inputs.push(a),
        }
    }
    let model = model.ok_or("--model is required")?;
    let out = out.ok_or("--out is required")?;
    let bytes = std::fs::read(&model).map_err(|e| format!("{model}: {e}"))?;
    let model = Model::from_bytes(&bytes, &model).map_err(|e| e.to_string())?;
    let p = |f: &str| format!("{data_dir}/{f}");
    let res = Resources {
        clusters: Clusters::parse(&read(&p("clusters.tsv"))?, "clusters.tsv")
            .map_err(|e| e.to_string())?,
        gazetteer: {
            let mut g = Gazetteer::parse(&read(&p("gazetteer.tsv"))?, "gazetteer.tsv")
                .map_err(|e| e.to_string())?;
            g.extend(&read(&p("names.tsv"))?, "names.tsv")
                .map_err(|e| e.to_string())?;
            g
        },
        cues: Cues::parse(&read(&p("cues.tsv"))?, "cues.tsv").map_err(|e| e.to_string())?,
        labels: match &labels {
            Some(l) => {
                let c = rasd_ner::lexicon::CorpusLabels::parse(&read(l)?, l)
                    .map_err(|e| e.to_string())?;
                match &pairs_in {
                    Some(q) => c.with_pairs(&read(q)?, q).map_err(|e| e.to_string())?,
                    None => c,
                }
            }
            None => Default::default(),
        },
        profiles: rasd_ner::context::Profiles::parse(
            &read(&p("ctx_profiles.tsv"))?,
            "ctx_profiles.tsv",
        )
        .map_err(|e| e.to_string())?,
    };
    let tagger = Tagger::new(res, model);
    let mut counts: FxHashMap<String, [u32; 5]> = FxHashMap::default();
    // «stem1 stem2» → [occurrences, times the second continued a name (I- tag)].
    let mut pairs: FxHashMap<String, [u32; 2]> = FxHashMap::default();
    let mut key = String::new();
    let mut tokens = 0usize;
    for path in &inputs {
        let f = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
        for (n, line) in BufReader::new(f).lines().enumerate() {
            let line = line.map_err(|e| format!("{path}:{}: {e}", n + 1))?;
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
                continue;
            };
            let mut history = tagger.new_history();
            for s in rasd_ner::learn::corpus_sentences(text) {
                let toks: Vec<&str> = s.iter().map(String::as_str).collect();
                let tags: Vec<u8> = tagger
                    .tag_in(&toks, &mut history)
                    .into_iter()
                    .map(|t| t.id())
                    .collect();
                tokens += toks.len();
                let mut prev: Option<&str> = None;
                for (tok, &t) in toks.iter().zip(&tags) {
                    let stem = strip_proclitics(tok, Some(&tagger.resources().clusters)).stem;
                    let e = counts.entry(stem.to_string()).or_default();
                    e[(t as usize).div_ceil(2)] += 1;
                    if pairs_out.is_some() {
                        if let Some(p) = prev {
                            key.clear();
                            key.push_str(p);
                            key.push(' ');
                            key.push_str(stem);
                            let c = match pairs.get_mut(key.as_str()) {
                                Some(c) => c,
                                None => pairs.entry(key.clone()).or_default(),
                            };
                            c[0] += 1;
                            c[1] += (t != 0 && t % 2 == 0) as u32;
                        }
                    }
                    prev = Some(stem);
                }
            }
        }
    }
    let mut rows: Vec<(&String, &[u32; 5])> = counts
        .iter()
        .filter(|(k, c)| {
            !k.starts_with('#')
                && c.iter().sum::<u32>() >= min_count
                && c[1..].iter().sum::<u32>() * 20 >= c.iter().sum::<u32>()
        })
        .collect();
    rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let f = std::fs::File::create(&out).map_err(|e| format!("{out}: {e}"))?;
    let mut w = std::io::BufWriter::new(f);
    let io = |e: std::io::Error| format!("{out}: {e}");
    writeln!(w, "# rasd-ner self-training label fractions: a first-pass model tagged {tokens} tokens of unlabelled news;").map_err(io)?;
    writeln!(w, "# stem count PERS ORG LOC MISC (tenths of occurrences), stems with >= {min_count} occurrences and >= 5% in names").map_err(io)?;
    for (stem, c) in rows {
        let total = c.iter().sum::<u32>();
        let tenth = |x: u32| ((x as f64 * 10.0 / total as f64).round() as u32).min(10);
        writeln!(
            w,
            "{stem}\t{total}\t{}\t{}\t{}\t{}",
            tenth(c[1]),
            tenth(c[2]),
            tenth(c[3]),
            tenth(c[4])
        )
        .map_err(io)?;
    }
    w.flush().map_err(io)?;
    if let Some(po) = &pairs_out {
        let mut rows: Vec<(&String, &[u32; 2])> = pairs
            .iter()
            .filter(|(k, c)| !k.starts_with('#') && c[0] >= min_count && c[1] * 20 >= c[0])
            .collect();
        rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let f = std::fs::File::create(po).map_err(|e| format!("{po}: {e}"))?;
        let mut w = std::io::BufWriter::new(f);
        let io = |e: std::io::Error| format!("{po}: {e}");
        writeln!(w, "# rasd-ner self-training pairs: stem1 stem2, count, tenths of occurrences where the second continued a name").map_err(io)?;
        for (k, c) in rows {
            let tenth = ((c[1] as f64 * 10.0 / c[0] as f64).round() as u32).min(10);
            writeln!(w, "{k}\t{}\t{tenth}", c[0]).map_err(io)?;
        }
        w.flush().map_err(io)?;
    }
    eprintln!("tagged {tokens} tokens; wrote {out}");
    Ok(())
}
