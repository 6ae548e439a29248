//! Lookup structures that keep the recogniser linear in the article's length.
//!
//! The rules ask questions like "the longest PER mention that starts at token i", "the latest
//! mention of entity e before token t" or "is token i inside a quote already found". Answering
//! them by scanning every mention or every quote made a long article quadratic; these indexes
//! answer them by binary search over lists sorted once.

use std::collections::BTreeMap;

/// A mention's token range and its position in the recogniser's mention list.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MentRef {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// Index into the mention list (ties are broken by it, as a scan in list order would).
    pub idx: usize,
}

/// Mentions sorted by start and by end.
#[derive(Debug, Default)]
pub(crate) struct MentionIndex {
    /// Sorted by `(a, idx)`.
    pub by_start: Vec<MentRef>,
    /// Sorted by `(b, idx)`.
    pub by_end: Vec<MentRef>,
    /// The longest mention, in tokens.
    pub max_len: usize,
}

impl MentionIndex {
    /// Index mentions given as `(a, b)` token ranges in list order.
    pub fn new(ments: impl Iterator<Item = (usize, usize)>) -> MentionIndex {
        let mut by_start: Vec<MentRef> = ments
            .enumerate()
            .map(|(idx, (a, b))| MentRef { a, b, idx })
            .collect();
        let max_len = by_start
            .iter()
            .map(|m| m.b.saturating_sub(m.a))
            .max()
            .unwrap_or(0);
        let mut by_end = by_start.clone();
        by_start.sort_by_key(|m| (m.a, m.idx));
        by_end.sort_by_key(|m| (m.b, m.idx));
        MentionIndex {
            by_start,
            by_end,
            max_len,
        }
    }

    /// Mentions starting at token `a`, in list order.
    pub fn starting_at(&self, a: usize) -> &[MentRef] {
        let lo = self.by_start.partition_point(|m| m.a < a);
        let hi = self.by_start.partition_point(|m| m.a <= a);
        self.by_start.get(lo..hi).unwrap_or(&[])
    }

    /// Mentions ending at token `b` (exclusive), in list order.
    pub fn ending_at(&self, b: usize) -> &[MentRef] {
        let lo = self.by_end.partition_point(|m| m.b < b);
        let hi = self.by_end.partition_point(|m| m.b <= b);
        self.by_end.get(lo..hi).unwrap_or(&[])
    }

    /// Mentions that cover the token range `[a, b)` (start at or before `a`, end at or after
    /// `b`), in start order.
    pub fn covering(&self, a: usize, b: usize) -> impl Iterator<Item = &MentRef> {
        let lo = self
            .by_start
            .partition_point(|m| m.a < b.saturating_sub(self.max_len));
        let hi = self.by_start.partition_point(|m| m.a <= a);
        self.by_start
            .get(lo..hi)
            .unwrap_or(&[])
            .iter()
            .filter(move |m| m.b >= b)
    }
}

/// The union of token ranges, kept as disjoint ranges (touching ones merged), for "is this
/// token inside a range" in logarithmic time.
#[derive(Debug, Default)]
pub(crate) struct Covered {
    /// Start → end (exclusive) of each disjoint range.
    ranges: BTreeMap<usize, usize>,
}

impl Covered {
    /// Add the range `[a, b)`; empty ranges cover nothing.
    pub fn insert(&mut self, a: usize, b: usize) {
        if b <= a {
            return;
        }
        let (mut a, mut b) = (a, b);
        // Merge with a range that starts before and reaches `a`.
        if let Some((&s, &e)) = self.ranges.range(..=a).next_back() {
            if e >= a {
                a = s;
                b = b.max(e);
            }
        }
        // Absorb every range that starts within `[a, b]`.
        let inside: Vec<(usize, usize)> = self.ranges.range(a..=b).map(|(&s, &e)| (s, e)).collect();
        for (s, e) in inside {
            self.ranges.remove(&s);
            b = b.max(e);
        }
        self.ranges.insert(a, b);
    }

    /// The range that contains token `i`.
    pub fn containing(&self, i: usize) -> Option<(usize, usize)> {
        self.ranges
            .range(..=i)
            .next_back()
            .filter(|(_, &e)| i < e)
            .map(|(&s, &e)| (s, e))
    }

    /// Whether some range meets `[a, b)` (`a < b`).
    pub fn meets(&self, a: usize, b: usize) -> bool {
        a < b
            && self
                .ranges
                .range(..b)
                .next_back()
                .is_some_and(|(_, &e)| e > a)
    }
}

/// Prefix maxima over positions with point updates (a Fenwick tree): "the largest value
/// stored at a position up to `x`".
#[derive(Debug)]
pub(crate) struct PrefixMax {
    tree: Vec<Option<usize>>,
}

impl PrefixMax {
    /// Positions `0..n`.
    pub fn new(n: usize) -> PrefixMax {
        PrefixMax {
            tree: vec![None; n],
        }
    }

    /// Store `v` at position `pos` (kept if larger than what is there); positions out of range
    /// are clamped to the last one, which only matters for queries that reach it.
    pub fn insert(&mut self, pos: usize, v: usize) {
        let mut i = pos.min(self.tree.len().saturating_sub(1));
        while let Some(slot) = self.tree.get_mut(i) {
            *slot = Some(slot.map_or(v, |o| o.max(v)));
            i |= i + 1;
        }
    }

    /// The largest value stored at a position `<= x`.
    pub fn max_upto(&self, x: usize) -> Option<usize> {
        let mut best: Option<usize> = None;
        let mut i = x.min(self.tree.len().saturating_sub(1)) + 1;
        if self.tree.is_empty() {
            return None;
        }
        while i > 0 {
            if let Some(v) = self.tree.get(i - 1).copied().flatten() {
                best = Some(best.map_or(v, |b| b.max(v)));
            }
            i &= i - 1;
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The merged ranges answer exactly as a scan over the raw ranges does.
        #[test]
        fn covered_agrees_with_a_scan(
            ranges in proptest::collection::vec((0usize..60, 0usize..12), 0..20),
            probes in proptest::collection::vec((0usize..80, 1usize..10), 1..20),
        ) {
            let mut c = Covered::default();
            let raw: Vec<(usize, usize)> = ranges.iter().map(|&(a, l)| (a, a + l)).collect();
            for &(a, b) in &raw {
                c.insert(a, b);
            }
            for &(i, l) in &probes {
                let inside = raw.iter().any(|&(a, b)| a <= i && i < b);
                prop_assert_eq!(c.containing(i).is_some(), inside);
                let meets = raw.iter().any(|&(a, b)| a < b && a < i + l && b > i);
                prop_assert_eq!(c.meets(i, i + l), meets);
            }
        }

        /// Prefix maxima agree with a scan.
        #[test]
        fn prefix_max_agrees_with_a_scan(
            items in proptest::collection::vec((0usize..30, 0usize..100), 0..30),
            probes in proptest::collection::vec(0usize..30, 1..10),
        ) {
            let mut t = PrefixMax::new(30);
            for &(p, v) in &items {
                t.insert(p, v);
            }
            for &x in &probes {
                let want = items.iter().filter(|&&(p, _)| p <= x).map(|&(_, v)| v).max();
                prop_assert_eq!(t.max_upto(x), want);
            }
        }

        /// `covering`, `starting_at` and `ending_at` find what a scan finds, in list order.
        #[test]
        fn mention_index_agrees_with_a_scan(
            ments in proptest::collection::vec((0usize..40, 1usize..6), 0..25),
            (a, l) in (0usize..45, 1usize..5),
        ) {
            let raw: Vec<(usize, usize)> = ments.iter().map(|&(a, l)| (a, a + l)).collect();
            let ix = MentionIndex::new(raw.iter().copied());
            let b = a + l;
            let mut cov: Vec<usize> = ix.covering(a, b).map(|m| m.idx).collect();
            cov.sort_unstable();
            let want: Vec<usize> = (0..raw.len()).filter(|&k| raw[k].0 <= a && raw[k].1 >= b).collect();
            prop_assert_eq!(cov, want);
            let st: Vec<usize> = ix.starting_at(a).iter().map(|m| m.idx).collect();
            prop_assert_eq!(st, (0..raw.len()).filter(|&k| raw[k].0 == a).collect::<Vec<_>>());
            let en: Vec<usize> = ix.ending_at(b).iter().map(|m| m.idx).collect();
            prop_assert_eq!(en, (0..raw.len()).filter(|&k| raw[k].1 == b).collect::<Vec<_>>());
        }
    }
}
