//! Train the NER model.
//!
//! Usage: rasd-train-ner --train FILE [--clusters FILE] [--gazetteer FILE] [--names FILE] [--cues FILE]
//!        [--out FILE] [--epochs N | --max-epochs N] [--dev-frac F] [--seed N]
//!        [--labels FILE [--pairs FILE]] [--cv K] [--ensemble N] [--pa C] [--min-count N]
//!        [--no-clusters] [--no-gazetteer] [--no-cues] [--no-history] [--bigrams] [--wide]
//!        [--profiles FILE] [--no-profiles]
//!        [--o-penalty P] [--o-penalties P1,P2,…]
//!
//! `--o-penalty P` lowers the score of tag O by P on every token of the saved model (more
//! recall, less precision); `--cv K --o-penalties …` trains each fold once (`--epochs` or
//! `--max-epochs` passes) and reports the cross-validation figures for every penalty.
//!
//! `--labels` adds the self-training features (a file from `rasd-corpus-labels`); `--cv K`
//! only prints K-fold cross-validation figures per epoch; `--ensemble N` averages N
//! perceptrons trained on different shuffles; `--pa C` uses passive-aggressive steps
//! capped at C; `--min-count N` ignores features seen fewer than N times.
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
use rasd_ner::train::{evaluate, predict, read_conll, train, Scores, TrainOptions};

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

fn run() -> Result<(), String> {
    let data_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut train_path = None;
    let mut clusters = format!("{data_dir}/clusters.tsv");
    let mut gazetteer = format!("{data_dir}/gazetteer.tsv");
    let mut names = format!("{data_dir}/names.tsv");
    let mut cues = format!("{data_dir}/cues.tsv");
    let mut profiles = format!("{data_dir}/ctx_profiles.tsv");
    let mut labels: Option<String> = None;
    let mut pairs: Option<String> = None;
    let mut out = None;
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
    let mut ensemble = 1usize;
    let mut o_penalty = 0f32;
    let mut o_penalties: Vec<f32> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--train" => train_path = Some(val("--train")?),
            "--clusters" => clusters = val("--clusters")?,
            "--gazetteer" => gazetteer = val("--gazetteer")?,
            "--names" => names = val("--names")?,
            "--cues" => cues = val("--cues")?,
            "--profiles" => profiles = val("--profiles")?,
            "--labels" => labels = Some(val("--labels")?),
            "--pairs" => pairs = Some(val("--pairs")?),
            "--out" => out = Some(val("--out")?),
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
    let sents = read_conll(BufReader::new(f), &train_path).map_err(|e| e.to_string())?;
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
            match &pairs {
                Some(q) => l.with_pairs(&read(q)?, q).map_err(|e| e.to_string())?,
                None => l,
            }
        }
        None => {
            fl &= !flags::LABELS;
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
    let res = Resources {
        clusters,
        gazetteer,
        cues,
        labels,
        profiles,
    };
    let fx = FeatureExtractor::new(&res, fl);
    if cv > 1 && !o_penalties.is_empty() {
        // One model per fold; every penalty scored on it (summed counts over folds).
        let mut per_penalty = vec![Scores::default(); o_penalties.len()];
        let fold = sents.len().div_ceil(cv);
        let opts = TrainOptions {
            epochs: epochs.unwrap_or(max_epochs),
            seed,
            pa_c,
            min_count,
            ensemble,
        };
        for k in 0..cv {
            let (a, b) = (k * fold, ((k + 1) * fold).min(sents.len()));
            let tr: Vec<_> = sents[..a].iter().chain(&sents[b..]).cloned().collect();
            let model = train(&tr, None, &fx, &opts, |_, _| {});
            for (p, acc) in o_penalties.iter().zip(per_penalty.iter_mut()) {
                let s = evaluate(&model.clone().with_o_penalty(*p), &sents[a..b], &fx);
                for i in 0..5 {
                    acc.correct[i] += s.correct[i];
                    acc.predicted[i] += s.predicted[i];
                    acc.gold[i] += s.gold[i];
                }
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
        let fold = sents.len().div_ceil(cv);
        for k in 0..cv {
            let (a, b) = (k * fold, ((k + 1) * fold).min(sents.len()));
            let tr: Vec<_> = sents[..a].iter().chain(&sents[b..]).cloned().collect();
            train(
                &tr,
                Some(&sents[a..b]),
                &fx,
                &TrainOptions {
                    epochs: max_epochs,
                    seed,
                    pa_c,
                    min_count,
                    ensemble,
                },
                |e, s| {
                    if let Some(s) = s {
                        for i in 0..5 {
                            per_epoch[e].correct[i] += s.correct[i];
                            per_epoch[e].predicted[i] += s.predicted[i];
                            per_epoch[e].gold[i] += s.gold[i];
                        }
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
                    seed,
                    pa_c,
                    min_count,
                    ensemble,
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
    if let Some(out) = out {
        let t = Instant::now();
        let model = train(
            &sents,
            None,
            &fx,
            &TrainOptions {
                epochs,
                seed,
                pa_c,
                min_count,
                ensemble,
            },
            |_, _| {},
        )
        .with_o_penalty(o_penalty);
        if let Some(ev) = &eval_path {
            let f = std::fs::File::open(ev).map_err(|e| format!("{ev}: {e}"))?;
            let evs = read_conll(BufReader::new(f), ev).map_err(|e| e.to_string())?;
            let preds = predict(&model, &evs, &fx);
            let mut s = Scores::default();
            for (d, p) in evs.iter().zip(&preds) {
                s.add(&d.tags, p);
            }
            eprintln!("eval {ev}: {}", report(&s));
            if let Some(dp) = &dump {
                let mut txt = String::new();
                for (d, p) in evs.iter().zip(&preds) {
                    for ((tok, &g), &t) in d.tokens.iter().zip(&d.tags).zip(p) {
                        txt.push_str(&format!(
                            "{tok} {} {}\n",
                            rasd_ner::Tag::from_id(g).as_str(),
                            rasd_ner::Tag::from_id(t).as_str()
                        ));
                    }
                    txt.push('\n');
                }
                std::fs::write(dp, txt).map_err(|e| format!("{dp}: {e}"))?;
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
