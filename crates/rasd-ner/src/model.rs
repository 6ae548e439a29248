//! The linear model: hashed feature weights per tag, tag-transition weights, Viterbi
//! decoding under IOB2 constraints, and a compact binary file format.

use crate::error::NerError;
use crate::features::SentenceFeatures;

/// Number of tags: O and B-/I- over PERS, ORG, LOC, MISC.
pub const NUM_TAGS: usize = 9;
/// Row of the transition table used for the sentence start.
pub const START: usize = NUM_TAGS;

/// Transition weights: `[previous tag or START][tag]`.
pub type Transitions = [[f32; NUM_TAGS]; NUM_TAGS + 1];

const MAGIC: &[u8; 8] = b"RASDNER\x01";

/// Whether tag `cur` may follow `prev` (or START) in IOB2: I-X only after B-X or I-X.
#[inline]
pub fn allowed(prev: usize, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    prev != START && prev != 0 && prev.div_ceil(2) == cur / 2
}

/// Best tag sequence for per-token tag scores under IOB2 constraints.
pub fn viterbi(emissions: &[[f32; NUM_TAGS]], trans: &Transitions) -> Vec<u8> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; NUM_TAGS]; n];
    let mut score = [f32::NEG_INFINITY; NUM_TAGS];
    for (t, s) in score.iter_mut().enumerate() {
        if allowed(START, t) {
            *s = trans[START][t] + emissions[0][t];
        }
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; NUM_TAGS];
        for (t, nx) in next.iter_mut().enumerate() {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for (p, &sp) in score.iter().enumerate() {
                if !allowed(p, t) {
                    continue;
                }
                let v = sp + trans[p][t];
                if v > best {
                    best = v;
                    arg = p as u8;
                }
            }
            *nx = best + emissions[i][t];
            back[i][t] = arg;
        }
        score = next;
    }
    let mut last = 0usize;
    for t in 1..NUM_TAGS {
        if score[t] > score[last] {
            last = t;
        }
    }
    let mut out = vec![0u8; n];
    out[n - 1] = last as u8;
    for i in (1..n).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
    out
}

/// One feature's weights in the open-addressing table: key and i16-quantised row, so a
/// lookup touches one cache line (the table is the hot spot of tagging).
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot {
    key: u64,
    row: [i16; NUM_TAGS],
}

/// Key 0 marks an empty slot; a real key 0 is stored as 1.
#[inline]
fn slot_key(k: u64) -> u64 {
    if k == 0 {
        1
    } else {
        k
    }
}

/// A trained tagger model.
#[derive(Debug, Clone)]
pub struct Model {
    flags: u32,
    /// Open addressing, linear probing, power-of-two size, load ≤ 1/2.
    table: Vec<Slot>,
    shift: u32,
    len: usize,
    /// Weight = quantised value × scale.
    scale: f32,
    trans: Transitions,
}

impl Model {
    /// Assemble a model from feature keys, their weight rows (`NUM_TAGS` per key, in key
    /// order) and transitions. Weights are quantised to i16; keys whose row quantises to
    /// all zeros are dropped.
    pub fn from_parts(flags: u32, keys: &[u64], weights: &[f32], trans: Transitions) -> Self {
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        let rows: Vec<(u64, [i16; NUM_TAGS])> = keys
            .iter()
            .zip(weights.chunks_exact(NUM_TAGS))
            .filter_map(|(&k, row)| {
                let mut q = [0i16; NUM_TAGS];
                for (q, w) in q.iter_mut().zip(row) {
                    *q = (w / scale).round().clamp(i16::MIN as f32, i16::MAX as f32) as i16;
                }
                q.iter().any(|&x| x != 0).then_some((k, q))
            })
            .collect();
        Self::from_rows(flags, scale, &rows, trans)
    }

    fn from_rows(
        flags: u32,
        scale: f32,
        rows: &[(u64, [i16; NUM_TAGS])],
        trans: Transitions,
    ) -> Self {
        let bits = (rows.len().max(1) * 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let mut m = Model {
            flags,
            table: vec![Slot::default(); 1 << bits],
            shift: 64 - bits,
            len: 0,
            scale,
            trans,
        };
        for (k, row) in rows {
            m.insert(*k, *row);
        }
        m
    }

    fn insert(&mut self, key: u64, row: [i16; NUM_TAGS]) {
        let key = slot_key(key);
        let mask = self.table.len() - 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            let s = &mut self.table[i];
            if s.key == 0 {
                *s = Slot { key, row };
                self.len += 1;
                return;
            }
            if s.key == key {
                s.row = row;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    fn get(&self, key: u64) -> Option<&[i16; NUM_TAGS]> {
        let key = slot_key(key);
        let mask = self.table.len() - 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            let s = self.table.get(i)?;
            if s.key == key {
                return Some(&s.row);
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Lower the score of tag O on every token by `penalty` (raise it when negative).
    ///
    /// Averaged perceptrons are precise but miss names; a constant push away from O, tuned
    /// by cross-validation, trades some precision for more recall. It is folded into the
    /// always-on bias feature's row, so the file format and tagging speed do not change.
    pub fn with_o_penalty(mut self, penalty: f32) -> Self {
        let key = crate::features::bias_key();
        let mut row = self.get(key).copied().unwrap_or([0; NUM_TAGS]);
        let q = (penalty / self.scale).round();
        row[0] = (row[0] as f32 - q).clamp(i16::MIN as f32, i16::MAX as f32) as i16;
        self.insert(key, row);
        self
    }

    /// Add `bias[t]` to the score of tag `t` on every token (folded into the bias row like
    /// [`Model::with_o_penalty`]).
    pub fn with_tag_bias(mut self, bias: &[f32; NUM_TAGS]) -> Self {
        let key = crate::features::bias_key();
        let mut row = self.get(key).copied().unwrap_or([0; NUM_TAGS]);
        for (r, b) in row.iter_mut().zip(bias) {
            let q = (b / self.scale).round();
            *r = (*r as f32 + q).clamp(i16::MIN as f32, i16::MAX as f32) as i16;
        }
        self.insert(key, row);
        self
    }

    /// Feature groups the model was trained with.
    pub fn flags(&self) -> u32 {
        self.flags
    }

    /// Number of features with weights.
    pub fn num_features(&self) -> usize {
        self.len
    }

    /// Best tag ids (see [`crate::Tag::from_id`]) for a sentence's features.
    pub fn decode(&self, feats: &SentenceFeatures) -> Vec<u8> {
        viterbi(&self.emissions(feats), &self.trans)
    }

    /// The transition weights.
    pub fn transitions(&self) -> &Transitions {
        &self.trans
    }

    /// Per-token tag scores of a sentence (what [`Model::decode`] runs Viterbi over).
    pub fn emissions(&self, feats: &SentenceFeatures) -> Vec<[f32; NUM_TAGS]> {
        let mut em = vec![[0f32; NUM_TAGS]; feats.len()];
        for (i, row) in em.iter_mut().enumerate() {
            let mut acc = [0i32; NUM_TAGS];
            for &k in feats.token(i) {
                if let Some(w) = self.get(k) {
                    for (a, &x) in acc.iter_mut().zip(w) {
                        *a += x as i32;
                    }
                }
            }
            for (r, a) in row.iter_mut().zip(acc) {
                *r = a as f32 * self.scale;
            }
        }
        em
    }

    /// Serialise: magic, flags, tag count, feature count, scale, transitions (f32), then the
    /// keys sorted (u64) and their rows as i16 (weight = q × scale). Little endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut entries: Vec<&Slot> = self.table.iter().filter(|s| s.key != 0).collect();
        entries.sort_unstable_by_key(|s| s.key);
        let mut out = Vec::with_capacity(24 + entries.len() * (8 + 2 * NUM_TAGS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.flags.to_le_bytes());
        out.extend_from_slice(&(NUM_TAGS as u32).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for row in &self.trans {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        for s in &entries {
            out.extend_from_slice(&s.key.to_le_bytes());
        }
        for s in &entries {
            for q in &s.row {
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        out
    }

    /// Deserialise what [`Model::to_bytes`] wrote; `what` names the source in errors.
    pub fn from_bytes(bytes: &[u8], what: &str) -> Result<Self, NerError> {
        let err = |msg: &str| NerError::Model {
            what: what.to_string(),
            msg: msg.to_string(),
        };
        let mut r = Reader { b: bytes, at: 0 };
        if r.take(8).ok_or_else(|| err("empty or truncated header"))? != MAGIC {
            return Err(err("not a rasd-ner model (bad magic)"));
        }
        let flags = r.u32().ok_or_else(|| err("truncated header"))?;
        let tags = r.u32().ok_or_else(|| err("truncated header"))?;
        if tags as usize != NUM_TAGS {
            return Err(err(&format!("has {tags} tags, expected {NUM_TAGS}")));
        }
        let n = r.u32().ok_or_else(|| err("truncated header"))? as usize;
        let scale = f32::from_bits(r.u32().ok_or_else(|| err("truncated header"))?);
        let mut trans = [[0f32; NUM_TAGS]; NUM_TAGS + 1];
        for row in trans.iter_mut() {
            for w in row.iter_mut() {
                *w = f32::from_bits(r.u32().ok_or_else(|| err("truncated transitions"))?);
            }
        }
        let need = n
            .checked_mul(8 + 2 * NUM_TAGS)
            .ok_or_else(|| err("feature count overflows"))?;
        if r.b.len() - r.at != need {
            return Err(err(&format!(
                "expected {need} bytes of features, found {}",
                r.b.len() - r.at
            )));
        }
        let keys = r.take(n * 8).ok_or_else(|| err("truncated keys"))?;
        let rows = r
            .take(n * 2 * NUM_TAGS)
            .ok_or_else(|| err("truncated weights"))?;
        let parsed: Vec<(u64, [i16; NUM_TAGS])> = keys
            .chunks_exact(8)
            .zip(rows.chunks_exact(2 * NUM_TAGS))
            .map(|(k, r)| {
                let mut a = [0u8; 8];
                a.copy_from_slice(k);
                let mut row = [0i16; NUM_TAGS];
                for (x, q) in row.iter_mut().zip(r.chunks_exact(2)) {
                    *x = i16::from_le_bytes([q[0], q[1]]);
                }
                (u64::from_le_bytes(a), row)
            })
            .collect();
        Ok(Self::from_rows(flags, scale, &parsed, trans))
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        let s = self.take(4)?;
        Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob2_constraints() {
        // O=0, B-PERS=1, I-PERS=2, B-ORG=3, I-ORG=4 …
        assert!(allowed(START, 1));
        assert!(!allowed(START, 2));
        assert!(allowed(1, 2));
        assert!(allowed(2, 2));
        assert!(!allowed(3, 2));
        assert!(!allowed(0, 4));
        assert!(allowed(3, 4));
        assert!(allowed(8, 0));
    }

    #[test]
    fn viterbi_never_emits_orphan_inside() {
        // Token 0 prefers I-PERS strongly, but it cannot start a sentence.
        let mut em = vec![[0f32; NUM_TAGS]; 2];
        em[0][2] = 10.0;
        em[0][1] = 1.0;
        em[1][2] = 5.0;
        let trans = [[0f32; NUM_TAGS]; NUM_TAGS + 1];
        assert_eq!(viterbi(&em, &trans), vec![1, 2]);
        assert!(viterbi(&[], &trans).is_empty());
    }

    #[test]
    fn o_penalty_moves_decisions_away_from_o() {
        let key = crate::features::bias_key();
        let mut w = vec![0f32; NUM_TAGS];
        w[0] = 1.0;
        w[1] = 0.5;
        let m = Model::from_parts(0, &[key], &w, [[0.0; NUM_TAGS]; NUM_TAGS + 1]);
        let feats = SentenceFeatures {
            keys: vec![key],
            offsets: vec![0, 1],
            stems: Vec::new(),
        };
        assert_eq!(m.decode(&feats), vec![0]);
        let m = m.with_o_penalty(0.75);
        assert_eq!(m.decode(&feats), vec![1]);
        // The penalty survives serialisation.
        let back = Model::from_bytes(&m.to_bytes(), "t").unwrap();
        assert_eq!(back.decode(&feats), vec![1]);
    }

    #[test]
    fn bytes_round_trip() {
        let mut trans = [[0f32; NUM_TAGS]; NUM_TAGS + 1];
        trans[START][1] = 0.5;
        let keys = [7u64, 3, 9];
        let mut w = vec![0f32; 3 * NUM_TAGS];
        w[0] = 1.0;
        w[NUM_TAGS + 2] = -2.0; // key 3; key 9 stays all zero and is dropped
        let m = Model::from_parts(5, &keys, &w, trans);
        assert_eq!(m.num_features(), 2);
        let b = m.to_bytes();
        let m2 = Model::from_bytes(&b, "t").unwrap();
        assert_eq!(m2.flags(), 5);
        assert_eq!(m2.num_features(), 2);
        assert_eq!(m2.trans[START][1], 0.5);
        let w = m2.get(3).unwrap()[2] as f32 * m2.scale;
        assert!((w + 2.0).abs() < 1e-3);
        assert!(m2.get(9).is_none() && m2.get(0).is_none());
        assert!(Model::from_bytes(&b[..b.len() - 1], "t").is_err());
        assert!(Model::from_bytes(b"nonsense", "t").is_err());
        assert!(Model::from_bytes(&[], "t").is_err());
    }
}
