//! Training: CoNLL reading, IOB2 repair, the averaged structured perceptron, and
//! entity-level scoring for the development split.

use std::io::BufRead;

use rustc_hash::FxHashMap;

use crate::error::NerError;
use crate::features::{flags, FeatureExtractor, History, SentenceFeatures};
use crate::learn::Rng;
use crate::model::{viterbi, Model, Transitions, NUM_TAGS, START};
use crate::Tag;

/// A labelled sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens.
    pub tokens: Vec<String>,
    /// Tag ids (see [`Tag::id`]).
    pub tags: Vec<u8>,
    /// Annotation scheme the sentence comes from: 0 for the main corpus; others get extra
    /// scheme-specific copies of their features in training, which absorb the scheme's own
    /// conventions (Daumé's feature augmentation, asymmetric: tagging uses only shared ones).
    pub domain: u8,
}

/// Read `TOKEN<space or tab>TAG` lines, blank lines between sentences; the tag is the last
/// column. Tags outside the nine ANERcorp tags are an error naming the line. Orphan I- tags
/// are repaired to B- (see [`repair_iob2`]).
pub fn read_conll(input: impl BufRead, file: &str) -> Result<Vec<Sentence>, NerError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| NerError::io(format!("{file}:{}", n + 1), e))?;
        let line = line.trim_end_matches('\r');
        let mut cols = line.split_whitespace();
        let Some(tok) = cols.next() else {
            if !cur.tokens.is_empty() {
                repair_iob2(&mut cur.tags);
                out.push(std::mem::take(&mut cur));
            }
            continue;
        };
        let tag = cols.last().ok_or_else(|| NerError::Parse {
            file: file.into(),
            line: n + 1,
            msg: "no tag column".into(),
        })?;
        let tag = Tag::parse(tag).ok_or_else(|| NerError::Parse {
            file: file.into(),
            line: n + 1,
            msg: format!("unknown tag {tag:?}"),
        })?;
        cur.tokens.push(tok.to_string());
        cur.tags.push(tag.id());
    }
    if !cur.tokens.is_empty() {
        repair_iob2(&mut cur.tags);
        out.push(cur);
    }
    Ok(out)
}

/// Make a tag-id sequence valid IOB2: an I-X not preceded by B-X or I-X becomes B-X.
pub fn repair_iob2(tags: &mut [u8]) {
    let mut prev = START;
    for t in tags.iter_mut() {
        if !crate::model::allowed(prev, *t as usize) {
            *t -= 1; // I-X (even) → B-X (odd)
        }
        prev = *t as usize;
    }
}

/// Entity chunks `(start, end, type)` of a valid IOB2 tag-id sequence; type = (id+1)/2.
pub fn chunks(tags: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, u8)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let ty = t.div_ceil(2);
        let is_b = t % 2 == 1;
        let continues = t != 0 && !is_b && open.is_some_and(|(_, o)| o == ty);
        if !continues {
            if let Some((s, o)) = open.take() {
                out.push((s, i, o));
            }
            if t != 0 {
                open = Some((i, ty));
            }
        }
    }
    if let Some((s, o)) = open {
        out.push((s, tags.len(), o));
    }
    out
}

/// Entity-level counts, overall and per type (index 1..=4: PERS, ORG, LOC, MISC).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// Correct entities per type; index 0 is the total.
    pub correct: [usize; 5],
    /// Predicted entities per type.
    pub predicted: [usize; 5],
    /// Gold entities per type.
    pub gold: [usize; 5],
}

impl Scores {
    /// Add another split's counts (cross-validation folds).
    pub fn merge(&mut self, o: &Scores) {
        for i in 0..5 {
            self.correct[i] += o.correct[i];
            self.predicted[i] += o.predicted[i];
            self.gold[i] += o.gold[i];
        }
    }

    /// Add one sentence's gold and predicted tags.
    pub fn add(&mut self, gold: &[u8], pred: &[u8]) {
        let g = chunks(gold);
        let p = chunks(pred);
        for c in &g {
            self.gold[0] += 1;
            self.gold[c.2 as usize] += 1;
        }
        for c in &p {
            self.predicted[0] += 1;
            self.predicted[c.2 as usize] += 1;
            if g.contains(c) {
                self.correct[0] += 1;
                self.correct[c.2 as usize] += 1;
            }
        }
    }

    /// Precision, recall and F1 of type index `i` (0 = micro over all types).
    pub fn prf(&self, i: usize) -> (f64, f64, f64) {
        let p = if self.predicted[i] > 0 {
            self.correct[i] as f64 / self.predicted[i] as f64
        } else {
            0.0
        };
        let r = if self.gold[i] > 0 {
            self.correct[i] as f64 / self.gold[i] as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the per-epoch shuffles.
    pub seed: u64,
    /// Passive-aggressive (PA-I) step cap; `None` for the plain perceptron step of 1.
    pub pa_c: Option<f32>,
    /// Features seen fewer times in the training data are ignored.
    pub min_count: u32,
    /// Perceptrons trained on different shuffles and averaged (1 = a single one).
    pub ensemble: usize,
    /// Feature dropout: each feature occurrence of a training sentence is hidden with this
    /// probability at each visit (0 = none), so that no single feature (a word form, a
    /// gazetteer hit) decides alone and context and cluster evidence keep their weight.
    pub dropout: f32,
}

/// PA-I step: just enough to score the gold sequence above the prediction by a margin of
/// √(wrong tokens), capped at `cap`.
fn pa_step(e: &Encoded, pred: &[u8], em: &[[f32; NUM_TAGS]], trans: &Transitions, cap: f32) -> f32 {
    let score = |tags: &[u8]| -> f32 {
        let mut prev = START;
        let mut s = 0.0;
        for (i, &t) in tags.iter().enumerate() {
            s += trans[prev][t as usize] + em.get(i).map_or(0.0, |r| r[t as usize]);
            prev = t as usize;
        }
        s
    };
    let mut wrong = 0usize;
    let mut norm = 0usize;
    for (i, (&g, &p)) in e.gold.iter().zip(pred).enumerate() {
        if g != p {
            wrong += 1;
            norm += 2 * e.token(i).len() + 2;
        }
    }
    let loss = score(pred) - score(&e.gold) + (wrong as f32).sqrt();
    if norm == 0 || loss <= 0.0 {
        return 0.0;
    }
    (loss / norm as f32).min(cap)
}

/// Sentence features as interned ids (training-time feature space).
struct Encoded {
    ids: Vec<u32>,
    offsets: Vec<u32>,
    gold: Vec<u8>,
}

impl Encoded {
    fn token(&self, i: usize) -> &[u32] {
        &self.ids[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
    fn len(&self) -> usize {
        self.gold.len()
    }
}

/// Sentence features as ids into `keys` (grown when `grow`). `shared[id]` is set for keys the
/// sentences carry themselves, as opposed to the scheme-specific copies of `domain != 0`
/// sentences, which tagging never produces.
fn encode(
    sents: &[Sentence],
    fx: &FeatureExtractor,
    index: &mut FxHashMap<u64, u32>,
    keys: &mut Vec<u64>,
    shared: &mut Vec<bool>,
    grow: bool,
    hist: Option<&[Vec<u8>]>,
) -> Vec<Encoded> {
    let mut sf = SentenceFeatures::default();
    let mut history = History::new(HISTORY_WINDOW);
    sents
        .iter()
        .enumerate()
        .map(|(j, s)| {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            match hist.and_then(|h| h.get(j)) {
                Some(tags) => {
                    fx.sentence_in(&toks, Some(&history), &mut sf);
                    history.push(&toks, tags, fx.clusters());
                }
                None => fx.sentence(&toks, &mut sf),
            }
            let mut ids = Vec::with_capacity(sf.keys.len());
            let mut offsets = vec![0u32];
            let salt = (s.domain as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            for i in 0..sf.len() {
                let own = sf.token(i).len();
                let copies = sf.token(i).iter().copied().chain(
                    sf.token(i)
                        .iter()
                        .filter(|_| s.domain != 0)
                        .map(|&k| k ^ salt),
                );
                for (n, k) in copies.enumerate() {
                    let id = match index.get(&k) {
                        Some(&id) => Some(id),
                        None if grow => {
                            let id = keys.len() as u32;
                            index.insert(k, id);
                            keys.push(k);
                            Some(id)
                        }
                        None => None,
                    };
                    if let Some(id) = id.filter(|_| n < own) {
                        if shared.len() <= id as usize {
                            shared.resize(id as usize + 1, false);
                        }
                        shared[id as usize] = true;
                    }
                    ids.extend(id);
                }
                offsets.push(ids.len() as u32);
            }
            Encoded {
                ids,
                offsets,
                gold: s.tags.clone(),
            }
        })
        .collect()
}

fn decode(e: &Encoded, w: &[f32], trans: &Transitions, em: &mut Vec<[f32; NUM_TAGS]>) -> Vec<u8> {
    em.clear();
    em.resize(e.len(), [0.0; NUM_TAGS]);
    for (i, row) in em.iter_mut().enumerate() {
        for &f in e.token(i) {
            let at = f as usize * NUM_TAGS;
            for (r, x) in row.iter_mut().zip(&w[at..at + NUM_TAGS]) {
                *r += x;
            }
        }
    }
    viterbi(em, trans)
}

/// Averaged weights: `w - u / c`.
fn averaged(w: &[f32], u: &[f64], c: f64) -> Vec<f32> {
    w.iter()
        .zip(u)
        .map(|(&w, &u)| (w as f64 - u / c) as f32)
        .collect()
}

fn averaged_trans(t: &Transitions, u: &[[f64; NUM_TAGS]; NUM_TAGS + 1], c: f64) -> Transitions {
    let mut out = *t;
    for (o, ur) in out.iter_mut().zip(u) {
        for (x, uu) in o.iter_mut().zip(ur) {
            *x = (*x as f64 - uu / c) as f32;
        }
    }
    out
}

/// Train an averaged structured perceptron. After each epoch, when `dev` is given, the
/// averaged model is scored on it and `on_epoch(epoch, scores)` is called.
pub fn train(
    train: &[Sentence],
    dev: Option<&[Sentence]>,
    fx: &FeatureExtractor,
    opts: &TrainOptions,
    on_epoch: impl FnMut(usize, Option<&Scores>),
) -> Model {
    if fx.flags() & flags::HISTORY != 0 {
        let hist = jackknife(train, fx, opts, 5);
        train_with_history(train, Some(&hist), dev, fx, opts, on_epoch)
    } else {
        train_with_history(train, None, dev, fx, opts, on_epoch)
    }
}

/// Sentences a document history reaches back.
pub const HISTORY_WINDOW: usize = 30;

/// The `k` contiguous folds of `n` items as `(start, end)` ranges, empty ones left out (so
/// every range is in bounds, however `k` compares with `n`).
pub fn folds(n: usize, k: usize) -> impl Iterator<Item = (usize, usize)> {
    let fold = n.div_ceil(k.max(1)).max(1);
    (0..k)
        .map(move |f| ((f * fold).min(n), ((f + 1) * fold).min(n)))
        .filter(|(a, b)| a < b)
}

/// The sentences outside `a..b` (a fold's training part).
pub fn outside(sents: &[Sentence], a: usize, b: usize) -> Vec<Sentence> {
    sents[..a].iter().chain(&sents[b..]).cloned().collect()
}

/// Tags for every sentence from models that did not see it (`k` contiguous folds, no
/// history features): realistic first-pass predictions for the history features.
pub fn jackknife(
    sents: &[Sentence],
    fx: &FeatureExtractor,
    opts: &TrainOptions,
    k: usize,
) -> Vec<Vec<u8>> {
    let plain = FeatureExtractor::new(fx.resources(), fx.flags() & !flags::HISTORY);
    let mut out = Vec::with_capacity(sents.len());
    let mut sf = SentenceFeatures::default();
    for (a, b) in folds(sents.len(), k.max(2)) {
        let rest = outside(sents, a, b);
        let m = train_with_history(&rest, None, None, &plain, opts, |_, _| {});
        for s in &sents[a..b] {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            plain.sentence(&toks, &mut sf);
            out.push(m.decode(&sf));
        }
    }
    out
}

/// Score `model` on `dev` the way it runs: sentence after sentence, each with the history
/// of the model's own earlier predictions when the model uses history.
pub fn evaluate(model: &Model, dev: &[Sentence], fx: &FeatureExtractor) -> Scores {
    let mut s = Scores::default();
    for (d, pred) in dev.iter().zip(predict(model, dev, fx)) {
        s.add(&d.tags, &pred);
    }
    s
}

/// Tag ids `model` gives each sentence of `sents`, tagged in order with document history.
pub fn predict(model: &Model, sents: &[Sentence], fx: &FeatureExtractor) -> Vec<Vec<u8>> {
    let mut sf = SentenceFeatures::default();
    let mut history = History::new(HISTORY_WINDOW);
    sents
        .iter()
        .map(|d| {
            let toks: Vec<&str> = d.tokens.iter().map(String::as_str).collect();
            fx.sentence_in(&toks, Some(&history), &mut sf);
            let pred = model.decode(&sf);
            if sf.stems.len() == pred.len() {
                history.push_stems(std::mem::take(&mut sf.stems), &pred);
            }
            pred
        })
        .collect()
}

/// [`train`] with given first-pass tags of the training sentences for history features.
pub fn train_with_history(
    train: &[Sentence],
    hist: Option<&[Vec<u8>]>,
    dev: Option<&[Sentence]>,
    fx: &FeatureExtractor,
    opts: &TrainOptions,
    mut on_epoch: impl FnMut(usize, Option<&Scores>),
) -> Model {
    let mut index = FxHashMap::default();
    let mut keys = Vec::new();
    if opts.min_count > 1 {
        // Only features seen `min_count` times take part: rare ones mostly memorise.
        let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
        let mut sf = SentenceFeatures::default();
        for s in train {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            fx.sentence(&toks, &mut sf);
            for &k in &sf.keys {
                *counts.entry(k).or_default() += 1;
            }
        }
        let mut kept: Vec<u64> = counts
            .into_iter()
            .filter(|&(_, c)| c >= opts.min_count)
            .map(|(k, _)| k)
            .collect();
        kept.sort_unstable();
        for k in kept {
            index.insert(k, keys.len() as u32);
            keys.push(k);
        }
    }
    let mut shared = Vec::new();
    let data = encode(
        train,
        fx,
        &mut index,
        &mut keys,
        &mut shared,
        opts.min_count <= 1,
        hist,
    );
    let history = hist.is_some();
    let dev_data = dev
        .filter(|_| !history)
        .map(|d| encode(d, fx, &mut index, &mut keys, &mut shared, false, None));
    shared.resize(keys.len(), false);
    // Scheme-specific copies only absorb the other scheme's conventions in training; tagging
    // never computes them, so their rows are zeroed and `from_parts` drops them.
    let shared_only = |mut w: Vec<f32>| {
        for (row, &keep) in w.chunks_mut(NUM_TAGS).zip(&shared) {
            if !keep {
                row.fill(0.0);
            }
        }
        w
    };
    let n = keys.len();
    // `opts.ensemble` perceptrons trained in lockstep on different shuffles; the model is
    // the mean of their averaged weights (less dependence on one visiting order).
    let runs = opts.ensemble.max(1);
    let mut rs: Vec<Run> = (0..runs)
        .map(|r| Run::new(n, data.len(), opts.seed.wrapping_add(r as u64 * 1_000_003)))
        .collect();
    let mut em = Vec::new();
    for epoch in 0..opts.epochs {
        for run in rs.iter_mut() {
            run.epoch(&data, opts, &mut em);
        }
        let combined = || mean_of(&rs);
        match (&dev_data, dev) {
            (_, Some(d)) if history => {
                let (aw, at) = combined();
                let m = Model::from_parts(fx.flags(), &keys, &shared_only(aw), at);
                on_epoch(epoch, Some(&evaluate(&m, d, fx)));
            }
            (Some(dd), _) => {
                let (aw, at) = combined();
                let mut s = Scores::default();
                for e in dd {
                    let pred = decode(e, &aw, &at, &mut em);
                    s.add(&e.gold, &pred);
                }
                on_epoch(epoch, Some(&s));
            }
            _ => on_epoch(epoch, None),
        }
    }
    let (aw, at) = mean_of(&rs);
    Model::from_parts(fx.flags(), &keys, &shared_only(aw), at)
}

/// Train on precomputed sentence features (e.g. a stacked second pass): `feats[j]` are
/// sentence `j`'s keys, `gold[j]` its tag ids. `flags` is stored in the model.
pub fn train_features(
    feats: &[SentenceFeatures],
    gold: &[Vec<u8>],
    flags: u32,
    opts: &TrainOptions,
) -> Model {
    let mut index: FxHashMap<u64, u32> = FxHashMap::default();
    let mut keys = Vec::new();
    let data: Vec<Encoded> = feats
        .iter()
        .zip(gold)
        .map(|(sf, g)| {
            let mut ids = Vec::with_capacity(sf.keys.len());
            let mut offsets = vec![0u32];
            for i in 0..sf.len() {
                for &k in sf.token(i) {
                    let id = *index.entry(k).or_insert_with(|| {
                        keys.push(k);
                        keys.len() as u32 - 1
                    });
                    ids.push(id);
                }
                offsets.push(ids.len() as u32);
            }
            Encoded {
                ids,
                offsets,
                gold: g.clone(),
            }
        })
        .collect();
    let runs = opts.ensemble.max(1);
    let mut rs: Vec<Run> = (0..runs)
        .map(|r| {
            Run::new(
                keys.len(),
                data.len(),
                opts.seed.wrapping_add(r as u64 * 1_000_003),
            )
        })
        .collect();
    let mut em = Vec::new();
    for _ in 0..opts.epochs {
        for run in rs.iter_mut() {
            run.epoch(&data, opts, &mut em);
        }
    }
    let (aw, at) = mean_of(&rs);
    Model::from_parts(flags, &keys, &aw, at)
}

/// One perceptron's state: weights, the sums for averaging, and its shuffle.
struct Run {
    w: Vec<f32>,
    u: Vec<f64>,
    trans: Transitions,
    tu: [[f64; NUM_TAGS]; NUM_TAGS + 1],
    c: f64,
    order: Vec<usize>,
    rng: Rng,
}

impl Run {
    fn new(n: usize, sentences: usize, seed: u64) -> Self {
        Run {
            w: vec![0f32; n * NUM_TAGS],
            u: vec![0f64; n * NUM_TAGS],
            trans: [[0.0; NUM_TAGS]; NUM_TAGS + 1],
            tu: [[0f64; NUM_TAGS]; NUM_TAGS + 1],
            c: 1.0,
            order: (0..sentences).collect(),
            rng: Rng::new(seed),
        }
    }

    fn epoch(&mut self, data: &[Encoded], opts: &TrainOptions, em: &mut Vec<[f32; NUM_TAGS]>) {
        for i in (1..self.order.len()).rev() {
            self.order.swap(i, self.rng.below(i + 1));
        }
        let drop = opts.dropout.clamp(0.0, 1.0) as f64;
        let mut masked = Encoded {
            ids: Vec::new(),
            offsets: Vec::new(),
            gold: Vec::new(),
        };
        for &si in &self.order {
            let e = if drop > 0.0 {
                // Feature dropout: each feature occurrence is hidden with probability
                // `drop` for this visit, so no single feature carries a decision alone.
                masked.ids.clear();
                masked.offsets.clear();
                masked.offsets.push(0);
                let src = &data[si];
                for i in 0..src.len() {
                    for &f in src.token(i) {
                        if self.rng.unit() >= drop {
                            masked.ids.push(f);
                        }
                    }
                    masked.offsets.push(masked.ids.len() as u32);
                }
                masked.gold.clone_from(&src.gold);
                &masked
            } else {
                &data[si]
            };
            let pred = decode(e, &self.w, &self.trans, em);
            if pred != e.gold {
                let step = match opts.pa_c {
                    Some(cap) => pa_step(e, &pred, em, &self.trans, cap),
                    None => 1.0,
                };
                let cs = self.c * step as f64;
                let mut pg = START;
                let mut pp = START;
                for (i, (&g, &p)) in e.gold.iter().zip(&pred).enumerate() {
                    let (g, p) = (g as usize, p as usize);
                    if g != p {
                        for &f in e.token(i) {
                            let at = f as usize * NUM_TAGS;
                            self.w[at + g] += step;
                            self.u[at + g] += cs;
                            self.w[at + p] -= step;
                            self.u[at + p] -= cs;
                        }
                    }
                    if (pg, g) != (pp, p) {
                        self.trans[pg][g] += step;
                        self.tu[pg][g] += cs;
                        self.trans[pp][p] -= step;
                        self.tu[pp][p] -= cs;
                    }
                    pg = g;
                    pp = p;
                }
            }
            self.c += 1.0;
        }
    }
}

/// Mean of the runs' averaged weights and transitions.
fn mean_of(rs: &[Run]) -> (Vec<f32>, Transitions) {
    let k = rs.len().max(1) as f32;
    let mut w = vec![0f32; rs.first().map_or(0, |r| r.w.len())];
    let mut t: Transitions = [[0.0; NUM_TAGS]; NUM_TAGS + 1];
    for r in rs {
        for (x, a) in w.iter_mut().zip(averaged(&r.w, &r.u, r.c)) {
            *x += a / k;
        }
        for (tr, ar) in t.iter_mut().zip(averaged_trans(&r.trans, &r.tu, r.c)) {
            for (x, a) in tr.iter_mut().zip(ar) {
                *x += a / k;
            }
        }
    }
    (w, t)
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_cover_every_item_in_bounds() {
        assert_eq!(
            folds(10, 4).collect::<Vec<_>>(),
            [(0, 3), (3, 6), (6, 9), (9, 10)]
        );
        // Regression: `--cv 7` on 10 sentences sliced past the end (fold 6 started at 12).
        for k in 1..=12 {
            let f: Vec<_> = folds(10, k).collect();
            assert_eq!(f.first().map(|x| x.0), Some(0), "k {k}");
            assert_eq!(f.last().map(|x| x.1), Some(10), "k {k}");
            assert!(
                f.windows(2).all(|w| w[0].1 == w[1].0 && w[0].0 < w[0].1),
                "k {k}"
            );
        }
        assert_eq!(folds(0, 5).count(), 0);
    }

    use super::*;
    use crate::lexicon::Resources;

    #[test]
    fn repair_turns_orphan_inside_into_begin() {
        // O I-PERS I-PERS O I-LOC B-ORG I-LOC
        let mut t = vec![0, 2, 2, 0, 6, 3, 6];
        repair_iob2(&mut t);
        assert_eq!(t, vec![0, 1, 2, 0, 5, 3, 5]);
        let mut e: Vec<u8> = vec![];
        repair_iob2(&mut e);
    }

    #[test]
    fn chunks_and_scores() {
        // B-PERS I-PERS O B-LOC B-LOC
        let gold = [1, 2, 0, 5, 5];
        assert_eq!(chunks(&gold), vec![(0, 2, 1), (3, 4, 3), (4, 5, 3)]);
        let pred = [1, 0, 0, 5, 5];
        let mut s = Scores::default();
        s.add(&gold, &pred);
        assert_eq!((s.correct[0], s.predicted[0], s.gold[0]), (2, 3, 3));
        let (p, r, f) = s.prf(0);
        assert!(
            (p - 2.0 / 3.0).abs() < 1e-9
                && (r - 2.0 / 3.0).abs() < 1e-9
                && (f - 2.0 / 3.0).abs() < 1e-9
        );
    }

    #[test]
    fn reads_conll_with_errors_located() {
        let s = read_conll("أ O\nب I-PERS\n\nج B-LOC\n".as_bytes(), "t").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tags, vec![0, 1]);
        let e = read_conll("أ O\nب X-FOO\n".as_bytes(), "f.txt")
            .unwrap_err()
            .to_string();
        assert!(e.contains("f.txt:2"), "{e}");
    }

    #[test]
    fn only_other_scheme_sentences_get_scheme_specific_feature_copies() {
        let r = Resources::default();
        let fx = FeatureExtractor::new(
            &r,
            crate::features::flags::ALL & !crate::features::flags::HISTORY,
        );
        let main = Sentence {
            tokens: vec!["قال".into(), "زيد".into()],
            tags: vec![0, 1],
            domain: 0,
        };
        let other = Sentence {
            domain: 1,
            ..main.clone()
        };
        let (mut index, mut keys) = (FxHashMap::default(), Vec::new());
        let mut shared = Vec::new();
        let e = encode(
            &[main, other],
            &fx,
            &mut index,
            &mut keys,
            &mut shared,
            true,
            None,
        );
        // Only the first half of the second sentence's ids are its own features.
        assert!(e[0].ids.iter().all(|&id| shared[id as usize]));
        let copies = &e[1].token(0)[e[0].token(0).len()..];
        assert!(copies
            .iter()
            .all(|&id| !shared.get(id as usize).copied().unwrap_or(false)));
        assert_eq!(e[1].ids.len(), 2 * e[0].ids.len());
        // The shared half is the same feature set.
        assert_eq!(e[1].token(0)[..e[0].token(0).len()], *e[0].token(0));
    }

    #[test]
    fn dropout_training_is_deterministic_and_still_learns() {
        let mk = |t: &[&str], g: &[u8]| Sentence {
            tokens: t.iter().map(|s| s.to_string()).collect(),
            tags: g.to_vec(),
            domain: 0,
        };
        let mut data = Vec::new();
        for (v, n) in [("قال", "زيد"), ("قال", "عمرو"), ("قال", "سعد")] {
            data.push(mk(&[v, n, "اليوم"], &[0, 1, 0]));
        }
        for n in ["بغداد", "دمشق", "حلب"] {
            data.push(mk(&["في", n, "امس"], &[0, 5, 0]));
        }
        let r = Resources::default();
        let fx = FeatureExtractor::new(&r, crate::features::flags::ALL);
        let opts = TrainOptions {
            epochs: 20,
            seed: 3,
            pa_c: None,
            min_count: 1,
            ensemble: 2,
            dropout: 0.3,
        };
        let a = train(&data, None, &fx, &opts, |_, _| {});
        let b = train(&data, None, &fx, &opts, |_, _| {});
        assert_eq!(a.to_bytes(), b.to_bytes(), "same seed, same model");
        let mut sf = SentenceFeatures::default();
        fx.sentence(&["قال", "خالد", "اليوم"], &mut sf);
        assert_eq!(a.decode(&sf), vec![0, 1, 0]);
        fx.sentence(&["في", "عمان", "امس"], &mut sf);
        assert_eq!(a.decode(&sf), vec![0, 5, 0]);
    }

    #[test]
    fn perceptron_learns_a_toy_pattern() {
        let mk = |t: &[&str], g: &[u8]| Sentence {
            tokens: t.iter().map(|s| s.to_string()).collect(),
            tags: g.to_vec(),
            domain: 0,
        };
        let data = vec![
            mk(&["قال", "زيد", "اليوم"], &[0, 1, 0]),
            mk(&["قال", "عمرو", "امس"], &[0, 1, 0]),
            mk(&["في", "بغداد", "اليوم"], &[0, 5, 0]),
            mk(&["في", "دمشق", "امس"], &[0, 5, 0]),
            mk(&["قال", "سعد", "امس"], &[0, 1, 0]),
            mk(&["في", "حلب", "اليوم"], &[0, 5, 0]),
        ];
        let r = Resources::default();
        let fx = FeatureExtractor::new(&r, crate::features::flags::ALL);
        let m = train(
            &data,
            Some(&data),
            &fx,
            &TrainOptions {
                epochs: 10,
                seed: 1,
                pa_c: None,
                min_count: 1,
                ensemble: 1,
                dropout: 0.0,
            },
            |_, _| {},
        );
        let mut sf = SentenceFeatures::default();
        fx.sentence(&["قال", "خالد", "اليوم"], &mut sf);
        assert_eq!(m.decode(&sf), vec![0, 1, 0]);
        fx.sentence(&["في", "عمان", "اليوم"], &mut sf);
        assert_eq!(m.decode(&sf), vec![0, 5, 0]);
    }
}
