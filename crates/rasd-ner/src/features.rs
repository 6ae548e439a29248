//! Feature extraction: each token becomes a list of 64-bit hashed feature keys.
//!
//! Features are computed on the normalised token and on its *stem* (the token with the
//! proclitics و ف ب ل ك and the article ال stripped), because ANERcorp does not segment
//! clitics: «بالعراق» and «العراق» must share evidence. Keys are FxHash values of a
//! template id and the feature's strings, so nothing is interned at tagging time.

use std::hash::Hasher;

use rustc_hash::FxHasher;

use crate::lexicon::{Clusters, Resources, CLUSTER_LEVELS};
#[cfg(test)]
use crate::lexicon::{Cues, Gazetteer};

/// Feature-set switches stored in the model, so tagging uses the set it was trained with.
pub mod flags {
    /// Word-cluster features.
    pub const CLUSTERS: u32 = 1;
    /// Gazetteer membership features.
    pub const GAZETTEER: u32 = 2;
    /// Cue-word features.
    pub const CUES: u32 = 4;
    /// Word and cluster bigrams.
    pub const BIGRAMS: u32 = 8;
    /// Words two positions away.
    pub const WIDE: u32 = 16;
    /// Self-training corpus label fractions.
    pub const LABELS: u32 = 32;
    /// Labels given to the same stem earlier in the document (needs a [`super::History`]).
    pub const HISTORY: u32 = 64;
    /// Cue words two or three positions back (an organisation head noun reaches over the
    /// first words of a multi-word name: «حركة المقاومة الاسلامية»).
    pub const FAR_CUES: u32 = 128;
    /// Large name lexicon: cities by population band, actor-dictionary persons, organisations
    /// and places, given-name and surname parts (see [`crate::namelex`]).
    pub const LEXICON: u32 = 256;
    /// Two-pass stacking: a second-pass model over the first pass's document-wide tags
    /// (see [`crate::stack`]).
    pub const STACK: u32 = 4096;
    /// Self-training entity contexts: does the corpus tagger start names after the previous
    /// word, end them before the next, begin or continue them with this one
    /// ([`crate::selftrain`]).
    pub const CTX: u32 = 512;
    /// Tagger-independent context profiles of the stem (see [`crate::context`]).
    pub const CONTEXT: u32 = 2048;
    /// Every feature group used by the shipped model (STACK is an experiment, left out).
    pub const ALL: u32 = CLUSTERS
        | GAZETTEER
        | CUES
        | BIGRAMS
        | WIDE
        | LABELS
        | HISTORY
        | FAR_CUES
        | LEXICON
        | CTX
        | CONTEXT;
}

/// A token split into proclitics and stem (both slices of the normalised token).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stripped<'a> {
    /// Everything stripped: proclitics and the article (`وبال`, `لل`, `و`, `ال`, or empty).
    pub prefix: &'a str,
    /// What remains.
    pub stem: &'a str,
    /// Number of single-letter proclitics (و ف ب ل ك) at the start, the article not counted;
    /// these are the chars a name span leaves out.
    pub proclitics: usize,
}

/// Minimum chars a stem keeps after stripping.
const MIN_STEM: usize = 2;

#[inline]
fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Whether `s` starts with the article ال and keeps at least 3 chars after it (so «الله»
/// stays whole).
#[inline]
fn has_article(s: &str) -> bool {
    s.strip_prefix("ال").is_some_and(|r| char_len(r) >= 3)
}

/// Split a normalised token into proclitics and stem.
///
/// و is stripped before the article, before ب/ل/ك + article, or — with `clusters` — when the
/// rest is a far more frequent word than the whole (وفؤاد → فؤاد but not وليد → ليد). ف, ب, ل
/// and ك are stripped only before the article (بالعراق → العراق, never بغداد → غداد); لل
/// (ل + ال) is stripped with the article. The article is stripped last, leaving ≥ 2 chars.
pub fn strip_proclitics<'a>(norm: &'a str, clusters: Option<&Clusters>) -> Stripped<'a> {
    let mut rest = norm;
    let mut proclitics = 0;
    // و / ف: conjunctions.
    for conj in ["و", "ف"] {
        if let Some(r) = rest.strip_prefix(conj) {
            let before_article = has_article(r)
                || r.starts_with("لل") && char_len(r) >= 4
                || ["ب", "ل", "ك"]
                    .iter()
                    .any(|p| r.strip_prefix(p).is_some_and(has_article));
            let frequent = conj == "و"
                && char_len(r) >= 3
                && clusters.is_some_and(|c| {
                    let (whole, part) = (c.count(rest) as u64, c.count(r) as u64);
                    part >= 8 * whole + 8
                });
            if before_article || frequent {
                rest = r;
                proclitics += 1;
            }
            break;
        }
    }
    // لل = ل + ال: the article's alef is dropped in writing.
    if let Some(r) = rest.strip_prefix("لل") {
        if char_len(r) >= MIN_STEM {
            let cut = norm.len() - r.len();
            return Stripped {
                prefix: &norm[..cut],
                stem: r,
                proclitics,
            };
        }
    }
    for p in ["ب", "ل", "ك"] {
        if let Some(r) = rest.strip_prefix(p) {
            if has_article(r) {
                rest = r;
                proclitics += 1;
            }
            break;
        }
    }
    if has_article(rest) {
        rest = &rest["ال".len()..];
    }
    let cut = norm.len() - rest.len();
    Stripped {
        prefix: &norm[..cut],
        stem: rest,
        proclitics,
    }
}

/// Byte offset of the alternative stem: after one proclitic letter (two for وب ول وك فب …)
/// that [`strip_proclitics`] left in place, keeping at least 3 chars.
fn alt_stem_at(norm: &str, stem_at: usize) -> Option<usize> {
    if stem_at != 0 {
        return None;
    }
    let mut at = 0;
    let mut chars = norm.char_indices();
    for _ in 0..2 {
        match chars.next() {
            Some((_, c)) if matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك') => at += c.len_utf8(),
            _ => break,
        }
    }
    (at > 0 && char_len(&norm[at..]) >= 3).then_some(at)
}

/// The item `d` places from `i` (None off either end).
#[inline]
pub(crate) fn neighbour<T>(xs: &[T], i: usize, d: isize) -> Option<&T> {
    i.checked_add_signed(d).and_then(|j| xs.get(j))
}

/// Coarse shape class of a token.
fn shape(tok: &str) -> u8 {
    let mut arabic = false;
    let mut latin = false;
    let mut digit = false;
    let mut punct = false;
    let mut upper = false;
    for c in tok.chars() {
        match c {
            '0'..='9' => digit = true,
            'a'..='z' => latin = true,
            'A'..='Z' => {
                latin = true;
                upper = true
            }
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' => arabic = true,
            c if crate::tokenize::is_punct(c) => punct = true,
            _ => {}
        }
    }
    (arabic as u8)
        | (latin as u8) << 1
        | (digit as u8) << 2
        | (punct as u8) << 3
        | (upper as u8) << 4
}

/// Log-scale bucket of a corpus frequency.
#[inline]
fn freq_bucket(count: u32) -> u8 {
    (32 - count.leading_zeros()) as u8 / 2
}

/// Resources address, flags and resource sizes: what a cached token info depends on.
type CacheOwner = (usize, u32, [usize; 5]);

/// Token infos cached per thread; cleared when this many are held or the owner changes.
const INFO_CACHE_MAX: usize = 200_000;

#[derive(Default)]
struct InfoCache {
    owner: Option<CacheOwner>,
    map: rustc_hash::FxHashMap<Box<str>, TokInfo>,
}

thread_local! {
    static INFO_CACHE: std::cell::RefCell<InfoCache> = std::cell::RefCell::new(InfoCache::default());
}

/// What the features need to know about one token, computed once per sentence.
#[derive(Debug, Clone, Default)]
struct TokInfo {
    norm: String,
    /// Byte offset of the stem in `norm`.
    stem_at: usize,
    clusters: Option<[u16; CLUSTER_LEVELS]>,
    stem_clusters: Option<[u16; CLUSTER_LEVELS]>,
    freq: u8,
    cue: Option<u8>,
    /// 0: none; else 1 + 2*class + (0 for the first word of a match, 1 for the others).
    gaz: u16,
    /// The token without its first letter, when that letter may be a proclitic the
    /// conservative stem kept (بدارفور → دارفور), with its clusters and gazetteer class.
    alt_at: Option<usize>,
    alt_clusters: Option<[u16; CLUSTER_LEVELS]>,
    alt_gaz: Option<u8>,
    /// Corpus label fractions of the stem (or of the alternative stem).
    labels: Option<[u8; 4]>,
    /// Corpus continuation tenths of the pair (previous stem, this stem).
    cont: Option<u8>,
    /// Corpus phrase mark (see [`crate::selftrain::mark_phrases`]).
    phrase: u8,
    /// Corpus entity context of the stem.
    ctx: Option<[u8; crate::lexicon::CTX_FIELDS]>,
    shape: u8,
    /// Name-lexicon match of the token (flag LEXICON).
    lex: crate::namelex::LexMark,
    /// Row of the stem's context profile (see [`crate::context`]).
    profile: Option<u32>,
}

impl TokInfo {
    fn stem(&self) -> &str {
        &self.norm[self.stem_at..]
    }
    fn prefix(&self) -> &str {
        &self.norm[..self.stem_at]
    }
}

/// Template ids, one per kind of feature (part of every key).
#[allow(missing_docs)]
mod t {
    pub const BIAS: u8 = 0;
    pub const W: u8 = 1; // + offset (5 slots)
    pub const S: u8 = 8; // + offset (5 slots)
    pub const PREFIX: u8 = 15;
    pub const P: u8 = 16; // + len (3)
    pub const X: u8 = 20; // + len (3)
    pub const SHAPE: u8 = 24;
    pub const LEN: u8 = 25;
    pub const W_BI: u8 = 26; // 2 slots
    pub const S_BI: u8 = 28;
    pub const C: u8 = 30; // + 5 offsets * 3 levels = 15 slots
    pub const CS0: u8 = 50; // 3 slots
    pub const C_BI: u8 = 54; // 2 slots
    pub const CUE: u8 = 60; // + offset (5)
    pub const GAZ: u8 = 66; // + offset (5)
    pub const FREQ: u8 = 72;
    pub const OOV: u8 = 73;
    pub const PREFIX_C: u8 = 74;
    pub const SHAPE_PREV: u8 = 75;
    pub const SHAPE_NEXT: u8 = 76;
    pub const ALT: u8 = 77;
    pub const ALT_C: u8 = 78; // 3 slots
    pub const ALT_GAZ: u8 = 81;
    pub const P4: u8 = 100;
    pub const HIST: u8 = 102; // 2 slots
    pub const CONT_PREV: u8 = 104;
    pub const CONT_NEXT: u8 = 105;
    pub const X4: u8 = 101;
    pub const LAB: u8 = 82; // + offset (5)
    pub const LAB_TOP: u8 = 88; // + offset (5)
    pub const CUE_FAR: u8 = 106;
    pub const CS_SIDE: u8 = 107; // 2 slots
}

#[inline]
fn key_str(t: u8, s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(t);
    h.write(s.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

#[inline]
fn key_str2(t: u8, a: &str, b: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(t);
    h.write(a.as_bytes());
    h.write_u8(0xff);
    h.write(b.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

#[inline]
pub(crate) fn key_num(t: u8, n: u64) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(t);
    h.write_u8(0xfe);
    h.write_u64(n);
    h.finish()
}

/// Key of the bias feature, which every token has.
pub fn bias_key() -> u64 {
    key_num(t::BIAS, 0)
}

/// Turns sentences into per-token lists of hashed feature keys.
#[derive(Debug, Clone, Copy)]
pub struct FeatureExtractor<'r> {
    clusters: &'r Clusters,
    res: &'r Resources,
    flags: u32,
}

/// Entity types the tagger gave to stems in the last few sentences of a document: names
/// are repeated, and the first mention («وزير الخارجية فؤاد حسين») is often the easy one.
#[derive(Debug, Clone)]
pub struct History {
    window: usize,
    recent: std::collections::VecDeque<Vec<(Box<str>, u8)>>,
    counts: rustc_hash::FxHashMap<Box<str>, [u16; 5]>,
}

impl History {
    /// A history over the last `window` sentences.
    pub fn new(window: usize) -> Self {
        History {
            window,
            recent: Default::default(),
            counts: Default::default(),
        }
    }

    /// Forget everything (a new document starts).
    pub fn clear(&mut self) {
        self.recent.clear();
        self.counts.clear();
    }

    /// Record a tagged sentence (tag ids as in [`crate::Tag::id`]); stems are computed
    /// like the features' (normalised, clitic-stripped).
    pub fn push(&mut self, tokens: &[&str], tags: &[u8], clusters: &Clusters) {
        let stems = tokens.iter().map(|tok| {
            let norm = rasd_text::normalize(tok).text;
            Box::<str>::from(strip_proclitics(&norm, Some(clusters)).stem)
        });
        self.push_stems(stems, tags);
    }

    /// Record a tagged sentence given its stems (as [`SentenceFeatures::stems`] holds them).
    pub fn push_stems(&mut self, stems: impl IntoIterator<Item = Box<str>>, tags: &[u8]) {
        let entry: Vec<(Box<str>, u8)> = stems
            .into_iter()
            .zip(tags)
            .map(|(s, &t)| (s, t.div_ceil(2)))
            .collect();
        for (stem, ty) in &entry {
            self.counts.entry(stem.clone()).or_default()[*ty as usize % 5] += 1;
        }
        self.recent.push_back(entry);
        while self.recent.len() > self.window {
            let Some(old) = self.recent.pop_front() else {
                break;
            };
            for (stem, ty) in old {
                if let Some(c) = self.counts.get_mut(&stem) {
                    c[ty as usize % 5] = c[ty as usize % 5].saturating_sub(1);
                    if c.iter().all(|&x| x == 0) {
                        self.counts.remove(&stem);
                    }
                }
            }
        }
    }

    /// Counts of O, PERS, ORG, LOC, MISC for a stem in the window.
    pub fn get(&self, stem: &str) -> Option<&[u16; 5]> {
        self.counts.get(stem)
    }
}

/// Features of one sentence: `keys[offsets[i]..offsets[i + 1]]` belong to token `i`.
#[derive(Debug, Clone, Default)]
pub struct SentenceFeatures {
    /// All keys, token after token.
    pub keys: Vec<u64>,
    /// Start of each token's keys, plus one final entry.
    pub offsets: Vec<u32>,
    /// Each token's stem, filled only when a history was given (to record the sentence in
    /// it without normalising twice).
    pub stems: Vec<Box<str>>,
}

impl SentenceFeatures {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Whether the sentence has no tokens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keys of token `i` (empty when out of range).
    pub fn token(&self, i: usize) -> &[u64] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.keys.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

const BOS: &str = "<s>";
const EOS: &str = "</s>";

impl<'r> FeatureExtractor<'r> {
    /// An extractor over the given resources and feature groups (see [`flags`]).
    pub fn new(res: &'r Resources, flags: u32) -> Self {
        FeatureExtractor {
            clusters: &res.clusters,
            res,
            flags,
        }
    }

    /// The resources the extractor reads.
    pub fn resources(&self) -> &'r Resources {
        self.res
    }

    /// The word clusters the extractor reads.
    pub fn clusters(&self) -> &Clusters {
        self.clusters
    }

    /// The feature groups this extractor emits.
    pub fn flags(&self) -> u32 {
        self.flags
    }

    /// Which resources and flags a cached [`TokInfo`] was computed with.
    fn cache_owner(&self) -> CacheOwner {
        let r = self.res;
        (
            r as *const Resources as usize,
            self.flags,
            [
                r.clusters.len(),
                r.gazetteer.len(),
                r.cues.len(),
                r.labels.len(),
                r.profiles.len(),
            ],
        )
    }

    fn info(&self, tokens: &[&str]) -> Vec<TokInfo> {
        // The per-token part depends on the token string alone, and news repeats its words:
        // a per-thread cache saves the normalisation and about ten string-keyed lookups.
        let owner = self.cache_owner();
        let mut infos: Vec<TokInfo> = INFO_CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.owner != Some(owner) || cache.map.len() >= INFO_CACHE_MAX {
                cache.map.clear();
                cache.owner = Some(owner);
            }
            tokens
                .iter()
                .map(|tok| match cache.map.get(*tok) {
                    Some(x) => x.clone(),
                    None => {
                        let x = self.token_info(tok);
                        cache.map.insert((*tok).into(), x.clone());
                        x
                    }
                })
                .collect()
        });
        self.mark_context(&mut infos);
        infos
    }

    /// What a token alone says (everything in [`TokInfo`] but the multi-word marks).
    fn token_info(&self, tok: &str) -> TokInfo {
        {
            {
                let mut norm = rasd_text::normalize(tok).text;
                if norm.is_empty() {
                    norm = (*tok).to_string();
                }
                let st = strip_proclitics(&norm, Some(self.clusters));
                let stem_at = norm.len() - st.stem.len();
                let entry = self.clusters.get(&norm);
                let stem_entry = if stem_at == 0 {
                    entry
                } else {
                    self.clusters.get(st.stem)
                };
                let cue = if self.flags & flags::CUES != 0 {
                    self.res.cues.get(st.stem)
                } else {
                    None
                };
                let shape = shape(&norm);
                let alt_at = alt_stem_at(&norm, stem_at);
                let alt = alt_at.map(|a| &norm[a..]);
                let alt_clusters = alt.and_then(|a| self.clusters.get(a)).map(|e| e.ids);
                let alt_gaz = if self.flags & flags::GAZETTEER != 0 {
                    alt.and_then(|a| self.res.gazetteer.get(a))
                } else {
                    None
                };
                let labels = if self.flags & flags::LABELS != 0 {
                    self.res
                        .labels
                        .get(st.stem)
                        .or_else(|| alt.and_then(|a| self.res.labels.get(a)))
                        .copied()
                } else {
                    None
                };
                let ctx = if self.flags & flags::CTX != 0 {
                    self.res.labels.ctx(st.stem).copied()
                } else {
                    None
                };
                let profile = if self.flags & flags::CONTEXT != 0 {
                    self.res
                        .profiles
                        .id(st.stem)
                        .or_else(|| alt.and_then(|a| self.res.profiles.id(a)))
                } else {
                    None
                };
                TokInfo {
                    profile,
                    labels,
                    ctx,
                    phrase: 0,
                    cont: None,
                    alt_at,
                    alt_clusters,
                    alt_gaz,
                    clusters: entry.map(|e| e.ids),
                    stem_clusters: stem_entry.map(|e| e.ids),
                    freq: freq_bucket(entry.map_or(0, |e| e.count)),
                    cue,
                    gaz: 0,
                    lex: Default::default(),
                    shape,
                    stem_at,
                    norm,
                }
            }
        }
    }

    /// The marks that depend on neighbouring tokens: gazetteer and lexicon matches, pair
    /// continuations and corpus phrases.
    fn mark_context(&self, infos: &mut [TokInfo]) {
        if self.flags & flags::GAZETTEER != 0 && !self.res.gazetteer.is_empty() {
            self.mark_gazetteer(infos);
        }
        if self.flags & flags::LEXICON != 0 && !self.res.lexicon.is_empty() {
            let stems: Vec<&str> = infos.iter().map(|x| x.stem()).collect();
            let alts: Vec<Option<&str>> = infos
                .iter()
                .map(|x| x.alt_at.map(|a| &x.norm[a..]))
                .collect();
            let marks = self.res.lexicon.mark(&stems, &alts);
            for (x, m) in infos.iter_mut().zip(marks) {
                // Frequency bands: < 16, < 256, < 4096, more occurrences in the news corpus.
                let freq = (x.freq / 2).min(3);
                x.lex = crate::namelex::LexMark { freq, ..m };
            }
        }
        if self.flags & flags::LABELS != 0 && self.res.labels.pairs_len() > 0 {
            let mut key = String::new();
            for i in 1..infos.len() {
                key.clear();
                key.push_str(infos[i - 1].stem());
                key.push(' ');
                key.push_str(infos[i].stem());
                infos[i].cont = self.res.labels.pair(&key);
            }
        }
        if self.flags & flags::CTX != 0 && self.res.labels.phrases_len() > 0 {
            let stems: Vec<&str> = infos.iter().map(|x| x.stem()).collect();
            let marks = crate::selftrain::mark_phrases(&self.res.labels, &stems);
            for (x, m) in infos.iter_mut().zip(marks) {
                x.phrase = m;
            }
        }
    }

    /// Longest-match gazetteer lookup, left to right.
    fn mark_gazetteer(&self, infos: &mut [TokInfo]) {
        let mut i = 0;
        let mut key = String::new();
        while i < infos.len() {
            let max = if self.res.gazetteer.starts_multiword(infos[i].stem()) {
                self.res.gazetteer.max_words.min(infos.len() - i)
            } else {
                1
            };
            let mut hit = None;
            for n in (1..=max).rev() {
                key.clear();
                key.push_str(infos[i].stem());
                for info in &infos[i + 1..i + n] {
                    key.push(' ');
                    key.push_str(&info.norm);
                }
                if let Some(class) = self.res.gazetteer.get(&key) {
                    hit = Some((n, class));
                    break;
                }
            }
            match hit {
                Some((n, class)) => {
                    for (k, info) in infos[i..i + n].iter_mut().enumerate() {
                        info.gaz = 1 + 2 * class as u16 + (k > 0) as u16;
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
    }

    /// Features of every token of a sentence.
    pub fn sentence(&self, tokens: &[&str], out: &mut SentenceFeatures) {
        self.sentence_in(tokens, None, out)
    }

    /// Features of every token of a sentence, with document history when the model uses it.
    pub fn sentence_in(
        &self,
        tokens: &[&str],
        history: Option<&History>,
        out: &mut SentenceFeatures,
    ) {
        out.keys.clear();
        out.offsets.clear();
        let infos = self.info(tokens);
        out.offsets.push(0);
        let history = history.filter(|_| self.flags & flags::HISTORY != 0);
        out.stems.clear();
        if history.is_some() {
            out.stems
                .extend(infos.iter().map(|x| Box::<str>::from(x.stem())));
        }
        for i in 0..infos.len() {
            self.token(&infos, i, &mut out.keys);
            if let Some(h) = history {
                history_features(h, &infos[i], &mut out.keys);
            }
            out.offsets.push(out.keys.len() as u32);
        }
    }

    fn token(&self, infos: &[TokInfo], i: usize, keys: &mut Vec<u64>) {
        let at = |d: isize| neighbour(infos, i, d);
        let word = |d: isize| at(d).map_or(if d < 0 { BOS } else { EOS }, |x| x.norm.as_str());
        let stem = |d: isize| at(d).map_or(if d < 0 { BOS } else { EOS }, |x| x.stem());
        let me = &infos[i];
        let wide = self.flags & flags::WIDE != 0;
        let offsets: &[isize] = if wide {
            &[-2, -1, 0, 1, 2]
        } else {
            &[-1, 0, 1]
        };

        keys.push(key_num(t::BIAS, 0));
        for &d in offsets {
            let slot = (d + 2) as u8;
            keys.push(key_str(t::W + slot, word(d)));
            if d.abs() <= 1 {
                keys.push(key_str(t::S + slot, stem(d)));
            }
        }
        let s = me.stem();
        keys.push(key_str(t::PREFIX, me.prefix()));
        // Prefixes and suffixes of 1–3 chars, only when shorter than the stem.
        let nchars = char_len(s);
        let mut fwd = s.char_indices().skip(1).map(|(b, _)| b);
        let mut bwd = s.char_indices().rev().map(|(b, _)| b);
        for n in 1..=4usize {
            match (fwd.next(), bwd.next()) {
                (Some(f), Some(b)) if nchars > n => {
                    let (tp, tx) = if n == 4 {
                        (t::P4, t::X4)
                    } else {
                        (t::P + n as u8, t::X + n as u8)
                    };
                    keys.push(key_str(tp, &s[..f]));
                    keys.push(key_str(tx, &s[b..]));
                }
                _ => break,
            }
        }
        if let Some(a) = me.alt_at {
            let alt = &me.norm[a..];
            keys.push(key_str(t::ALT, alt));
            if self.flags & flags::CLUSTERS != 0 {
                if let Some(ids) = me.alt_clusters {
                    for (lvl, &id) in ids.iter().enumerate() {
                        keys.push(key_num(t::ALT_C + lvl as u8, id as u64));
                    }
                }
            }
            if let Some(g) = me.alt_gaz {
                keys.push(key_num(t::ALT_GAZ, g as u64));
            }
        }
        keys.push(key_num(t::SHAPE, me.shape as u64));
        keys.push(key_num(
            t::SHAPE_PREV,
            at(-1).map_or(255, |x| x.shape) as u64,
        ));
        keys.push(key_num(
            t::SHAPE_NEXT,
            at(1).map_or(255, |x| x.shape) as u64,
        ));
        keys.push(key_num(t::LEN, nchars.min(12) as u64));
        keys.push(key_num(t::FREQ, me.freq as u64));
        if self.flags & flags::BIGRAMS != 0 {
            keys.push(key_str2(t::W_BI, word(-1), word(0)));
            keys.push(key_str2(t::W_BI + 1, word(0), word(1)));
            keys.push(key_str2(t::S_BI, stem(-1), stem(0)));
        }
        if self.flags & flags::CLUSTERS != 0 {
            let cl = |d: isize| at(d).map_or(Some([u16::MAX; CLUSTER_LEVELS]), |x| x.clusters);
            for &d in offsets {
                let slot = (d + 2) as u64;
                match cl(d) {
                    Some(ids) => {
                        for (lvl, &id) in ids.iter().enumerate() {
                            if d.abs() == 2 && lvl == 2 {
                                continue;
                            }
                            keys.push(key_num(t::C + (slot * 3) as u8 + lvl as u8, id as u64));
                        }
                    }
                    None => keys.push(key_num(t::OOV, slot)),
                }
            }
            if self.flags & flags::FAR_CUES != 0 {
                // Neighbours' stem clusters: «والحزب» is rarer than «حزب».
                for (slot, d) in [(0u64, -1isize), (1, 1)] {
                    if let Some(x) = at(d).filter(|x| x.stem_at != 0) {
                        if let Some(ids) = x.stem_clusters {
                            keys.push(key_num(t::CS_SIDE + slot as u8, ids[1] as u64));
                        }
                    }
                }
            }
            if let Some(ids) = me.stem_clusters {
                for (lvl, &id) in ids.iter().enumerate() {
                    keys.push(key_num(t::CS0 + lvl as u8, id as u64));
                }
                let mut h = FxHasher::default();
                h.write_u8(t::PREFIX_C);
                h.write(me.prefix().as_bytes());
                h.write_u16(ids[1]);
                keys.push(h.finish());
            }
            if self.flags & flags::BIGRAMS != 0 {
                let mid = |d: isize| cl(d).map_or(u16::MAX - 1, |ids| ids[1]) as u64;
                keys.push(key_num(t::C_BI, mid(-1) << 16 | mid(0)));
                keys.push(key_num(t::C_BI + 1, mid(0) << 16 | mid(1)));
            }
        }
        if self.flags & flags::CUES != 0 {
            for &d in offsets {
                if let Some(c) = at(d).and_then(|x| x.cue) {
                    keys.push(key_num(t::CUE + (d + 2) as u8, c as u64));
                }
            }
        }
        if self.flags & flags::FAR_CUES != 0 {
            // A cue two or three words back, unless punctuation intervenes.
            for d in 2..=3isize {
                // The word between the cue and this one must not be punctuation.
                if at(1 - d).is_none_or(|y| y.shape & 8 != 0) {
                    break;
                }
                if let Some(c) = at(-d).and_then(|x| x.cue) {
                    keys.push(key_num(t::CUE_FAR, c as u64 * 4 + d as u64));
                    break;
                }
            }
        }
        if self.flags & flags::LABELS != 0 {
            // Does the corpus tagger continue a name across (prev, me) and (me, next)?
            let bucket = |v: u8| (v as u64).div_ceil(3);
            if let Some(v) = me.cont {
                keys.push(key_num(t::CONT_PREV, bucket(v)));
            }
            if let Some(v) = at(1).and_then(|x| x.cont) {
                keys.push(key_num(t::CONT_NEXT, bucket(v)));
            }
            for &d in &[-1isize, 0, 1] {
                let slot = (d + 2) as u8;
                match at(d).map(|x| x.labels) {
                    Some(Some(f)) => {
                        let (top, &tv) = f
                            .iter()
                            .enumerate()
                            .max_by_key(|&(i, v)| (*v, 4 - i))
                            .unwrap_or((0, &0));
                        keys.push(key_num(
                            t::LAB_TOP + slot,
                            if tv >= 2 {
                                top as u64 * 16 + tv as u64 / 3
                            } else {
                                99
                            },
                        ));
                        if d == 0 {
                            for (c, &v) in f.iter().enumerate() {
                                if v > 0 {
                                    keys.push(key_num(t::LAB + slot, c as u64 * 16 + v as u64));
                                }
                            }
                        }
                    }
                    Some(None) => keys.push(key_num(t::LAB_TOP + slot, 98)),
                    None => {}
                }
            }
        }
        if self.flags & flags::LEXICON != 0 {
            let m = |d: isize| at(d).map_or_else(Default::default, |x| x.lex);
            let marks = [m(-1), m(0), m(1)];
            crate::namelex::push_features(&marks, 1, keys);
        }
        if self.flags & flags::CTX != 0 {
            crate::selftrain::ctx_features(
                at(-1).and_then(|x| x.ctx.as_ref()),
                me.ctx.as_ref(),
                at(1).and_then(|x| x.ctx.as_ref()),
                me.labels.is_some(),
                key_num,
                keys,
            );
            crate::selftrain::phrase_features(
                me.phrase,
                at(1).map_or(0, |x| x.phrase),
                key_num,
                keys,
            );
        }
        if self.flags & flags::CONTEXT != 0 && !self.res.profiles.is_empty() {
            let prof = |d: isize| at(d).map(|x| x.profile);
            crate::context::push_features(
                &self.res.profiles,
                [prof(-1), Some(me.profile), prof(1)],
                keys,
            );
        }
        if self.flags & flags::GAZETTEER != 0 {
            for &d in &[-1isize, 0, 1] {
                if let Some(g) = at(d).map(|x| x.gaz).filter(|&g| g != 0) {
                    keys.push(key_num(t::GAZ + (d + 2) as u8, g as u64));
                }
            }
        }
    }
}

/// The history feature of one token: the type most often given to its stem recently.
fn history_features(h: &History, me: &TokInfo, keys: &mut Vec<u64>) {
    let Some(c) = h.get(me.stem()) else {
        return;
    };
    let ent: u16 = c[1..].iter().sum();
    if ent == 0 {
        keys.push(key_num(t::HIST, 99));
        return;
    }
    let (top, &n) = c[1..]
        .iter()
        .enumerate()
        .max_by_key(|&(i, v)| (*v, 4 - i))
        .unwrap_or((0, &0));
    let mostly_o = (c[0] > ent) as u64;
    keys.push(key_num(
        t::HIST,
        (top as u64 + 1) * 8 + (n.min(3) as u64) * 2 + mostly_o,
    ));
    keys.push(key_num(t::HIST + 1, top as u64 + 1));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clusters() -> Clusters {
        Clusters::parse(
            "فواد\t500\t1\t2\t3\nوفواد\t3\t1\t2\t4\nوليد\t400\t1\t5\t6\nليد\t2\t7\t8\t9\n",
            "t",
        )
        .unwrap()
    }

    #[test]
    fn strips_proclitics_before_article() {
        let s = strip_proclitics("بالعراق", None);
        assert_eq!((s.prefix, s.stem, s.proclitics), ("بال", "عراق", 1));
        let s = strip_proclitics("وبالعراق", None);
        assert_eq!((s.prefix, s.stem, s.proclitics), ("وبال", "عراق", 2));
        let s = strip_proclitics("للعراق", None);
        assert_eq!((s.prefix, s.stem, s.proclitics), ("لل", "عراق", 0));
        let s = strip_proclitics("العراق", None);
        assert_eq!((s.prefix, s.stem, s.proclitics), ("ال", "عراق", 0));
    }

    #[test]
    fn keeps_name_initial_letters() {
        for w in ["بغداد", "لبنان", "كمال", "فرنسا", "فيصل", "الله"] {
            let s = strip_proclitics(w, None);
            assert_eq!(s.stem, w, "{w}");
            assert_eq!(s.proclitics, 0);
        }
    }

    #[test]
    fn waw_stripped_by_frequency() {
        let c = clusters();
        let s = strip_proclitics("وفواد", Some(&c));
        assert_eq!((s.stem, s.proclitics), ("فواد", 1));
        let s = strip_proclitics("وليد", Some(&c));
        assert_eq!((s.stem, s.proclitics), ("وليد", 0));
        // Without frequencies و stays unless an article follows.
        assert_eq!(strip_proclitics("وفواد", None).stem, "وفواد");
    }

    #[test]
    fn shapes_differ() {
        assert_ne!(shape("عراق"), shape("Iraq"));
        assert_ne!(shape("2005"), shape("عراق"));
        assert_ne!(shape("IRAQ"), shape("iraq"));
    }

    #[test]
    fn token_info_cache_follows_the_resources() {
        let plain = Resources::default();
        let with_clusters = Resources {
            clusters: clusters(),
            ..Resources::default()
        };
        let a = FeatureExtractor::new(&plain, flags::ALL);
        let b = FeatureExtractor::new(&with_clusters, flags::ALL);
        let toks = ["قال", "وفواد"];
        // Reference features from fresh threads, whose caches are empty.
        let cold = |fx: FeatureExtractor<'_>| {
            std::thread::scope(|s| {
                s.spawn(|| {
                    let mut f = SentenceFeatures::default();
                    fx.sentence(&toks, &mut f);
                    f.keys
                })
                .join()
                .unwrap()
            })
        };
        let (cold_a, cold_b) = (cold(a), cold(b));
        assert_ne!(cold_a, cold_b, "the clusters change the features");
        let (mut fa, mut fb, mut fa2) = Default::default();
        a.sentence(&toks, &mut fa);
        b.sentence(&toks, &mut fb);
        a.sentence(&toks, &mut fa2);
        let keys = |f: &SentenceFeatures| f.keys.clone();
        assert_eq!(keys(&fa), cold_a);
        assert_eq!(
            keys(&fb),
            cold_b,
            "a cached token info leaked across resources"
        );
        assert_eq!(keys(&fa2), cold_a);
    }

    #[test]
    fn features_share_stem_evidence() {
        let r = Resources {
            clusters: clusters(),
            ..Resources::default()
        };
        let fx = FeatureExtractor::new(&r, flags::ALL);
        let mut a = SentenceFeatures::default();
        let mut b = SentenceFeatures::default();
        fx.sentence(&["في", "بالعراق"], &mut a);
        fx.sentence(&["في", "العراق"], &mut b);
        assert_eq!(a.len(), 2);
        let shared = a.token(1).iter().filter(|k| b.token(1).contains(k)).count();
        // Stem, stem prefixes and suffixes, previous word … are shared; the word itself not.
        assert!(shared >= 8, "{shared}");
        assert!(a.token(1) != b.token(1));
        assert!(a.token(5).is_empty());
    }

    #[test]
    fn gazetteer_marks_multiword_names() {
        let g = Gazetteer::parse("المملكة المتحدة\tLOC\n", "g").unwrap();
        let r = Resources {
            clusters: clusters(),
            gazetteer: g,
            cues: Cues::default(),
            ..Resources::default()
        };
        let fx = FeatureExtractor::new(&r, flags::ALL);
        let infos = fx.info(&["زار", "والمملكة", "المتحدة", "امس"]);
        let gaz: Vec<u16> = infos.iter().map(|i| i.gaz).collect();
        assert_eq!(gaz, vec![0, 1, 2, 0]);
    }

    #[test]
    fn history_counts_recent_sentences_only() {
        let c = clusters();
        let mut h = History::new(2);
        h.push(&["قال", "فواد"], &[0, 1], &c);
        assert_eq!(h.get("فواد"), Some(&[0, 1, 0, 0, 0]));
        // «بالعراق» is recorded under its stem.
        h.push(&["بالعراق"], &[5], &c);
        assert_eq!(h.get("عراق"), Some(&[0, 0, 0, 1, 0]));
        h.push(&["امس"], &[0], &c);
        assert_eq!(h.get("فواد"), None, "fell out of the window");
        h.clear();
        assert_eq!(h.get("عراق"), None);
    }

    #[test]
    fn history_adds_features_when_enabled() {
        let r = Resources {
            clusters: clusters(),
            ..Resources::default()
        };
        let fx = FeatureExtractor::new(&r, flags::ALL);
        let mut h = History::new(5);
        h.push(&["فواد"], &[1], &r.clusters);
        let (mut a, mut b) = (SentenceFeatures::default(), SentenceFeatures::default());
        fx.sentence_in(&["قال", "فواد"], Some(&h), &mut a);
        fx.sentence(&["قال", "فواد"], &mut b);
        assert_eq!(a.token(1).len(), b.token(1).len() + 2);
        assert_eq!(a.token(0).len(), b.token(0).len());
        let off = FeatureExtractor::new(&r, flags::ALL & !flags::HISTORY);
        off.sentence_in(&["قال", "فواد"], Some(&h), &mut a);
        off.sentence(&["قال", "فواد"], &mut b);
        assert_eq!(a.token(1), b.token(1));
    }

    #[test]
    fn far_cues_reach_two_words_but_not_over_punctuation() {
        let r = Resources {
            clusters: clusters(),
            cues: Cues::parse("حركة\tORG\n", "c").unwrap(),
            ..Resources::default()
        };
        let on = FeatureExtractor::new(&r, flags::CUES | flags::FAR_CUES);
        let off = FeatureExtractor::new(&r, flags::CUES);
        let (mut a, mut b) = (SentenceFeatures::default(), SentenceFeatures::default());
        on.sentence(&["حركة", "المقاومة", "الاسلامية"], &mut a);
        off.sentence(&["حركة", "المقاومة", "الاسلامية"], &mut b);
        assert_eq!(a.token(2).len(), b.token(2).len() + 1);
        on.sentence(&["حركة", ",", "الاسلامية"], &mut a);
        off.sentence(&["حركة", ",", "الاسلامية"], &mut b);
        assert_eq!(a.token(2).len(), b.token(2).len());
    }

    #[test]
    fn flags_remove_groups() {
        let r = Resources {
            clusters: clusters(),
            gazetteer: Gazetteer::default(),
            ..Resources::default()
        };
        let all = FeatureExtractor::new(&r, flags::ALL);
        let none = FeatureExtractor::new(&r, 0);
        let (mut a, mut b) = (SentenceFeatures::default(), SentenceFeatures::default());
        all.sentence(&["قال", "فواد", "حسين"], &mut a);
        none.sentence(&["قال", "فواد", "حسين"], &mut b);
        assert!(a.token(1).len() > b.token(1).len());
    }
}
