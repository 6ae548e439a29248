//! Train the NER model.
//!
//! Usage: rasd-train-ner --train FILE [--clusters FILE] [--gazetteer FILE] [--names FILE] [--cues FILE]
//!        [--out FILE] [--epochs N | --max-epochs N] [--dev-frac F] [--seed N]
//!        [--labels FILE [--pairs FILE] [--ctx FILE [--phrases FILE]]] [--cv K] [--ensemble N]
//!        [--pa C] [--min-count N] [--dropout P] [--extra FILE]
//!        [--no-clusters] [--no-gazetteer] [--no-cues] [--no-history] [--bigrams] [--wide]
//!        [--o-penalty P] [--o-penalties P1,P2,…] [--lexicon FILE] [--lex | --no-lexicon]
//!        [--profiles FILE] [--no-profiles]
//!
//! `--o-penalty P` lowers the score of tag O by P on every token of the saved model (more
//! recall, less precision); `--cv K --o-penalties …` trains each fold once (`--epochs` or
//! `--max-epochs` passes) and reports the cross-validation figures for every penalty.
//!
//! `--extra FILE` adds sentences annotated under another scheme (NewsFANE mapped by
//! `tools/newsfane_coarse.py`); they train shared features plus copies only they carry.
//!
//! `--labels` adds the self-training features (a file from `rasd-corpus-labels`; `--ctx`
//! its entity-context table, feature flag `CTX`); `--cv K`
//! only prints K-fold cross-validation figures per epoch; `--ensemble N` averages N
//! perceptrons trained on different shuffles; `--pa C` uses passive-aggressive steps
//! capped at C; `--min-count N` ignores features seen fewer than N times; `--dropout P`
//! hides each feature occurrence with probability P at each training visit (regularises
//! towards context and cluster evidence; 0.2 gains ~1.5 points on the sequential dev).
//!
//! Decoding experiments with `--eval`: `--type-biases "P,O,L,M;…"` scores each set of
//! per-type score offsets; `--propagate MIN` labels unlabelled mentions of a name tagged
//! MIN times in the ±`--window` sentences; `--stack` trains and scores a two-pass stacked
//! tagger (see `rasd_ner::stack`; `--stack-folds K`, `--second-penalty P`).
//!
//! Without `--epochs`, the last `--dev-frac` of the training sentences is held out, a model
//! is trained on the rest for up to `--max-epochs`, and the epoch count with the best dev
//! F1 is chosen; the final model is then trained on all sentences with that count. Without
//! `--out` only the dev figures are printed.

use std::io::BufReader;
use std::process::ExitCode;
use std::time::Instant;

use rasd_ner::features::{flags, FeatureExtractor};
use rasd_ner::lexicon::{Clusters, CorpusLabels, Cues, Gazetteer, Resources};
use rasd_ner::train::{evaluate, folds, outside, predict, read_conll, train, Scores, TrainOptions};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasd-train-ner: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn report(s: &Scores) -> String {
    let names = ["all", "PERS", "ORG", "LOC", "MISC"];
    (0..5)
        .map(|i| {
            let (p, r, f) = s.prf(i);
            format!("{} P {:.3} R {:.3} F {:.3}", names[i], p, r, f)
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn score(evs: &[rasd_ner::train::Sentence], preds: &[Vec<u8>]) -> Scores {
    let mut s = Scores::default();
    for (d, p) in evs.iter().zip(preds) {
        s.add(&d.tags, p);
    }
    s
}

/// Per-tag bias row from per-type biases (B- and I- alike).
fn bias_row(b: &[f32; 4]) -> [f32; 9] {
    let mut r = [0f32; 9];
    for (ty, &v) in b.iter().enumerate() {
        r[1 + 2 * ty] = v;
        r[2 + 2 * ty] = v;
    }
    r
}

fn write_dump(
    dp: &str,
    evs: &[rasd_ner::train::Sentence],
    preds: &[Vec<u8>],
) -> Result<(), String> {
    let mut txt = String::new();
    for (d, p) in evs.iter().zip(preds) {
        for ((tok, &g), &t) in d.tokens.iter().zip(&d.tags).zip(p) {
            txt.push_str(&format!(
                "{tok} {} {}\n",
                rasd_ner::Tag::from_id(g).as_str(),
                rasd_ner::Tag::from_id(t).as_str()
            ));
        }
        txt.push('\n');
    }
    std::fs::write(dp, txt).map_err(|e| format!("{dp}: {e}"))
}

/// Each evaluation sentence's stems, as `stack::propagate` compares mentions.
fn eval_stems(evs: &[rasd_ner::train::Sentence], fx: &FeatureExtractor) -> Vec<Vec<Box<str>>> {
    evs.iter()
        .map(|s| {
            let t: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            rasd_ner::stack::stems(&t, fx.clusters())
        })
        .collect()
}

fn run() -> Result<(), String> {
    let data_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut train_path = None;
    let mut clusters = format!("{data_dir}/clusters.tsv");
    let mut gazetteer = format!("{data_dir}/gazetteer.tsv");
    let mut names = format!("{data_dir}/names.tsv");
    let mut cues = format!("{data_dir}/cues.tsv");
    let mut lexicon = format!("{data_dir}/lexicon.tsv");
    let mut profiles = format!("{data_dir}/ctx_profiles.tsv");
    let mut labels: Option<String> = None;
    let mut pairs: Option<String> = None;
    let mut ctx: Option<String> = None;
    let mut phrases: Option<String> = None;
    let mut out = None;
    let mut extra: Option<String> = None;
    let mut eval_path: Option<String> = None;
    let mut dump: Option<String> = None;
    let mut epochs = None;
    let mut max_epochs = 25usize;
    let mut dev_frac = 0.1f64;
    let mut seed = 7u64;
    // Word bigrams and ±2 words lowered dev and cross-validation F1: off unless asked for.
    let mut fl = flags::ALL & !(flags::BIGRAMS | flags::WIDE);
    let mut cv = 0usize;
    let mut pa_c: Option<f32> = None;
    let mut min_count = 1u32;
    let mut dropout = 0f32;
    let mut ensemble = 1usize;
    let mut o_penalty = 0f32;
    let mut o_penalties: Vec<f32> = Vec::new();
    let mut stack = false;
    let mut window = rasd_ner::stack::STACK_WINDOW;
    let mut stack_folds = 5usize;
    let mut second_penalty: Option<f32> = None;
    let mut type_biases: Vec<[f32; 4]> = Vec::new();
    let mut propagate_min = 0u16;
    let mut propagate_types = 0b1111u8;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--train" => train_path = Some(val("--train")?),
            "--clusters" => clusters = val("--clusters")?,
            "--gazetteer" => gazetteer = val("--gazetteer")?,
            "--names" => names = val("--names")?,
            "--cues" => cues = val("--cues")?,
            "--lexicon" => lexicon = val("--lexicon")?,
            "--lex" => fl |= flags::LEXICON,
            "--no-lexicon" => fl &= !flags::LEXICON,
            "--profiles" => profiles = val("--profiles")?,
            "--labels" => labels = Some(val("--labels")?),
            "--pairs" => pairs = Some(val("--pairs")?),
            "--ctx" => ctx = Some(val("--ctx")?),
            "--phrases" => phrases = Some(val("--phrases")?),
            "--out" => out = Some(val("--out")?),
            "--extra" => extra = Some(val("--extra")?),
            "--eval" => eval_path = Some(val("--eval")?),
            "--dump" => dump = Some(val("--dump")?),
            "--epochs" => {
                epochs = Some(
                    val("--epochs")?
                        .parse::<usize>()
                        .map_err(|e| format!("--epochs: {e}"))?,
                )
            }
            "--max-epochs" => {
                max_epochs = val("--max-epochs")?
                    .parse()
                    .map_err(|e| format!("--max-epochs: {e}"))?
            }
            "--dev-frac" => {
                dev_frac = val("--dev-frac")?
                    .parse()
                    .map_err(|e| format!("--dev-frac: {e}"))?
            }
            "--seed" => seed = val("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--dropout" => {
                dropout = val("--dropout")?
                    .parse()
                    .map_err(|e| format!("--dropout: {e}"))?
            }
            "--pa" => pa_c = Some(val("--pa")?.parse().map_err(|e| format!("--pa: {e}"))?),
            "--min-count" => {
                min_count = val("--min-count")?
                    .parse()
                    .map_err(|e| format!("--min-count: {e}"))?
            }
            "--ensemble" => {
                ensemble = val("--ensemble")?
                    .parse()
                    .map_err(|e| format!("--ensemble: {e}"))?
            }
            "--o-penalty" => {
                o_penalty = val("--o-penalty")?
                    .parse()
                    .map_err(|e| format!("--o-penalty: {e}"))?
            }
            "--o-penalties" => {
                o_penalties = val("--o-penalties")?
                    .split(',')
                    .map(|x| {
                        x.trim()
                            .parse::<f32>()
                            .map_err(|e| format!("--o-penalties {x}: {e}"))
                    })
                    .collect::<Result<_, _>>()?
            }
            "--stack" => stack = true,
            "--window" => {
                window = val("--window")?
                    .parse()
                    .map_err(|e| format!("--window: {e}"))?
            }
            "--stack-folds" => {
                stack_folds = val("--stack-folds")?
                    .parse()
                    .map_err(|e| format!("--stack-folds: {e}"))?
            }
            "--second-penalty" => {
                second_penalty = Some(
                    val("--second-penalty")?
                        .parse()
                        .map_err(|e| format!("--second-penalty: {e}"))?,
                )
            }
            "--type-biases" => {
                // "P,O,L,M;P,O,L,M;…": each set is scored (eval only).
                type_biases = val("--type-biases")?
                    .split(';')
                    .map(|set| {
                        let v: Vec<f32> = set
                            .split(',')
                            .map(|x| {
                                x.trim()
                                    .parse::<f32>()
                                    .map_err(|e| format!("--type-biases {x}: {e}"))
                            })
                            .collect::<Result<_, _>>()?;
                        <[f32; 4]>::try_from(v)
                            .map_err(|_| format!("--type-biases {set}: need 4 values"))
                    })
                    .collect::<Result<_, _>>()?
            }
            "--propagate" => {
                propagate_min = val("--propagate")?
                    .parse()
                    .map_err(|e| format!("--propagate: {e}"))?
            }
            "--propagate-types" => {
                let v = val("--propagate-types")?;
                propagate_types = 0;
                for (i, name) in ["PERS", "ORG", "LOC", "MISC"].iter().enumerate() {
                    if v.split(',').any(|x| x == *name) {
                        propagate_types |= 1 << i;
                    }
                }
            }
            "--cv" => cv = val("--cv")?.parse().map_err(|e| format!("--cv: {e}"))?,
            "--no-clusters" => fl &= !flags::CLUSTERS,
            "--no-gazetteer" => fl &= !flags::GAZETTEER,
            "--no-cues" => fl &= !flags::CUES,
            "--no-history" => fl &= !flags::HISTORY,
            "--no-profiles" => fl &= !flags::CONTEXT,
            "--bigrams" => fl |= flags::BIGRAMS,
            "--wide" => fl |= flags::WIDE,
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    let train_path = train_path.ok_or("--train is required")?;
    let f = std::fs::File::open(&train_path).map_err(|e| format!("{train_path}: {e}"))?;
    if extra.is_some() && (cv > 1 || epochs.is_none()) {
        // The extra file re-annotates the same newswire, so a fold or the held-out tail of
        // --train would be seen in training: hold out with --eval and
        // newsfane_coarse.py --exclude instead.
        return Err("--extra needs --epochs and cannot be combined with --cv".into());
    }
    let mut sents = read_conll(BufReader::new(f), &train_path).map_err(|e| e.to_string())?;
    if let Some(x) = &extra {
        let f = std::fs::File::open(x).map_err(|e| format!("{x}: {e}"))?;
        let more = read_conll(BufReader::new(f), x).map_err(|e| e.to_string())?;
        sents.extend(more.into_iter().map(|mut s| {
            s.domain = 1;
            s
        }));
    }
    let clusters = Clusters::parse(&read(&clusters)?, &clusters).map_err(|e| e.to_string())?;
    let mut gazetteer =
        Gazetteer::parse(&read(&gazetteer)?, &gazetteer).map_err(|e| e.to_string())?;
    gazetteer
        .extend(&read(&names)?, &names)
        .map_err(|e| e.to_string())?;
    let cues = Cues::parse(&read(&cues)?, &cues).map_err(|e| e.to_string())?;
    let profiles = if fl & flags::CONTEXT != 0 {
        rasd_ner::context::Profiles::parse(&read(&profiles)?, &profiles)
            .map_err(|e| e.to_string())?
    } else {
        Default::default()
    };
    let labels = match &labels {
        Some(p) => {
            let l = CorpusLabels::parse(&read(p)?, p).map_err(|e| e.to_string())?;
            let l = match &pairs {
                Some(q) => l.with_pairs(&read(q)?, q).map_err(|e| e.to_string())?,
                None => l,
            };
            let l = match &phrases {
                Some(q) => l.with_phrases(&read(q)?, q).map_err(|e| e.to_string())?,
                None => l,
            };
            match &ctx {
                Some(q) => {
                    fl |= flags::CTX;
                    l.with_ctx(&read(q)?, q).map_err(|e| e.to_string())?
                }
                None => {
                    fl &= !flags::CTX;
                    l
                }
            }
        }
        None => {
            fl &= !(flags::LABELS | flags::CTX);
            CorpusLabels::default()
        }
    };
    eprintln!(
        "{} sentences; {} cluster words, {} gazetteer names, {} cue words, {} corpus-label stems, {} context profiles; flags {fl:#x}",
        sents.len(),
        clusters.len(),
        gazetteer.len(),
        cues.len(),
        labels.len(),
        profiles.len()
    );
    let lexicon = rasd_ner::namelex::NameLexicon::parse(&read(&lexicon)?, &lexicon)
        .map_err(|e| e.to_string())?;
    let res = Resources {
        clusters,
        gazetteer,
        cues,
        labels,
        lexicon,
        profiles,
    };
    let fx = FeatureExtractor::new(&res, fl);
    // Every run below trains with these settings; only the number of epochs differs.
    let base = TrainOptions {
        epochs: epochs.unwrap_or(max_epochs),
        seed,
        pa_c,
        min_count,
        ensemble,
        dropout,
    };
    if cv > 1 && !o_penalties.is_empty() {
        // One model per fold; every penalty scored on it (summed counts over folds).
        let mut per_penalty = vec![Scores::default(); o_penalties.len()];
        let opts = base.clone();
        for (k, (a, b)) in folds(sents.len(), cv).enumerate() {
            let tr = outside(&sents, a, b);
            let model = train(&tr, None, &fx, &opts, |_, _| {});
            for (p, acc) in o_penalties.iter().zip(per_penalty.iter_mut()) {
                let s = evaluate(&model.clone().with_o_penalty(*p), &sents[a..b], &fx);
                acc.merge(&s);
            }
            eprintln!("fold {} done", k + 1);
        }
        for (p, s) in o_penalties.iter().zip(&per_penalty) {
            eprintln!("cv o-penalty {p:5.2}: {}", report(s));
        }
        return Ok(());
    }
    if cv > 1 {
        // Cross-validation over contiguous folds: summed counts per epoch.
        let mut per_epoch = vec![Scores::default(); max_epochs];
        for (a, b) in folds(sents.len(), cv) {
            let tr = outside(&sents, a, b);
            train(
                &tr,
                Some(&sents[a..b]),
                &fx,
                &TrainOptions {
                    epochs: max_epochs,
                    ..base.clone()
                },
                |e, s| {
                    if let Some(s) = s {
                        per_epoch[e].merge(s);
                    }
                },
            );
        }
        for (e, s) in per_epoch.iter().enumerate() {
            eprintln!("cv epoch {:2}: {}", e + 1, report(s));
        }
        return Ok(());
    }
    let epochs = match epochs {
        Some(e) => e,
        None => {
            let cut = ((sents.len() as f64) * (1.0 - dev_frac)).round() as usize;
            let (tr, dev) = sents.split_at(cut.min(sents.len()));
            eprintln!(
                "tuning: train {} sentences, dev {} (the last {dev_frac})",
                tr.len(),
                dev.len()
            );
            let mut best = (0usize, -1f64);
            let t = Instant::now();
            train(
                tr,
                Some(dev),
                &fx,
                &TrainOptions {
                    epochs: max_epochs,
                    ..base.clone()
                },
                |e, s| {
                    if let Some(s) = s {
                        let f = s.prf(0).2;
                        eprintln!(
                            "epoch {:2}: {} ({:.1}s)",
                            e + 1,
                            report(s),
                            t.elapsed().as_secs_f64()
                        );
                        if f > best.1 {
                            best = (e + 1, f);
                        }
                    }
                },
            );
            eprintln!("best dev F1 {:.4} at epoch {}", best.1, best.0);
            best.0
        }
    };
    if out.is_none() && eval_path.is_some() {
        // Train on all of --train, then score (and optionally dump) --eval.
        out = Some(String::new());
    }
    if let (true, Some(ev)) = (stack, &eval_path) {
        let opts = TrainOptions {
            epochs,
            ..base.clone()
        };
        let t = Instant::now();
        let st = rasd_ner::stack::train_stacked(&sents, &fx, &opts, o_penalty, window, stack_folds);
        eprintln!("stacked training {:.1}s", t.elapsed().as_secs_f64());
        let f = std::fs::File::open(ev).map_err(|e| format!("{ev}: {e}"))?;
        let evs = read_conll(BufReader::new(f), ev).map_err(|e| e.to_string())?;
        let first = predict(&st.first, &evs, &fx);
        eprintln!("first pass {ev}: {}", report(&score(&evs, &first)));
        let feats = rasd_ner::stack::second_features(&evs, &first, &fx, window);
        let sets = if type_biases.is_empty() {
            vec![[0.0; 4]]
        } else {
            type_biases.clone()
        };
        let base = st
            .second
            .clone()
            .with_o_penalty(second_penalty.unwrap_or(o_penalty));
        // Stems for propagation, computed once for every bias set.
        let stems = (propagate_min > 0).then(|| eval_stems(&evs, &fx));
        for b in &sets {
            let m = base.clone().with_tag_bias(&bias_row(b));
            let mut preds: Vec<Vec<u8>> = feats.iter().map(|sf| m.decode(sf)).collect();
            eprintln!("stacked {ev} bias {b:?}: {}", report(&score(&evs, &preds)));
            if let Some(stems) = &stems {
                let n = rasd_ner::stack::propagate(
                    stems,
                    &mut preds,
                    window,
                    propagate_min,
                    propagate_types,
                );
                eprintln!(
                    "  + propagate ({n} spans): {}",
                    report(&score(&evs, &preds))
                );
            }
            if let Some(dp) = &dump {
                write_dump(dp, &evs, &preds)?;
            }
        }
        return Ok(());
    }
    if let Some(out) = out {
        let t = Instant::now();
        let model = train(
            &sents,
            None,
            &fx,
            &TrainOptions {
                epochs,
                ..base.clone()
            },
            |_, _| {},
        )
        .with_o_penalty(o_penalty);
        if let Some(ev) = &eval_path {
            let f = std::fs::File::open(ev).map_err(|e| format!("{ev}: {e}"))?;
            let evs = read_conll(BufReader::new(f), ev).map_err(|e| e.to_string())?;
            let mut preds = predict(&model, &evs, &fx);
            let s = score(&evs, &preds);
            eprintln!("eval {ev}: {}", report(&s));
            for b in &type_biases {
                let m = model.clone().with_tag_bias(&bias_row(b));
                let p = predict(&m, &evs, &fx);
                eprintln!("eval {ev} bias {b:?}: {}", report(&score(&evs, &p)));
            }
            if propagate_min > 0 {
                let stems = eval_stems(&evs, &fx);
                let n = rasd_ner::stack::propagate(
                    &stems,
                    &mut preds,
                    window,
                    propagate_min,
                    propagate_types,
                );
                eprintln!(
                    "eval {ev} + propagate ({n} spans): {}",
                    report(&score(&evs, &preds))
                );
            }
            if let Some(dp) = &dump {
                write_dump(dp, &evs, &preds)?;
            }
        }
        if out.is_empty() {
            return Ok(());
        }
        let bytes = model.to_bytes();
        std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
        eprintln!(
            "trained on all {} sentences, {epochs} epochs in {:.1}s: {} features, {} bytes → {out}",
            sents.len(),
            t.elapsed().as_secs_f64(),
            model.num_features(),
            bytes.len()
        );
    }
    Ok(())
}
