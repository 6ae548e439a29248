//! Self-training step: tag unlabelled news (JSON Lines with `text`) with a first-pass model
//! and write, for every clitic-stripped stem seen often enough, the fraction of its
//! occurrences tagged PERS, ORG, LOC and MISC (in tenths):
//! `stem<TAB>count<TAB>PERS<TAB>ORG<TAB>LOC<TAB>MISC`.
//!
//! Usage: rasd-corpus-labels --model FILE --out FILE [--pairs-out FILE] [--ctx-out FILE]
//!        [--phrases-out FILE] [--labels FILE [--pairs FILE] [--ctx FILE] [--phrases FILE]] [--min-count N] [--min-margin M]
//!        [--conll-out FILE [--conll-max N] [--conll-margin M]] CORPUS.jsonl...
//! (`--pairs-out`: also write, per stem pair, how often the second word continued a name)
//! (`--ctx-out`: also write, per stem, its entity contexts: see `CorpusLabels::with_ctx`)
//! (`--phrases-out`: also write 2–4-stem phrases the tagger tagged as one name, with the
//! fraction of their occurrences so tagged: see `CorpusLabels::with_phrases`)
//! (`--labels`, `--pairs`, `--ctx`: the files the model itself was trained with, for a
//! later round)
//! (`--min-margin M`: count only tokens whose max-marginal margin is at least M)
//! (`--conll-out`: write up to N (default 5000) auto-tagged sentences of 5–80 tokens with a
//! name and every token's margin ≥ M (default 2), a deterministic hash sample, as CoNLL
//! training data for classic self-training; this is corpus text, never to be committed)
//! (clusters, gazetteer and cue words are the crate's data files, as for the trainer).

use std::collections::BinaryHeap;
use std::hash::Hasher;
use std::io::Write;
use std::process::ExitCode;

use rasd_ner::features::strip_proclitics;
use rasd_ner::features::SentenceFeatures;
use rasd_ner::lexicon::{Clusters, Cues, Gazetteer, Resources};
use rasd_ner::model::{viterbi, Model};
use rasd_ner::selftrain::{margins, CorpusCounts};
use rasd_ner::Tagger;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasd-corpus-labels: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_file(
    path: &str,
    f: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> Result<(), String> {
    let file = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
    let mut w = std::io::BufWriter::new(file);
    f(&mut w)
        .and_then(|()| w.flush())
        .map_err(|e| format!("{path}: {e}"))
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
    let mut ctx_in: Option<String> = None;
    let mut ctx_out: Option<String> = None;
    let mut phrases_in: Option<String> = None;
    let mut phrases_out: Option<String> = None;
    let mut conll_out: Option<String> = None;
    let mut conll_max = 5000usize;
    let mut conll_margin = 2.0f32;
    let mut min_margin = 0.0f32;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model = args.next(),
            "--out" => out = args.next(),
            "--labels" => labels = args.next(),
            "--pairs" => pairs_in = args.next(),
            "--pairs-out" => pairs_out = args.next(),
            "--ctx" => ctx_in = args.next(),
            "--ctx-out" => ctx_out = args.next(),
            "--phrases" => phrases_in = args.next(),
            "--phrases-out" => phrases_out = args.next(),
            "--conll-out" => conll_out = args.next(),
            "--conll-max" => {
                conll_max = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--conll-max needs a number")?
            }
            "--conll-margin" => {
                conll_margin = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--conll-margin needs a number")?
            }
            "--min-margin" => {
                min_margin = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--min-margin needs a number")?
            }
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
                let c = match &pairs_in {
                    Some(q) => c.with_pairs(&read(q)?, q).map_err(|e| e.to_string())?,
                    None => c,
                };
                let c = match &ctx_in {
                    Some(q) => c.with_ctx(&read(q)?, q).map_err(|e| e.to_string())?,
                    None => c,
                };
                match &phrases_in {
                    Some(q) => c.with_phrases(&read(q)?, q).map_err(|e| e.to_string())?,
                    None => c,
                }
            }
            None => Default::default(),
        },
        lexicon: rasd_ner::namelex::NameLexicon::parse(&read(&p("lexicon.tsv"))?, "lexicon.tsv")
            .map_err(|e| e.to_string())?,
        profiles: rasd_ner::context::Profiles::parse(
            &read(&p("ctx_profiles.tsv"))?,
            "ctx_profiles.tsv",
        )
        .map_err(|e| e.to_string())?,
    };
    let tagger = Tagger::new(res, model);
    let fx = tagger.extractor();
    let trans = *tagger.model().transitions();
    let need_margins = min_margin > 0.0 || conll_out.is_some();
    let mut counts = CorpusCounts::default();
    // Confident sentences for classic self-training: the `conll_max` with the smallest
    // hashes (a deterministic sample spread over the corpus).
    let mut picked: BinaryHeap<(u64, String)> = BinaryHeap::new();
    let mut candidates = 0usize;
    let mut sf = SentenceFeatures::default();
    // Tokens per margin bucket (< 1, < 2, < 4, … ≥ 64), tagged O and tagged in names.
    let mut hist = [[0usize; 8]; 2];
    rasd_ner::learn::for_each_corpus_text(
        &inputs,
        |text| {
            let mut history = tagger.new_history();
            for s in rasd_ner::learn::corpus_sentences(text) {
                let toks: Vec<&str> = s.iter().map(String::as_str).collect();
                fx.sentence_in(&toks, Some(&history), &mut sf);
                let em = tagger.model().emissions(&sf);
                let tags = viterbi(&em, &trans);
                let margin = if need_margins {
                    margins(&em, &trans)
                } else {
                    Vec::new()
                };
                if sf.stems.len() == tags.len() {
                    history.push_stems(std::mem::take(&mut sf.stems), &tags);
                } else {
                    history.push(&toks, &tags, &tagger.resources().clusters);
                }
                let stems: Vec<&str> = toks
                    .iter()
                    .map(|tok| strip_proclitics(tok, Some(&tagger.resources().clusters)).stem)
                    .collect();
                for (&m, &t) in margin.iter().zip(&tags) {
                    let b = if m < 1.0 {
                        0
                    } else {
                        (m.log2() as usize + 1).min(7)
                    };
                    hist[(t != 0) as usize][b] += 1;
                }
                let keep: Vec<bool> = if min_margin > 0.0 {
                    margin.iter().map(|&m| m >= min_margin).collect()
                } else {
                    vec![true; toks.len()]
                };
                counts.add(&stems, &tags, &keep, pairs_out.is_some(), ctx_out.is_some());
                if phrases_out.is_some() {
                    counts.add_phrases(&stems, &tags, &keep);
                }
                if conll_out.is_some()
                    && (5..=80).contains(&toks.len())
                    && tags.iter().any(|&t| t != 0)
                    && margin.iter().all(|&m| m >= conll_margin)
                {
                    candidates += 1;
                    let mut txt = String::new();
                    for (tok, &t) in toks.iter().zip(&tags) {
                        txt.push_str(tok);
                        txt.push(' ');
                        txt.push_str(rasd_ner::Tag::from_id(t).as_str());
                        txt.push('\n');
                    }
                    let mut h = rustc_hash::FxHasher::default();
                    h.write(txt.as_bytes());
                    let k = h.finish();
                    if picked.len() < conll_max {
                        picked.push((k, txt));
                    } else if picked.peek().is_some_and(|(top, _)| k < *top) {
                        picked.pop();
                        picked.push((k, txt));
                    }
                }
            }
        },
        |skip| eprintln!("rasd-corpus-labels: {skip}"),
    )
    .map_err(|e| e.to_string())?;
    if need_margins {
        eprintln!(
            "token margins <1 <2 <4 <8 <16 <32 <64 >=64: O {:?}, names {:?}",
            hist[0], hist[1]
        );
    }
    let tokens = counts.tokens;
    let note = if min_margin > 0.0 {
        format!("{} counted with margin >= {min_margin}", counts.counted)
    } else {
        String::new()
    };
    write_file(&out, |w| counts.write_labels(w, min_count, &note))?;
    if let Some(po) = &pairs_out {
        write_file(po, |w| counts.write_pairs(w, min_count))?;
    }
    if let Some(po) = &phrases_out {
        counts.count_phrases();
        write_file(po, |w| counts.write_phrases(w, min_count))?;
    }
    if let Some(co) = &ctx_out {
        write_file(co, |w| counts.write_ctx(w, min_count))?;
    }
    if let Some(co) = &conll_out {
        let mut sents = picked.into_sorted_vec();
        sents.sort_unstable();
        eprintln!(
            "{candidates} confident sentences (margin >= {conll_margin}); wrote {} to {co}",
            sents.len()
        );
        write_file(co, |w| {
            for (_, txt) in &sents {
                writeln!(w, "{txt}")?;
            }
            Ok(())
        })?;
    }
    eprintln!("tagged {tokens} tokens; wrote {out}");
    Ok(())
}
