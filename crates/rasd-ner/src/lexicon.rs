//! Lexical resources the features consult: word clusters, the gazetteer and cue words.
//!
//! All three are TSV data files; entries are keyed by their `rasd_text::normalize`d form so
//! that a token and an entry match whatever their hamza or tā' marbūṭa spelling.

use rustc_hash::FxHashMap;

use crate::error::NerError;

/// The data lines of a TSV resource (blank and `#` lines skipped), each able to name its
/// file and line in an error.
pub(crate) fn rows<'a>(src: &'a str, file: &'a str) -> impl Iterator<Item = Row<'a>> {
    src.lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(move |(n, line)| Row {
            file,
            line: n + 1,
            cols: line.split('\t'),
        })
}

/// One data line of a TSV resource, read column by column.
pub(crate) struct Row<'a> {
    file: &'a str,
    line: usize,
    /// The columns not read yet.
    pub(crate) cols: std::str::Split<'a, char>,
}

impl<'a> Row<'a> {
    /// A parse error naming this row's file and line.
    pub(crate) fn err(&self, msg: &str) -> NerError {
        NerError::Parse {
            file: self.file.to_string(),
            line: self.line,
            msg: msg.to_string(),
        }
    }

    /// The next column, which must satisfy `ok`; `msg` names what was wanted.
    pub(crate) fn text(
        &mut self,
        ok: impl Fn(&str) -> bool,
        msg: &str,
    ) -> Result<&'a str, NerError> {
        self.cols
            .next()
            .filter(|c| ok(c))
            .ok_or_else(|| self.err(msg))
    }

    /// The next column, trimmed and non-empty.
    pub(crate) fn trimmed(&mut self, msg: &str) -> Result<&'a str, NerError> {
        self.cols
            .next()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .ok_or_else(|| self.err(msg))
    }

    /// The next column parsed as a number no greater than `max`.
    pub(crate) fn number<T: std::str::FromStr + PartialOrd>(
        &mut self,
        max: Option<T>,
        msg: &str,
    ) -> Result<T, NerError> {
        self.cols
            .next()
            .and_then(|c| c.parse::<T>().ok())
            .filter(|v| match &max {
                Some(m) => v <= m,
                None => true,
            })
            .ok_or_else(|| self.err(msg))
    }
}

/// The id of `class` in `classes`, added on first sight (ids are `u8`).
fn class_id(classes: &mut Vec<Box<str>>, class: &str) -> Option<u8> {
    if let Some(i) = classes.iter().position(|c| &**c == class) {
        return Some(i as u8);
    }
    if classes.len() >= u8::MAX as usize {
        return None;
    }
    classes.push(class.into());
    Some((classes.len() - 1) as u8)
}

/// Number of cluster granularities stored per word (coarse → fine).
pub const CLUSTER_LEVELS: usize = 3;

/// One word's entry in the cluster table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClusterEntry {
    /// Frequency of the word in the unlabelled corpus.
    pub count: u32,
    /// Cluster id at each granularity, coarse first.
    pub ids: [u16; CLUSTER_LEVELS],
}

/// Word → cluster ids, learned from unlabelled news (see `rasd-learn-clusters`).
#[derive(Debug, Default, Clone)]
pub struct Clusters {
    map: FxHashMap<Box<str>, ClusterEntry>,
}

impl Clusters {
    /// Parse the TSV `word<TAB>count<TAB>c1<TAB>c2<TAB>c3`; `#` lines are comments.
    ///
    /// Words are stored as written: the learner writes them already normalised.
    pub fn parse(src: &str, file: &str) -> Result<Self, NerError> {
        let mut map = FxHashMap::default();
        map.reserve(src.len() / 24);
        for mut row in rows(src, file) {
            let word = row.text(|w| !w.is_empty(), "empty word")?;
            let count = row.number::<u32>(None, "bad count")?;
            let mut ids = [0u16; CLUSTER_LEVELS];
            for id in ids.iter_mut() {
                *id = row.number(None, "bad cluster id")?;
            }
            map.insert(word.into(), ClusterEntry { count, ids });
        }
        Ok(Clusters { map })
    }

    /// The entry of a normalised word, if it is in the table.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&ClusterEntry> {
        self.map.get(word)
    }

    /// Corpus frequency of a normalised word (0 when unknown).
    #[inline]
    pub fn count(&self, word: &str) -> u32 {
        self.map.get(word).map_or(0, |e| e.count)
    }

    /// Number of words in the table.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Multi-word name list (places), matched on the clitic-stripped first word.
#[derive(Debug, Default, Clone)]
pub struct Gazetteer {
    /// Key: the name's normalised words, the first with ال and proclitics stripped, joined
    /// by one space. Value: a small class id (index into `classes`).
    names: FxHashMap<Box<str>, u8>,
    classes: Vec<Box<str>>,
    /// First words (keyed like names) of the names with more than one word.
    firsts: rustc_hash::FxHashSet<Box<str>>,
    /// Longest name in words.
    pub max_words: usize,
}

impl Gazetteer {
    /// Parse the TSV `name<TAB>class`; `#` lines are comments; names are normalised here.
    pub fn parse(src: &str, file: &str) -> Result<Self, NerError> {
        let mut g = Gazetteer::default();
        g.extend(src, file)?;
        Ok(g)
    }

    /// Add the names of another TSV like [`Gazetteer::parse`] reads; a name already present
    /// keeps its first class.
    pub fn extend(&mut self, src: &str, file: &str) -> Result<(), NerError> {
        let g = self;
        for mut row in rows(src, file) {
            let name = row.trimmed("empty name")?;
            let class = row.trimmed("missing class")?;
            let key = Self::key(name.split_whitespace());
            if key.is_empty() {
                continue;
            }
            let words = key.split(' ').count();
            let id = class_id(&mut g.classes, class).ok_or_else(|| row.err("too many classes"))?;
            g.max_words = g.max_words.max(words);
            if let Some((first, _)) = key.split_once(' ') {
                g.firsts.insert(first.into());
            }
            g.names.entry(key.into()).or_insert(id);
        }
        Ok(())
    }

    /// The lookup key of a name given as (unnormalised) words.
    pub fn key<'a>(words: impl Iterator<Item = &'a str>) -> String {
        let mut key = String::new();
        for (i, w) in words.enumerate() {
            let norm = rasd_text::normalize(w).text;
            if i == 0 {
                key.push_str(crate::features::strip_proclitics(&norm, None).stem);
            } else {
                key.push(' ');
                key.push_str(&norm);
            }
        }
        key
    }

    /// Whether some name of two or more words starts with this (keyed) first word.
    #[inline]
    pub fn starts_multiword(&self, first: &str) -> bool {
        self.firsts.contains(first)
    }

    /// Class id of a key built like [`Gazetteer::key`].
    #[inline]
    pub fn get(&self, key: &str) -> Option<u8> {
        self.names.get(key).copied()
    }

    /// Name of a class id.
    pub fn class_name(&self, id: u8) -> Option<&str> {
        self.classes.get(id as usize).map(|c| &**c)
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are no names.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Cue words (titles, trigger nouns, speech verbs) with a class each.
#[derive(Debug, Default, Clone)]
pub struct Cues {
    words: FxHashMap<Box<str>, u8>,
    classes: Vec<Box<str>>,
}

impl Cues {
    /// Parse the TSV `word<TAB>class`; words are normalised here and matched on the
    /// clitic-stripped stem of a token.
    pub fn parse(src: &str, file: &str) -> Result<Self, NerError> {
        let mut c = Cues::default();
        for mut row in rows(src, file) {
            let word = row.trimmed("empty word")?;
            let class = row.trimmed("missing class")?;
            let norm = rasd_text::normalize(word).text;
            let stem = crate::features::strip_proclitics(&norm, None)
                .stem
                .to_string();
            let id = class_id(&mut c.classes, class).ok_or_else(|| row.err("too many classes"))?;
            c.words.insert(stem.into(), id);
        }
        Ok(c)
    }

    /// Class id of a clitic-stripped normalised stem.
    #[inline]
    pub fn get(&self, stem: &str) -> Option<u8> {
        self.words.get(stem).copied()
    }

    /// Name of a class id.
    pub fn class_name(&self, id: u8) -> Option<&str> {
        self.classes.get(id as usize).map(|c| &**c)
    }

    /// Number of cue words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are no cue words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// How often a first-pass tagger labelled each word (clitic-stripped, normalised stem) as
/// part of a name when run over unlabelled news: self-training evidence that reaches
/// names the labelled data never shows, from the contexts they do occur in.
#[derive(Debug, Default, Clone)]
pub struct CorpusLabels {
    map: FxHashMap<Box<str>, [u8; 4]>,
    /// «stem1 stem2» → tenths of the pair's occurrences where the second word continued a
    /// name begun at or before the first (tagged I-).
    pairs: FxHashMap<Box<str>, u8>,
    /// Entity context of a stem in the tagged corpus (see [`CorpusLabels::with_ctx`]).
    ctx: FxHashMap<Box<str>, [u8; CTX_FIELDS]>,
    /// «stem1 … stemN» → tenths of occurrences tagged as one whole PERS, ORG, LOC, MISC name.
    phrases: FxHashMap<Box<str>, [u8; 4]>,
}

/// Numbers per stem in the entity-context table: the percentage of the stem's name
/// occurrences that begin a name (B-), then of its occurrences outside names, the percentage
/// followed by the start of a PERS, ORG, LOC, MISC name, then the percentage preceded by the
/// end of one.
pub const CTX_FIELDS: usize = 9;

impl CorpusLabels {
    /// Parse the TSV `stem<TAB>count<TAB>PERS<TAB>ORG<TAB>LOC<TAB>MISC`, the last four the
    /// fraction of occurrences in tenths (0–10).
    pub fn parse(src: &str, file: &str) -> Result<Self, NerError> {
        let mut map = FxHashMap::default();
        for mut row in rows(src, file) {
            let word = row.text(|w| !w.is_empty(), "empty word")?;
            row.number::<u32>(None, "bad count")?;
            let mut f = [0u8; 4];
            for x in f.iter_mut() {
                *x = row.number(Some(10), "bad fraction (0-10)")?;
            }
            map.insert(word.into(), f);
        }
        Ok(CorpusLabels {
            map,
            pairs: FxHashMap::default(),
            ctx: FxHashMap::default(),
            phrases: FxHashMap::default(),
        })
    }

    /// Add the pair table, TSV `stem1 stem2<TAB>count<TAB>continuation tenths (0–10)`.
    pub fn with_pairs(mut self, src: &str, file: &str) -> Result<Self, NerError> {
        for mut row in rows(src, file) {
            let pair = row.text(|w| w.contains(' '), "expected two words")?;
            row.number::<u32>(None, "bad count")?;
            let cont = row.number(Some(10u8), "bad fraction (0-10)")?;
            self.pairs.insert(pair.into(), cont);
        }
        Ok(self)
    }

    /// Add the entity-context table, TSV `stem<TAB>count<TAB>` and [`CTX_FIELDS`]
    /// percentages (0–100): B share of name occurrences; next word begins PERS, ORG, LOC,
    /// MISC; previous word ends PERS, ORG, LOC, MISC (the last eight over the stem's
    /// occurrences outside names).
    pub fn with_ctx(mut self, src: &str, file: &str) -> Result<Self, NerError> {
        for mut row in rows(src, file) {
            let word = row.text(|w| !w.is_empty(), "empty word")?;
            row.number::<u32>(None, "bad count")?;
            let mut f = [0u8; CTX_FIELDS];
            for x in f.iter_mut() {
                *x = row.number(Some(100u8), "bad percentage (0-100)")?;
            }
            self.ctx.insert(word.into(), f);
        }
        Ok(self)
    }

    /// Add the phrase table, TSV `stem1 … stemN<TAB>count<TAB>PERS<TAB>ORG<TAB>LOC<TAB>MISC`
    /// (2–4 stems; tenths of occurrences tagged as one whole name of that type).
    pub fn with_phrases(mut self, src: &str, file: &str) -> Result<Self, NerError> {
        for mut row in rows(src, file) {
            let key = row.text(
                |w| (1..=3).contains(&w.matches(' ').count()),
                "expected 2-4 words",
            )?;
            row.number::<u32>(None, "bad count")?;
            let mut f = [0u8; 4];
            for x in f.iter_mut() {
                *x = row.number(Some(10u8), "bad fraction (0-10)")?;
            }
            self.phrases.insert(key.into(), f);
        }
        Ok(self)
    }

    /// Phrase fractions of a «stem1 … stemN» key.
    #[inline]
    pub fn phrase(&self, key: &str) -> Option<&[u8; 4]> {
        self.phrases.get(key)
    }

    /// Number of phrases.
    pub fn phrases_len(&self) -> usize {
        self.phrases.len()
    }

    /// Entity context of a stem (see [`CorpusLabels::with_ctx`]).
    #[inline]
    pub fn ctx(&self, stem: &str) -> Option<&[u8; CTX_FIELDS]> {
        self.ctx.get(stem)
    }

    /// Number of stems with an entity context.
    pub fn ctx_len(&self) -> usize {
        self.ctx.len()
    }

    /// Continuation tenths of a «stem1 stem2» key.
    #[inline]
    pub fn pair(&self, key: &str) -> Option<u8> {
        self.pairs.get(key).copied()
    }

    /// Number of pairs.
    pub fn pairs_len(&self) -> usize {
        self.pairs.len()
    }

    /// Fractions (tenths) of PERS, ORG, LOC, MISC for a stem.
    #[inline]
    pub fn get(&self, stem: &str) -> Option<&[u8; 4]> {
        self.map.get(stem)
    }

    /// Number of stems.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Every lexical resource the features read.
#[derive(Debug, Default, Clone)]
pub struct Resources {
    /// Word clusters.
    pub clusters: Clusters,
    /// Place names.
    pub gazetteer: Gazetteer,
    /// Cue words.
    pub cues: Cues,
    /// Self-training label fractions.
    pub labels: CorpusLabels,
    /// Large name lexicon (flag LEXICON).
    pub lexicon: crate::namelex::NameLexicon,
    /// Tagger-independent context profiles of stems.
    pub profiles: crate::context::Profiles,
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus_labels_parse() {
        let l = CorpusLabels::parse("# x\nعراق\t50\t0\t1\t9\t0\n", "l").unwrap();
        assert_eq!(l.get("عراق"), Some(&[0, 1, 9, 0]));
        assert!(CorpusLabels::parse("عراق\t50\t0\t1\t11\t0\n", "l").is_err());
        assert!(CorpusLabels::parse("عراق\t50\t0\t1\n", "l").is_err());
        let l = l.with_pairs("مجلس امن\t90\t8\n", "p").unwrap();
        assert_eq!(l.pair("مجلس امن"), Some(8));
        assert_eq!(l.pair("امن مجلس"), None);
        assert!(CorpusLabels::default()
            .with_pairs("مجلس\t9\t8\n", "p")
            .is_err());
        let l = CorpusLabels::default()
            .with_ctx("# x\nقال\t900\t0\t30\t2\t1\t0\t0\t0\t0\t0\n", "c")
            .unwrap();
        assert_eq!(l.ctx("قال"), Some(&[0, 30, 2, 1, 0, 0, 0, 0, 0]));
        assert_eq!(l.ctx_len(), 1);
        let l = l
            .with_phrases("المغرب فاسي\t40\t0\t7\t2\t0\n", "ph")
            .unwrap();
        assert_eq!(l.phrase("المغرب فاسي"), Some(&[0, 7, 2, 0]));
        assert!(CorpusLabels::default()
            .with_phrases("مغرب\t40\t0\t7\t2\t0\n", "ph")
            .is_err());
        let e = CorpusLabels::default()
            .with_ctx("قال\t900\t0\t30\t2\n", "ctx.tsv")
            .unwrap_err()
            .to_string();
        assert!(e.contains("ctx.tsv:1"), "{e}");
        assert!(CorpusLabels::default()
            .with_ctx("قال\t900\t0\t101\t2\t1\t0\t0\t0\t0\t0\n", "c")
            .is_err());
    }

    use super::*;

    #[test]
    fn clusters_parse_and_errors() {
        let c = Clusters::parse("# c\nعراق\t10\t1\t2\t3\n", "t").unwrap();
        assert_eq!(
            c.get("عراق"),
            Some(&ClusterEntry {
                count: 10,
                ids: [1, 2, 3]
            })
        );
        assert_eq!(c.count("غير"), 0);
        let e = Clusters::parse("a\t1\t2\n", "t.tsv")
            .unwrap_err()
            .to_string();
        assert!(e.contains("t.tsv:1"), "{e}");
    }

    #[test]
    fn gazetteer_keys_normalise_and_strip() {
        let g =
            Gazetteer::parse("العراق\tLOC\nالمملكة المتحدة\tLOC\nعين الأسد\tFAC\n", "g").unwrap();
        assert_eq!(g.max_words, 2);
        // Lookup by the key of a token with proclitics and another spelling.
        let k = Gazetteer::key(["بالعراق"].into_iter());
        assert!(g.get(&k).is_some(), "{k}");
        let k = Gazetteer::key(["عين", "الاسد"].into_iter());
        assert_eq!(g.get(&k).and_then(|i| g.class_name(i)), Some("FAC"));
        assert!(Gazetteer::parse("x\n", "g").is_err());
    }

    #[test]
    fn gazetteer_extend_adds_classes_and_keeps_first() {
        let mut g = Gazetteer::parse("عمان\tCITY\n", "g").unwrap();
        g.extend("عمان\tGIVEN\nحركة حماس\tORGNAME\n", "n").unwrap();
        let class = |k: &str| g.get(k).and_then(|i| g.class_name(i));
        assert_eq!(class("عمان"), Some("CITY"));
        assert_eq!(class("حركه حماس"), Some("ORGNAME"));
        assert!(g.starts_multiword("حركه"));
        let err = g
            .extend("ok\tX\nbad\n", "names.tsv")
            .unwrap_err()
            .to_string();
        assert!(err.contains("names.tsv") && err.contains('2'), "{err}");
    }

    #[test]
    fn cues_match_stems() {
        let c = Cues::parse("وزير\tTITLE\nوزارة\tORG\n", "c").unwrap();
        assert_eq!(c.get("وزير").and_then(|i| c.class_name(i)), Some("TITLE"));
        assert_eq!(c.get("وزاره").and_then(|i| c.class_name(i)), Some("ORG"));
        assert_eq!(c.len(), 2);
    }
}
