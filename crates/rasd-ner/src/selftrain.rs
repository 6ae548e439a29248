//! Self-training over unlabelled news: per-token confidence of a first-pass tagger
//! (max-marginal margins), the statistics `rasd-corpus-labels` collects from its tags
//! (label fractions, pair continuations, entity contexts), and the entity-context
//! features they feed back (feature flag [`crate::features::flags::CTX`]).

use std::io::Write;

use rustc_hash::FxHashMap;

use crate::lexicon::CTX_FIELDS;
use crate::model::{allowed, Transitions, NUM_TAGS, START};

/// For every token, how far the best tag sequence's score lies above the best sequence that
/// gives this token another tag (max-marginal margin; 0 when tied, `f32::INFINITY` for a
/// one-tag lattice). Small margins mark tokens the tagger is unsure of.
pub fn margins(em: &[[f32; NUM_TAGS]], trans: &Transitions) -> Vec<f32> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    let neg = f32::NEG_INFINITY;
    // Forward: best score of a prefix ending in tag t at i (emission of i included).
    let mut fwd = vec![[neg; NUM_TAGS]; n];
    for t in 0..NUM_TAGS {
        if allowed(START, t) {
            fwd[0][t] = trans[START][t] + em[0][t];
        }
    }
    for i in 1..n {
        for t in 0..NUM_TAGS {
            let mut best = neg;
            for p in 0..NUM_TAGS {
                if allowed(p, t) && fwd[i - 1][p] > neg {
                    best = best.max(fwd[i - 1][p] + trans[p][t]);
                }
            }
            fwd[i][t] = best + em[i][t];
        }
    }
    // Backward: best score of the suffix after i given tag t at i.
    let mut bwd = vec![[0f32; NUM_TAGS]; n];
    for i in (0..n - 1).rev() {
        for t in 0..NUM_TAGS {
            let mut best = neg;
            for u in 0..NUM_TAGS {
                if allowed(t, u) {
                    best = best.max(trans[t][u] + em[i + 1][u] + bwd[i + 1][u]);
                }
            }
            bwd[i][t] = best;
        }
    }
    (0..n)
        .map(|i| {
            let (mut a, mut b) = (neg, neg);
            for t in 0..NUM_TAGS {
                let v = fwd[i][t] + bwd[i][t];
                if v > a {
                    b = a;
                    a = v;
                } else if v > b {
                    b = v;
                }
            }
            if b == neg {
                f32::INFINITY
            } else {
                a - b
            }
        })
        .collect()
}

/// Counts gathered from tagged corpus sentences.
#[derive(Debug, Default)]
pub struct CorpusCounts {
    /// Stem → occurrences tagged O, PERS, ORG, LOC, MISC.
    pub labels: FxHashMap<String, [u32; 5]>,
    /// «stem1 stem2» → [occurrences, times the second continued a name (I- tag)].
    pub pairs: FxHashMap<String, [u32; 2]>,
    /// Stem → [B- occurrences, I- occurrences, occurrences outside names, next word begins
    /// PERS/ORG/LOC/MISC (4), previous word ends PERS/ORG/LOC/MISC (4)].
    pub ctx: FxHashMap<String, [u32; 11]>,
    /// «stem1 … stemN» (2–4 words) → [occurrences, times tagged as one whole PERS, ORG,
    /// LOC, MISC name]; occurrences are counted by [`CorpusCounts::count_phrases`].
    pub phrases: FxHashMap<String, [u32; 5]>,
    /// Every sentence's stems as ids into `stem_names` (kept only when phrases are counted).
    sents: Vec<Vec<u32>>,
    stem_ids: FxHashMap<String, u32>,
    stem_names: Vec<String>,
    /// Tokens seen.
    pub tokens: usize,
    /// Tokens counted (confident enough).
    pub counted: usize,
}

impl CorpusCounts {
    /// Add one tagged sentence: `stems` its clitic-stripped stems, `tags` tag ids, `keep`
    /// whether each token is confident enough to count (its own label and, for pairs and
    /// contexts, its neighbours').
    pub fn add(&mut self, stems: &[&str], tags: &[u8], keep: &[bool], pairs: bool, ctx: bool) {
        let n = stems.len().min(tags.len()).min(keep.len());
        self.tokens += n;
        let mut key = String::new();
        for i in 0..n {
            if !keep[i] {
                continue;
            }
            self.counted += 1;
            let (stem, t) = (stems[i], tags[i]);
            let ty = t.div_ceil(2) as usize;
            bump(&mut self.labels, stem)[ty] += 1;
            if pairs && i > 0 && keep[i - 1] {
                key.clear();
                key.push_str(stems[i - 1]);
                key.push(' ');
                key.push_str(stem);
                let c = bump(&mut self.pairs, &key);
                c[0] += 1;
                c[1] += (t != 0 && t % 2 == 0) as u32;
            }
            if ctx {
                let c = bump(&mut self.ctx, stem);
                if t == 0 {
                    c[2] += 1;
                    if let Some(&nt) = tags.get(i + 1).filter(|_| keep.get(i + 1) == Some(&true)) {
                        if nt % 2 == 1 {
                            c[3 + (nt as usize - 1) / 2] += 1;
                        }
                    }
                    if i > 0 && keep[i - 1] && tags[i - 1] != 0 {
                        c[7 + (tags[i - 1] as usize - 1) / 2] += 1;
                    }
                } else if t % 2 == 1 {
                    c[0] += 1;
                } else {
                    c[1] += 1;
                }
            }
        }
    }

    /// Record the whole names of 2–4 words a tagged sentence holds (all tokens confident)
    /// and keep its stems for [`CorpusCounts::count_phrases`].
    pub fn add_phrases(&mut self, stems: &[&str], tags: &[u8], keep: &[bool]) {
        for (a, b, ty) in crate::train::chunks(tags) {
            if (2..=4).contains(&(b - a))
                && b <= stems.len()
                && keep.get(a..b).is_some_and(|k| k.iter().all(|&x| x))
            {
                let key = stems[a..b].join(" ");
                bump(&mut self.phrases, &key)[ty as usize] += 1;
            }
        }
        let ids = stems
            .iter()
            .map(|s| match self.stem_ids.get(*s) {
                Some(&id) => id,
                None => {
                    let id = self.stem_names.len() as u32;
                    self.stem_ids.insert(s.to_string(), id);
                    self.stem_names.push(s.to_string());
                    id
                }
            })
            .collect();
        self.sents.push(ids);
    }

    /// Count every occurrence of the recorded phrases in the kept sentences.
    pub fn count_phrases(&mut self) {
        let mut key = String::new();
        for s in &self.sents {
            for i in 0..s.len() {
                key.clear();
                key.push_str(&self.stem_names[s[i] as usize]);
                for n in 2..=4usize.min(s.len() - i) {
                    key.push(' ');
                    key.push_str(&self.stem_names[s[i + n - 1] as usize]);
                    if let Some(c) = self.phrases.get_mut(key.as_str()) {
                        c[0] += 1;
                    }
                }
            }
        }
        self.sents.clear();
    }

    /// Write the phrase table (`stem1 … stemN count PERS ORG LOC MISC`, tenths of the
    /// occurrences tagged as one whole name of that type) for phrases seen `min_count` times
    /// and ≥ 20% of them as one name.
    pub fn write_phrases(&self, w: &mut impl Write, min_count: u32) -> std::io::Result<()> {
        let mut rows: Vec<(&String, &[u32; 5])> = self
            .phrases
            .iter()
            .filter(|(k, c)| {
                !k.starts_with('#') && c[0] >= min_count && c[1..].iter().sum::<u32>() * 5 >= c[0]
            })
            .collect();
        rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
        writeln!(w, "# rasd-ner self-training phrases: 2-4 stems, count, tenths of occurrences tagged as one whole PERS ORG LOC MISC name")?;
        for (k, c) in rows {
            write_tenths(w, k, c[0], &c[1..])?;
        }
        Ok(())
    }

    /// Write the label-fraction table (`stem count PERS ORG LOC MISC`, tenths) for stems
    /// seen `min_count` times and ≥ 5% in names; `note` (if any) goes into the header.
    pub fn write_labels(
        &self,
        w: &mut impl Write,
        min_count: u32,
        note: &str,
    ) -> std::io::Result<()> {
        let mut rows: Vec<(&String, &[u32; 5])> = self
            .labels
            .iter()
            .filter(|(k, c)| {
                let total = c.iter().sum::<u32>();
                !k.starts_with('#')
                    && total >= min_count
                    && c[1..].iter().sum::<u32>() * 20 >= total
            })
            .collect();
        rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
        if note.is_empty() {
            writeln!(w, "# rasd-ner self-training label fractions: a first-pass model tagged {} tokens of unlabelled news;", self.tokens)?;
        } else {
            writeln!(w, "# rasd-ner self-training label fractions: a first-pass model tagged {} tokens of unlabelled news ({note});", self.tokens)?;
        }
        writeln!(w, "# stem count PERS ORG LOC MISC (tenths of occurrences), stems with >= {min_count} occurrences and >= 5% in names")?;
        for (stem, c) in rows {
            write_tenths(w, stem, c.iter().sum(), &c[1..])?;
        }
        Ok(())
    }

    /// Write the pair table (`stem1 stem2 count continuation-tenths`).
    pub fn write_pairs(&self, w: &mut impl Write, min_count: u32) -> std::io::Result<()> {
        let mut rows: Vec<(&String, &[u32; 2])> = self
            .pairs
            .iter()
            .filter(|(k, c)| !k.starts_with('#') && c[0] >= min_count && c[1] * 20 >= c[0])
            .collect();
        rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
        writeln!(w, "# rasd-ner self-training pairs: stem1 stem2, count, tenths of occurrences where the second continued a name")?;
        for (k, c) in rows {
            write_tenths(w, k, c[0], &c[1..])?;
        }
        Ok(())
    }

    /// Write the entity-context table (see [`crate::lexicon::CorpusLabels::with_ctx`]) for
    /// stems seen `min_count` times whose row says anything (some context ≥ 3%, or names).
    pub fn write_ctx(&self, w: &mut impl Write, min_count: u32) -> std::io::Result<()> {
        let mut rows: Vec<(&String, [u8; CTX_FIELDS], u32)> = Vec::new();
        for (k, c) in &self.ctx {
            let total = c[0] + c[1] + c[2];
            if k.starts_with('#') || total < min_count {
                continue;
            }
            let pct = |x: u32, of: u32| {
                if of == 0 {
                    0
                } else {
                    ((x as f64 * 100.0 / of as f64).round() as u32).min(100) as u8
                }
            };
            let mut f = [0u8; CTX_FIELDS];
            f[0] = pct(c[0], c[0] + c[1]);
            for j in 0..8 {
                f[1 + j] = pct(c[3 + j], c[2]);
            }
            if f[1..].iter().any(|&x| x >= 3) || c[0] + c[1] > 0 {
                rows.push((k, f, total));
            }
        }
        rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
        writeln!(w, "# rasd-ner self-training entity contexts: stem, count, % of name occurrences that begin a name,")?;
        writeln!(w, "# % of occurrences outside names followed by the start of PERS ORG LOC MISC, then preceded by the end of PERS ORG LOC MISC")?;
        for (k, f, total) in rows {
            write!(w, "{k}\t{total}")?;
            for x in f {
                write!(w, "\t{x}")?;
            }
            writeln!(w)?;
        }
        Ok(())
    }
}

fn bump<'a, const N: usize>(m: &'a mut FxHashMap<String, [u32; N]>, k: &str) -> &'a mut [u32; N] {
    if !m.contains_key(k) {
        m.insert(k.to_string(), [0; N]);
    }
    m.get_mut(k).expect("inserted above")
}

/// Bucket of a percentage for the context features.
#[inline]
fn pct_bucket(p: u8) -> u64 {
    match p {
        0..=2 => 0,
        3..=7 => 1,
        8..=14 => 2,
        15..=29 => 3,
        30..=49 => 4,
        50..=74 => 5,
        _ => 6,
    }
}

/// Template ids of the context features (120–139 belong to this module).
mod t {
    pub const PREV_NEXT: u8 = 120;
    pub const NEXT_PREV: u8 = 121;
    pub const B_SHARE: u8 = 122;
    pub const ME_NEXT: u8 = 123;
    pub const PREV_NONE: u8 = 124;
    pub const PHRASE: u8 = 125;
    pub const PHRASE_NEXT: u8 = 126;
}

/// Longest-match the phrase table over a sentence's stems: for every token inside a match
/// whose top type holds ≥ 4 tenths, `1 + (type × 2 + inside) × 11 + tenths` (0 elsewhere).
pub(crate) fn mark_phrases(labels: &crate::lexicon::CorpusLabels, stems: &[&str]) -> Vec<u8> {
    let mut out = vec![0u8; stems.len()];
    let mut key = String::new();
    let mut i = 0;
    while i < stems.len() {
        let mut hit = None;
        for n in (2..=4usize.min(stems.len() - i)).rev() {
            key.clear();
            key.push_str(stems[i]);
            for s in &stems[i + 1..i + n] {
                key.push(' ');
                key.push_str(s);
            }
            if let Some(f) = labels.phrase(&key) {
                let (ty, &v) = f
                    .iter()
                    .enumerate()
                    .max_by_key(|&(i, v)| (*v, 4 - i))
                    .unwrap_or((0, &0));
                if v >= 4 {
                    hit = Some((n, ty as u8, v));
                    break;
                }
            }
        }
        match hit {
            Some((n, ty, v)) => {
                for (k, o) in out[i..i + n].iter_mut().enumerate() {
                    *o = 1 + (ty * 2 + (k > 0) as u8) * 11 + v;
                }
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Phrase features of a token from [`mark_phrases`] marks of itself and the next token.
pub(crate) fn phrase_features(me: u8, next: u8, key: impl Fn(u8, u64) -> u64, keys: &mut Vec<u64>) {
    if me != 0 {
        keys.push(key(t::PHRASE, me as u64));
    }
    if next != 0 {
        keys.push(key(t::PHRASE_NEXT, next as u64));
    }
}

/// Entity-context features of a token from the stems' context rows (`prev`, `me`, `next`;
/// `None` outside the sentence or without a row) and whether `me` has label fractions.
pub(crate) fn ctx_features(
    prev: Option<&[u8; CTX_FIELDS]>,
    me: Option<&[u8; CTX_FIELDS]>,
    next: Option<&[u8; CTX_FIELDS]>,
    me_named: bool,
    key: impl Fn(u8, u64) -> u64,
    keys: &mut Vec<u64>,
) {
    // The previous word tends to precede names of type X («قال», «مدينة»).
    match prev {
        Some(f) => {
            for x in 0..4 {
                let b = pct_bucket(f[1 + x]);
                if b > 0 {
                    keys.push(key(t::PREV_NEXT, x as u64 * 8 + b));
                }
            }
        }
        None => keys.push(key(t::PREV_NONE, 0)),
    }
    // The next word tends to follow names of type X.
    if let Some(f) = next {
        for x in 0..4 {
            let b = pct_bucket(f[5 + x]);
            if b > 0 {
                keys.push(key(t::NEXT_PREV, x as u64 * 8 + b));
            }
        }
    }
    if let Some(f) = me {
        if me_named {
            keys.push(key(t::B_SHARE, f[0] as u64 / 10));
        }
        for x in 0..4 {
            let b = pct_bucket(f[1 + x]);
            if b > 0 {
                keys.push(key(t::ME_NEXT, x as u64 * 8 + b));
            }
        }
    }
}

/// One table row: `key`, `count`, then each of `parts` in tenths of `count` (rounded, ≤ 10).
fn write_tenths(w: &mut impl Write, key: &str, count: u32, parts: &[u32]) -> std::io::Result<()> {
    write!(w, "{key}\t{count}")?;
    for &x in parts {
        let t = ((x as f64 * 10.0 / count.max(1) as f64).round() as u32).min(10);
        write!(w, "\t{t}")?;
    }
    writeln!(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margins_match_brute_force_gap() {
        let trans: Transitions = [[0.0; NUM_TAGS]; NUM_TAGS + 1];
        let mut em = vec![[0f32; NUM_TAGS]; 3];
        em[0][1] = 5.0; // B-PERS clearly
        em[1][2] = 1.0; // I-PERS slightly over O (0)
        em[2][0] = 3.0;
        let m = margins(&em, &trans);
        assert_eq!(m.len(), 3);
        // Token 0 not B-PERS: token 1 cannot be I-PERS either, 0 + 0 + 3 against 9.
        assert!((m[0] - 6.0).abs() < 1e-4, "{m:?}");
        assert!((m[1] - 1.0).abs() < 1e-4, "{m:?}");
        assert!((m[2] - 3.0).abs() < 1e-4, "{m:?}");
        assert!(margins(&[], &trans).is_empty());
    }

    #[test]
    fn counts_contexts_and_skips_unsure_tokens() {
        let mut c = CorpusCounts::default();
        // قال فواد حسين امس : O B-PERS I-PERS O
        c.add(
            &["قال", "فواد", "حسين", "امس"],
            &[0, 1, 2, 0],
            &[true; 4],
            true,
            true,
        );
        assert_eq!(c.labels["فواد"], [0, 1, 0, 0, 0]);
        assert_eq!(c.pairs["فواد حسين"], [1, 1]);
        assert_eq!(c.ctx["قال"][2..4], [1, 1]);
        assert_eq!(c.ctx["امس"][7], 1);
        assert_eq!(c.ctx["حسين"][1], 1);
        c.add(&["قال", "زيد"], &[0, 1], &[true, false], true, true);
        assert_eq!(c.counted, 5);
        assert_eq!(c.ctx["قال"][2..4], [2, 1]);
        assert!(!c.labels.contains_key("زيد"));
        let mut out = Vec::new();
        c.write_ctx(&mut out, 1).unwrap();
        let txt = String::from_utf8(out).unwrap();
        let l = crate::lexicon::CorpusLabels::default()
            .with_ctx(&txt, "x")
            .unwrap();
        assert_eq!(l.ctx("قال").map(|f| f[1]), Some(50));
        let mut out = Vec::new();
        c.write_labels(&mut out, 1, "t").unwrap();
        let l = crate::lexicon::CorpusLabels::parse(&String::from_utf8(out).unwrap(), "x").unwrap();
        assert_eq!(l.get("فواد"), Some(&[10, 0, 0, 0]));
    }

    #[test]
    fn phrases_counted_and_matched() {
        let mut c = CorpusCounts::default();
        let s = ["فاز", "مغرب", "فاسي", "امس"];
        c.add_phrases(&s, &[0, 3, 4, 0], &[true; 4]);
        c.add_phrases(&s, &[0, 5, 0, 0], &[true; 4]);
        c.count_phrases();
        assert_eq!(c.phrases["مغرب فاسي"], [2, 0, 1, 0, 0]);
        let mut out = Vec::new();
        c.write_phrases(&mut out, 1).unwrap();
        let l = crate::lexicon::CorpusLabels::default()
            .with_phrases(&String::from_utf8(out).unwrap(), "p")
            .unwrap();
        assert_eq!(l.phrase("مغرب فاسي"), Some(&[0, 5, 0, 0]));
        // ORG (type 1) at 5 tenths: B then inside.
        assert_eq!(
            mark_phrases(&l, &s),
            vec![0, 1 + 2 * 11 + 5, 1 + 3 * 11 + 5, 0]
        );
        assert_eq!(mark_phrases(&l, &["مغرب"]), vec![0]);
    }

    #[test]
    fn context_features_fire_on_triggers() {
        let key = |t: u8, n: u64| (t as u64) << 32 | n;
        let mut keys = Vec::new();
        let qal = [0, 30, 2, 1, 0, 0, 0, 0, 0];
        ctx_features(Some(&qal), None, None, false, key, &mut keys);
        assert_eq!(keys, vec![key(120, 4)]);
        keys.clear();
        ctx_features(None, None, None, false, key, &mut keys);
        assert_eq!(keys, vec![key(124, 0)]);
    }
}
