//! Word clusters from unlabelled text: skip-gram embeddings with negative sampling
//! (word2vec), then k-means at several granularities.
//!
//! Names are rare in labelled data; clusters let the tagger generalise from «بغداد» to
//! «الموصل» because both occur in similar contexts in millions of words of news. The
//! learner is single-threaded for the embeddings so that a fixed seed gives the same file;
//! k-means assignment is split over threads, which does not change its result.

use rustc_hash::FxHashMap;

/// Settings of one learning run.
#[derive(Debug, Clone)]
pub struct LearnOptions {
    /// Words seen fewer times are dropped.
    pub min_count: u32,
    /// At most this many words (the most frequent) are kept.
    pub max_words: usize,
    /// Embedding dimension.
    pub dim: usize,
    /// Maximum context window on each side.
    pub window: usize,
    /// Negative samples per context word.
    pub negative: usize,
    /// Passes over the corpus.
    pub epochs: usize,
    /// Initial learning rate (decays linearly to ~0).
    pub alpha: f32,
    /// Sub-sampling threshold for frequent words.
    pub sample: f64,
    /// Cluster counts, coarse first.
    pub ks: Vec<usize>,
    /// k-means iterations.
    pub kmeans_iters: usize,
    /// Seed of every random choice.
    pub seed: u64,
    /// Threads for k-means assignment.
    pub threads: usize,
}

impl Default for LearnOptions {
    fn default() -> Self {
        LearnOptions {
            min_count: 5,
            max_words: 150_000,
            dim: 64,
            window: 5,
            negative: 5,
            epochs: 3,
            alpha: 0.025,
            sample: 1e-4,
            ks: vec![64, 256, 1024],
            kmeans_iters: 12,
            seed: 20240607,
            threads: 2,
        }
    }
}

/// Small deterministic PRNG (SplitMix64), enough for sampling and shuffling.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    /// Next 64 random bits.
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    #[inline]
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }
    /// Uniform in `[0, 1)`.
    #[inline]
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A vocabulary: words by descending frequency.
#[derive(Debug, Clone, Default)]
pub struct Vocab {
    /// The words.
    pub words: Vec<String>,
    /// Their counts.
    pub counts: Vec<u32>,
    index: FxHashMap<String, u32>,
}

impl Vocab {
    /// Keep words with `count >= min_count`, the `max_words` most frequent (ties by word).
    pub fn build(counts: FxHashMap<String, u32>, min_count: u32, max_words: usize) -> Self {
        let mut all: Vec<(String, u32)> = counts
            .into_iter()
            .filter(|(_, c)| *c >= min_count)
            .collect();
        all.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        all.truncate(max_words);
        let mut v = Vocab::default();
        for (i, (w, c)) in all.into_iter().enumerate() {
            v.index.insert(w.clone(), i as u32);
            v.words.push(w);
            v.counts.push(c);
        }
        v
    }
    /// Id of a word.
    pub fn id(&self, w: &str) -> Option<u32> {
        self.index.get(w).copied()
    }
    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }
    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Call `on_text` with the `text` field of every line of the given JSON Lines corpus files, in
/// order; a line that is not a JSON object with a string `text` is skipped and reported to
/// `on_skip` as `file:line: why`. Only unreadable files stop the walk.
pub fn for_each_corpus_text(
    paths: &[String],
    mut on_text: impl FnMut(&str),
    mut on_skip: impl FnMut(String),
) -> Result<(), crate::error::NerError> {
    use crate::error::NerError;
    use std::io::BufRead;
    for path in paths {
        let f = std::fs::File::open(path).map_err(|e| NerError::io(path.clone(), e))?;
        for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
            let line = line.map_err(|e| NerError::io(format!("{path}:{}", n + 1), e))?;
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<serde_json::Value>(&line) {
                Ok(v) => match v.get("text").and_then(|t| t.as_str()) {
                    Some(text) => on_text(text),
                    None => on_skip(format!("{path}:{}: skipped, no text field", n + 1)),
                },
                Err(e) => on_skip(format!("{path}:{}: skipped, not JSON: {e}", n + 1)),
            }
        }
    }
    Ok(())
}

/// Normalise and tokenise one text into sentences of normalised tokens.
pub fn corpus_sentences(text: &str) -> Vec<Vec<String>> {
    let norm = rasd_text::normalize(text).text;
    crate::tokenize::sentences(&norm)
        .into_iter()
        .map(|s| s.into_iter().map(|t| t.text.to_string()).collect())
        .collect()
}

#[inline]
fn sigmoid(x: f32) -> f32 {
    if x > 8.0 {
        1.0
    } else if x < -8.0 {
        0.0
    } else {
        1.0 / (1.0 + (-x).exp())
    }
}

#[inline]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Train skip-gram embeddings on sentences of word ids; returns `vocab.len() × dim` floats.
pub fn skipgram(
    sents: &[Vec<u32>],
    vocab: &Vocab,
    o: &LearnOptions,
    mut progress: impl FnMut(usize, f64),
) -> Vec<f32> {
    let (v, d) = (vocab.len(), o.dim);
    let mut rng = Rng::new(o.seed);
    let mut syn0: Vec<f32> = (0..v * d)
        .map(|_| (rng.unit() as f32 - 0.5) / d as f32)
        .collect();
    let mut syn1 = vec![0f32; v * d];
    // Unigram^0.75 table for negatives.
    let table_size = 10_000_000usize.min(v.max(1) * 100);
    let mut table = Vec::with_capacity(table_size);
    let total_pow: f64 = vocab.counts.iter().map(|&c| (c as f64).powf(0.75)).sum();
    let mut cum = 0f64;
    for (i, &c) in vocab.counts.iter().enumerate() {
        cum += (c as f64).powf(0.75) / total_pow;
        while (table.len() as f64) < cum * table_size as f64 && table.len() < table_size {
            table.push(i as u32);
        }
    }
    while table.len() < table_size {
        table.push(v.saturating_sub(1) as u32);
    }
    let total_words: u64 = vocab.counts.iter().map(|&c| c as u64).sum();
    let keep_prob: Vec<f64> = vocab
        .counts
        .iter()
        .map(|&c| {
            let f = c as f64 / total_words as f64;
            ((o.sample / f).sqrt() + o.sample / f).min(1.0)
        })
        .collect();
    let corpus_len: usize = sents.iter().map(Vec::len).sum();
    let total_steps = (corpus_len * o.epochs).max(1) as f64;
    let mut done = 0usize;
    let mut grad = vec![0f32; d];
    let mut kept: Vec<u32> = Vec::new();
    for epoch in 0..o.epochs {
        for s in sents {
            kept.clear();
            kept.extend(
                s.iter()
                    .copied()
                    .filter(|&w| rng.unit() < keep_prob[w as usize]),
            );
            done += s.len();
            let alpha = (o.alpha * (1.0 - done as f64 / total_steps) as f32).max(o.alpha * 1e-4);
            for (i, &center) in kept.iter().enumerate() {
                let b = 1 + rng.below(o.window);
                let lo = i.saturating_sub(b);
                let hi = (i + b + 1).min(kept.len());
                for (j, &ctx) in kept.iter().enumerate().take(hi).skip(lo) {
                    if j == i {
                        continue;
                    }
                    let ci = ctx as usize * d;
                    grad.iter_mut().for_each(|g| *g = 0.0);
                    for n in 0..=o.negative {
                        let (target, label) = if n == 0 {
                            (center, 1.0)
                        } else {
                            let t = table[rng.below(table.len())];
                            if t == center {
                                continue;
                            }
                            (t, 0.0)
                        };
                        let ti = target as usize * d;
                        let f = dot(&syn0[ci..ci + d], &syn1[ti..ti + d]);
                        let g = (label - sigmoid(f)) * alpha;
                        for k in 0..d {
                            grad[k] += g * syn1[ti + k];
                        }
                        let (a, out) = (&syn0[ci..ci + d], &mut syn1[ti..ti + d]);
                        for k in 0..d {
                            out[k] += g * a[k];
                        }
                    }
                    for (x, g) in syn0[ci..ci + d].iter_mut().zip(&grad) {
                        *x += g;
                    }
                }
            }
        }
        progress(epoch, done as f64 / total_steps);
    }
    syn0
}

/// Scale each row of `vecs` (`dim` wide) to unit length.
pub fn normalise_rows(vecs: &mut [f32], dim: usize) {
    for row in vecs.chunks_exact_mut(dim) {
        let n = dot(row, row).sqrt();
        if n > 0.0 {
            row.iter_mut().for_each(|x| *x /= n);
        }
    }
}

/// Spherical k-means (cosine): cluster id of each row. Deterministic for a seed.
pub fn kmeans(
    vecs: &[f32],
    dim: usize,
    k: usize,
    iters: usize,
    seed: u64,
    threads: usize,
) -> Vec<u16> {
    let n = vecs.len() / dim;
    if n == 0 || k == 0 {
        return vec![0; n];
    }
    let k = k.min(n).min(u16::MAX as usize);
    let mut rng = Rng::new(seed);
    // Initial centres: k distinct rows, chosen at random.
    let mut order: Vec<usize> = (0..n).collect();
    for i in 0..k {
        let j = i + rng.below(n - i);
        order.swap(i, j);
    }
    let mut centres: Vec<f32> = order[..k]
        .iter()
        .flat_map(|&r| vecs[r * dim..(r + 1) * dim].iter().copied())
        .collect();
    let mut assign = vec![0u16; n];
    let threads = threads.max(1);
    for _ in 0..iters {
        let chunk = n.div_ceil(threads);
        std::thread::scope(|s| {
            for (t, out) in assign.chunks_mut(chunk).enumerate() {
                let centres = &centres;
                s.spawn(move || {
                    for (i, a) in out.iter_mut().enumerate() {
                        let r = t * chunk + i;
                        let row = &vecs[r * dim..(r + 1) * dim];
                        let mut best = f32::NEG_INFINITY;
                        let mut arg = 0usize;
                        for (c, cv) in centres.chunks_exact(dim).enumerate() {
                            let v = dot(row, cv);
                            if v > best {
                                best = v;
                                arg = c;
                            }
                        }
                        *a = arg as u16;
                    }
                });
            }
        });
        let mut sums = vec![0f32; k * dim];
        let mut sizes = vec![0usize; k];
        for (r, &a) in assign.iter().enumerate() {
            sizes[a as usize] += 1;
            for (s, x) in sums[a as usize * dim..(a as usize + 1) * dim]
                .iter_mut()
                .zip(&vecs[r * dim..(r + 1) * dim])
            {
                *s += x;
            }
        }
        for c in 0..k {
            if sizes[c] == 0 {
                // Re-seed an empty cluster with a random row.
                let r = rng.below(n);
                sums[c * dim..(c + 1) * dim].copy_from_slice(&vecs[r * dim..(r + 1) * dim]);
            }
        }
        normalise_rows(&mut sums, dim);
        centres = sums;
    }
    assign
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic_and_bounded() {
        let (mut a, mut b) = (Rng::new(1), Rng::new(1));
        for _ in 0..100 {
            let x = a.below(7);
            assert_eq!(x, b.below(7));
            assert!(x < 7);
        }
    }

    #[test]
    fn vocab_orders_by_count_then_word() {
        let mut c = FxHashMap::default();
        c.insert("b".to_string(), 5);
        c.insert("a".to_string(), 5);
        c.insert("z".to_string(), 9);
        c.insert("rare".to_string(), 1);
        let v = Vocab::build(c, 2, 10);
        assert_eq!(v.words, vec!["z", "a", "b"]);
        assert_eq!(v.id("a"), Some(1));
        assert_eq!(v.id("rare"), None);
    }

    #[test]
    fn kmeans_separates_two_groups() {
        let vecs = [1.0, 0.0, 0.9, 0.1, 0.0, 1.0, 0.1, 0.9];
        let a = kmeans(&vecs, 2, 2, 5, 3, 2);
        assert_eq!(a[0], a[1]);
        assert_eq!(a[2], a[3]);
        assert_ne!(a[0], a[2]);
    }

    #[test]
    fn skipgram_puts_shared_contexts_close() {
        // "x" and "y" share contexts; "z" lives elsewhere.
        let mut counts = FxHashMap::default();
        let words = ["a", "b", "x", "y", "c", "d", "z"];
        for w in words {
            counts.insert(w.to_string(), 100);
        }
        let v = Vocab::build(counts, 1, 100);
        let id = |w: &str| v.id(w).unwrap();
        let mut sents = Vec::new();
        for i in 0..300 {
            let mid = if i % 2 == 0 { "x" } else { "y" };
            sents.push(vec![id("a"), id(mid), id("b")]);
            sents.push(vec![id("c"), id("z"), id("d")]);
        }
        let o = LearnOptions {
            dim: 8,
            epochs: 5,
            sample: 1.0,
            window: 1,
            ..LearnOptions::default()
        };
        let mut e = skipgram(&sents, &v, &o, |_, _| {});
        normalise_rows(&mut e, 8);
        let row = |w: &str| &e[id(w) as usize * 8..(id(w) as usize + 1) * 8];
        assert!(dot(row("x"), row("y")) > dot(row("x"), row("z")));
    }
}
