//! Two-pass stacking with document context in both directions.
//!
//! A first-pass model tags every sentence of a document; the second-pass model then sees,
//! for each token, what the first pass said about it and its neighbours, which types the
//! first pass gave the same stem in the sentences before and after it (a window of
//! [`STACK_WINDOW`] sentences each way), and whether a span of the sentence matches a name
//! the first pass found elsewhere in the window (a document gazetteer, longest match).
//! The second pass is trained on jackknifed first-pass output, so its features look at
//! training time as they will at tagging time.

use rustc_hash::FxHashMap;

use crate::features::{flags, strip_proclitics, FeatureExtractor, SentenceFeatures};
use crate::lexicon::Clusters;
use crate::model::Model;
use crate::train::{chunks, predict, train, train_features, Sentence, TrainOptions};

/// Sentences the document context reaches each way.
pub const STACK_WINDOW: usize = 30;

/// Template ids of the stacking features (the range 170–189 is this module's).
mod t {
    pub const SELF: u8 = 170;
    pub const PREV: u8 = 171;
    pub const NEXT: u8 = 172;
    pub const TRI: u8 = 173;
    pub const BEFORE: u8 = 174;
    pub const AFTER: u8 = 175;
    pub const BOTH: u8 = 176;
    pub const SPAN: u8 = 177;
    pub const SPAN_SELF: u8 = 178;
    pub const OWN_SPAN: u8 = 179;
    pub const KINDS: u8 = 180;
}

use crate::features::key_num as key;

/// Stems of a sentence's tokens, computed as the features compute them.
pub fn stems(tokens: &[&str], clusters: &Clusters) -> Vec<Box<str>> {
    tokens
        .iter()
        .map(|tok| {
            let mut norm = rasd_text::normalize(tok).text;
            if norm.is_empty() {
                norm = (*tok).to_string();
            }
            Box::<str>::from(strip_proclitics(&norm, Some(clusters)).stem)
        })
        .collect()
}

/// Per-type counts (O, PERS, ORG, LOC, MISC) of strings over a sliding set of sentences.
#[derive(Debug, Default)]
struct Counter {
    map: FxHashMap<Box<str>, [u16; 5]>,
}

impl Counter {
    fn add(&mut self, k: &str, ty: u8, up: bool) {
        let ty = ty as usize % 5;
        if up {
            match self.map.get_mut(k) {
                Some(c) => c[ty] = c[ty].saturating_add(1),
                None => {
                    let mut c = [0u16; 5];
                    c[ty] = 1;
                    self.map.insert(k.into(), c);
                }
            }
        } else if let Some(c) = self.map.get_mut(k) {
            c[ty] = c[ty].saturating_sub(1);
            if c.iter().all(|&x| x == 0) {
                self.map.remove(k);
            }
        }
    }
    fn get(&self, k: &str) -> Option<&[u16; 5]> {
        self.map.get(k)
    }
}

/// Name strings (stems joined by a space) of the first pass's chunks in a sentence.
fn span_strings(stems: &[Box<str>], tags: &[u8]) -> Vec<(String, u8)> {
    chunks(tags)
        .into_iter()
        .filter(|&(s, e, _)| e <= stems.len() && s < e)
        .map(|(s, e, ty)| (join(&stems[s..e]), ty))
        .collect()
}

fn join(stems: &[Box<str>]) -> String {
    let mut k = String::new();
    for (i, s) in stems.iter().enumerate() {
        if i > 0 {
            k.push(' ');
        }
        k.push_str(s);
    }
    k
}

/// What a stem's counts say: 99 when only O was seen, else top type, count and whether O
/// dominates.
fn summary(c: &[u16; 5]) -> u64 {
    let ent: u16 = c[1..].iter().sum();
    if ent == 0 {
        return 99;
    }
    let (top, &n) = c[1..]
        .iter()
        .enumerate()
        .max_by_key(|&(i, v)| (*v, 4 - i))
        .unwrap_or((0, &0));
    (top as u64 + 1) * 8 + (n.min(3) as u64) * 2 + (c[0] > ent) as u64
}

fn top_type(c: &[u16; 5]) -> u64 {
    let ent: u16 = c[1..].iter().sum();
    if ent == 0 {
        return 0;
    }
    c[1..]
        .iter()
        .enumerate()
        .max_by_key(|&(i, v)| (*v, 4 - i))
        .map_or(0, |(i, _)| i as u64 + 1)
}

/// Stacking features of every token of every sentence of a document, from the first
/// pass's stems and tags: `out[j][i]` are the extra keys of token `i` of sentence `j`.
pub fn doc_features(
    stems: &[Vec<Box<str>>],
    tags: &[Vec<u8>],
    window: usize,
) -> Vec<Vec<Vec<u64>>> {
    let n = stems.len().min(tags.len());
    let spans: Vec<Vec<(String, u8)>> = (0..n).map(|j| span_strings(&stems[j], &tags[j])).collect();
    let mut before = Counter::default();
    let mut after = Counter::default();
    let mut span_c = Counter::default();
    let add_sent = |c: &mut Counter, j: usize, up: bool| {
        for (s, &tg) in stems[j].iter().zip(&tags[j]) {
            c.add(s, tg.div_ceil(2), up);
        }
    };
    let add_spans = |c: &mut Counter, j: usize, up: bool| {
        for (s, ty) in &spans[j] {
            c.add(s, *ty, up);
        }
    };
    // Spans over [j-window, j+window] minus sentence j; `after` over (j, j+window].
    for k in 1..=window.min(n.saturating_sub(1)) {
        add_sent(&mut after, k, true);
    }
    for k in 0..=window.min(n.saturating_sub(1)) {
        add_spans(&mut span_c, k, true);
    }
    let mut out = Vec::with_capacity(n);
    for j in 0..n {
        add_spans(&mut span_c, j, false);
        out.push(sentence_features(
            &stems[j], &tags[j], &before, &after, &span_c,
        ));
        add_spans(&mut span_c, j, true);
        // Slide: j joins `before`, j+1 leaves `after`, j+1+window joins.
        add_sent(&mut before, j, true);
        if j >= window {
            add_sent(&mut before, j - window, false);
            add_spans(&mut span_c, j - window, false);
        }
        if j + 1 < n {
            add_sent(&mut after, j + 1, false);
        }
        if j + 1 + window < n {
            add_sent(&mut after, j + 1 + window, true);
            add_spans(&mut span_c, j + 1 + window, true);
        }
    }
    out
}

fn sentence_features(
    stems: &[Box<str>],
    tags: &[u8],
    before: &Counter,
    after: &Counter,
    spans: &Counter,
) -> Vec<Vec<u64>> {
    let len = stems.len().min(tags.len());
    let tag = |i: isize| -> u64 {
        if i < 0 {
            9
        } else if (i as usize) < len {
            tags[i as usize] as u64
        } else {
            10
        }
    };
    let mut out: Vec<Vec<u64>> = vec![Vec::with_capacity(12); len];
    // Document gazetteer: longest match of the sentence's stems against names found
    // elsewhere in the window.
    let mut i = 0;
    while i < len {
        let mut hit = None;
        for e in (i + 1..=(i + 6).min(len)).rev() {
            if let Some(c) = spans.get(&join(&stems[i..e])) {
                let ty = top_type(c);
                if ty != 0 {
                    hit = Some((e, ty, c[ty as usize]));
                    break;
                }
            }
        }
        match hit {
            Some((e, ty, cnt)) => {
                for (k, o) in out[i..e].iter_mut().enumerate() {
                    let pos = (k > 0) as u64;
                    let v = ty * 8 + pos * 4 + cnt.min(3) as u64;
                    o.push(key(t::SPAN, v));
                    o.push(key(
                        t::SPAN_SELF,
                        (ty * 2 + pos) * 16 + tag((i + k) as isize),
                    ));
                }
                i = e;
            }
            None => i += 1,
        }
    }
    // The token's own first-pass span: found elsewhere, and as what?
    for (s, e, ty) in chunks(&tags[..len]) {
        let k = join(&stems[s..e]);
        let v = match spans.get(&k) {
            Some(c) => ty as u64 * 8 + top_type(c) * 2 + (c[ty as usize % 5] > 0) as u64,
            None => ty as u64 * 8 + 7,
        };
        for o in &mut out[s..e] {
            o.push(key(t::OWN_SPAN, v));
        }
    }
    for (i, o) in out.iter_mut().enumerate() {
        let ii = i as isize;
        o.push(key(t::SELF, tag(ii)));
        o.push(key(t::PREV, tag(ii - 1)));
        o.push(key(t::NEXT, tag(ii + 1)));
        o.push(key(t::TRI, tag(ii - 1) << 8 | tag(ii) << 4 | tag(ii + 1)));
        let b = before.get(&stems[i]);
        let a = after.get(&stems[i]);
        if let Some(c) = b {
            o.push(key(t::BEFORE, summary(c)));
        }
        if let Some(c) = a {
            o.push(key(t::AFTER, summary(c)));
        }
        if b.is_some() || a.is_some() {
            let mut c = [0u16; 5];
            for x in [b, a].into_iter().flatten() {
                for (y, z) in c.iter_mut().zip(x) {
                    *y = y.saturating_add(*z);
                }
            }
            let own = (tags[i].div_ceil(2)) as u64;
            o.push(key(t::BOTH, summary(&c) * 8 + own));
            let kinds = c[1..].iter().filter(|&&x| x > 0).count() as u64;
            o.push(key(t::KINDS, kinds));
        }
    }
    out
}

/// Append per-token extra keys to a sentence's features.
pub fn merge(sf: &SentenceFeatures, extra: &[Vec<u64>]) -> SentenceFeatures {
    let mut out = SentenceFeatures::default();
    out.offsets.push(0);
    for i in 0..sf.len() {
        out.keys.extend_from_slice(sf.token(i));
        if let Some(x) = extra.get(i) {
            out.keys.extend_from_slice(x);
        }
        out.offsets.push(out.keys.len() as u32);
    }
    out
}

/// Label the unlabelled mentions of names the first pass found: a span string tagged as
/// type X at least `min` times in the window (and never as another type) gets X wherever
/// it occurs untagged (all O) in the window, for the types in the bit mask `types`
/// (bit 0 PERS, 1 ORG, 2 LOC, 3 MISC). Returns the number of spans relabelled.
pub fn propagate(
    stems: &[Vec<Box<str>>],
    tags: &mut [Vec<u8>],
    window: usize,
    min: u16,
    types: u8,
) -> usize {
    let n = stems.len().min(tags.len());
    let spans: Vec<Vec<(String, u8)>> = (0..n).map(|j| span_strings(&stems[j], &tags[j])).collect();
    let mut changed = 0;
    for j in 0..n {
        let mut c = Counter::default();
        let lo = j.saturating_sub(window);
        for sent in &spans[lo..(j + window + 1).min(n)] {
            for (s, ty) in sent {
                c.add(s, *ty, true);
            }
        }
        let len = stems[j].len().min(tags[j].len());
        let mut i = 0;
        while i < len {
            let mut hit = None;
            for e in (i + 1..=(i + 6).min(len)).rev() {
                if tags[j][i..e].iter().any(|&x| x != 0) {
                    continue;
                }
                if let Some(cnt) = c.get(&join(&stems[j][i..e])) {
                    let ty = top_type(cnt);
                    let others: u16 = cnt[1..].iter().sum::<u16>() - cnt[ty as usize % 5];
                    let wanted = ty != 0 && types & (1 << (ty - 1)) != 0;
                    if wanted && cnt[ty as usize] >= min && others == 0 {
                        hit = Some((e, ty as u8));
                        break;
                    }
                }
            }
            match hit {
                Some((e, ty)) => {
                    let ok_after = tags[j].get(e).is_none_or(|&x| x == 0 || x % 2 == 1);
                    if ok_after {
                        tags[j][i] = ty * 2 - 1;
                        for x in &mut tags[j][i + 1..e] {
                            *x = ty * 2;
                        }
                        changed += 1;
                    }
                    i = e;
                }
                None => i += 1,
            }
        }
    }
    changed
}

/// A stacked tagger's two models.
#[derive(Debug, Clone)]
pub struct Stacked {
    /// The first pass (the plain feature set).
    pub first: Model,
    /// The second pass (plain features plus [`doc_features`]).
    pub second: Model,
}

/// Tokens of a sentence as `&str`s.
fn toks(s: &Sentence) -> Vec<&str> {
    s.tokens.iter().map(String::as_str).collect()
}

/// Second-pass features of every sentence of a document, given first-pass tags.
pub fn second_features(
    sents: &[Sentence],
    first_tags: &[Vec<u8>],
    fx: &FeatureExtractor,
    window: usize,
) -> Vec<SentenceFeatures> {
    let stems: Vec<Vec<Box<str>>> = sents
        .iter()
        .map(|s| stems(&toks(s), fx.clusters()))
        .collect();
    let extra = doc_features(&stems, first_tags, window);
    let mut sf = SentenceFeatures::default();
    sents
        .iter()
        .zip(&extra)
        .map(|(s, x)| {
            fx.sentence(&toks(s), &mut sf);
            merge(&sf, x)
        })
        .collect()
}

/// Train a stacked tagger: the first pass with `fx` (its o-penalty `first_penalty`), the
/// second on `k`-fold jackknifed first-pass tags of `sents`.
pub fn train_stacked(
    sents: &[Sentence],
    fx: &FeatureExtractor,
    opts: &TrainOptions,
    first_penalty: f32,
    window: usize,
    k: usize,
) -> Stacked {
    let mut jack: Vec<Vec<u8>> = Vec::with_capacity(sents.len());
    for (a, b) in crate::train::folds(sents.len(), k.max(2)) {
        let rest = crate::train::outside(sents, a, b);
        let m = train(&rest, None, fx, opts, |_, _| {}).with_o_penalty(first_penalty);
        jack.extend(predict(&m, &sents[a..b], fx));
    }
    let first = train(sents, None, fx, opts, |_, _| {}).with_o_penalty(first_penalty);
    let feats = second_features(sents, &jack, fx, window);
    let gold: Vec<Vec<u8>> = sents.iter().map(|s| s.tags.clone()).collect();
    let second = train_features(&feats, &gold, fx.flags() | flags::STACK, opts);
    Stacked { first, second }
}

impl Stacked {
    /// Tag a document: the first pass over every sentence, then the second.
    pub fn predict(
        &self,
        sents: &[Sentence],
        fx: &FeatureExtractor,
        window: usize,
    ) -> Vec<Vec<u8>> {
        let first = predict(&self.first, sents, fx);
        second_features(sents, &first, fx, window)
            .iter()
            .map(|sf| self.second.decode(sf))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(v: &[&str]) -> Vec<Box<str>> {
        v.iter().map(|s| Box::<str>::from(*s)).collect()
    }

    #[test]
    fn document_context_sees_both_directions() {
        let stems = vec![
            b(&["قال", "فواد", "حسين"]),
            b(&["ان", "حسين"]),
            b(&["فواد", "حسين", "زار"]),
        ];
        let tags = vec![vec![0, 1, 2], vec![0, 0], vec![0, 0, 0]];
        let f = doc_features(&stems, &tags, 30);
        assert_eq!(f.len(), 3);
        // Sentence 2's «فواد حسين» matches the span found in sentence 0.
        assert!(f[2][0].contains(&key(t::SPAN, 8 + 1)));
        assert!(f[2][1].contains(&key(t::SPAN, 8 + 4 + 1)));
        // Sentence 0's «حسين» sees only O after it; sentence 1's sees PERS before it.
        assert!(f[1][1]
            .iter()
            .any(|&k| k == key(t::BEFORE, summary(&[0, 1, 0, 0, 0]))));
        assert!(f[0][2]
            .iter()
            .any(|&k| k == key(t::AFTER, summary(&[2, 0, 0, 0, 0]))));
        // Window 0: no document context at all.
        let f0 = doc_features(&stems, &tags, 0);
        assert!(!f0[2][0].contains(&key(t::SPAN, 8 + 1)));
    }

    #[test]
    fn propagation_labels_other_mentions() {
        let stems = vec![b(&["قال", "فواد", "حسين"]), b(&["فواد", "حسين", "زار"])];
        let mut tags = vec![vec![0, 1, 2], vec![0, 0, 0]];
        assert_eq!(
            propagate(&stems, &mut tags, 30, 1, 0b10),
            0,
            "PERS not wanted"
        );
        assert_eq!(propagate(&stems, &mut tags, 30, 1, 0b1111), 1);
        assert_eq!(tags[1], vec![1, 2, 0]);
        let mut tags = vec![vec![0, 1, 2], vec![0, 0, 0]];
        assert_eq!(propagate(&stems, &mut tags, 30, 2, 0b1111), 0);
    }

    #[test]
    fn merge_appends_per_token() {
        let sf = SentenceFeatures {
            keys: vec![1, 2, 3],
            offsets: vec![0, 2, 3],
            stems: Vec::new(),
        };
        let m = merge(&sf, &[vec![9], vec![]]);
        assert_eq!(m.token(0), &[1, 2, 9]);
        assert_eq!(m.token(1), &[3]);
    }
}
