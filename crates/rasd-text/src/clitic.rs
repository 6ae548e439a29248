//! Clitic segmentation checked against corpus word counts.
//!
//! Arabic writes conjunctions (و ف), prepositions (ب ك ل), the future marker (س), the article
//! (ال) and object/possessive pronouns (ه ها هم …) attached to the word. Stripping them by
//! shape alone wrecks names (بغداد is not ب + غداد), so every split is checked against
//! `data/wordfreq.tsv`, counts of normalised word forms in ~100 MB of news:
//!
//! * a proclitic or enclitic is stripped only when the remainder is attested at least
//!   `RATIO` (from `data/clitics.tsv`) times as often as the whole form and at least
//!   `MIN_REST_COUNT` (10) times (وبغداد 36 vs بغداد 915 → split; بغداد vs غداد 0 → keep);
//!   two-letter remainders need a ratio of at least 1 (بدا is not ب + دا);
//! * an unlisted whole form splits only into a well-attested remainder, or one that itself
//!   carries the article (وبالتحالفات);
//! * a form that itself takes the article (الوزير is frequent, so وزير is a word) is not split;
//! * the article ال is stripped unless the alef is a hamza of the stem: ل + the word is then
//!   written لأ… (لألمانيا), not لل… (للعراق), so the two counts tell them apart;
//! * ل + ال contracts to لل (للتحالف = ل + ال + تحالف);
//! * a word with the article, or starting with ال at all, takes no enclitic (except إلى);
//! * words in `data/nosplit.txt` (كان, الذي, الله, أبها …) are never split.
//!
//! Decisions for listed words are computed on first use and cached in the entry (an atomic),
//! so the hot path is a single hash lookup.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::data::DataError;
use crate::normalize::normalize;

/// The role of one segment of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SegmentKind {
    /// A conjunction, preposition or future marker (و ف ب ك ل س).
    Proclitic,
    /// The article ال (surface `ل` in the contraction لل = ل + ال).
    Article,
    /// The word's stem; also the single segment of a token that is not an Arabic word.
    Stem,
    /// An attached pronoun (ه ها هم هما كم كما كن هن نا ي).
    Enclitic,
}

/// One segment of a token, with its span in the original and in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// The segment's role.
    pub kind: SegmentKind,
    /// Start in the original text, in code points.
    pub start: usize,
    /// End (exclusive) in the original text, in code points.
    pub end: usize,
    /// Start byte in the normalised text.
    pub norm_start: usize,
    /// End byte (exclusive) in the normalised text.
    pub norm_end: usize,
}

/// How one word splits: up to three proclitic pieces, a stem, an optional enclitic.
/// Piece lengths are in bytes of the normalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Analysis {
    /// Proclitic pieces in order: (byte length, is the article).
    pre: [(u8, bool); 3],
    /// How many of `pre` are used.
    npre: u8,
    /// Byte length of the enclitic, 0 for none.
    suf: u8,
}

impl Analysis {
    /// Does the analysis find the article ال?
    pub fn has_article(&self) -> bool {
        self.pre[..self.npre as usize].iter().any(|p| p.1)
    }

    /// Does the analysis split the word at all?
    pub fn is_split(&self) -> bool {
        self.npre > 0 || self.suf > 0
    }

    /// The pieces of a word of `len` bytes: `(kind, start, end)` byte ranges, in order,
    /// covering `0..len` exactly.
    pub fn pieces(&self, len: usize) -> impl Iterator<Item = (SegmentKind, usize, usize)> + '_ {
        let mut at = 0usize;
        let suf = (self.suf as usize).min(len);
        let pre = self.pre[..self.npre as usize].iter().map(move |&(l, art)| {
            let s = at;
            at += l as usize;
            (
                if art {
                    SegmentKind::Article
                } else {
                    SegmentKind::Proclitic
                },
                s,
                at,
            )
        });
        let pre_len: usize = self.pre[..self.npre as usize]
            .iter()
            .map(|p| p.0 as usize)
            .sum();
        let stem = std::iter::once((SegmentKind::Stem, pre_len.min(len - suf), len - suf));
        let enc = (suf > 0).then_some((SegmentKind::Enclitic, len - suf, len));
        pre.chain(stem).chain(enc)
    }

    fn push(&mut self, bytes: usize, article: bool) {
        if let Some(slot) = self.pre.get_mut(self.npre as usize) {
            *slot = (bytes as u8, article);
            self.npre += 1;
        }
    }

    /// Pack into bits 0..22 for the atomic cache; bit 31 marks "computed" (bits 22..31 are
    /// left for the word length, see [`Lexicon::analyse`]).
    fn pack(&self) -> u32 {
        let mut v = 1u32 << 31 | self.npre as u32 | (self.suf as u32) << 17;
        for (k, &(l, art)) in self.pre.iter().enumerate() {
            v |= ((l as u32 & 0xF) | (art as u32) << 4) << (2 + 5 * k);
        }
        v
    }

    fn unpack(v: u32) -> Analysis {
        let mut a = Analysis {
            npre: (v & 3) as u8,
            suf: ((v >> 17) & 0xF) as u8,
            ..Analysis::default()
        };
        for k in 0..3 {
            let p = v >> (2 + 5 * k);
            a.pre[k] = ((p & 0xF) as u8, p & 0x10 != 0);
        }
        a
    }
}

/// One clitic rule from `data/clitics.tsv`.
#[derive(Debug, Clone)]
struct Clitic {
    form: String,
    ratio: f64,
    before: Vec<char>,
}

/// A word-list entry: its corpus count and the cached analysis (0 = not computed yet).
#[derive(Debug)]
struct Entry {
    count: u32,
    cache: AtomicU32,
}

/// 64-bit fingerprint of a word's bytes: the word list is keyed by it, so a lookup is one
/// hash and one probe, with no key comparison (and no pointer chase into the key text).
/// With ~10^5 listed words a false hit has probability ~10^-14 per lookup, and would only
/// lend a count to an unlisted form.
#[inline]
fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.write_usize(bytes.len());
    // FxHasher's output is already spread for hashbrown's use of high and low bits.
    h.finish()
}

/// A hasher that passes a [`fingerprint`] through unchanged.
#[derive(Default, Clone, Copy)]
struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed; fold anything else in deterministically anyway.
        self.0 ^= fingerprint(bytes);
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

type WordMap = std::collections::HashMap<u64, Entry, std::hash::BuildHasherDefault<IdentityHasher>>;

/// Word counts plus clitic rules: everything segmentation needs.
#[derive(Debug)]
pub struct Lexicon {
    /// The most frequent words (the first [`HOT_WORDS`] of the list): a table small enough
    /// to stay in cache, answering most lookups.
    hot: WordMap,
    /// All other listed words.
    words: WordMap,
    nosplit: FxHashSet<String>,
    conj: Vec<Clitic>,
    prep: Vec<Clitic>,
    future: Vec<Clitic>,
    enclitics: Vec<Clitic>,
}

/// A form that "takes the article" at least this fraction of its own count is a word in its
/// own right: its first/last letters are not clitics.
const ARTICLE_FORM_SHARE: f64 = 0.05;
/// The one frequent ال-initial word that takes pronoun suffixes: إلى (إليه, إلينا).
const PRONOUN_HOST_AL: &str = "الي";
/// A remainder seen fewer times than this does not justify splitting a listed word (a rare
/// name such as وانغ must not become و + انغ on the strength of one stray انغ).
const MIN_REST_COUNT: u32 = 10;
/// Words shorter than this (in chars) are never left as a stem.
const MIN_STEM_CHARS: usize = 2;

const WORDFREQ_TSV: &str = include_str!("../data/wordfreq.tsv");
const CLITICS_TSV: &str = include_str!("../data/clitics.tsv");
const NOSPLIT_TXT: &str = include_str!("../data/nosplit.txt");

/// How many of the most frequent words go into the small, cache-resident table.
const HOT_WORDS: usize = 4096;

/// Parse `word<TAB>count` lines (comments start with `#`), most frequent first, into the
/// hot table (the first [`HOT_WORDS`]) and the rest.
fn parse_wordfreq(src: &str) -> Result<(WordMap, WordMap), DataError> {
    let mut hot = WordMap::default();
    hot.reserve(HOT_WORDS);
    let mut words = WordMap::default();
    words.reserve(src.len() / 14);
    for (i, line) in src.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (w, c) = line
            .split_once('\t')
            .ok_or_else(|| DataError::new("wordfreq.tsv", i + 1, "expected word<TAB>count"))?;
        let count: u32 = c
            .trim()
            .parse()
            .map_err(|_| DataError::new("wordfreq.tsv", i + 1, "count is not a number"))?;
        let map = if hot.len() < HOT_WORDS {
            &mut hot
        } else {
            &mut words
        };
        map.insert(
            fingerprint(w.as_bytes()),
            Entry {
                count,
                cache: AtomicU32::new(0),
            },
        );
    }
    Ok((hot, words))
}

/// Parse `data/clitics.tsv` into (conj, prep, future, enclitics).
#[allow(clippy::type_complexity)]
fn parse_clitics(
    src: &str,
) -> Result<(Vec<Clitic>, Vec<Clitic>, Vec<Clitic>, Vec<Clitic>), DataError> {
    let (mut conj, mut prep, mut future, mut enc) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (i, line) in src.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let err = |m: &str| DataError::new("clitics.tsv", i + 1, m);
        let (kind, form, ratio) = match cols.as_slice() {
            [k, f, r, ..] => (*k, *f, *r),
            _ => return Err(err("expected KIND<TAB>FORM<TAB>RATIO")),
        };
        let ratio: f64 = ratio.parse().map_err(|_| err("RATIO is not a number"))?;
        let form = normalize(form).text;
        if form.is_empty() {
            return Err(err("empty FORM"));
        }
        let before = cols
            .get(3)
            .map(|b| normalize(b).text.chars().collect())
            .unwrap_or_default();
        let c = Clitic {
            form,
            ratio,
            before,
        };
        match kind {
            "conj" => conj.push(c),
            "prep" => prep.push(c),
            "future" => future.push(c),
            "article" if c.form == "ال" => {}
            "article" => return Err(err("the article must be ال")),
            "enclitic" => enc.push(c),
            _ => return Err(err("unknown KIND")),
        }
    }
    // Longest enclitic first, so هما wins over ها and ه.
    enc.sort_by_key(|c| std::cmp::Reverse(c.form.len()));
    Ok((conj, prep, future, enc))
}

fn parse_nosplit(src: &str) -> FxHashSet<String> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| normalize(l).text)
        .collect()
}

impl Lexicon {
    /// Build a lexicon from the three data files' contents.
    pub fn from_sources(
        wordfreq: &str,
        clitics: &str,
        nosplit: &str,
    ) -> Result<Lexicon, DataError> {
        let (hot, words) = parse_wordfreq(wordfreq)?;
        let (conj, prep, future, enclitics) = parse_clitics(clitics)?;
        Ok(Lexicon {
            hot,
            words,
            nosplit: parse_nosplit(nosplit),
            conj,
            prep,
            future,
            enclitics,
        })
    }

    /// The lexicon built from the embedded `data/` files, loaded once.
    pub fn embedded() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        // Embedded at compile time and parsed by a unit test: failure means a broken build.
        LEX.get_or_init(|| {
            Lexicon::from_sources(WORDFREQ_TSV, CLITICS_TSV, NOSPLIT_TXT)
                .expect("embedded data files are valid")
        })
    }

    /// The entry of the word with fingerprint `fp`, hot table first.
    #[inline]
    fn entry(&self, fp: u64) -> Option<&Entry> {
        self.hot.get(&fp).or_else(|| self.words.get(&fp))
    }

    /// Corpus count of the normalised word form `w` (0 when not in the word list).
    pub fn count(&self, w: &str) -> u32 {
        self.entry(fingerprint(w.as_bytes())).map_or(0, |e| e.count)
    }

    /// Count of the concatenation `a + b`, without allocating for short words.
    fn count2(&self, a: &str, b: &str) -> u32 {
        let mut buf = [0u8; 128];
        let n = a.len() + b.len();
        let Some(dst) = buf.get_mut(..n) else {
            return 0;
        };
        dst[..a.len()].copy_from_slice(a.as_bytes());
        dst[a.len()..].copy_from_slice(b.as_bytes());
        self.entry(fingerprint(dst)).map_or(0, |e| e.count)
    }

    /// The analysis of a normalised Arabic word (cached for listed words).
    pub fn analyse(&self, w: &str) -> Analysis {
        match self.entry(fingerprint(w.as_bytes())) {
            Some(e) => {
                let v = e.cache.load(Ordering::Relaxed);
                // The cache also records the word's byte length, so that even a fingerprint
                // collision cannot hand a word the analysis of a word of another length.
                if v != 0 && (v >> 22) & 0x1FF == w.len() as u32 {
                    return Analysis::unpack(v);
                }
                let a = self.compute(w);
                if v == 0 && w.len() <= 0x1FF {
                    e.cache
                        .store(a.pack() | (w.len() as u32) << 22, Ordering::Relaxed);
                }
                a
            }
            None => self.compute(w),
        }
    }

    /// Does `w` take the article often enough to be a word of its own (الوزير → وزير)?
    fn takes_article(&self, w: &str, fw: u32) -> bool {
        let fa = self.count2("ال", w);
        fa > 0 && fa as f64 >= ARTICLE_FORM_SHARE * fw.max(1) as f64
    }

    /// May `whole` be split into a clitic and `rest`?
    fn accept(&self, whole: &str, rest: &str, ratio: f64) -> bool {
        if rest.chars().count() < MIN_STEM_CHARS || self.nosplit.contains(whole) {
            return false;
        }
        let fw = self.count(whole);
        if self.takes_article(whole, fw) {
            return false;
        }
        let fr = self.count(rest);
        if rest.starts_with("ال") && rest.chars().count() >= 4 && fr >= MIN_REST_COUNT {
            // A proclitic before an attested article form (بالإضافة = ب + الإضافة) is
            // productive; few stems begin with a clitic letter followed by ال.
            return true;
        }
        if fw == 0 {
            // Unlisted whole form (rare: often a foreign name, بوجوتا): the remainder must be
            // a well-attested word, or itself carry the article (وبالتحالفات → و +
            // بالتحالفات, unlisted but ب + ال + تحالفات).
            return fr >= MIN_REST_COUNT
                || (rest.chars().count() > 3 && self.compute(rest).has_article());
        }
        // Two-letter remainders are often accidental (بدا is not ب + دا): they must be at
        // least as frequent as the whole form.
        let ratio = if rest.chars().count() == 2 {
            ratio.max(1.0)
        } else {
            ratio
        };
        fr >= MIN_REST_COUNT && fr as f64 >= ratio * fw as f64
    }

    /// Is the initial ال of `rest` the article (rather than a hamza-alef + ل of the stem)?
    fn accept_article(&self, rest: &str, stem: &str) -> bool {
        let n = stem.chars().count();
        if n < MIN_STEM_CHARS || self.nosplit.contains(rest) {
            return false;
        }
        let fs = self.count(stem);
        if stem.starts_with('ل') {
            // ل + اللجنة is written للجنة, so the لل/لال test says nothing here.
            return fs > 0 || (n >= 3 && self.count(rest) == 0);
        }
        let with_article = self.count2("لل", stem); // ل + العراق → للعراق
        let with_hamza = self.count2("لال", stem); // ل + ألمانيا → لألمانيا → لالمانيا
        if with_hamza > with_article {
            return false;
        }
        if with_article > 0 || fs > 0 {
            return true;
        }
        // Nothing attested either way: trust the shape only for unlisted words of three
        // letters or more (a listed الينا is إلينا, not ال + ينا); الاف, اليه stay whole.
        n >= 3 && self.count(rest) == 0
    }

    /// Compute the analysis of `w` from the rules (no cache).
    fn compute(&self, w: &str) -> Analysis {
        let mut a = Analysis::default();
        if self.nosplit.contains(w) {
            return a;
        }
        let mut rest = w;
        let mut article = false;
        // 1. Conjunction و / ف.
        for c in &self.conj {
            if let Some(r) = rest.strip_prefix(c.form.as_str()) {
                if self.accept(rest, r, c.ratio) {
                    a.push(c.form.len(), false);
                    rest = r;
                    break;
                }
            }
        }
        // 2. Preposition ب ك ل (with the contraction لل = ل + ال) or future س.
        let mut done = false;
        if let Some(stem) = rest.strip_prefix("لل") {
            // للتحالف: the de-contracted form التحالف must be a better reading than ل + لتحالف.
            let full = self.count2("ال", stem);
            let plain = self.count(&rest["ل".len()..]);
            let fw = self.count(rest);
            if stem.chars().count() >= MIN_STEM_CHARS
                && full > 0
                && full >= plain
                && !self.nosplit.contains(rest)
                && (fw == 0 || full as f64 >= self.prep_ratio("ل") * fw as f64)
            {
                a.push("ل".len(), false);
                a.push("ل".len(), true);
                rest = stem;
                article = true;
                done = true;
            }
        }
        if !done {
            for c in self.prep.iter().chain(&self.future) {
                if let Some(r) = rest.strip_prefix(c.form.as_str()) {
                    let ok_next = c.before.is_empty()
                        || r.chars().next().is_some_and(|x| c.before.contains(&x));
                    if ok_next && self.accept(rest, r, c.ratio) {
                        a.push(c.form.len(), false);
                        rest = r;
                        break;
                    }
                }
            }
        }
        // 3. Article.
        if !article {
            if let Some(stem) = rest.strip_prefix("ال") {
                if self.accept_article(rest, stem) {
                    a.push("ال".len(), true);
                    rest = stem;
                    article = true;
                }
            }
        }
        // 4. Enclitic pronoun; a word with the article takes none, and neither does one that
        // starts with ال but failed the article test (الناصرية is not الناصري + ه), except
        // إلى (اليه, الينا).
        if !article && (!rest.starts_with("ال") || rest.starts_with(PRONOUN_HOST_AL)) {
            for c in &self.enclitics {
                if let Some(stem) = rest.strip_suffix(c.form.as_str()) {
                    if self.accept(rest, stem, c.ratio) {
                        a.suf = c.form.len() as u8;
                        break;
                    }
                }
            }
        }
        a
    }

    fn prep_ratio(&self, form: &str) -> f64 {
        self.prep
            .iter()
            .find(|c| c.form == form)
            .map_or(1.0, |c| c.ratio)
    }
}

/// Split a normalised Arabic word into `(kind, piece)` segments using the embedded lexicon.
///
/// `segment_word("للتحالف")` gives ل (proclitic), ل (article), تحالف (stem).
pub fn segment_word(word: &str) -> Vec<(SegmentKind, &str)> {
    let a = Lexicon::embedded().analyse(word);
    a.pieces(word.len())
        .filter_map(|(k, s, e)| word.get(s..e).map(|p| (k, p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use SegmentKind::*;

    fn seg(w: &str) -> Vec<String> {
        let n = normalize(w).text;
        segment_word(&n)
            .into_iter()
            .map(|(k, p)| match k {
                Proclitic => format!("{p}+"),
                Article => format!("{p}_"),
                Stem => p.to_string(),
                Enclitic => format!("+{p}"),
            })
            .collect()
    }

    #[test]
    fn embedded_data_parses() {
        let lex = Lexicon::embedded();
        assert!(lex.words.len() > 50_000);
        assert_eq!(lex.hot.len(), HOT_WORDS);
        // Hot and cold words are both found.
        assert!(lex.count("في") > 100_000);
        assert!(lex.count("كركوك") > 10);
        assert!(lex.count("بغداد") > 100);
        assert_eq!(lex.conj.len(), 2);
        assert!(lex.nosplit.contains("الذي"));
    }

    #[test]
    fn bad_data_names_the_line() {
        let e = parse_clitics("conj\tو\tx\n").unwrap_err();
        assert_eq!((e.file, e.line), ("clitics.tsv", 1));
        assert!(parse_clitics("weird\tو\t1\n").is_err());
        let e = parse_wordfreq("# h\nفي\t12\nمن\n").unwrap_err();
        assert_eq!(e.line, 3);
    }

    #[test]
    fn fingerprints_differ() {
        let mut seen = FxHashSet::default();
        for line in WORDFREQ_TSV.lines().filter(|l| !l.starts_with('#')) {
            let w = line.split('\t').next().unwrap();
            assert!(seen.insert(fingerprint(w.as_bytes())), "collision on {w}");
        }
        assert_ne!(fingerprint(b""), fingerprint(b"\0"));
    }

    #[test]
    fn cache_is_keyed_by_length_too() {
        let lex = Lexicon::embedded();
        let first = lex.analyse("بالعراق");
        assert!(first.is_split());
        // Second call comes from the cache and agrees.
        assert_eq!(lex.analyse("بالعراق"), first);
        let e = lex.entry(fingerprint("بالعراق".as_bytes())).unwrap();
        let v = e.cache.load(Ordering::Relaxed);
        assert_eq!((v >> 22) & 0x1FF, "بالعراق".len() as u32);
        assert_eq!(Analysis::unpack(v), first);
    }

    #[test]
    fn pack_roundtrip() {
        let mut a = Analysis::default();
        a.push(2, false);
        a.push(2, false);
        a.push(4, true);
        a.suf = 4;
        assert_eq!(Analysis::unpack(a.pack()), a);
        assert_eq!(
            Analysis::unpack(Analysis::default().pack()),
            Analysis::default()
        );
    }

    #[test]
    fn names_are_not_split() {
        for w in [
            "بغداد",
            "لبنان",
            "كركوك",
            "فلسطين",
            "واشنطن",
            "بريطانيا",
            "وزير",
            "كانون",
            "فيينا",
            "ليبيا",
            "بيروت",
            "كندا",
            "فرنسا",
            "سوريا",
        ] {
            assert_eq!(seg(w), vec![normalize(w).text], "{w}");
        }
    }

    #[test]
    fn conjunction() {
        assert_eq!(seg("وبغداد"), ["و+", "بغداد"]);
        assert_eq!(seg("وأكدت"), ["و+", "اكدت"]);
        assert_eq!(seg("فإن"), ["ف+", "ان"]);
        // Fixed phrases where the clitic form dominates still split.
        assert_eq!(seg("وأضاف"), ["و+", "اضاف"]);
        assert_eq!(seg("بشكل"), ["ب+", "شكل"]);
        assert_eq!(seg("بالإضافة"), ["ب+", "ال_", "اضافه"]);
        // ولي العهد (crown prince) is a word, and فقط is not ف + قط.
        assert_eq!(seg("ولي"), ["ولي"]);
        assert_eq!(seg("فقط"), ["فقط"]);
        assert_eq!(seg("كأس"), ["كاس"]);
        assert_eq!(seg("بدأ"), ["بدا"]);
        assert_eq!(seg("بأن"), ["ب+", "ان"]);
        // Names whose remainders are rare words.
        for w in ["فؤاد", "وليد", "وحيد", "والد", "وائل", "فيصل"] {
            assert_eq!(seg(w), vec![normalize(w).text], "{w}");
        }
    }

    #[test]
    fn preposition_and_article() {
        assert_eq!(seg("بالعراق"), ["ب+", "ال_", "عراق"]);
        assert_eq!(seg("وبالعراق"), ["و+", "ب+", "ال_", "عراق"]);
        assert_eq!(seg("كالعادة"), ["ك+", "ال_", "عاده"]);
        assert_eq!(seg("العراق"), ["ال_", "عراق"]);
        // Not الناصري + ه / المنصور + ه.
        assert_eq!(seg("الناصرية"), ["الناصريه"]);
        assert_eq!(seg("المنصورة"), ["المنصوره"]);
        assert_eq!(seg("إلينا"), ["الي", "+نا"]);
    }

    #[test]
    fn lam_article_contraction() {
        assert_eq!(seg("للتحالف"), ["ل+", "ل_", "تحالف"]);
        assert_eq!(seg("وللتحالف"), ["و+", "ل+", "ل_", "تحالف"]);
        // ل + ليبيا is not a contraction.
        assert_eq!(seg("لليبيا"), ["ل+", "ليبيا"]);
    }

    #[test]
    fn future_marker_only_on_verbs() {
        assert_eq!(seg("سيعقد"), ["س+", "يعقد"]);
        assert_eq!(seg("ستة"), ["سته"]);
        assert_eq!(seg("ساعد"), ["ساعد"]);
        assert_eq!(seg("ستكون"), ["س+", "تكون"]);
        assert_eq!(seg("سوريا"), ["سوريا"]);
    }

    #[test]
    fn hamza_alef_is_not_the_article() {
        assert_eq!(seg("ألمانيا"), ["المانيا"]);
        assert_eq!(seg("آلاف"), ["الاف"]);
        assert_eq!(seg("الذي"), ["الذي"]);
        assert_eq!(seg("الله"), ["الله"]);
    }

    #[test]
    fn enclitics() {
        assert_eq!(seg("مهامه"), ["مهام", "+ه"]);
        assert_eq!(seg("عليه"), ["علي", "+ه"]);
        assert_eq!(seg("منه"), ["من", "+ه"]);
        assert_eq!(seg("لديها"), ["لدي", "+ها"]);
        // إليه and آلية both normalise to اليه; the noun reading keeps it whole.
        assert_eq!(seg("إليه"), ["اليه"]);
        assert_eq!(seg("ومهامه"), ["و+", "مهام", "+ه"]);
        // ة → ه is not a pronoun, nor is a nisba ي.
        assert_eq!(seg("مدينة"), ["مدينه"]);
        assert_eq!(seg("دولة"), ["دوله"]);
        assert_eq!(seg("رئيسي"), ["رييسي"]);
        assert_eq!(seg("اقتصادي"), ["اقتصادي"]);
        assert_eq!(seg("مواطني"), ["مواطني"]);
    }

    #[test]
    fn words_that_take_the_article_keep_their_first_letter() {
        assert_eq!(seg("وقت"), ["وقت"]);
        assert_eq!(seg("لجنة"), ["لجنه"]);
        assert_eq!(seg("كبير"), ["كبير"]);
        assert_eq!(seg("بحث"), ["بحث"]);
    }

    #[test]
    fn function_words_stay_whole() {
        for w in ["كان", "كما", "لكن", "بين", "في", "من", "لا"] {
            assert_eq!(seg(w), vec![normalize(w).text], "{w}");
        }
    }

    #[test]
    fn unlisted_words_split_when_parts_are_known() {
        // Not in the word list (too rare), but the remainder is.
        let lex = Lexicon::embedded();
        assert_eq!(lex.count("وبالتحالفات"), 0);
        assert_eq!(seg("وبالتحالفات"), ["و+", "ب+", "ال_", "تحالفات"]);
        // An unlisted foreign name with a rare remainder stays whole.
        assert_eq!(lex.count("بوجوتا"), 0);
        assert_eq!(seg("بوجوتا"), ["بوجوتا"]);
    }
}
