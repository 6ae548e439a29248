//! The Arabic text layer: normalisation for matching, sentences, tokens and clitics.
//!
//! Every later stage matches on normalised text but reports spans in the original, so this
//! crate never loses the way back: each derived form keeps code-point offsets into the text
//! it came from. Normalisation is *lossy for matching* (أ → ا, ة → ه, diacritics dropped)
//! and *lossless for offsets*. [`analyze`] runs the whole layer at once; the parts are
//! usable alone ([`normalize()`], [`sentences`], [`dateline`], [`segment_word`]).
//!
//! Linguistic knowledge (character rules, clitics, abbreviations, corpus word counts) lives
//! in `data/` and is embedded at compile time.

#![warn(missing_docs)]

pub mod clitic;
pub mod data;
pub mod normalize;
pub mod sentence;
pub mod token;

pub use clitic::{segment_word, Analysis, Lexicon, Segment, SegmentKind};
pub use data::DataError;
pub use normalize::{normalize, underscores_as_spaces, Normalized};
pub use sentence::{dateline, dateline_head_in, dateline_in, sentences, Sentence};
pub use token::{Token, TokenKind};

/// Everything the text layer knows about one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextLayer {
    /// The normalised text with its map back to the original.
    pub normalized: Normalized,
    /// Sentences in order; each names its range of `tokens`.
    pub sentences: Vec<Sentence>,
    /// Tokens in order; each names its sentence and its range of `segments`.
    pub tokens: Vec<Token>,
    /// Segments of all tokens, in order: every token has at least one (its stem), and a
    /// token's segments exactly cover it.
    pub segments: Vec<Segment>,
    /// The dateline's place (original code points), if the text opens with one.
    pub dateline: Option<(usize, usize)>,
}

impl TextLayer {
    /// The tokens of `sentence`.
    pub fn tokens_of(&self, sentence: &Sentence) -> &[Token] {
        self.tokens
            .get(sentence.token_start..sentence.token_end)
            .unwrap_or(&[])
    }

    /// The segments of `token`.
    pub fn segments_of(&self, token: &Token) -> &[Segment] {
        self.segments
            .get(token.seg_start..token.seg_end)
            .unwrap_or(&[])
    }

    /// The normalised form of `token`.
    pub fn token_text(&self, token: &Token) -> &str {
        self.normalized
            .text
            .get(token.norm_start..token.norm_end)
            .unwrap_or("")
    }

    /// The normalised form of `segment`.
    pub fn segment_text(&self, segment: &Segment) -> &str {
        self.normalized
            .text
            .get(segment.norm_start..segment.norm_end)
            .unwrap_or("")
    }

    /// Normalised byte range of `token` without its proclitics and enclitic, keeping the
    /// article: the part an entity mention covers (بالعراق → العراق, مهامه → مهام).
    pub fn core_norm(&self, token: &Token) -> (usize, usize) {
        let segs = self.segments_of(token);
        let first = segs
            .iter()
            .find(|g| matches!(g.kind, SegmentKind::Article | SegmentKind::Stem));
        let stem = segs.iter().rev().find(|g| g.kind == SegmentKind::Stem);
        match (first, stem) {
            (Some(a), Some(b)) => (a.norm_start, b.norm_end),
            _ => (token.norm_start, token.norm_end),
        }
    }

    /// Original code-point span of [`TextLayer::core_norm`].
    pub fn core_span(&self, token: &Token) -> (usize, usize) {
        let (s, e) = self.core_norm(token);
        self.normalized.original_span(s, e)
    }

    /// The normalised text of `sentence`.
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        self.normalized
            .text
            .get(sentence.norm_start..sentence.norm_end)
            .unwrap_or("")
    }
}

/// Run the whole text layer on `text`: normalise, split sentences, tokenise, segment clitics
/// and find the dateline. All spans are original code points plus normalised bytes.
pub fn analyze(text: &str) -> TextLayer {
    let normalized = normalize(text);
    let mut sentences = sentence::split(&normalized);
    let lex = Lexicon::embedded();
    let norm = &normalized;
    let ntext = normalized.text.as_str();
    let mut tokens: Vec<Token> = Vec::with_capacity(ntext.len() / 7);
    let mut segments: Vec<Segment> = Vec::with_capacity(ntext.len() / 5);
    // Pass 1: tokens.
    for (si, s) in sentences.iter_mut().enumerate() {
        s.token_start = tokens.len();
        token::scan(ntext, s.norm_start, s.norm_end, |kind, ns, ne| {
            let (start, end) = norm.original_span(ns, ne);
            tokens.push(Token {
                kind,
                start,
                end,
                norm_start: ns,
                norm_end: ne,
                sentence: si,
                seg_start: 0,
                seg_end: 0,
            });
        });
        s.token_end = tokens.len();
    }
    // Pass 2: word analyses in a tight loop of independent lookups, so the CPU overlaps the
    // word list's cache misses.
    let analyses: Vec<Analysis> = tokens
        .iter()
        .map(|t| match t.kind {
            TokenKind::Word => ntext
                .get(t.norm_start..t.norm_end)
                .map(|w| lex.analyse(w))
                .unwrap_or_default(),
            _ => Analysis::default(),
        })
        .collect();
    // Pass 3: segments.
    for (t, analysis) in tokens.iter_mut().zip(&analyses) {
        t.seg_start = segments.len();
        let (ns, ne) = (t.norm_start, t.norm_end);
        if analysis.is_split() {
            for (k, a, b) in analysis.pieces(ne - ns) {
                let (cs, ce) = norm.original_span(ns + a, ns + b);
                segments.push(Segment {
                    kind: k,
                    start: cs,
                    end: ce,
                    norm_start: ns + a,
                    norm_end: ns + b,
                });
            }
        } else {
            segments.push(Segment {
                kind: SegmentKind::Stem,
                start: t.start,
                end: t.end,
                norm_start: ns,
                norm_end: ne,
            });
        }
        t.seg_end = segments.len();
    }
    let dateline = sentence::dateline_in(&normalized);
    TextLayer {
        normalized,
        sentences,
        tokens,
        segments,
        dateline,
    }
}
