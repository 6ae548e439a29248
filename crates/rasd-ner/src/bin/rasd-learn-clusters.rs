//! Learn word clusters from unlabelled news (JSON Lines with a `text` field) and write the
//! TSV the tagger embeds: `word<TAB>count<TAB>c_coarse<TAB>c_mid<TAB>c_fine`.
//!
//! Usage: rasd-learn-clusters --out FILE [--dim N] [--epochs N] [--min-count N]
//!        [--max-words N] [--ks 64,256,1024] [--seed N] [--threads N] CORPUS.jsonl...

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use rasd_ner::learn::{corpus_sentences, kmeans, normalise_rows, skipgram, LearnOptions, Vocab};
use rustc_hash::FxHashMap;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasd-learn-clusters: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut o = LearnOptions::default();
    let mut out = None;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let num = |s: String, name: &str| {
            s.parse::<usize>()
                .map_err(|_| format!("{name}: not a number: {s}"))
        };
        match a.as_str() {
            "--out" => out = Some(val("--out")?),
            "--dim" => o.dim = num(val("--dim")?, "--dim")?,
            "--epochs" => o.epochs = num(val("--epochs")?, "--epochs")?,
            "--window" => o.window = num(val("--window")?, "--window")?,
            "--min-count" => o.min_count = num(val("--min-count")?, "--min-count")? as u32,
            "--max-words" => o.max_words = num(val("--max-words")?, "--max-words")?,
            "--seed" => o.seed = num(val("--seed")?, "--seed")? as u64,
            "--threads" => o.threads = num(val("--threads")?, "--threads")?,
            "--iters" => o.kmeans_iters = num(val("--iters")?, "--iters")?,
            "--ks" => {
                o.ks = val("--ks")?
                    .split(',')
                    .map(|k| {
                        k.parse::<usize>()
                            .map_err(|_| format!("--ks: bad number {k}"))
                    })
                    .collect::<Result<_, _>>()?
            }
            "-h" | "--help" => {
                eprintln!("usage: rasd-learn-clusters --out FILE [--dim N] [--epochs N] [--min-count N] [--max-words N] [--ks 64,256,1024] [--seed N] [--threads N] CORPUS.jsonl...");
                return Ok(());
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => inputs.push(a),
        }
    }
    let out = out.ok_or("--out is required")?;
    if inputs.is_empty() {
        return Err("no corpus files given".into());
    }
    if o.ks.len() != rasd_ner::lexicon::CLUSTER_LEVELS {
        return Err(format!(
            "--ks needs {} values",
            rasd_ner::lexicon::CLUSTER_LEVELS
        ));
    }
    let t0 = Instant::now();
    // Intern every token; remap to the kept vocabulary afterwards.
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut words: Vec<String> = Vec::new();
    let mut counts: Vec<u32> = Vec::new();
    let mut sents: Vec<Vec<u32>> = Vec::new();
    rasd_ner::learn::for_each_corpus_text(
        &inputs,
        |text| {
            for s in corpus_sentences(text) {
                let mut row = Vec::with_capacity(s.len());
                for w in s {
                    let id = match ids.get(&w) {
                        Some(&i) => i,
                        None => {
                            let i = words.len() as u32;
                            ids.insert(w.clone(), i);
                            words.push(w);
                            counts.push(0);
                            i
                        }
                    };
                    counts[id as usize] += 1;
                    row.push(id);
                }
                sents.push(row);
            }
        },
        |skip| eprintln!("{skip}"),
    )
    .map_err(|e| e.to_string())?;
    let tokens: usize = sents.iter().map(Vec::len).sum();
    eprintln!(
        "read {tokens} tokens, {} types, {} sentences in {:.1}s",
        words.len(),
        sents.len(),
        t0.elapsed().as_secs_f64()
    );
    let all: FxHashMap<String, u32> = words.iter().cloned().zip(counts.iter().copied()).collect();
    let vocab = Vocab::build(all, o.min_count, o.max_words);
    let remap: Vec<Option<u32>> = words.iter().map(|w| vocab.id(w)).collect();
    drop(ids);
    let sents: Vec<Vec<u32>> = sents
        .into_iter()
        .map(|s| {
            s.into_iter()
                .filter_map(|w| remap[w as usize])
                .collect::<Vec<u32>>()
        })
        .filter(|s| s.len() > 1)
        .collect();
    eprintln!(
        "vocabulary {} words (min count {})",
        vocab.len(),
        o.min_count
    );
    let t1 = Instant::now();
    let mut emb = skipgram(&sents, &vocab, &o, |e, p| {
        eprintln!(
            "skip-gram epoch {} done ({:.0}%), {:.1}s",
            e + 1,
            p * 100.0,
            t1.elapsed().as_secs_f64()
        )
    });
    normalise_rows(&mut emb, o.dim);
    let mut levels = Vec::new();
    for (i, &k) in o.ks.iter().enumerate() {
        let t = Instant::now();
        levels.push(kmeans(
            &emb,
            o.dim,
            k,
            o.kmeans_iters,
            o.seed.wrapping_add(i as u64 + 1),
            o.threads,
        ));
        eprintln!("k-means k={k}: {:.1}s", t.elapsed().as_secs_f64());
    }
    let f = std::fs::File::create(&out).map_err(|e| format!("{out}: {e}"))?;
    let mut w = std::io::BufWriter::new(f);
    let ks: Vec<String> = o.ks.iter().map(|k| k.to_string()).collect();
    let head = format!(
        "# rasd-ner word clusters: skip-gram dim {} window {} negative {} epochs {} seed {}, spherical k-means k={} ({} iterations)\n# learned from {} tokens of unlabelled news; words normalised (rasd_text::normalize); columns: word count cluster ids coarse..fine\n",
        o.dim, o.window, o.negative, o.epochs, o.seed, ks.join(","), o.kmeans_iters, tokens
    );
    let io = |e: std::io::Error| format!("{out}: {e}");
    w.write_all(head.as_bytes()).map_err(io)?;
    for (i, word) in vocab.words.iter().enumerate() {
        write!(w, "{word}\t{}", vocab.counts[i]).map_err(io)?;
        for l in &levels {
            write!(w, "\t{}", l[i]).map_err(io)?;
        }
        writeln!(w).map_err(io)?;
    }
    w.flush().map_err(io)?;
    eprintln!("wrote {out} in {:.1}s total", t0.elapsed().as_secs_f64());
    Ok(())
}
