//! Statistical Arabic named-entity tagger: tokens in, IOB2 tags over ANERcorp's types
//! (PERS, ORG, LOC, MISC) out.
//!
//! Lexicons find the names they list; news is full of names they do not. This crate learns
//! from ANERcorp (and from NewsFANE, the same newswire under another annotation scheme, whose
//! sentences carry scheme-specific feature copies in training): an ensemble of averaged
//! structured perceptrons (trained with feature dropout) with Viterbi decoding under IOB2
//! constraints, over features of the clitic-stripped token and its neighbours, word
//! clusters learned from unlabelled news (skip-gram + k-means, `rasd-learn-clusters`), a
//! gazetteer of places and of person/organisation names (longest match), a larger name lexicon
//! (cities, actor-dictionary persons and organisations, given names; `namelex`), cue words (also two or
//! three words back), tagger-independent context profiles of each stem (which cue words
//! surround it across the unlabelled news, how often it takes the article …,
//! `rasd-context-profiles`), self-training statistics (how a first-pass tagger labelled
//! each stem and stem pair across the unlabelled news, `rasd-corpus-labels`) and the labels
//! the tagger gave the same stem earlier in the document. A constant penalty on tag O, folded
//! into the bias feature, pushes the precise perceptrons towards recall. The model and its resources are
//! embedded in the binary and loaded once, on first use (~0.1 s).
//!
//! Entry points: [`tag`] (one tokenised sentence), [`tag_conll`] (the `rasd ner --conll`
//! stream format) and [`tag_text`] (raw text → name spans in original code points, without
//! attached proclitics). [`Tagger::tag_in`] tags a document sentence by sentence.

pub mod context;
pub mod error;
pub mod features;
pub mod learn;
pub mod lexicon;
pub mod model;
pub mod namelex;
pub mod selftrain;
pub mod stack;
pub mod tokenize;
pub mod train;

use std::io::{BufRead, Write};
use std::sync::LazyLock;

pub use error::NerError;
pub use features::History;
use features::{FeatureExtractor, SentenceFeatures};
use lexicon::{Clusters, CorpusLabels, Cues, Gazetteer, Resources};
use model::Model;

/// Entity types of ANERcorp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// A person.
    Pers,
    /// An organisation.
    Org,
    /// A location (ANERcorp's LOC covers countries, cities, regions and facilities).
    Loc,
    /// Other names (nationalities, events, products …).
    Misc,
}

impl Label {
    const ALL: [Label; 4] = [Label::Pers, Label::Org, Label::Loc, Label::Misc];

    /// The ANERcorp spelling: `PERS`, `ORG`, `LOC`, `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Pers => "PERS",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }

    fn index(self) -> u8 {
        match self {
            Label::Pers => 0,
            Label::Org => 1,
            Label::Loc => 2,
            Label::Misc => 3,
        }
    }
}

/// One IOB2 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Outside any name.
    O,
    /// First token of a name.
    B(Label),
    /// Continuation of a name.
    I(Label),
}

const TAG_STRS: [&str; model::NUM_TAGS] = [
    "O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];

impl Tag {
    /// The tag as ANERcorp writes it: `O`, `B-PERS`, `I-LOC` …
    pub fn as_str(self) -> &'static str {
        TAG_STRS[self.id() as usize]
    }

    /// Dense id: O = 0, B-X = 1 + 2·X, I-X = 2 + 2·X (X: PERS 0, ORG 1, LOC 2, MISC 3).
    pub fn id(self) -> u8 {
        match self {
            Tag::O => 0,
            Tag::B(l) => 1 + 2 * l.index(),
            Tag::I(l) => 2 + 2 * l.index(),
        }
    }

    /// The tag of a dense id (out-of-range ids give `O`).
    pub fn from_id(id: u8) -> Tag {
        match id {
            1..=8 => {
                let l = Label::ALL[((id - 1) / 2) as usize];
                if id % 2 == 1 {
                    Tag::B(l)
                } else {
                    Tag::I(l)
                }
            }
            _ => Tag::O,
        }
    }

    /// Parse `O`, `B-PERS` … (also `B-PER`, which some corpora write).
    pub fn parse(s: &str) -> Option<Tag> {
        let s = if s == "B-PER" || s == "I-PER" {
            &s[..1]
        } else {
            s
        };
        match s {
            "B" => return Some(Tag::B(Label::Pers)),
            "I" => return Some(Tag::I(Label::Pers)),
            _ => {}
        }
        TAG_STRS
            .iter()
            .position(|&t| t == s)
            .map(|i| Tag::from_id(i as u8))
    }

    /// The entity type, if any.
    pub fn label(self) -> Option<Label> {
        match self {
            Tag::O => None,
            Tag::B(l) | Tag::I(l) => Some(l),
        }
    }
}

/// A name found in raw text by [`tag_text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSpan {
    /// Code-point offset of the first char in the original text.
    pub start: usize,
    /// Code-point offset one past the last char.
    pub end: usize,
    /// Entity type.
    pub label: Label,
    /// The original text of the span.
    pub text: String,
}

/// A loaded tagger: model plus the lexical resources its features read.
#[derive(Debug)]
pub struct Tagger {
    res: Resources,
    model: Model,
}

const MODEL_BYTES: &[u8] = include_bytes!("../data/model.bin");
const CLUSTERS_TSV: &str = include_str!("../data/clusters.tsv");
const GAZETTEER_TSV: &str = include_str!("../data/gazetteer.tsv");
const NAMES_TSV: &str = include_str!("../data/names.tsv");
const CUES_TSV: &str = include_str!("../data/cues.tsv");
const LABELS_TSV: &str = include_str!("../data/corpus_labels.tsv");
const PAIRS_TSV: &str = include_str!("../data/corpus_pairs.tsv");
const LEXICON_TSV: &str = include_str!("../data/lexicon.tsv");
const CTX_TSV: &str = include_str!("../data/corpus_ctx.tsv");
const PROFILES_TSV: &str = include_str!("../data/ctx_profiles.tsv");

static EMBEDDED: LazyLock<Result<Tagger, NerError>> = LazyLock::new(|| {
    Ok(Tagger::new(
        embedded_resources()?,
        Model::from_bytes(MODEL_BYTES, "embedded data/model.bin")?,
    ))
});

/// The embedded word clusters (`data/clusters.tsv`).
pub fn embedded_clusters() -> Result<Clusters, NerError> {
    Clusters::parse(CLUSTERS_TSV, "data/clusters.tsv")
}

/// The embedded gazetteer: places (`data/gazetteer.tsv`) and person, organisation and other
/// names (`data/names.tsv`).
pub fn embedded_gazetteer() -> Result<Gazetteer, NerError> {
    let mut g = Gazetteer::parse(GAZETTEER_TSV, "data/gazetteer.tsv")?;
    g.extend(NAMES_TSV, "data/names.tsv")?;
    Ok(g)
}

/// The embedded cue words (`data/cues.tsv`).
pub fn embedded_cues() -> Result<Cues, NerError> {
    Cues::parse(CUES_TSV, "data/cues.tsv")
}

/// The embedded self-training label fractions (`data/corpus_labels.tsv`,
/// `data/corpus_pairs.tsv`, `data/corpus_ctx.tsv`).
pub fn embedded_corpus_labels() -> Result<CorpusLabels, NerError> {
    CorpusLabels::parse(LABELS_TSV, "data/corpus_labels.tsv")?
        .with_pairs(PAIRS_TSV, "data/corpus_pairs.tsv")?
        .with_ctx(CTX_TSV, "data/corpus_ctx.tsv")
}

/// The embedded name lexicon (`data/lexicon.tsv`).
pub fn embedded_lexicon() -> Result<namelex::NameLexicon, NerError> {
    namelex::NameLexicon::parse(LEXICON_TSV, "data/lexicon.tsv")
}

/// The embedded context profiles (`data/ctx_profiles.tsv`).
pub fn embedded_ctx_profiles() -> Result<context::Profiles, NerError> {
    context::Profiles::parse(PROFILES_TSV, "data/ctx_profiles.tsv")
}

/// Every embedded resource.
pub fn embedded_resources() -> Result<Resources, NerError> {
    Ok(Resources {
        clusters: embedded_clusters()?,
        gazetteer: embedded_gazetteer()?,
        cues: embedded_cues()?,
        labels: embedded_corpus_labels()?,
        lexicon: embedded_lexicon()?,
        profiles: embedded_ctx_profiles()?,
    })
}

impl Tagger {
    /// A tagger from its parts (the model must have been trained with these resources).
    pub fn new(res: Resources, model: Model) -> Self {
        Tagger { res, model }
    }

    /// The embedded tagger, loaded on first call.
    pub fn embedded() -> Result<&'static Tagger, &'static NerError> {
        EMBEDDED.as_ref()
    }

    /// The feature extractor matching the model.
    pub fn extractor(&self) -> FeatureExtractor<'_> {
        FeatureExtractor::new(&self.res, self.model.flags())
    }

    /// The lexical resources.
    pub fn resources(&self) -> &Resources {
        &self.res
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Tag one tokenised sentence.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        let mut sf = SentenceFeatures::default();
        self.extractor().sentence(tokens, &mut sf);
        self.model
            .decode(&sf)
            .into_iter()
            .map(Tag::from_id)
            .collect()
    }

    /// Tag one sentence of a document: `history` holds the tags of the document's earlier
    /// sentences (names recur) and receives this sentence's tags.
    pub fn tag_in(&self, tokens: &[&str], history: &mut History) -> Vec<Tag> {
        let mut sf = SentenceFeatures::default();
        self.extractor().sentence_in(tokens, Some(history), &mut sf);
        let ids = self.model.decode(&sf);
        if sf.stems.len() == ids.len() {
            history.push_stems(std::mem::take(&mut sf.stems), &ids);
        } else {
            history.push(tokens, &ids, &self.res.clusters);
        }
        ids.into_iter().map(Tag::from_id).collect()
    }

    /// A fresh document history of the window the model was trained with.
    pub fn new_history(&self) -> History {
        History::new(train::HISTORY_WINDOW)
    }

    /// Proclitic chars (و ف ب ل ك) at the start of `token` that a name span leaves out,
    /// counted in original code points.
    fn proclitic_cps(&self, token: &str) -> usize {
        let norm = rasd_text::normalize(token);
        let st = features::strip_proclitics(&norm.text, Some(&self.res.clusters));
        if st.proclitics == 0 {
            return 0;
        }
        let byte = norm
            .text
            .char_indices()
            .nth(st.proclitics)
            .map_or(norm.text.len(), |(b, _)| b);
        norm.original_offset(byte)
    }
}

/// Tag one sentence: one IOB2 tag per token (all `O` if the embedded model failed to load,
/// which the crate's tests rule out).
pub fn tag(tokens: &[&str]) -> Vec<Tag> {
    match Tagger::embedded() {
        Ok(t) => t.tag(tokens),
        Err(_) => vec![Tag::O; tokens.len()],
    }
}

/// The `rasd ner --conll` behaviour: read one token a line (the first whitespace-separated
/// column; other columns ignored), blank lines between sentences; write `token<TAB>tag`
/// lines, blank lines kept where they were. The stream is treated as one document: each
/// sentence is tagged with the history of the previous ones.
pub fn tag_conll(input: impl BufRead, mut output: impl Write) -> Result<(), NerError> {
    let tagger = Tagger::embedded().map_err(|e| NerError::Model {
        what: "embedded".into(),
        msg: e.to_string(),
    })?;
    let mut sentence: Vec<String> = Vec::new();
    let mut history = tagger.new_history();
    let mut flush = |sentence: &mut Vec<String>, output: &mut dyn Write| -> Result<(), NerError> {
        if sentence.is_empty() {
            return Ok(());
        }
        let toks: Vec<&str> = sentence.iter().map(String::as_str).collect();
        let tags = tagger.tag_in(&toks, &mut history);
        for (tok, tag) in toks.iter().zip(tags) {
            writeln!(output, "{tok}\t{}", tag.as_str())
                .map_err(|e| NerError::io("conll output", e))?;
        }
        sentence.clear();
        Ok(())
    };
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| NerError::io(format!("conll input line {}", n + 1), e))?;
        match line.split_whitespace().next() {
            Some(tok) => sentence.push(tok.to_string()),
            None => {
                flush(&mut sentence, &mut output)?;
                writeln!(output).map_err(|e| NerError::io("conll output", e))?;
            }
        }
    }
    flush(&mut sentence, &mut output)?;
    output.flush().map_err(|e| NerError::io("conll output", e))
}

/// Tokenise raw text (ANERcorp style; sentence breaks at `. ! ? ؟` and newlines), tag it
/// as one document, and return the names as spans in original code points. A span leaves out proclitics
/// attached to its first token (بالعراق → العراق, وفؤاد → فؤاد).
pub fn tag_text(text: &str) -> Vec<NameSpan> {
    let Ok(tagger) = Tagger::embedded() else {
        return Vec::new();
    };
    let cps: Vec<(usize, char)> = text.char_indices().collect();
    let slice = |s: usize, e: usize| -> String {
        let b0 = cps.get(s).map_or(text.len(), |p| p.0);
        let b1 = cps.get(e).map_or(text.len(), |p| p.0);
        text.get(b0..b1).unwrap_or("").to_string()
    };
    let mut out = Vec::new();
    let mut history = tagger.new_history();
    for sent in tokenize::sentences(text) {
        let toks: Vec<&str> = sent.iter().map(|t| t.text).collect();
        let ids: Vec<u8> = tagger
            .tag_in(&toks, &mut history)
            .into_iter()
            .map(Tag::id)
            .collect();
        for (s, e, ty) in train::chunks(&ids) {
            let (Some(first), Some(last)) = (sent.get(s), sent.get(e.wrapping_sub(1))) else {
                continue;
            };
            let skip = tagger
                .proclitic_cps(first.text)
                .min(first.end - first.start);
            let start = first.start + skip;
            let label = match Tag::from_id(ty * 2 - 1).label() {
                Some(l) => l,
                None => continue,
            };
            if start < last.end {
                out.push(NameSpan {
                    start,
                    end: last.end,
                    label,
                    text: slice(start, last.end),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_through_ids_and_strings() {
        for id in 0..9u8 {
            let t = Tag::from_id(id);
            assert_eq!(t.id(), id);
            assert_eq!(Tag::parse(t.as_str()), Some(t));
        }
        assert_eq!(Tag::parse("B-PER"), Some(Tag::B(Label::Pers)));
        assert_eq!(Tag::parse("B-GPE"), None);
        assert_eq!(Tag::from_id(42), Tag::O);
        assert_eq!(Tag::I(Label::Loc).as_str(), "I-LOC");
    }

    #[test]
    fn embedded_model_loads() {
        let t = Tagger::embedded().expect("embedded model loads");
        assert!(t.model().num_features() > 10_000);
        assert!(t.res.clusters.len() > 10_000);
        assert!(!t.res.gazetteer.is_empty() && !t.res.cues.is_empty());
        if t.model().flags() & features::flags::LABELS != 0 {
            assert!(!t.res.labels.is_empty());
        }
    }

    #[test]
    fn tags_minister_and_country() {
        let toks = [
            "قال",
            "وزير",
            "الخارجية",
            "فؤاد",
            "حسين",
            "إن",
            "العراق",
            "يرفض",
            "ذلك",
            ".",
        ];
        let tags = tag(&toks);
        assert_eq!(tags.len(), toks.len());
        assert_eq!(tags[3], Tag::B(Label::Pers), "{tags:?}");
        assert_eq!(tags[4], Tag::I(Label::Pers), "{tags:?}");
        assert_eq!(tags[6], Tag::B(Label::Loc), "{tags:?}");
        assert_eq!(tags[0], Tag::O);
        assert!(tag(&[]).is_empty());
    }

    #[test]
    fn odd_input_does_not_panic() {
        let odd = [
            "",
            " ",
            "\u{200f}",
            "ـــ",
            "و",
            "ال",
            "لل",
            "بال",
            "١٢٣",
            "ﻻ",
            "a\u{0301}",
            "...",
            "«»",
        ];
        assert_eq!(tag(&odd).len(), odd.len());
        for t in odd {
            let _ = tag_text(t);
        }
        let spans = tag_text("و ب ل ك ف ال لل \u{200f}\n\n.؟!");
        for s in spans {
            assert!(s.start < s.end);
        }
    }

    #[test]
    fn conll_round_trip() {
        let input = "قال O x\nفؤاد\tB-PERS\nحسين\n\n\nفي\nالعراق B-LOC\n";
        let mut out = Vec::new();
        tag_conll(input.as_bytes(), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.split('\n').collect();
        assert_eq!(lines.len(), 8, "{out:?}");
        assert!(lines[0].starts_with("قال\t"));
        assert!(lines[1].starts_with("فؤاد\t"));
        assert_eq!(lines[3], "");
        assert_eq!(lines[4], "");
        assert!(lines[6].starts_with("العراق\t"));
        for l in lines.iter().filter(|l| !l.is_empty()) {
            let tag = l.split('\t').nth(1).unwrap();
            assert!(Tag::parse(tag).is_some(), "{l}");
            assert_eq!(l.split('\t').count(), 2);
        }
        let mut out = Vec::new();
        tag_conll("".as_bytes(), &mut out).unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn text_spans_leave_out_proclitics() {
        let text = "وقال وزير الخارجية فؤاد حسين إن القوات انسحبت بالعراق من الحدود.";
        let spans = tag_text(text);
        let loc = spans
            .iter()
            .find(|s| s.label == Label::Loc)
            .expect("a LOC span");
        assert_eq!(loc.text, "العراق");
        let cps: Vec<char> = text.chars().collect();
        assert_eq!(cps[loc.start..loc.end].iter().collect::<String>(), loc.text);
        let per = spans
            .iter()
            .find(|s| s.label == Label::Pers)
            .expect("a PERS span");
        assert_eq!(per.text, "فؤاد حسين");
        let spans = tag_text("التقى الرئيس بوزير الخارجية وفؤاد حسين في بغداد.");
        let per = spans
            .iter()
            .find(|s| s.label == Label::Pers && s.text.contains("فؤاد"))
            .expect("a PERS span");
        assert_eq!(per.text, "فؤاد حسين");
        assert!(tag_text("").is_empty());
    }
}
