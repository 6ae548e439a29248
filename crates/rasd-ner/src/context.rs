//! Tagger-independent distributional profiles of word stems, learned from unlabelled news.
//!
//! For every frequent normalised, clitic-stripped stem, `rasd-context-profiles` counts which
//! *context cues* surround it across the corpus: a person title or an organisation head noun
//! just before it (from the hand-written `data/ctx_cues.tsv`), a preposition, a number, a
//! speech verb; after it «بن», a verb, an adjective of the «الامريكي» shape, a rare word; and
//! how often the stem itself carries the article (names of people rarely do) or opens a
//! sentence. Each share is stored in per-mille (`data/ctx_profiles.tsv`) and becomes a
//! bucketed feature of the token (flag [`crate::features::flags::CONTEXT`]). Unlike the
//! self-training label fractions no tagger is involved: the profiles are a second, independent
//! view of how the news uses a word, in the spirit of Brown clusters but aimed at names.

use rustc_hash::FxHashMap;

use crate::error::NerError;
// Context templates hash like every other feature; their ids (150–169) are this module's alone.
use crate::features::{key_num as key, strip_proclitics};
use crate::lexicon::Clusters;

/// Cue classes of `data/ctx_cues.tsv`, in column order.
pub const CLASSES: [&str; NCLASS] = ["TITLE", "ORG", "PLACE", "PREP", "SAY", "VERB", "NAMEPART"];
/// Number of cue classes.
pub const NCLASS: usize = 7;

/// Column indices of a profile (each a per-mille share of the stem's occurrences).
pub mod col {
    use super::NCLASS;
    /// The token carries the article ال (also لل).
    pub const ART: usize = 0;
    /// The token opens a sentence.
    pub const START: usize = 1;
    /// The previous token contains a digit.
    pub const PREV_NUM: usize = 2;
    /// The previous token is punctuation.
    pub const PREV_PUNCT: usize = 3;
    /// The previous token carries the article.
    pub const PREV_ART: usize = 4;
    /// The previous token is a rare plain Arabic word (no article, not a cue word).
    pub const PREV_RARE: usize = 5;
    /// The previous token is a cue word of class k: `PREV_CLASS + k`.
    pub const PREV_CLASS: usize = 6;
    /// The token two back is a cue word of class k (nothing but a word between).
    pub const PREV2_CLASS: usize = PREV_CLASS + NCLASS;
    /// The next token is punctuation (or the sentence ends).
    pub const NEXT_PUNCT: usize = PREV2_CLASS + NCLASS;
    /// The next token carries the article.
    pub const NEXT_ART: usize = NEXT_PUNCT + 1;
    /// The next token is a rare plain Arabic word.
    pub const NEXT_RARE: usize = NEXT_PUNCT + 2;
    /// The next token has the shape of a nisba adjective: article + stem ending ي / يه.
    pub const NEXT_NISBA: usize = NEXT_PUNCT + 3;
    /// The next token is a cue word of class k: `NEXT_CLASS + k`.
    pub const NEXT_CLASS: usize = NEXT_PUNCT + 4;
    /// Number of columns.
    pub const N: usize = NEXT_CLASS + NCLASS;
}

/// Number of profile columns.
pub const NCOLS: usize = col::N;

/// Column names, as the data file's header writes them.
pub fn column_names() -> Vec<String> {
    let mut v: Vec<String> = [
        "art",
        "start",
        "prev_num",
        "prev_punct",
        "prev_art",
        "prev_rare",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.extend(CLASSES.iter().map(|c| format!("prev_{c}")));
    v.extend(CLASSES.iter().map(|c| format!("prev2_{c}")));
    v.extend(
        ["next_punct", "next_art", "next_rare", "next_nisba"]
            .iter()
            .map(|s| s.to_string()),
    );
    v.extend(CLASSES.iter().map(|c| format!("next_{c}")));
    v
}

/// Cue words of the profile builder: normalised, clitic-stripped stem → class index.
#[derive(Debug, Default, Clone)]
pub struct ContextCues {
    words: FxHashMap<Box<str>, u8>,
}

impl ContextCues {
    /// Parse the TSV `word<TAB>class` (class one of [`CLASSES`]); `#` lines are comments. A
    /// word listed twice with different classes is an error.
    pub fn parse(src: &str, file: &str) -> Result<Self, NerError> {
        let mut words: FxHashMap<Box<str>, u8> = FxHashMap::default();
        for (n, line) in src.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |msg: String| NerError::Parse {
                file: file.to_string(),
                line: n + 1,
                msg,
            };
            let mut cols = line.split('\t');
            let word = cols.next().map(str::trim).unwrap_or("");
            let class = cols.next().map(str::trim).unwrap_or("");
            if word.is_empty() {
                return Err(err("empty word".into()));
            }
            let Some(id) = CLASSES.iter().position(|c| *c == class) else {
                return Err(err(format!("unknown class {class:?}")));
            };
            let norm = rasd_text::normalize(word).text;
            let stem = strip_proclitics(&norm, None).stem;
            if let Some(&old) = words.get(stem) {
                if old as usize != id {
                    return Err(err(format!(
                        "{word} is already listed as {}",
                        CLASSES[old as usize]
                    )));
                }
            }
            words.insert(stem.into(), id as u8);
        }
        Ok(ContextCues { words })
    }

    /// Class index of a clitic-stripped normalised stem.
    #[inline]
    pub fn get(&self, stem: &str) -> Option<u8> {
        self.words.get(stem).copied()
    }

    /// Number of cue words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Per-stem context profiles (`data/ctx_profiles.tsv`).
#[derive(Debug, Default, Clone)]
pub struct Profiles {
    index: FxHashMap<Box<str>, u32>,
    rows: Vec<[u16; NCOLS]>,
    /// Feature keys of each row as the token itself, the previous and the next token,
    /// computed once at load: `keys[starts[3 * id + side]..starts[3 * id + side + 1]]`.
    keys: Vec<u64>,
    starts: Vec<u32>,
}

impl Profiles {
    /// Parse the TSV `stem<TAB>count<TAB>` + [`NCOLS`] per-mille shares (0–1000); `#` lines
    /// are comments.
    pub fn parse(src: &str, file: &str) -> Result<Self, NerError> {
        let mut p = Profiles::default();
        for mut cols in crate::lexicon::rows(src, file) {
            let stem = cols.text(|s| !s.is_empty(), "empty stem")?;
            cols.number::<u32>(None, "bad count")?;
            let mut row = [0u16; NCOLS];
            for v in row.iter_mut() {
                *v = cols.number(Some(1000u16), "bad share (0-1000 per mille)")?;
            }
            if cols.cols.next().is_some() {
                return Err(cols.err("too many columns"));
            }
            let id = p.rows.len() as u32;
            p.rows.push(row);
            p.index.insert(stem.into(), id);
            for (tpl, min) in [(t::OWN, 0), (t::PREV, 1), (t::NEXT, 1)] {
                p.starts.push(p.keys.len() as u32);
                profile_keys(&row, tpl, min, &mut p.keys);
            }
        }
        Ok(p)
    }

    /// Precomputed keys of row `id` seen from `side` (0 own, 1 previous, 2 next).
    #[inline]
    fn keys_of(&self, id: u32, side: usize) -> &[u64] {
        let at = id as usize * 3 + side;
        let a = self.starts.get(at).map_or(0, |&x| x as usize);
        let b = self
            .starts
            .get(at + 1)
            .map_or(self.keys.len(), |&x| x as usize);
        self.keys.get(a..b).unwrap_or(&[])
    }

    /// Row index of a stem.
    #[inline]
    pub fn id(&self, stem: &str) -> Option<u32> {
        self.index.get(stem).copied()
    }

    /// The shares of a row index (all zero when out of range).
    #[inline]
    pub fn row(&self, id: u32) -> &[u16; NCOLS] {
        const ZERO: [u16; NCOLS] = [0; NCOLS];
        self.rows.get(id as usize).unwrap_or(&ZERO)
    }

    /// Number of stems.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Token bits the builder records in its first pass.
const B_ART: u8 = 1;
const B_DIGIT: u8 = 2;
const B_PUNCT: u8 = 4;
const B_NISBA: u8 = 8;
const B_PLAIN: u8 = 16;

/// Counts the contexts of every stem over a corpus (two passes: stems and token bits first,
/// since a "rare" neighbour needs the corpus counts).
#[derive(Debug)]
pub struct ProfileBuilder<'a> {
    cues: &'a ContextCues,
    clusters: Option<&'a Clusters>,
    ids: FxHashMap<Box<str>, u32>,
    stems: Vec<Box<str>>,
    counts: Vec<u32>,
    /// (stem id, bits) per token, sentences one after another.
    toks: Vec<(u32, u8)>,
    /// End (exclusive) of each sentence in `toks`.
    ends: Vec<usize>,
}

impl<'a> ProfileBuilder<'a> {
    /// A builder matching cue words from `cues`; `clusters` drives the frequency-based و
    /// stripping exactly as the tagger's features do.
    pub fn new(cues: &'a ContextCues, clusters: Option<&'a Clusters>) -> Self {
        ProfileBuilder {
            cues,
            clusters,
            ids: FxHashMap::default(),
            stems: Vec::new(),
            counts: Vec::new(),
            toks: Vec::new(),
            ends: Vec::new(),
        }
    }

    /// Add one sentence of normalised tokens (as [`crate::learn::corpus_sentences`] gives).
    pub fn add_sentence<S: AsRef<str>>(&mut self, tokens: &[S]) {
        for tok in tokens {
            let tok = tok.as_ref();
            let st = strip_proclitics(tok, self.clusters);
            let mut bits = 0u8;
            if st.prefix.ends_with("ال") || st.prefix.ends_with("لل") {
                bits |= B_ART;
            }
            let mut arabic = true;
            for c in tok.chars() {
                if c.is_ascii_digit() {
                    bits |= B_DIGIT;
                }
                if !('\u{0621}'..='\u{064A}').contains(&c) {
                    arabic = false;
                }
            }
            if tok.chars().all(crate::tokenize::is_punct) {
                bits |= B_PUNCT;
            }
            if bits & B_ART != 0
                && st.stem.chars().count() >= 4
                && (st.stem.ends_with('ي') || st.stem.ends_with("يه"))
            {
                bits |= B_NISBA;
            }
            if arabic && bits & B_ART == 0 && self.cues.get(st.stem).is_none() {
                bits |= B_PLAIN;
            }
            let id = match self.ids.get(st.stem) {
                Some(&i) => i,
                None => {
                    let i = self.stems.len() as u32;
                    self.ids.insert(st.stem.into(), i);
                    self.stems.push(st.stem.into());
                    self.counts.push(0);
                    i
                }
            };
            self.counts[id as usize] += 1;
            self.toks.push((id, bits));
        }
        self.ends.push(self.toks.len());
    }

    /// Number of tokens added.
    pub fn tokens(&self) -> usize {
        self.toks.len()
    }

    /// Profiles of the stems seen at least `min_count` times (punctuation, digits and `#`
    /// lines left out), sorted by stem: `(stem, count, per-mille shares)`. A neighbour is
    /// "rare" when its stem was seen fewer than `rare_below` times.
    pub fn finish(&self, min_count: u32, rare_below: u32) -> Vec<(&str, u32, [u16; NCOLS])> {
        let n = self.stems.len();
        let mut class_of: Vec<Option<u8>> = Vec::with_capacity(n);
        let mut keep: Vec<bool> = Vec::with_capacity(n);
        for (i, s) in self.stems.iter().enumerate() {
            class_of.push(self.cues.get(s));
            keep.push(
                self.counts[i] >= min_count
                    && !s.starts_with('#')
                    && s.chars().any(char::is_alphabetic)
                    && !s.chars().any(|c| c.is_whitespace() || c.is_control()),
            );
        }
        let mut acc: FxHashMap<u32, [u32; NCOLS]> = FxHashMap::default();
        let rare =
            |(id, bits): (u32, u8)| bits & B_PLAIN != 0 && self.counts[id as usize] < rare_below;
        let mut start = 0;
        for &end in &self.ends {
            let s = &self.toks[start..end];
            for (i, &(id, bits)) in s.iter().enumerate() {
                if !keep[id as usize] {
                    continue;
                }
                let c = acc.entry(id).or_insert([0; NCOLS]);
                if bits & B_ART != 0 {
                    c[col::ART] += 1;
                }
                match i.checked_sub(1).map(|j| s[j]) {
                    None => c[col::START] += 1,
                    Some(p) => {
                        let pb = p.1;
                        if pb & B_DIGIT != 0 {
                            c[col::PREV_NUM] += 1;
                        }
                        if pb & B_PUNCT != 0 {
                            c[col::PREV_PUNCT] += 1;
                        }
                        if pb & B_ART != 0 {
                            c[col::PREV_ART] += 1;
                        }
                        if rare(p) {
                            c[col::PREV_RARE] += 1;
                        }
                        if let Some(k) = class_of[p.0 as usize] {
                            c[col::PREV_CLASS + k as usize] += 1;
                        }
                        if pb & B_PUNCT == 0 && i >= 2 {
                            if let Some(k) = class_of[s[i - 2].0 as usize] {
                                c[col::PREV2_CLASS + k as usize] += 1;
                            }
                        }
                    }
                }
                match s.get(i + 1).copied() {
                    None => c[col::NEXT_PUNCT] += 1,
                    Some(nx) => {
                        let nb = nx.1;
                        if nb & B_PUNCT != 0 {
                            c[col::NEXT_PUNCT] += 1;
                        }
                        if nb & B_ART != 0 {
                            c[col::NEXT_ART] += 1;
                        }
                        if rare(nx) {
                            c[col::NEXT_RARE] += 1;
                        }
                        if nb & B_NISBA != 0 {
                            c[col::NEXT_NISBA] += 1;
                        }
                        if let Some(k) = class_of[nx.0 as usize] {
                            c[col::NEXT_CLASS + k as usize] += 1;
                        }
                    }
                }
            }
            start = end;
        }
        let mut out: Vec<(&str, u32, [u16; NCOLS])> = acc
            .into_iter()
            .map(|(id, c)| {
                let total = self.counts[id as usize];
                let mut row = [0u16; NCOLS];
                for (r, &x) in row.iter_mut().zip(&c) {
                    *r = ((x as u64 * 1000 + total as u64 / 2) / total as u64).min(1000) as u16;
                }
                (&*self.stems[id as usize], total, row)
            })
            .collect();
        out.sort_unstable_by(|a, b| a.0.cmp(b.0));
        out
    }
}

/// Template ids of the context features (the range 150–169 is this module's).
mod t {
    /// The stem has no profile.
    pub const NONE: u8 = 150;
    /// Column × bucket of the token's own profile.
    pub const OWN: u8 = 151;
    /// Column × bucket of the previous token's profile (or: it has none).
    pub const PREV: u8 = 152;
    /// Column × bucket of the next token's profile (or: it has none).
    pub const NEXT: u8 = 153;
}

/// Coarse bucket of a per-mille share: 0 for none, then <3%, <15%, <50%, the rest. (Finer
/// buckets — 8 levels, or log-lift over the column mean — scored lower on the dev split.)
#[inline]
pub fn bucket(v: u16) -> u64 {
    match v {
        0 => 0,
        1..=29 => 1,
        30..=149 => 2,
        150..=499 => 3,
        _ => 4,
    }
}

/// Push the context features of a token: every non-zero bucket of its own profile (the
/// article share always, zero included) and of its neighbours' profiles. `win` holds the
/// profile rows at offsets −1, 0, +1 (`Some(None)`: a token without a profile; `None`: the
/// sentence boundary).
/// Columns emitted one key each (bucketed); the three class groups (cue class one back, two
/// back, one ahead) each give one key instead: their strongest class and its bucket.
const SINGLE: [usize; 10] = [
    col::ART,
    col::START,
    col::PREV_NUM,
    col::PREV_PUNCT,
    col::PREV_ART,
    col::PREV_RARE,
    col::NEXT_PUNCT,
    col::NEXT_ART,
    col::NEXT_RARE,
    col::NEXT_NISBA,
];
const GROUPS: [usize; 3] = [col::PREV_CLASS, col::PREV2_CLASS, col::NEXT_CLASS];

/// Keys of one profile: each single column whose bucket exceeds `min` (the article share
/// always), and each class group's strongest class when its bucket exceeds `min`.
fn profile_keys(r: &[u16; NCOLS], tpl: u8, min: u64, keys: &mut Vec<u64>) {
    for &c in &SINGLE {
        let b = bucket(r[c]);
        if b > min || c == col::ART {
            keys.push(key(tpl, (c as u64) << 4 | b));
        }
    }
    for (g, &start) in GROUPS.iter().enumerate() {
        let (k, &v) = r[start..start + NCLASS]
            .iter()
            .enumerate()
            .max_by_key(|&(k, v)| (*v, NCLASS - k))
            .unwrap_or((0, &0));
        let b = bucket(v);
        if b > min {
            keys.push(key(tpl, 0x800 | (g as u64) << 8 | (k as u64) << 4 | b));
        }
    }
}

/// Push the context features of a token: its own profile (buckets > 0) and its neighbours'
/// (buckets > 1, i.e. shares of 3% or more). `win` holds the profile rows at offsets −1, 0,
/// +1 (`Some(None)`: a token without a profile; `None`: the sentence boundary).
///
/// One key per column and per neighbour (31 × 3) scored the same on the dev split but
/// doubled the keys per token; this compact form adds ~25 keys to the ~35 of the rest.
pub(crate) fn push_features(p: &Profiles, win: [Option<Option<u32>>; 3], keys: &mut Vec<u64>) {
    let [prev, me, next] = win;
    match me.flatten() {
        None => keys.push(key(t::NONE, 0)),
        Some(id) => keys.extend_from_slice(p.keys_of(id, 0)),
    }
    for (n, tpl, side) in [(1, t::PREV, prev), (2, t::NEXT, next)] {
        match side {
            Some(Some(id)) => keys.extend_from_slice(p.keys_of(id, n)),
            Some(None) => keys.push(key(tpl, 0xfff)),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_match_count() {
        assert_eq!(column_names().len(), NCOLS);
    }

    #[test]
    fn cues_parse_normalise_and_reject() {
        let c = ContextCues::parse("# x\nالرئيس\tTITLE\nشركة\tORG\n", "c").unwrap();
        // Normalised (ئ → ي, ة → ه) and stripped of the article.
        assert_eq!(c.get("رييس"), Some(0));
        assert_eq!(c.get("شركه"), Some(1));
        let e = ContextCues::parse("رئيس\tTITLE\nx\tFOO\n", "ctx.tsv")
            .unwrap_err()
            .to_string();
        assert!(e.contains("ctx.tsv:2"), "{e}");
        assert!(ContextCues::parse("رئيس\tTITLE\nالرئيس\tORG\n", "c").is_err());
    }

    #[test]
    fn profiles_parse_and_errors() {
        let zeros = vec!["0"; NCOLS - 1].join("\t");
        let src = format!("# h\nعراق\t50\t900\t{zeros}\n");
        let p = Profiles::parse(&src, "p").unwrap();
        let id = p.id("عراق").unwrap();
        assert_eq!(p.row(id)[col::ART], 900);
        assert_eq!(p.id("x"), None);
        assert_eq!(p.row(99)[0], 0);
        let e = Profiles::parse(&format!("a\t1\t1001\t{zeros}\n"), "p.tsv")
            .unwrap_err()
            .to_string();
        assert!(e.contains("p.tsv:1"), "{e}");
        assert!(Profiles::parse("a\t1\t2\n", "p").is_err());
        assert!(Profiles::parse(&format!("a\t1\t1\t{zeros}\t7\n"), "p").is_err());
    }

    #[test]
    fn builder_counts_contexts() {
        let cues = ContextCues::parse("الوزير\tTITLE\nشركة\tORG\nبن\tNAMEPART\n", "c").unwrap();
        let mut b = ProfileBuilder::new(&cues, None);
        // Tokens come normalised, as corpus_sentences gives them.
        b.add_sentence(&["قال", "الوزير", "زيدون", "بن", "علي"]);
        b.add_sentence(&["زيدون", "في", "العراق"]);
        b.add_sentence(&["شركه", "العراق", "."]);
        b.add_sentence(&["وبالعراق", "زيدون"]);
        let rows = b.finish(2, 5);
        let get = |s: &str| rows.iter().find(|r| r.0 == s).map(|r| r.2).unwrap();
        assert!(rows.iter().all(|r| r.0 != "بن"), "seen once");
        let z = get("زيدون");
        assert_eq!(z[col::ART], 0);
        assert_eq!(z[col::PREV_CLASS], 333);
        assert_eq!(z[col::NEXT_CLASS + 6], 333);
        assert_eq!(z[col::START], 333);
        assert_eq!(z[col::NEXT_PUNCT], 333, "sentence end");
        let i = get("عراق");
        assert_eq!(i[col::ART], 1000);
        assert_eq!(i[col::PREV_CLASS + 1], 333);
        assert_eq!(i[col::NEXT_PUNCT], 667);
        assert_eq!(i[col::NEXT_RARE], 333, "زيدون seen 3 < 5 times");
        // Deterministic order.
        assert!(rows.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn buckets_are_monotone() {
        let mut last = 0;
        for v in 0..=1000u16 {
            let b = bucket(v);
            assert!(b >= last && b <= 4);
            last = b;
        }
    }

    #[test]
    fn features_of_own_and_neighbour_profiles() {
        let zeros = vec!["0"; NCOLS - 1].join("\t");
        let src = format!("عراق\t50\t900\t{zeros}\nزيد\t50\t0\t{zeros}\n");
        let p = Profiles::parse(&src, "p").unwrap();
        let (i, z) = (p.id("عراق"), p.id("زيد"));
        let art = |b: u64| (col::ART as u64) << 4 | b;
        let mut keys = Vec::new();
        push_features(&p, [None, Some(i), Some(z)], &mut keys);
        // Own article share; the neighbour's zero article share is below the side minimum.
        assert_eq!(keys, vec![key(t::OWN, art(4)), key(t::NEXT, art(0))]);
        keys.clear();
        push_features(&p, [Some(None), Some(z), Some(i)], &mut keys);
        assert_eq!(
            keys,
            vec![
                key(t::OWN, art(0)),
                key(t::PREV, 0xfff),
                key(t::NEXT, art(4))
            ]
        );
        keys.clear();
        push_features(&p, [None, Some(None), None], &mut keys);
        assert_eq!(keys, vec![key(t::NONE, 0)]);
    }
}
