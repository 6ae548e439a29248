//! The recogniser proper: cues, content spans and speaker resolution over one article.
//!
//! The article is read once, left to right. Each sentence's cues (speech verbs outside
//! quotations, attribution phrases) are resolved in order, so that a cue without a subject can
//! fall back on the speakers already seen (the chain of reference). Direct quotations that no
//! cue claimed are added at the end when they read as speech.

use std::cell::OnceCell;
use std::collections::hash_map::Entry;
use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use rasd_doc::{Entity, EntityType, Quote, Span};
use rasd_text::Normalized;

use crate::index::{Covered, MentRef, MentionIndex, PrefixMax};

use crate::lexicon::{
    each_variant, strip_conj, FnClass, Gender, HeadKind, Join, Lexicon, Tense, VerbForm,
};
use crate::scan::{self, Kind, QSeg, Tok};

/// Longest token distance between a cue (or its subject) and the word that opens its content.
const WINDOW: usize = 25;
/// How far after the cue (and subject) the governed preposition may stand.
const PREP_REACH: usize = 6;
/// Window for the content of a cue whose subject is not recognised.
const WEAK_WINDOW: usize = 16;
/// Longest subject phrase, in tokens.
const MAX_SUBJECT: usize = 12;
/// Complementisers that open reported content (normalised, after و/ف/ب).
const COMPLEMENTISERS: [&str; 10] = [
    "ان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "اننا",
    "انني",
    "اني",
    "انهن",
    "انكم",
];

/// Who said something.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Speaker {
    /// Index into the article's entities.
    pub ent: Option<usize>,
    /// Surface text.
    pub text: Option<String>,
    /// Agreement, for later subject-less verbs.
    pub gender: Gender,
}

impl Speaker {
    fn known(&self) -> bool {
        self.ent.is_some() || self.text.is_some()
    }
}

/// An entity mention mapped to tokens.
#[derive(Debug, Clone)]
struct Ment {
    ent: usize,
    /// First token.
    a: usize,
    /// One past the last token.
    b: usize,
}

/// A found quote, in tokens.
#[derive(Debug, Clone)]
struct Found {
    a: usize,
    b: usize,
    speaker: Speaker,
    cue: Option<(usize, usize)>,
}

/// A cue candidate in a sentence.
#[derive(Debug, Clone, Copy)]
enum Cue {
    Verb(usize, VerbForm),
    Attribution(usize),
}

impl Cue {
    fn at(&self) -> usize {
        match *self {
            Cue::Verb(i, _) | Cue::Attribution(i) => i,
        }
    }
}

/// The article prepared for matching.
pub(crate) struct Doc<'a> {
    lex: &'static Lexicon,
    /// Tokens of the dateline («دبي، الإمارات العربية المتحدة (CNN)--»): none speaks.
    dateline_end: usize,
    orig: Vec<char>,
    norm: Normalized,
    toks: Vec<Tok>,
    qsegs: Vec<QSeg>,
    /// Token → index of the top-level quotation it opens.
    q_open: Vec<Option<usize>>,
    /// Token → the top-level quotation it lies in (marks included).
    in_q: Vec<Option<usize>>,
    sents: Vec<(usize, usize)>,
    ents: &'a [Entity],
    ments: Vec<Ment>,
    /// Token → mention (index into `ments`) that starts there, the longest one.
    ment_at: Vec<Option<usize>>,
    /// Token → the top-level quotation it closes.
    q_close: Vec<Option<usize>>,
    /// `ments` sorted by start and by end.
    mix: MentionIndex,
    /// Entity → its mentions in `ments`, sorted by `(a, index)`.
    ent_ments: Vec<Vec<MentRef>>,
    /// Entity → its spans as `(start, end, index into Entity::mentions)`, well-formed ones
    /// sorted by start, then the malformed ones (end before start).
    ent_spans: Vec<(Vec<SpanRef>, Vec<SpanRef>)>,
    /// Entity → gender, computed on demand.
    ent_gender: Vec<OnceCell<Gender>>,
    /// Entity → the words of its normalised name without the article, on demand.
    ent_words: Vec<OnceCell<Vec<String>>>,
    /// Name word → ORG/GPE entities, for [`Self::org_alias`].
    org_words: OnceCell<HashMap<String, Vec<usize>>>,
    /// Title key → occurrences grouped by what they say, for [`Self::title_link`].
    titles: OnceCell<HashMap<String, Vec<TitleGroup>>>,
    /// Query gender slot → PER/ORG/GPE mentions outside quotations whose entity agrees with
    /// it, sorted by `(a, index)`.
    agreeing: [OnceCell<Vec<MentRef>>; GENDER_SLOTS],
    /// Token → the latest relative pronoun without و before it.
    plain_rel_before: OnceCell<Vec<Option<usize>>>,
    /// Speakers seen so far, with the token where they spoke.
    referents: Vec<(usize, Speaker)>,
    /// Query gender slot → indices of the known `referents` that agree with it.
    referents_by_gender: [Vec<usize>; GENDER_SLOTS],
    /// Whether `referents` is in token order (it is, as cues are read left to right; if that
    /// ever fails, lookups fall back to a scan).
    referents_sorted: bool,
    /// Issuers of statements, with the token of the statement noun.
    issuers: Vec<(usize, Speaker)>,
    /// How many leading `issuers` were collected up front (in token order).
    static_issuers: usize,
    found: Vec<Found>,
    /// The union of the `found` ranges.
    covered: Covered,
}

/// Occurrences of one title with the same words up to the person they name («الرئيس
/// الأميركي» before any name). They score alike in [`Doc::title_link`].
#[derive(Debug)]
struct TitleGroup {
    /// One occurrence's title token, and the token of its person (for the words between).
    rep: (usize, usize),
    /// Title token and person entity of every occurrence, ascending.
    members: Vec<(usize, usize)>,
}

/// An entity's span as `(start, end, index into Entity::mentions)`.
type SpanRef = (usize, usize, usize);

/// Number of [`Gender`] values, for per-gender tables.
const GENDER_SLOTS: usize = 5;

/// The table slot of a gender.
fn gender_slot(g: Gender) -> usize {
    match g {
        Gender::Masc => 0,
        Gender::Fem => 1,
        Gender::Plural => 2,
        Gender::First => 3,
        Gender::Unknown => 4,
    }
}

/// Every gender, in slot order.
const GENDERS: [Gender; GENDER_SLOTS] = [
    Gender::Masc,
    Gender::Fem,
    Gender::Plural,
    Gender::First,
    Gender::Unknown,
];

impl<'a> Doc<'a> {
    pub(crate) fn new(text: &str, ents: &'a [Entity]) -> Doc<'a> {
        let norm = rasd_text::normalize(text);
        let orig: Vec<char> = text.chars().collect();
        let toks = scan::tokenize(&norm);
        let qsegs = scan::pair_quotes(&toks, &norm.text, &orig);
        let mut q_open = vec![None; toks.len()];
        let mut in_q = vec![None; toks.len()];
        for (k, q) in qsegs.iter().enumerate() {
            if let Some(slot) = q_open.get_mut(q.open) {
                *slot = Some(k);
            }
            for slot in in_q.iter_mut().take(q.close + 1).skip(q.open) {
                *slot = Some(k);
            }
        }
        let sents = scan::sentences(&toks, &norm.text, &qsegs);
        let mut ments = Vec::new();
        for (ei, e) in ents.iter().enumerate() {
            for m in &e.mentions {
                if m.end <= m.start {
                    continue;
                }
                let a = toks.partition_point(|t| t.oe <= m.start);
                let b = toks.partition_point(|t| t.os < m.end);
                if a < b {
                    ments.push(Ment { ent: ei, a, b });
                }
            }
        }
        let mut ment_at: Vec<Option<usize>> = vec![None; toks.len()];
        for (k, m) in ments.iter().enumerate() {
            if let Some(slot) = ment_at.get_mut(m.a) {
                let longer = slot.and_then(|o| ments.get(o)).map_or(true, |o| m.b > o.b);
                if longer {
                    *slot = Some(k);
                }
            }
        }
        let mut q_close = vec![None; toks.len()];
        for (k, q) in qsegs.iter().enumerate() {
            if let Some(slot) = q_close.get_mut(q.close) {
                *slot = Some(k);
            }
        }
        let mix = MentionIndex::new(ments.iter().map(|m| (m.a, m.b)));
        let mut ent_ments = vec![Vec::new(); ents.len()];
        for r in &mix.by_start {
            if let Some(list) = ments.get(r.idx).and_then(|m| ent_ments.get_mut(m.ent)) {
                list.push(*r);
            }
        }
        let ent_spans = ents
            .iter()
            .map(|e| {
                let (mut good, bad): (Vec<_>, Vec<_>) = e
                    .mentions
                    .iter()
                    .enumerate()
                    .map(|(k, m)| (m.start, m.end, k))
                    .partition(|&(s, e, _)| s <= e);
                good.sort_unstable();
                (good, bad)
            })
            .collect();
        let dateline_end = rasd_text::dateline_head_in(&norm)
            .map_or(0, |(_, e)| toks.partition_point(|t| t.os < e));
        Doc {
            lex: Lexicon::embedded(),
            dateline_end,
            orig,
            norm,
            toks,
            qsegs,
            q_open,
            in_q,
            sents,
            ents,
            ments,
            ment_at,
            q_close,
            mix,
            ent_ments,
            ent_spans,
            ent_gender: (0..ents.len()).map(|_| OnceCell::new()).collect(),
            ent_words: (0..ents.len()).map(|_| OnceCell::new()).collect(),
            org_words: OnceCell::new(),
            titles: OnceCell::new(),
            agreeing: Default::default(),
            plain_rel_before: OnceCell::new(),
            referents: Vec::new(),
            referents_by_gender: Default::default(),
            referents_sorted: true,
            issuers: Vec::new(),
            static_issuers: 0,
            found: Vec::new(),
            covered: Covered::default(),
        }
    }

    // ---- small accessors -------------------------------------------------------------

    /// The normalised text of token `i` ("" when out of range).
    /// The top-level quotation that token `i` opens, if any.
    fn quote_opened_at(&self, i: usize) -> Option<&QSeg> {
        self.q_open
            .get(i)
            .copied()
            .flatten()
            .and_then(|k| self.qsegs.get(k))
    }

    /// A short name in quotation marks opening at `i` and closing before `limit`: up to six
    /// words («"إن.بي.سي نيوز NBC News"» gives its name twice), the most a body's name runs to.
    fn quoted_name_at(&self, i: usize, limit: usize) -> Option<&QSeg> {
        self.quote_opened_at(i)
            .filter(|q| q.words(&self.toks) <= 6 && q.close < limit)
    }

    /// Whether token `i` opens a top-level quotation.
    fn opens_quote(&self, i: usize) -> bool {
        self.q_open.get(i).copied().flatten().is_some()
    }

    fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.norm.text.get(t.ns..t.ne))
            .unwrap_or("")
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind != Kind::Punct)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.w(i) == p
    }

    /// Original text of tokens `[a, b)`.
    /// Whether token `i` is written as a passive verb: a damma on its first letter after a
    /// conjunction («الذي وُصف بأنه …» is described, nobody speaks).
    fn written_passive(&self, i: usize) -> bool {
        let w = self.orig_text(i, i + 1);
        let mut cs = w.chars().filter(|c| *c != '\u{0640}');
        let mut first = cs.next();
        if matches!(first, Some('و' | 'ف')) && w.chars().nth(1) != Some('\u{064F}') {
            first = cs.next();
        }
        first.is_some() && cs.next() == Some('\u{064F}')
    }

    fn orig_text(&self, a: usize, b: usize) -> String {
        let (Some(s), Some(e)) = (
            self.toks.get(a),
            b.checked_sub(1).and_then(|l| self.toks.get(l)),
        ) else {
            return String::new();
        };
        self.orig
            .get(s.os..e.oe.max(s.os))
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    }

    fn fn_class(&self, i: usize) -> Option<FnClass> {
        if !self.is_word(i) {
            return None;
        }
        self.lex.function_class(self.w(i))
    }

    /// Whether token `i` is a complementiser (أن، إنه، بأن، فإن، وأنها …).
    fn is_comp(&self, i: usize) -> bool {
        let w = self.w(i);
        let w = strip_conj(w);
        let w = w
            .strip_prefix('ب')
            .filter(|r| r.starts_with('ا'))
            .unwrap_or(w);
        COMPLEMENTISERS.contains(&w)
    }

    /// A complementiser with an attached و (continuation of the same speech).
    fn is_wa_comp(&self, i: usize) -> bool {
        self.w(i).starts_with('و') && self.is_comp(i)
    }

    fn verb(&self, i: usize) -> Option<VerbForm> {
        if self.toks.get(i)?.kind != Kind::Word || self.in_q.get(i).copied().flatten().is_some() {
            return None;
        }
        // First-person forms (نتوقع، أقول) belong to the speaker's own words, not to a cue.
        self.lex
            .verb(self.w(i))
            .filter(|v| v.gender != Gender::First)
    }

    /// Whether the speech verb at `i` carries the proclitic و/ف.
    fn has_conj(&self, i: usize) -> bool {
        !self.lex.forms.contains_key(self.w(i))
    }

    fn sent_index(&self, i: usize) -> usize {
        self.sents.partition_point(|&(_, e)| e <= i)
    }

    fn gender_of_entity(&self, e: usize) -> Gender {
        match self.ent_gender.get(e) {
            Some(cell) => *cell.get_or_init(|| self.entity_gender(e)),
            None => Gender::Unknown,
        }
    }

    /// The gender of entity `e` from its type, name and titles (cached by
    /// [`Self::gender_of_entity`]).
    fn entity_gender(&self, e: usize) -> Gender {
        let Some(ent) = self.ents.get(e) else {
            return Gender::Unknown;
        };
        let name = rasd_text::normalize(&ent.name).text;
        let first = name.split_whitespace().next().unwrap_or("");
        match ent.kind {
            EntityType::Org => {
                if first.ends_with('ه') || first.ends_with("ات") {
                    Gender::Fem
                } else {
                    Gender::Masc
                }
            }
            EntityType::Gpe => {
                // العراق، اليمن are masculine; السعودية، الولايات المتحدة، الإمارات are not.
                if first.starts_with("ال") && !first.ends_with('ه') && !first.ends_with("ات") {
                    Gender::Masc
                } else {
                    Gender::Fem
                }
            }
            EntityType::Per => {
                // A feminine title right before any mention marks a woman (السفيرة X).
                let fem = self.ent_ments.get(e).into_iter().flatten().any(|m| {
                    m.a.checked_sub(1)
                        .and_then(|p| self.lex.head(self.w(p)))
                        .is_some_and(|(g, k)| g == Gender::Fem && k == HeadKind::Title)
                });
                if fem {
                    Gender::Fem
                } else {
                    Gender::Unknown
                }
            }
            _ => Gender::Unknown,
        }
    }

    /// The mention text of entity `e` nearest before token `before` (else its first mention).
    fn mention_text(&self, e: usize, before: usize) -> Option<String> {
        let list = self.ent_mentions(e);
        // The latest before `before` (the last in list order among equal starts) …
        let best = list
            .partition_point(|m| m.a < before)
            .checked_sub(1)
            .and_then(|k| list.get(k));
        // … else the entity's first mention in list order.
        let best = best.or_else(|| list.iter().min_by_key(|m| m.idx))?;
        let ent = self.ents.get(e)?;
        let (s, en) = (
            self.toks.get(best.a)?.os,
            self.toks.get(best.b.checked_sub(1)?)?.oe,
        );
        // Prefer the mention's own span text (it excludes proclitics): the first span in the
        // entity's order that lies within `[s, en]`.
        let (good, bad) = self.ent_spans.get(e)?;
        let lo = good.partition_point(|&(st, _, _)| st < s);
        let hit = good
            .get(lo..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&(st, _, _)| st <= en)
            .chain(bad.iter().filter(|&&(st, _, _)| st >= s))
            .filter(|&&(_, end, _)| end <= en)
            .map(|&(_, _, k)| k)
            .min();
        hit.and_then(|k| ent.mentions.get(k))
            .map(|m| m.text.clone())
            .or_else(|| Some(ent.name.clone()))
    }

    /// The mentions of entity `e`, sorted by `(a, index)`.
    fn ent_mentions(&self, e: usize) -> &[MentRef] {
        self.ent_ments.get(e).map_or(&[], Vec::as_slice)
    }

    fn is_per(&self, m: &MentRef) -> bool {
        self.ments
            .get(m.idx)
            .and_then(|m| self.ents.get(m.ent))
            .is_some_and(|e| e.kind == EntityType::Per)
    }

    /// The mention of `m` in `ments`.
    fn ment(&self, m: &MentRef) -> Option<&Ment> {
        self.ments.get(m.idx)
    }

    fn entity_speaker(&self, e: usize, at: usize, gender: Gender) -> Speaker {
        Speaker {
            ent: Some(e),
            text: self.mention_text(e, at + 1),
            gender,
        }
    }

    // ---- speaker phrases --------------------------------------------------------------

    /// Whether token `i` ends a subject phrase.
    fn stops_phrase(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return true;
        };
        // A name never stops a phrase, even when it spells a function word (علي شمخاني).
        if t.kind != Kind::Punct && self.ment_at.get(i).copied().flatten().is_some() {
            return false;
        }
        t.kind == Kind::Punct
            || t.nl
            || self.fn_class(i).is_some()
            || self.is_comp(i)
            || self.verb(i).is_some()
            || self.opens_quote(i)
    }

    fn is_definite(&self, i: usize) -> bool {
        // A head word that opens with و is not و + ال… (والد "father", not و + الد).
        let raw = self.w(i);
        let w = if self.lex.heads.contains_key(raw) {
            raw
        } else {
            strip_conj(raw)
        };
        // A proper name is definite too (قيادة عمليات بغداد).
        let proper = self
            .entity_kind_at(i)
            .is_some_and(|k| k != EntityType::Norp);
        w.starts_with("ال") || w.starts_with("لل") || proper
    }

    /// Whether token `i` may close a name that follows a title: a colon, a quotation, a
    /// complementiser, an addressee (لـ، لرويترز), or a comma before one of those.
    fn closes_name(&self, i: usize) -> bool {
        let w = self.w(i);
        // An addressee closes a name only when the content follows it (لـ"الوطن": …).
        let lam = self.is_word(i)
            && w.starts_with('ل')
            && !w.starts_with("ال")
            && (i + 1..i + 4)
                .any(|k| self.is_punct(k, ":") || self.is_comp(k) || self.opens_quote(k));
        self.is_punct(i, ":")
            || self.opens_quote(i)
            || self.is_comp(i)
            || lam
            || (self.is_punct(i, ",")
                && (self.is_comp(i + 1)
                    || self.is_punct(i + 1, ":")
                    || self.opens_quote(i + 1)
                    // «الدكتورة ميلين دروان، مديرة الصحة …»: an apposition follows; «محسن حسن،
                    // الإثنين، خلال …»: an adjunct of time or place.
                    || self.lex.head(self.w(i + 1)).is_some()
                    || matches!(self.fn_class(i + 1), Some(FnClass::Time | FnClass::Prep))))
    }

    /// The person a title phrase ending at `e` goes on to name, within ten tokens of words,
    /// commas and the prepositions في/من/لدى («ضابط التنسيق في المنطقة ظفار إقبال», «نائب رئيس
    /// المبيعات … وأفريقيا، نعيم دركزللي»); any other function word («مع نظيره …»), verb,
    /// complementiser or quotation ends the search.
    fn title_person(&self, e: usize, limit: usize) -> Option<Result<&Ment, (usize, usize)>> {
        for k in e..limit.min(e + 10) {
            if let Some(m) = self.per_at(k) {
                return Some(Ok(m));
            }
            // «… وأفريقيا، نعيم دركزللي: "…"»: a name the recogniser missed, after a comma.
            if k > e && self.is_punct(k, ",") {
                if let Some(n) = self.name_end(k + 1, limit) {
                    return Some(Err((k + 1, n)));
                }
            }
            // «مندوب سوريا لدى الأمم المتحدة بشار الجعفري»: لدى (normalised لدي) names the body
            // posted to.
            let ok = self.is_punct(k, ",") || self.describes(k, &["في", "من", "لدي"]);
            if !ok {
                return None;
            }
        }
        None
    }

    /// A person named between commas after a description that starts at `p`, within twelve
    /// tokens of words, commas and the prepositions في/من/ب, and closed by a comma, colon,
    /// complementiser or quotation (see [`Self::title_person`] for the tokens allowed).
    fn apposed_person(&self, p: usize, limit: usize) -> Option<&Ment> {
        for k in p..limit.min(p + 12) {
            if k > p && self.is_punct(k, ",") {
                if let Some(m) = self.per_at(k + 1) {
                    return (m.b <= limit && self.closes_name(m.b) || self.is_punct(m.b, ","))
                        .then_some(m);
                }
                continue;
            }
            if !self.describes(k, &["في", "من", "ب"]) {
                return None;
            }
        }
        None
    }

    /// «"…"، هذا ما قاله X»: when «هذا ما» (ذلك، هو) stands right before the cue at `i`, the
    /// token before the demonstrative, where the quotation it points back at closes.
    fn pointing_back(&self, i: usize, s0: usize) -> Option<usize> {
        (i > s0 + 2
            && self.w(i - 1) == "ما"
            && self.lex.pointers.contains(strip_conj(self.w(i - 2))))
        .then(|| i - 3)
    }

    /// «نفس المصدر»، «ذات المصدر»، «المصدر نفسه»: the same source as the latest speaker whose
    /// description has that head. Returns the phrase's end and that speaker.
    fn same_source(&self, p: usize, limit: usize) -> Option<(usize, Speaker)> {
        let same = |w: &str| self.lex.same_before.contains(w);
        let after = |w: &str| self.lex.same_after.contains(w);
        let (head, end) = if same(self.w(p)) && p + 1 < limit {
            (self.w(p + 1), p + 2)
        } else if p + 1 < limit && after(self.w(p + 1)) {
            (self.w(p), p + 2)
        } else {
            return None;
        };
        let bare = head.strip_prefix("ال").unwrap_or(head);
        self.lex.head(head)?;
        let (_, sp) = self.referents.iter().rev().find(|(at, sp)| {
            *at < p
                && sp.text.as_deref().is_some_and(|t| {
                    t.split_whitespace()
                        .any(|w| rasd_text::normalize(w).text.trim_start_matches("ال") == bare)
                })
        })?;
        Some((end, sp.clone()))
    }

    /// A bare definite body head as the whole subject («الصحيفة»، «الوكالة»): the body last
    /// named after that head in the text before it («صحيفة ذي غارديان»). Returns the phrase's
    /// end and that body as speaker.
    fn body_named_before(
        &self,
        p: usize,
        limit: usize,
        gender: Gender,
    ) -> Option<(usize, Speaker)> {
        let w = strip_conj(self.w(p));
        let bare = w.strip_prefix("ال")?;
        if !matches!(self.lex.head(w), Some((_, HeadKind::Org)))
            || !(p + 1 >= limit || self.stops_phrase(p + 1) || self.is_comp(p + 1))
        {
            return None;
        }
        // The nearest such head only: a body the recogniser missed («صحيفة لاكروا») must not
        // hand its words to an earlier one.
        let k = (0..p).rev().find(|&k| strip_conj(self.w(k)) == bare)?;
        let m = self
            .ment_at
            .get(k + 1)
            .copied()
            .flatten()
            .and_then(|x| self.ments.get(x))?;
        let org = self
            .ents
            .get(m.ent)
            .is_some_and(|e| e.kind == EntityType::Org);
        org.then(|| (p + 1, self.entity_speaker(m.ent, m.a, gender)))
    }

    /// Whether token `k` may stand inside a speaker's description before the person it names:
    /// a word that is no complementiser, verb or quotation, and no function word but for the
    /// prepositions in `preps` (ضابط التنسيق في المنطقة، كبير المستشارين في الخارجية).
    fn describes(&self, k: usize, preps: &[&str]) -> bool {
        self.is_word(k)
            && !self.is_comp(k)
            && self.verb(k).is_none()
            && !self.opens_quote(k)
            && (self.fn_class(k).is_none() || preps.contains(&self.w(k)))
    }

    /// The longest PER mention starting at token `i`.
    fn per_at(&self, i: usize) -> Option<&Ment> {
        self.mix
            .starting_at(i)
            .iter()
            .filter(|m| self.is_per(m))
            .max_by_key(|m| m.b)
            .and_then(|m| self.ment(m))
    }

    /// A name in apposition between commas («وزير الخارجية الروسي، سيرغي لافروف، …»): one to
    /// four indefinite, non-adverbial words that are not heads, closed by a comma.
    fn appositive_name(&self, k: usize, limit: usize) -> Option<usize> {
        let mut e = k;
        while e < limit && e < k + 4 && self.is_word(e) && !self.stops_phrase(e) {
            let w = self.w(e);
            if self.lex.head(w).is_some()
                || self.lex.modifier(w)
                || (e == k && (self.is_definite(e) || w.ends_with('ا')))
            {
                return None;
            }
            e += 1;
        }
        (e > k && self.is_punct(e, ",")).then_some(e)
    }

    /// A person's name the entity recogniser missed, right after a title phrase or a named
    /// person (الصحافية سحر عيساوي، … حيدر العبادي سعد الحديثي): one to six words starting
    /// with an indefinite one, not heads or function words, closed by [`Self::closes_name`].
    fn name_end(&self, k: usize, limit: usize) -> Option<usize> {
        if k >= limit || !self.is_word(k) || self.is_definite(k) || self.stops_phrase(k) {
            return None;
        }
        let mut e = k;
        while e < limit && e < k + 6 && self.is_word(e) && !self.stops_phrase(e) {
            let w = self.w(e);
            if self.lex.head(w).is_some() || (w.starts_with('و') && e > k) {
                return None;
            }
            e += 1;
        }
        (e > k && self.closes_name(e)).then_some(e)
    }

    fn is_nisba(&self, i: usize) -> bool {
        let w = self.w(i);
        ["ي", "يه", "يون", "يين", "يان"]
            .iter()
            .any(|s| w.ends_with(s))
            || self.lex.modifier(w)
    }

    /// Is token `i` a ل-phrase naming an outlet told something (لوكالة، لصحيفة، للصحفيين)?
    fn told_outlet(&self, i: usize) -> bool {
        strip_conj(self.w(i)).strip_prefix('ل').is_some_and(|r| {
            let bare = r.strip_prefix('ل').unwrap_or(r);
            self.lex.outlets.contains(r) || self.lex.outlets.contains(bare)
        })
    }

    /// End of a descriptive phrase headed at `p` (no entity found), within `[p, limit)`.
    fn descriptive_end(&self, p: usize, limit: usize) -> usize {
        let head_def = self.is_definite(p);
        let mut e = p + 1;
        // After an indefinite head: nisba adjectives (مصدر دبلوماسي تركي), or a construct
        // chain ending in a definite genitive (رئيس مجلس الوزراء، وزير الخارجية) followed by
        // definite adjectives.
        let mut saw_genitive = false;
        // A definite word is a genitive only right after the head or a chain noun.
        let mut expect_gen = true;
        let source_head = self
            .lex
            .head(self.w(p))
            .is_some_and(|(_, k)| k == HeadKind::Source);
        // An outlet right after a reporter is the one they work for (مراسل لوكالة فرانس برس).
        let head = strip_conj(self.w(p));
        let reporter = self
            .lex
            .reporters
            .contains(head.strip_prefix("ال").unwrap_or(head));
        while e < limit && e < p + 6 && !self.stops_phrase(e) {
            // «وقال متحدث باسم الوزارة لوكالة فرانس برس»، «وقالت مصادر لرويترز»: the outlet
            // told is no part of it.
            let told_named = source_head
                && e == p + 1
                && self.w(e).starts_with('ل')
                && self.entity_kind_at(e) == Some(EntityType::Org);
            if (e > p + 1 || !reporter) && self.told_outlet(e) || told_named {
                break;
            }
            let def = self.is_definite(e);
            let ok = if head_def {
                // «المتحدث باسم الخارجية»; a bare name after a definite head is its object
                // («ووصفت الشرطة بيسونيه …»), not part of it.
                let article = strip_conj(self.w(e)).starts_with("ال")
                    || strip_conj(self.w(e)).starts_with("لل");
                if self.w(e) == "باسم" {
                    // «المتحدث باسم "أونروا"»: a quoted name is the body spoken for.
                    if let Some(seg) = self.quoted_name_at(e + 1, self.toks.len()) {
                        e = seg.close + 1;
                        break;
                    }
                }
                // A definite head is in no construct: a definite word after it is an
                // adjective (المرصد السوري، الناطق الرسمي) or, after باسم, its genitive; any
                // other is the verb's object («ودعت المنظمة المسؤولين اللبنانيين إلى»).
                let bare = strip_conj(self.w(e));
                let bare = bare.strip_prefix("ال").unwrap_or(bare);
                let adjective = self.is_nisba(e) || self.lex.modifier(bare);
                let after_bism = e > p && self.w(e - 1) == "باسم";
                // «المتحدث باسم جهاز الإطفاء»: after باسم a construct chain to a definite noun.
                let bism_chain = e > p + 1
                    && (after_bism || (self.w(e - 2) == "باسم" && !self.is_definite(e - 1)));
                (article
                    && (adjective
                        || after_bism
                        || bism_chain
                        || self.ment_at.get(e).copied().flatten().is_some()))
                    || (after_bism && self.is_definite(e + 1))
                    || (self.w(e) == "باسم" && (self.is_definite(e + 1) || self.is_definite(e + 2)))
            } else if saw_genitive {
                def
            } else if def {
                saw_genitive = true;
                expect_gen
            } else if self.is_nisba(e)
                // «إن مسؤولاً حكومياً يمنياً»: an accusative head takes accusative nisbas.
                || (self.w(p).ends_with('ا')
                    && self.w(e).ends_with("يا")
                    && self.entity_kind_at(e).is_none())
            {
                expect_gen = false;
                true
            } else if e == p + 1 && self.w(e) == "باسم" {
                // «متحدث باسم جهاز الإطفاء الإسرائيلي»: whom the speaker speaks for.
                true
            } else if e == p + 1
                && self
                    .lex
                    .head(self.w(p))
                    .is_some_and(|(_, k)| k == HeadKind::Org)
                && self.stops_phrase(e + 1)
            {
                // «صحيفة بوليتيكو في …», «وكالة رويترز إن …»: a body's own name.
                true
            } else {
                // A source is described by adjectives, not by a construct («مصدر ناقش المسألة»),
                // unless the construct ends in a name («سكان مدينة البصرة»).
                // A nationality adjective is no name (وسائل إعلام فلبينية).
                let named = self
                    .entity_kind_at(e + 1)
                    .is_some_and(|k| k != EntityType::Norp);
                // «وسائل إعلام إسرائيلية»، «وقالت وسائل إعلام إن»: an indefinite genitive that
                // ends the phrase or takes a nisba adjective.
                let closed = e == p + 1
                    && (self.is_nisba(e + 1) || self.stops_phrase(e + 1))
                    && self.verb(e).is_none();
                if source_head && closed && !named {
                    expect_gen = false;
                    e += 1;
                    continue;
                }
                (!source_head || named)
                    && expect_gen
                    && e <= p + 2
                    && self.is_definite(e + 1)
                    && !self.stops_phrase(e + 1)
            };
            if !ok {
                break;
            }
            // A name inside the phrase is taken whole (مدير المرصد السوري لحقوق الإنسان).
            let whole = self
                .ment_at
                .get(e)
                .copied()
                .flatten()
                .and_then(|k| self.ments.get(k))
                .map(|m| m.b);
            e = whole.filter(|&b| b > e && b <= limit).unwrap_or(e + 1);
        }
        // «باسم» with nothing it names taken after it is no part of the phrase.
        if e > p + 1 && self.w(e - 1) == "باسم" {
            e -= 1;
        }
        // «تيار "اللقاء الديمقراطي"»، «إذاعة وتلفزيون "فانا"»: a body's name in quotation marks
        // right after its head words.
        if e <= p + 2
            && self
                .lex
                .head(self.w(p))
                .is_some_and(|(_, k)| k == HeadKind::Org)
        {
            if let Some(seg) = self.quoted_name_at(e, limit) {
                return seg.close + 1;
            }
        }
        // «مصدر في القيادة المذكورة»: a source may be located by a short prepositional phrase.
        // «جماعات الدفاع عن حقوق الحيوان»: a body may be named by what it stands for.
        let kind = self.lex.head(self.w(p)).map(|(_, k)| k);
        // «مسؤول في وزارة العمل الفلبينية»: an indefinite office too, when a body follows.
        // A name, a body's head, or a noun in construct with a definite one («في قطاع الطاقة»).
        let body_after = self.ment_at.get(e + 1).copied().flatten().is_some()
            || self
                .lex
                .head(self.w(e + 1))
                .is_some_and(|(_, k)| k == HeadKind::Org)
            || (self.is_word(e + 1)
                && !self.is_definite(e + 1)
                && self.fn_class(e + 1).is_none()
                && strip_conj(self.w(e + 2)).starts_with("ال")
                && !self.stops_phrase(e + 2));
        // «مصادر طبية في منطقة العمليات»، «شهود عيان في مدينة أوباري»: a source already
        // described by its adjective is only placed by the phrase after it, no part of it,
        // unless a body follows (مصدر أمني في وزارة الداخلية).
        let body_next = self
            .entity_kind_at(e + 1)
            .is_some_and(|k| k == EntityType::Org)
            || self
                .lex
                .head(self.w(e + 1))
                .is_some_and(|(_, k)| k == HeadKind::Org);
        let located = matches!(self.w(e), "في" | "من" | "داخل")
            && (e == p + 1 || body_next || kind != Some(HeadKind::Source))
            && (kind == Some(HeadKind::Source)
                || (kind == Some(HeadKind::Title)
                    && !head_def
                    // «سفير روسيا في لبنان»: a country the title serves may stand between.
                    && (p + 1..e)
                        .all(|k| self.lex.modifier(self.w(k)) || self.mention_from(k).is_some())
                    && body_after));
        let about = matches!(kind, Some(HeadKind::Source | HeadKind::Org)) && self.w(e) == "عن";
        if (located || about) && e < limit {
            // A name after the preposition is taken whole (مسؤول في مفوضية الأمم المتحدة
            // لشؤون اللاجئين).
            let name_end = self
                .ment_at
                .get(e + 1)
                .copied()
                .flatten()
                .and_then(|k| self.ments.get(k))
                .map(|m| m.b)
                .filter(|&b| b <= limit);
            if let Some(b) = name_end {
                return b;
            }
            let mut f = e + 1;
            // A definite word, or an indefinite construct chain that ends in one within three words.
            let chain = |k: usize| {
                (k..k + 3)
                    .take_while(|&x| !self.stops_phrase(x))
                    .any(|x| self.is_definite(x))
            };
            while f < limit && f < e + 4 && chain(f) && !self.stops_phrase(f) {
                // «وقال سكان من المنطقة لرويترز»: the outlet told ends it.
                if self.lex.statement_at(&[self.w(f)]).is_some() || self.told_outlet(f) {
                    break;
                }
                f += 1;
            }
            if f > e + 1 {
                e = f;
            }
        }
        e
    }

    /// The subject phrase right after a cue ending at `p`: `(end token, speaker)`.
    fn subject(&self, p: usize, limit: usize, gender: Gender) -> Option<(usize, Speaker)> {
        // «في وقت أكد فيه دونالد بوث أن …»: a preposition with a pronoun comes before the subject.
        let p = if p + 1 < limit && self.lex.function_class(self.w(p)) == Some(FnClass::PronounPrep)
        {
            p + 1
        } else {
            p
        };
        if p >= limit || self.stops_phrase(p) || self.lex.time_heads.contains(self.w(p)) {
            return None;
        }
        // «وأضاف نفس المصدر»، «المصدر ذاته»: the latest speaker described by that head.
        if let Some(same) = self.same_source(p, limit) {
            return Some(same);
        }
        // «وقالت الصحيفة إن …»: the body last named with that head (صحيفة ذي غارديان).
        if let Some(named) = self.body_named_before(p, limit, gender) {
            return Some(named);
        }
        let mut r = p;
        while r < limit && r < p + MAX_SUBJECT && !self.stops_phrase(r) {
            r += 1;
        }
        // «وأفاد بيان للحكومة العراقية بأن …»: a statement with its issuer named speaks for it.
        if !self.is_definite(p) {
            let words: Vec<&str> = (p..r.max(p + 1)).map(|i| self.w(i)).collect();
            if let Some(s) = self
                .lex
                .statement_at(&words)
                .and_then(|k| self.issuer_named(p + k))
                .filter(|s| s.known())
            {
                return Some((p + 1, Speaker { gender, ..s }));
            }
        }
        // A statement noun: «وأضاف البيان» speaks for whoever issued it.
        if self.is_definite(p) {
            let words: Vec<&str> = (p..r).map(|i| self.w(i)).collect();
            if let Some(k) = self.lex.statement_at(&words) {
                let sp = self.issuer_before(p).map_or_else(
                    || Speaker {
                        ent: None,
                        text: Some(self.bare_text(p, p + k)),
                        gender,
                    },
                    |s| Speaker {
                        text: Some(self.bare_text(p, p + k)),
                        gender,
                        ..s
                    },
                );
                return Some((p + k, sp));
            }
        }
        let head = self.lex.head(self.w(p));
        // «أفادت صحيفة "يديعوت أحرونوت" أن …»: a body's name in quotation marks after its head
        // is the speaker.
        if head.is_some_and(|(_, k)| k == HeadKind::Org) {
            // (The name must be a recognised entity here; `descriptive_end` takes one that is
            // not into the phrase.)
            if let Some(seg) = self.quoted_name_at(p + 1, limit) {
                let m = self
                    .ment_at
                    .get(seg.open + 1)
                    .copied()
                    .flatten()
                    .and_then(|k| self.ments.get(k))
                    .filter(|m| m.b <= seg.close);
                if let Some(m) = m {
                    let sp = self.entity_speaker(m.ent, m.a, gender);
                    return Some((seg.close + 1, sp));
                }
            }
        }
        // A person named in the phrase: the group of adjacent PER mentions that starts at the
        // head or right after a title (المتحدث … حيدر العبادي سعد الحديثي → the last one).
        // PER mentions within [p, r), by start (list order among equal starts).
        let lo = self.mix.by_start.partition_point(|m| m.a < p);
        let hi = self.mix.by_start.partition_point(|m| m.a < r);
        let per = self
            .mix
            .by_start
            .get(lo..hi)
            .unwrap_or(&[])
            .iter()
            .filter(|m| m.b <= r && self.is_per(m))
            .filter_map(|m| Some((m.idx, self.ment(m)?)));
        if let Some((_, first)) = per.clone().next() {
            // «المخرج المسرحي يوسف الطاسان»: a definite description right before the name
            // works as a title.
            let described = (p..first.a)
                .all(|k| strip_conj(self.w(k)).starts_with("ال") || self.lex.modifier(self.w(k)))
                && self.lex.head(self.w(p)).is_none();
            if first.a == p || head.is_some_and(|(_, k)| k == HeadKind::Title) || described {
                let mut last = first;
                loop {
                    let next = self
                        .mix
                        .starting_at(last.b)
                        .iter()
                        .filter(|m| m.a >= p && m.b <= r && self.is_per(m))
                        .max_by_key(|m| m.b)
                        .and_then(|m| self.ment(m));
                    match next {
                        Some(m) => last = m,
                        None => break,
                    }
                }
                // «… لرئيس مجلس الوزراء حيدر العبادي سعد الحديثي لـ"الوطن"»: a further name
                // the recogniser missed is the speaker, the known one its genitive.
                if let Some(n) = self.name_end(last.b, limit) {
                    return Some((
                        n,
                        Speaker {
                            ent: None,
                            text: Some(self.orig_text(last.b, n)),
                            gender,
                        },
                    ));
                }
                return Some((last.b, self.entity_speaker(last.ent, last.a, gender)));
            }
        }
        // «كبير المستشارين في الخارجية، براين هوك، إن …», «أحد شيوخ قبائل صعدة، فهد الأشرفي،
        // إن …»: a person set off by commas after the description is the one who spoke.
        if let Some(m) = self.apposed_person(p, limit) {
            return Some((m.b, self.entity_speaker(m.ent, m.a, gender)));
        }
        if let Some(m) = self
            .ment_at
            .get(p)
            .copied()
            .flatten()
            .and_then(|k| self.ments.get(k))
        {
            if m.b <= r.max(p + 1) || m.b <= limit {
                return Some((m.b, self.entity_speaker(m.ent, m.a, gender)));
            }
        }
        if let Some((_, kind)) = head {
            let e = self.descriptive_end(p, limit);
            // «الرئيس الإيراني، حسن روحاني،»: a person in apposition after a comma.
            match self
                .title_person(e, limit)
                .filter(|_| kind == HeadKind::Title)
            {
                Some(Ok(m)) => return Some((m.b, self.entity_speaker(m.ent, m.a, gender))),
                Some(Err((a, b))) => {
                    return Some((
                        b,
                        Speaker {
                            ent: None,
                            text: Some(self.orig_text(a, b)),
                            gender,
                        },
                    ))
                }
                None => {}
            }
            if kind == HeadKind::Title && self.is_punct(e, ",") {
                if let Some(n) = self.appositive_name(e + 1, limit) {
                    return Some((
                        n,
                        Speaker {
                            ent: None,
                            text: Some(self.orig_text(e + 1, n)),
                            gender,
                        },
                    ));
                }
            }
            if kind == HeadKind::Title {
                if let Some(n) = self.name_end(e, limit) {
                    return Some((
                        n,
                        Speaker {
                            ent: None,
                            text: Some(self.orig_text(e, n)),
                            gender,
                        },
                    ));
                }
            }
            let text = self.bare_text(p, e);
            let ent = match kind {
                HeadKind::Title => self.title_link(p, e),
                HeadKind::Org | HeadKind::Source => self.org_alias(p, e),
                HeadKind::Mod | HeadKind::Name | HeadKind::Kin => None,
            };
            return Some((
                e,
                Speaker {
                    ent,
                    text: Some(text),
                    gender,
                },
            ));
        }
        // An unknown short phrase that is directly followed by the content is the subject
        // («وقالت مصادر طبية إن», «غير أن المراقبين يؤكدون أن»).
        if r - p <= 4 && (self.is_comp(r) || self.is_punct(r, ":") || self.opens_quote(r)) {
            let e = self.weak_end(p, r);
            let ent = self.org_alias(p, e);
            return Some((
                e,
                Speaker {
                    ent,
                    text: Some(self.bare_text(p, e)),
                    gender,
                },
            ));
        }
        None
    }

    /// End of an unrecognised subject phrase: at most three words, cut before an addressee
    /// (لصحيفة …) or a coordinated clause (وهو …).
    fn weak_end(&self, p: usize, r: usize) -> usize {
        let mut e = p + 1;
        while e < r && e < p + 3 {
            let w = self.w(e);
            let lam = w.starts_with('ل') && !w.starts_with("ال");
            // «عبد الرحمن»: a name particle keeps the definite word after it.
            // «معز شقشوق بالمناسبة»: the article may follow ب/ل/ك.
            let article = |k: usize| {
                let w = strip_conj(self.w(k));
                ["ال", "بال", "لل", "كال"].iter().any(|p| w.starts_with(p))
            };
            // «منصور عياد العتيبي»: a definite family name in ـي follows a given name.
            let family = article(e) && self.w(e).ends_with('ي');
            let object =
                article(e) && !article(e - 1) && !self.lex.name_part(self.w(e - 1)) && !family;
            // An accusative adverb (مقدما، مبتسما) ends the name.
            let adverb = w.ends_with('ا') && !self.is_definite(e);
            // «علياء عودة مديرة مؤسسة …»: an apposition starts at a head noun.
            let apposition = self.lex.head(w).is_some();
            if lam || object || adverb || apposition || w.starts_with('و') || self.stops_phrase(e)
            {
                break;
            }
            e += 1;
        }
        e
    }

    /// End of an addressee phrase at `p` (للصحفيين الأجانب، لرويترز), or `p` when there is none.
    fn addressee_end(&self, p: usize, limit: usize) -> usize {
        let w = self.w(p);
        if !self.is_word(p) || !w.starts_with('ل') || w.starts_with("ال") {
            return p;
        }
        let proclitic_mention = self
            .ment_at
            .get(p)
            .copied()
            .flatten()
            .and_then(|k| self.ments.get(k))
            .filter(|m| {
                let tok_start = self.toks.get(p).map_or(0, |t| t.os);
                self.ents
                    .get(m.ent)
                    .and_then(|e| {
                        e.mentions
                            .iter()
                            .map(|s| s.start)
                            .find(|&s| s > tok_start && s < tok_start + 3)
                    })
                    .is_some()
            })
            .map(|m| m.b);
        let lam_head = !self.lex.heads.contains_key(w)
            && w.strip_prefix('ل')
                .is_some_and(|r| self.lex.head(r).is_some());
        let end = if let Some(b) = proclitic_mention {
            b
        } else if w.starts_with("لل") || lam_head {
            let mut e = p + 1;
            while e < limit && e < p + 4 && self.is_definite(e) && !self.stops_phrase(e) {
                e += 1;
            }
            e
        } else {
            return p;
        };
        end.min(limit)
    }

    /// Original text of `[a, b)` without a leading لـ on the first word (للمرصد → المرصد).
    fn bare_text(&self, a: usize, b: usize) -> String {
        let t = self.orig_text(a, b);
        let first = self.w(a);
        if first.starts_with("لل") && first.chars().count() > 3 {
            format!("ال{}", t.chars().skip(2).collect::<String>())
        } else if (first.starts_with('ل') || first.starts_with('و') || first.starts_with('ف'))
            && self.lex.head(first).is_some()
            && !self.lex.heads.contains_key(first)
        {
            // «لصحيفة …», «وصحيفة ذي غارديان»: the head without its proclitic.
            t.chars().skip(1).collect()
        } else {
            t
        }
    }

    /// The PER entity introduced with the title that heads `[a, b)` (السفيرة الأميركية →
    /// «سفيرة الولايات المتحدة … آلينا رومانسكي»).
    fn title_link(&self, a: usize, b: usize) -> Option<usize> {
        let title = self.title_key(a)?;
        let mods: Vec<&str> = (a + 1..b)
            .map(|i| self.w(i).trim_start_matches("ال"))
            .collect();
        let mut best: Option<(usize, usize, usize)> = None; // (score, position, entity)
        for g in self
            .title_groups()
            .get(title.as_str())
            .into_iter()
            .flatten()
        {
            // Within a group the score is the same, so the best occurrence is the latest one
            // before `a` (which earns the bonus), else the latest one after it.
            let pp = g.members.partition_point(|&(t, _)| t < a);
            let ((t, ent), before) = match pp.checked_sub(1).and_then(|k| g.members.get(k)) {
                Some(&m) => (m, 1),
                None => match g.members.last() {
                    Some(&m) if m.0 > a => (m, 0),
                    _ => continue,
                },
            };
            let (rt, j) = g.rep;
            let score = (rt + 1..j)
                .filter(|&i| {
                    mods.iter()
                        .any(|m| !m.is_empty() && self.w(i).trim_start_matches("ال") == *m)
                })
                .count();
            // «الرئيس الإيراني» is not «الرئيس الأميركي دونالد ترامب»: an adjective of the
            // candidate's that the phrase does not share rules it out.
            let conflict = (rt + 1..j).any(|i| {
                self.is_nisba(i)
                    && self.fn_class(i).is_none()
                    && !mods
                        .iter()
                        .any(|m| self.w(i).trim_start_matches("ال") == *m)
            });
            if score == 0 && !mods.is_empty() && conflict {
                continue;
            }
            let cand = (score * 2 + before, t, ent);
            if best.map_or(true, |b| (cand.0, cand.1) > (b.0, b.1)) {
                best = Some(cand);
            }
        }
        best.map(|(_, _, e)| e)
    }

    /// The title that token `i` spells, as its lexicon key (السفيرة → سفير).
    fn title_key(&self, i: usize) -> Option<String> {
        each_variant(self.w(i), |v| {
            self.lex
                .heads
                .get(v)
                .is_some_and(|(_, k)| *k == HeadKind::Title)
                .then(|| v.to_string())
        })
    }

    /// Every title occurrence that introduces a person — «TITLE … NAME» (the first PER
    /// mention within eight words, no punctuation or verb between) or «NAME TITLE» — grouped
    /// by title key, words between and person. Built once per article.
    fn title_groups(&self) -> &HashMap<String, Vec<TitleGroup>> {
        self.titles.get_or_init(|| {
            let mut out: HashMap<String, Vec<TitleGroup>> = HashMap::default();
            // (title key, words between) → index of its group in `out[key]`.
            let mut seen: HashMap<(String, String), usize> = HashMap::default();
            for t in 0..self.toks.len() {
                let Some(key) = self.title_key(t) else {
                    continue;
                };
                let mut hit = None;
                for j in t + 1..(t + 9).min(self.toks.len()) {
                    if let Some(m) = self.per_at(j) {
                        hit = Some((j, m.ent));
                        break;
                    }
                    if !self.is_word(j) || self.verb(j).is_some() {
                        break;
                    }
                }
                if hit.is_none() {
                    hit = self
                        .mix
                        .ending_at(t)
                        .iter()
                        .find(|m| self.is_per(m))
                        .and_then(|m| self.ment(m))
                        .map(|m| (t, m.ent));
                }
                let Some((j, ent)) = hit else { continue };
                let words = (t + 1..j).map(|i| self.w(i)).collect::<Vec<_>>().join(" ");
                let groups = out.entry(key.clone()).or_default();
                match seen.entry((key, words)) {
                    Entry::Occupied(o) => {
                        if let Some(g) = groups.get_mut(*o.get()) {
                            g.members.push((t, ent));
                        }
                    }
                    Entry::Vacant(v) => {
                        v.insert(groups.len());
                        groups.push(TitleGroup {
                            rep: (t, j),
                            members: vec![(t, ent)],
                        });
                    }
                }
            }
            out
        })
    }

    /// An ORG/GPE entity whose name contains every word of `[a, b)` (الخارجية → وزارة
    /// الخارجية العراقية; المرصد → المرصد السوري لحقوق الإنسان), the latest mentioned before `a`.
    fn org_alias(&self, a: usize, b: usize) -> Option<usize> {
        let words: Vec<&str> = (a..b).map(|i| self.w(i).trim_start_matches("ال")).collect();
        // Only a definite phrase refers back (الخارجية، المرصد); «قيادة» alone does not.
        if words.is_empty() || words.len() > 3 || !strip_conj(self.w(a)).starts_with("ال") {
            return None;
        }
        // The latest qualifying mention before `a` (the last in list order among equal
        // starts), entity by entity.
        let mut best: Option<(usize, usize, usize)> = None; // (a, list index, entity)
                                                            // Only an ORG/GPE whose name has every word qualifies: those with the rarest one.
        let by_word = self.org_words();
        let cands = words
            .iter()
            .map(|w| by_word.get(*w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|c| c.len())?;
        for &ei in cands {
            let list = self.ent_mentions(ei);
            let Some(m) = list
                .partition_point(|m| m.a < a)
                .checked_sub(1)
                .and_then(|k| list.get(k))
            else {
                continue;
            };
            if best.is_some_and(|b| (b.0, b.1) > (m.a, m.idx)) {
                continue;
            }
            let nw = self.name_words(ei);
            if nw.len() > words.len() && words.iter().all(|w| nw.iter().any(|n| n == w)) {
                best = Some((m.a, m.idx, ei));
            }
        }
        best.map(|(_, _, e)| e)
    }

    /// Name word → the ORG/GPE entities whose name has it (each once, ascending).
    fn org_words(&self) -> &HashMap<String, Vec<usize>> {
        self.org_words.get_or_init(|| {
            let mut out: HashMap<String, Vec<usize>> = HashMap::default();
            for (ei, e) in self.ents.iter().enumerate() {
                if !matches!(e.kind, EntityType::Org | EntityType::Gpe) {
                    continue;
                }
                for w in self.name_words(ei) {
                    let list = out.entry(w.clone()).or_default();
                    if list.last() != Some(&ei) {
                        list.push(ei);
                    }
                }
            }
            out
        })
    }

    /// The words of entity `e`'s normalised name, without the article.
    fn name_words(&self, e: usize) -> &[String] {
        let Some(cell) = self.ent_words.get(e) else {
            return &[];
        };
        cell.get_or_init(|| {
            let name = self
                .ents
                .get(e)
                .map_or_else(String::new, |x| rasd_text::normalize(&x.name).text);
            name.split_whitespace()
                .map(|w| w.trim_start_matches("ال").to_string())
                .collect()
        })
    }

    fn issuer_before(&self, at: usize) -> Option<Speaker> {
        // The issuers met while reading, latest first, then those collected up front (in token
        // order, so the latest at or before `at` is found by binary search).
        let (collected, met) = self
            .issuers
            .split_at(self.static_issuers.min(self.issuers.len()));
        let ok = |(p, s): &&(usize, Speaker)| *p <= at && s.known();
        met.iter()
            .rev()
            .find(ok)
            .or_else(|| {
                let pp = collected.partition_point(|(p, _)| *p <= at);
                collected.get(..pp)?.iter().rev().find(ok)
            })
            .map(|(_, s)| s.clone())
    }

    /// The longest mention that ends at token `b` (the last in list order among equals).
    fn longest_ending_at(&self, b: usize) -> Option<&Ment> {
        self.mix
            .ending_at(b)
            .iter()
            .max_by_key(|m| m.b - m.a)
            .and_then(|m| self.ment(m))
    }

    /// The type of the entity whose mention starts at token `i`.
    fn entity_kind_at(&self, i: usize) -> Option<EntityType> {
        self.ment_at
            .get(i)
            .copied()
            .flatten()
            .and_then(|k| self.ments.get(k))
            .and_then(|m| self.ents.get(m.ent))
            .map(|e| e.kind)
    }

    /// The entity mention starting at `i`, or at `i + 1` when `i` is a lone لـ.
    fn mention_from(&self, i: usize) -> Option<&Ment> {
        let i = if self.w(i) == "ل" { i + 1 } else { i };
        self.ment_at
            .get(i)
            .copied()
            .flatten()
            .and_then(|k| self.ments.get(k))
    }

    /// Statements whose issuer is named next to them: «بيان لوزارة …», «بيان صادر عن …»,
    /// «بيان الخارجية».
    fn collect_issuers(&mut self) {
        let mut found = Vec::new();
        for i in 0..self.toks.len() {
            if !self.is_word(i) || self.in_q.get(i).copied().flatten().is_some() {
                continue;
            }
            let words: Vec<&str> = (i..(i + 3).min(self.toks.len()))
                .map(|k| self.w(k))
                .collect();
            let Some(k) = self.lex.statement_at(&words) else {
                continue;
            };
            if let Some(s) = self.issuer_named(i + k) {
                found.push((i, s));
            }
        }
        self.static_issuers = found.len();
        self.issuers = found;
    }

    /// The issuer named right after a statement noun ending at `j`: «بيان لوزارة …», «بيان
    /// صادر عن الديوان الملكي», «بيان من الرئاسة», «بيان الخارجية» (an entity), or a definite phrase after لـ /
    /// «صادر عن» when no entity is known there.
    fn issuer_named(&self, j: usize) -> Option<Speaker> {
        let mut j = j;
        let mut marked = false;
        if matches!(self.w(j), "صادر" | "الصادر") && self.w(j + 1) == "عن" {
            j += 2;
            marked = true;
        } else if self.w(j) == "من" {
            // «بيان من وزارة الخارجية».
            j += 1;
            marked = true;
        }
        if let Some(m) = self.mention_from(j) {
            if self.ents.get(m.ent).is_some_and(|e| {
                matches!(e.kind, EntityType::Org | EntityType::Per | EntityType::Gpe)
            }) {
                let g = self.gender_of_entity(m.ent);
                return Some(self.entity_speaker(m.ent, m.a, g));
            }
        }
        let w = self.w(j);
        if w == "ل" {
            j += 1;
            marked = true;
        } else if w.starts_with("لل") || (w.starts_with('ل') && self.lex.head(w).is_some()) {
            marked = true;
        }
        if !marked
            || !self.is_word(j)
            || self.stops_phrase(j)
            || !(self.is_definite(j) || self.lex.head(self.w(j)).is_some())
        {
            return None;
        }
        let e = self.descriptive_end(j, self.toks.len());
        Some(Speaker {
            ent: self.org_alias(j, e),
            text: Some(self.bare_text(j, e)),
            gender: Gender::Unknown,
        })
    }

    /// Skip an apposition between commas after a subject («المريشد، الرئيس التنفيذي للشركة،»),
    /// so that an object phrase after it can be found.
    fn skip_apposition(&self, e: usize, limit: usize) -> usize {
        if !self.is_punct(e, ",") || self.lex.head(self.w(e + 1)).is_none() {
            return e;
        }
        (e + 2..limit.min(e + 12))
            .find(|&k| self.is_punct(k, ","))
            .map_or(e, |k| {
                let next_is_content =
                    self.is_word(k + 1) && !self.is_comp(k + 1) && self.verb(k + 1).is_none();
                if next_is_content {
                    k + 1
                } else {
                    e
                }
            })
    }

    /// The antecedent of the relative pronoun at `r` («مدير عام مستشفى عفرين … الذي أشار»).
    fn antecedent(&self, r: usize, s0: usize, gender: Gender) -> Option<Speaker> {
        // «… الذي يدعو …، والذي أكد …»: a coordinated relative shares the first one's antecedent.
        if self.w(r).starts_with('و') {
            if let Some(prev) = self.plain_rel_before(r).filter(|&k| k >= s0) {
                return self.antecedent(prev, s0, gender);
            }
        }
        let lo = r.saturating_sub(10).max(s0);
        let mut j = r;
        while j > lo {
            j -= 1;
            if self.is_comp(j) || self.verb(j).is_some() || self.is_punct(j, ".") {
                break;
            }
            if let Some((_, kind)) = self.lex.head(self.w(j)) {
                // «مدير عام مستشفى عفرين»: a title further left heads the whole chain.
                let mut kind = kind;
                let mut k = j;
                while k > lo
                    && j - k < 4
                    && self.is_word(k - 1)
                    && self.fn_class(k - 1).is_none()
                    && self.verb(k - 1).is_none()
                {
                    k -= 1;
                    if let Some((_, HeadKind::Title)) = self.lex.head(self.w(k)) {
                        kind = HeadKind::Title;
                        j = k;
                    }
                }
                let mut e = j + 1;
                while e < r && self.is_word(e) && self.fn_class(e).is_none() {
                    e += 1;
                }
                // «رئيس حزب القوات اللبنانية سمير جعجع والذي …»: the person, past the body in
                // the title.
                if let Some(m) = (j..e).filter_map(|i| self.mention_from(i)).find(|m| {
                    self.ents
                        .get(m.ent)
                        .is_some_and(|x| x.kind == EntityType::Per)
                        && m.b <= e
                }) {
                    return Some(self.entity_speaker(m.ent, m.a, gender));
                }
                let ent = if kind == HeadKind::Title {
                    self.title_link(j, e)
                } else {
                    None
                };
                return Some(Speaker {
                    ent,
                    text: Some(self.bare_text(j, e)),
                    gender,
                });
            }
        }
        let mut end = r;
        if self.is_punct(end.wrapping_sub(1), ",") {
            end -= 1;
        }
        self.longest_ending_at(end)
            .map(|m| self.entity_speaker(m.ent, m.a, gender))
    }

    /// The latest relative pronoun without و before token `r`.
    fn plain_rel_before(&self, r: usize) -> Option<usize> {
        let table = self.plain_rel_before.get_or_init(|| {
            let mut out = Vec::with_capacity(self.toks.len() + 1);
            let mut last = None;
            for k in 0..=self.toks.len() {
                out.push(last);
                if self.fn_class(k) == Some(FnClass::Rel) && !self.w(k).starts_with('و') {
                    last = Some(k);
                }
            }
            out
        });
        table.get(r).copied().flatten()
    }

    /// A subject written before the verb at `i` («غير أن المراقبين يؤكدون», «وكان المرصد قد
    /// ذكر»), or the antecedent of a relative pronoun right before it.
    fn preverbal(&self, i: usize, s0: usize, gender: Gender) -> Option<(usize, Speaker)> {
        if i == s0 || self.has_conj(i) {
            return None;
        }
        let mut j = i - 1;
        if self.fn_class(j) == Some(FnClass::Rel) {
            return self.antecedent(j, s0, gender).map(|s| (j, s));
        }
        // «وسبق لترامب أن قال …»: the person before أن.
        if self.is_comp(j) && j > s0 {
            if let Some(m) = self.longest_ending_at(j) {
                if self
                    .ents
                    .get(m.ent)
                    .is_some_and(|e| e.kind == EntityType::Per)
                {
                    return Some((m.a, self.entity_speaker(m.ent, m.a, gender)));
                }
            }
        }
        if matches!(self.w(j), "قد" | "لقد") && j > s0 {
            j -= 1;
        }
        let end = j + 1;
        let mut k = end;
        while k > s0 && end - k < 4 {
            let c = k - 1;
            if !self.is_word(c)
                || self.fn_class(c).is_some()
                || self.is_comp(c)
                || self.verb(c).is_some()
            {
                break;
            }
            k -= 1;
        }
        if k == end {
            return None;
        }
        let boundary_ok = k == s0
            || self.is_punct(k - 1, ",")
            || self.is_comp(k - 1)
            || matches!(
                self.fn_class(k - 1),
                Some(FnClass::Particle | FnClass::Block | FnClass::Conj)
            );
        if !boundary_ok || self.in_q.get(k).copied().flatten().is_some() {
            return None;
        }
        // Only a phrase that can speak: a named entity, a speaker head, a statement; never one
        // behind a preposition («وخرج نتنياهو ببيان يعتبر فيه …»: the statement is his).
        let named = self.ment_at.get(k).copied().flatten().is_some();
        let w = self.w(k);
        let glued = matches!(w.chars().next(), Some('ب' | 'ل' | 'ك'))
            && self.lex.subject_head(w).is_none()
            && self.lex.statement_at(&[w]).is_some();
        let speaks = named
            || !glued && (self.lex.head(w).is_some() || self.lex.statement_at(&[w]).is_some());
        if !speaks {
            return None;
        }
        // Resolve the phrase as a subject that ends at the verb.
        let sp = self
            .subject(k, end, gender)
            .map(|(_, s)| s)
            .unwrap_or_else(|| Speaker {
                ent: self.org_alias(k, end),
                text: Some(self.bare_text(k, end)),
                gender,
            });
        Some((k, sp))
    }

    /// The latest speaker that agrees with `gender`, as a fallback for subject-less verbs.
    fn last_referent(&self, before: usize, gender: Gender) -> Option<Speaker> {
        if gender == Gender::First {
            return None;
        }
        // The subject of this or the previous sentence, when it is named after the latest
        // speaker: «وطالب … مهدي التميمي بالتحقيق … وقال "…"» is التميمي speaking.
        let si = self.sent_index(before);
        let recent_subject = (si.saturating_sub(1)..=si).rev().find_map(|sj| {
            let &(a, b) = self.sents.get(sj)?;
            self.clause_subject(a, b.min(before))
                .filter(|(_, sp)| gender.agrees(sp.gender) && sp.ent.is_some())
        });
        if let Some((_, s)) = self.latest_referent(before, gender) {
            let latest = self.latest_referent(before, gender).map(|(p, _)| *p);
            if let Some((_, sp)) = recent_subject.filter(|(at, _)| latest.is_some_and(|p| *at > p))
            {
                return Some(Speaker { gender, ..sp });
            }
            let mut s = s.clone();
            if let Some(e) = s.ent {
                s.text = self.mention_text(e, before).or(s.text);
            }
            return Some(s);
        }
        // No earlier speaker agrees: the subject of one of the last sentences …
        let si = self.sent_index(before);
        for sj in (si.saturating_sub(3)..=si).rev() {
            let Some(&(a, b)) = self.sents.get(sj) else {
                continue;
            };
            if let Some((_, sp)) = self.clause_subject(a, b.min(before)) {
                if gender.agrees(sp.gender) {
                    return Some(Speaker { gender, ..sp });
                }
            }
        }
        // … or the latest PER/ORG/GPE mention outside quoted content.
        let list = self.agreeing_mentions(gender);
        let mut k = list.partition_point(|m| m.a < before);
        while let Some(m) = k.checked_sub(1).and_then(|x| list.get(x)) {
            if let Some((s, _)) = self.covered.containing(m.a) {
                // Skip every mention inside that found quote at once.
                k = list.partition_point(|x| x.a < s);
                continue;
            }
            if m.b <= before {
                return self
                    .ment(m)
                    .map(|m| self.entity_speaker(m.ent, m.a, gender));
            }
            k -= 1;
        }
        None
    }

    /// The subject of a sentence's opening clause, when it can speak: a named entity or a
    /// speaker head at the start (SVO: «الشرطة الكندية اعتقلت …», «لكن مركز … قال») or right
    /// after the opening verb (VSO: «أوقفت الشرطة …», «وشنت تركيا …»). Returns the speaker
    /// with its own gender, and the token where it starts.
    fn clause_subject(&self, s0: usize, before: usize) -> Option<(usize, Speaker)> {
        // The dateline opening the first sentence is no subject.
        let s0 = s0.max(self.dateline_end.min(before));
        let mut p = s0;
        // An opening adverbial closed by a comma («من جهة أخرى،»، «في غضون ذلك،»): a
        // preposition, then up to three words with no verb and no name before the comma.
        let adverbial = self.fn_class(s0) == Some(FnClass::Prep);
        if let Some(c) = (s0..before.min(s0 + 5))
            .find(|&i| self.is_punct(i, ","))
            .filter(|_| adverbial)
        {
            let plain = (s0..c).all(|i| {
                self.is_word(i)
                    && self.verb(i).is_none()
                    && self.ment_at.get(i).copied().flatten().is_none()
            });
            if c > s0 && plain {
                p = c + 1;
            }
        }
        // Leading particles and conjunctions («لكن»، «وقد»، «وكان»).
        while p < before && matches!(self.fn_class(p), Some(FnClass::Particle | FnClass::Conj)) {
            p += 1;
        }
        for k in [p, p + 1] {
            if k >= before || self.in_q.get(k).copied().flatten().is_some() {
                continue;
            }
            if let Some(m) = self
                .ment_at
                .get(k)
                .copied()
                .flatten()
                .and_then(|x| self.ments.get(x))
            {
                if self.ents.get(m.ent).is_some_and(|e| {
                    matches!(e.kind, EntityType::Per | EntityType::Org | EntityType::Gpe)
                }) {
                    let g = self.gender_of_entity(m.ent);
                    return Some((k, self.entity_speaker(m.ent, m.a, g)));
                }
            }
            if let Some((g, _)) = self.lex.subject_head(self.w(k)) {
                if let Some((_, sp)) = self.subject(k, before, g) {
                    return Some((k, sp));
                }
            }
        }
        None
    }

    fn inside_found(&self, i: usize) -> bool {
        self.covered.containing(i).is_some()
    }

    /// Record a quote (and the range it covers).
    fn push_found(&mut self, f: Found) {
        self.covered.insert(f.a, f.b);
        self.found.push(f);
    }

    /// Record a speaker for later subject-less verbs.
    fn push_referent(&mut self, at: usize, s: Speaker) {
        if self.referents.last().is_some_and(|(p, _)| *p > at) {
            self.referents_sorted = false;
        }
        let k = self.referents.len();
        if s.known() {
            for (slot, g) in GENDERS.iter().enumerate() {
                if g.agrees(s.gender) {
                    if let Some(list) = self.referents_by_gender.get_mut(slot) {
                        list.push(k);
                    }
                }
            }
        }
        self.referents.push((at, s));
    }

    /// The latest known referent that spoke before token `before` and agrees with `gender`.
    fn latest_referent(&self, before: usize, gender: Gender) -> Option<&(usize, Speaker)> {
        if !self.referents_sorted {
            return self
                .referents
                .iter()
                .rev()
                .find(|(p, s)| *p < before && s.known() && gender.agrees(s.gender));
        }
        let list = self.referents_by_gender.get(gender_slot(gender))?;
        let pp = list.partition_point(|&k| self.referents.get(k).is_some_and(|(p, _)| *p < before));
        pp.checked_sub(1)
            .and_then(|x| list.get(x))
            .and_then(|&k| self.referents.get(k))
    }

    /// PER/ORG/GPE mentions outside quotations whose entity agrees with `gender`, sorted by
    /// `(a, index)`.
    fn agreeing_mentions(&self, gender: Gender) -> &[MentRef] {
        let Some(cell) = self.agreeing.get(gender_slot(gender)) else {
            return &[];
        };
        cell.get_or_init(|| {
            self.mix
                .by_start
                .iter()
                .filter(|r| {
                    let Some(m) = self.ment(r) else {
                        return false;
                    };
                    self.in_q.get(m.a).copied().flatten().is_none()
                        && m.a >= self.dateline_end
                        && self.ents.get(m.ent).is_some_and(|e| {
                            matches!(e.kind, EntityType::Per | EntityType::Org | EntityType::Gpe)
                        })
                        && gender.agrees(self.gender_of_entity(m.ent))
                })
                .copied()
                .collect()
        })
    }

    // ---- content ------------------------------------------------------------------------

    /// Whether the quotation `q` is a mere name: fully an entity mention, or at most three words
    /// when nothing governs it.
    fn name_like(&self, q: QSeg, governed: bool) -> bool {
        let n = q.words(&self.toks);
        if n == 0 {
            return true;
        }
        let (a, b) = (q.open + 1, q.close);
        if self.mix.covering(a, b).next().is_some() {
            return true;
        }
        // Governed or not, a single quoted word is a name unless a colon introduces it.
        let after_colon = q.open > 0 && self.is_punct(q.open - 1, ":");
        (!governed && n <= 3) || (n == 1 && !after_colon)
    }

    /// Where the content of a cue starts, searching from `q` (after the cue and its subject).
    /// Returns the first token of the content.
    fn find_content(
        &mut self,
        q: usize,
        limit: usize,
        verb: Option<(VerbForm, bool)>,
        speaker: &Speaker,
    ) -> Option<usize> {
        let lemma = verb.and_then(|(v, _)| self.lex.lemmas.get(v.lemma));
        let has_subject = verb.is_some_and(|(_, s)| s);
        let strict = lemma.is_some_and(|l| l.strict);
        let mut commas = 0;
        let mut j = q;
        while j < limit && j < q + WINDOW {
            if self.is_comp(j) {
                // «خصوصا أن»، «ينبغي أن»: not the content's complementiser; keep looking.
                let blocked = j > q && self.fn_class(j - 1) == Some(FnClass::Block);
                if !blocked {
                    return Some(j + 1);
                }
                j += 1;
                continue;
            }
            if self.is_punct(j, ":") {
                return Some(j + 1);
            }
            if self.is_punct(j, ",") {
                commas += 1;
                if commas > 2 && !self.is_comp(j + 1) && !self.opens_quote(j + 1) {
                    return None;
                }
                j += 1;
                continue;
            }
            if let Some(k) = self.q_open.get(j).copied().flatten() {
                let seg = self.qsegs.get(k).copied()?;
                // Governed: right after the verb itself, a colon or a comma. Right after a subject
                // noun a short quotation is that noun's name («مدونة "فاكتويال"»).
                let after_verb =
                    j == q && (j == 0 || self.verb(j - 1).is_some() || !self.is_word(j - 1));
                let governed = after_verb || self.is_punct(j - 1, ":") || self.is_punct(j - 1, ",");
                if self.name_like(seg, governed) {
                    j = seg.close + 1;
                    continue;
                }
                return Some(j);
            }
            if !self.is_word(j) {
                j += 1;
                continue;
            }
            // «بالقول إن …»، «إلى القول: …»: the saying noun opens the content.
            let saying = if self.fn_class(j) == Some(FnClass::Saying) {
                Some(j + 1)
            } else if self.w(j) == "الي" && self.fn_class(j + 1) == Some(FnClass::Saying) {
                Some(j + 2)
            } else {
                None
            };
            if let Some(k) = saying.filter(|&k| k < limit) {
                if self.is_comp(k) || self.is_punct(k, ":") {
                    return Some(k + 1);
                }
                if self.opens_quote(k) {
                    return Some(k);
                }
            }
            // Another finite speech verb ends the search; a participle in apposition («وقال
            // ترامب، معلقا على إيران، …، "…"») does not.
            // An ambiguous (strict) verb form with no introducer right after it is another word
            // («أحد أبرز مشايخ القبيلة»: "most prominent").
            if j > q
                && self.verb(j).is_some_and(|v| {
                    v.tense != Tense::Participle
                        && !(self.lex.lemmas.get(v.lemma).is_some_and(|l| l.strict)
                            && !self.is_comp(j + 1)
                            && !self.opens_quote(j + 1)
                            && !self.is_punct(j + 1, ":"))
                })
            {
                return None;
            }
            if strict && j > q && !has_subject {
                return None;
            }
            // A statement noun in the adjuncts («في بيان له») was issued by this speaker.
            if self.lex.statement_at(&[self.w(j)]).is_some() && speaker.known() {
                self.issuers.push((j, speaker.clone()));
            }
            if let Some(l) = lemma {
                let w = self.w(j);
                // «ونددت الولايات المتحدة بـ"الهجمات الصاروخية"»: a quotation after the
                // preposition, and nothing else, is the content.
                if j < q + PREP_REACH && l.qpreps.iter().any(|p| p == w) && self.opens_quote(j + 1)
                {
                    return Some(j + 1);
                }
                // The governed preposition comes early («أعلنت الخلية في بيان عن مقتل …»), not
                // in a later clause («… وأسفر عن مقتل …»).
                for p in l.preps.iter().filter(|_| j < q + PREP_REACH) {
                    if w == p {
                        if self.is_comp(j + 1) {
                            break;
                        }
                        if self.opens_quote(j + 1) {
                            return Some(j + 1);
                        }
                        if p != "ب" && j + 2 < limit {
                            return Some(j + 1);
                        }
                    } else if p == "ب" && j == q && w.starts_with('ب') && w.chars().count() > 3 {
                        return Some(j);
                    }
                }
                // A complementiser or colon close ahead wins over an object phrase («أكد مسؤول
                // رفيع السبت أنه …»).
                // «أعلن الجيش الأمريكي مقتل "اثنين من الإرهابيين"»: an announced act.
                let announced = l.np_event && self.lex.announced.contains(strip_conj(w));
                if (l.np || announced)
                    && has_subject
                    && (j == q || (announced && j == self.past_adjuncts(q, limit)))
                    && self.fn_class(j).is_none()
                    && j + 1 < limit
                    && !self.introducer_ahead(j, limit)
                {
                    return Some(j);
                }
            }
            j += 1;
        }
        None
    }

    /// Where an object may start after a subject ending at `q`, past a statement adjunct
    /// («أعلن الجيش في بيان مقتل …») and a time set off by commas («أعلن برهوم، فجر السبت،
    /// التوصل …», «أعلن برهوم فجر السبت، التوصل …»).
    fn past_adjuncts(&self, q: usize, limit: usize) -> usize {
        let mut j = q;
        for _ in 0..2 {
            if self.w(j) == "في"
                && j + 2 < limit
                && self.lex.statement_at(&[self.w(j + 1)]).is_some()
            {
                j += 2;
            } else if self.is_punct(j, ",") || self.fn_class(j) == Some(FnClass::Time) {
                let open = usize::from(self.is_punct(j, ","));
                let mut k = j + open;
                while k < limit && k < j + 5 && self.fn_class(k) == Some(FnClass::Time) {
                    k += 1;
                }
                if k > j + open && self.is_punct(k, ",") {
                    j = k + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        j
    }

    /// Whether a complementiser or colon follows within the clause (before a comma, a verb or
    /// twelve tokens).
    fn introducer_ahead(&self, j: usize, limit: usize) -> bool {
        for k in j + 1..limit.min(j + 12) {
            if self.is_comp(k) || self.is_punct(k, ":") {
                return self.fn_class(k - 1) != Some(FnClass::Block);
            }
            // «… "أن تونس تعمل …"»: a quotation that opens with the complementiser.
            if self.opens_quote(k) && self.is_comp(k + 1) {
                return true;
            }
            if self.is_punct(k, ",") || self.verb(k).is_some() || self.opens_quote(k) {
                return false;
            }
        }
        false
    }

    /// The content `[a, b)` that starts at `start`, ending at the sentence end `s1`, before a
    /// later cue that opens its own clause, or at the closing mark of a quotation.
    fn content_span(
        &self,
        start: usize,
        s1: usize,
        clause_starts: &[usize],
    ) -> Option<(usize, usize)> {
        let mut a = start;
        if self.is_comp(a) {
            a += 1;
        }
        if let Some(seg) = self.quote_opened_at(a) {
            let after = seg.close + 1;
            let ends = after >= s1
                || self
                    .toks
                    .get(after)
                    .is_some_and(|t| t.kind == Kind::Punct && !self.opens_quote(after))
                || self.is_wa_comp(after)
                || clause_starts.binary_search(&after).is_ok()
                || self.verb(after).is_some();
            if ends {
                return (seg.close > seg.open + 1).then_some((seg.open + 1, seg.close));
            }
        }
        let mut b = s1;
        let mut j = a;
        while j < s1 {
            if let Some(seg) = self.quote_opened_at(j) {
                if self.is_wa_comp(seg.close + 1) {
                    b = seg.close + 1;
                    break;
                }
                j = seg.close + 1;
                continue;
            }
            if j > a && clause_starts.binary_search(&j).is_ok() {
                b = j;
                break;
            }
            j += 1;
        }
        while b > a
            && self.toks.get(b - 1).is_some_and(|t| t.kind == Kind::Punct)
            && matches!(self.w(b - 1), "." | "," | ";" | ":" | "-" | "?" | "!")
        {
            b -= 1;
        }
        if let Some(seg) = self.quote_opened_at(a) {
            if seg.close + 1 == b {
                return (seg.close > seg.open + 1).then_some((seg.open + 1, seg.close));
            }
        }
        // Reported content of a single word is a name or a fragment, not speech.
        let words = (a..b).filter(|&k| self.is_word(k)).count();
        (b > a && words >= 2).then_some((a, b))
    }

    /// Record the content `[a, b)`: split into its quotations when it is nothing but quoted
    /// fragments joined by و («بأنها "دعاية سوداء" و"لا أساس لها"»).
    fn emit(&mut self, a: usize, b: usize, speaker: &Speaker, cue: (usize, usize)) {
        let mut parts = Vec::new();
        let mut j = a;
        let mut only_quotes = true;
        while j < b {
            if let Some(seg) = self.quote_opened_at(j).copied() {
                parts.push((seg.open + 1, seg.close));
                j = seg.close + 1;
            } else if self.w(j) == "و" || self.is_punct(j, ",") {
                j += 1;
            } else {
                only_quotes = false;
                break;
            }
        }
        if only_quotes && parts.len() > 1 {
            for (x, y) in parts {
                if y > x {
                    self.push_found(Found {
                        a: x,
                        b: y,
                        speaker: speaker.clone(),
                        cue: Some(cue),
                    });
                }
            }
        } else {
            self.push_found(Found {
                a,
                b,
                speaker: speaker.clone(),
                cue: Some(cue),
            });
        }
    }

    // ---- cues ---------------------------------------------------------------------------

    fn attribution_at(&self, i: usize) -> Option<(usize, usize)> {
        for at in &self.lex.attributions {
            let first = self.w(i);
            if !(first == at.words[0] || strip_conj(first) == at.words[0]) {
                continue;
            }
            if !at
                .words
                .iter()
                .enumerate()
                .skip(1)
                .all(|(k, w)| self.w(i + k) == w)
            {
                continue;
            }
            let n = i + at.words.len();
            let src = match &at.join {
                Join::Direct => n,
                Join::Lam if self.w(n) == "ل" => n + 1,
                Join::Lam if self.w(n).starts_with('ل') && self.w(n).chars().count() > 2 => n,
                Join::Word(w) if self.w(n) == w => n + 1,
                _ => continue,
            };
            // A source in quotation marks («بحسب «تسنيم»») opens at its mark.
            if self.is_word(src) || self.quote_opened_at(src).is_some() {
                return Some((n, src));
            }
        }
        None
    }

    /// Tokens where a later cue opens its own clause: after a comma, after a relative pronoun,
    /// or after the particle that introduces a preverbal subject.
    fn clause_starts(&self, cues: &[Cue], s0: usize) -> Vec<usize> {
        let mut out = self.clause_starts_unsorted(cues, s0);
        // Sorted, for binary search in [`Self::content_span`].
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The clause starts of [`Self::clause_starts`], in cue order.
    fn clause_starts_unsorted(&self, cues: &[Cue], s0: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for c in cues {
            let i = c.at();
            if i == s0 {
                continue;
            }
            // After a comma, only a participle, a verb with و/ف, or a verb that opens its content
            // at once starts a new clause; «…، يذكر بحالات …» stays inside.
            let at_once =
                self.is_comp(i + 1) || self.is_punct(i + 1, ":") || self.opens_quote(i + 1);
            let (opens, strict) = match c {
                Cue::Verb(_, v) => (
                    v.tense == Tense::Participle || self.has_conj(i) || at_once,
                    self.lex.lemmas.get(v.lemma).is_some_and(|l| l.strict),
                ),
                Cue::Attribution(_) => (true, false),
            };
            // An ambiguous verb («المزاعم التي وردت في الشكوى») splits nothing unless its content
            // follows at once.
            if strict && !at_once {
                continue;
            }
            // «… المقبل وقال: "…"»: a conjoined verb that opens its content at once.
            if self.has_conj(i) && at_once && self.is_word(i - 1) {
                out.push(i);
                continue;
            }
            let after_comma = (self.is_punct(i - 1, ",") || self.is_punct(i - 1, ":")) && opens;
            // «…، لكنه قال إن …»: a conjunction between the comma and the verb.
            let mut k = i;
            // Only a conjunction does this; «، كان أعلن عنها …» is a parenthesis.
            while k > s0 && self.fn_class(k - 1) == Some(FnClass::Conj) {
                k -= 1;
            }
            // «…، بينما قال شاهد آخر إنه …»: a conjunction opens a new clause even without comma.
            let after_conj = self.fn_class(i - 1) == Some(FnClass::Conj);
            if after_comma || after_conj || self.fn_class(i - 1) == Some(FnClass::Rel) {
                out.push(i - 1);
            } else if k < i && k > s0 && self.is_punct(k - 1, ",") {
                out.push(k - 1);
            } else if let Cue::Verb(_, v) = c {
                if let Some((k, _)) = self.preverbal(i, s0, v.gender) {
                    let mut k = k;
                    while k > s0 && (self.is_comp(k - 1) || self.fn_class(k - 1).is_some()) {
                        k -= 1;
                    }
                    if k > s0 {
                        out.push(k);
                    }
                }
            }
        }
        out
    }

    pub(crate) fn run(mut self) -> Vec<Quote> {
        self.collect_issuers();
        let sents = self.sents.clone();
        let mut last_speaker: Option<(usize, Speaker)> = None; // (sentence index, speaker)
        for (si, &(s0, s1)) in sents.iter().enumerate() {
            let mut cues = Vec::new();
            for i in s0..s1 {
                if self.in_q.get(i).copied().flatten().is_some() {
                    continue;
                }
                if let Some(v) = self.verb(i) {
                    // «لم يؤكد»: a negated verb reports nothing; «يذكر أن» is the narrator's aside;
                    // «بحسب ما ذكرت …» belongs to the attribution phrase.
                    let prev = if i > s0 { self.fn_class(i - 1) } else { None };
                    // «"…"، هذا ما قاله X»: the demonstrative points back at the quotation.
                    let closes = |k: usize| self.q_close.get(k).copied().flatten().is_some();
                    let points_back = self.pointing_back(i, s0).is_some_and(|p| {
                        closes(p) || (self.is_punct(p, ",") && p > s0 && closes(p - 1))
                    });
                    if (matches!(prev, Some(FnClass::Neg | FnClass::Relator)) && !points_back)
                        || self.fn_class(i) == Some(FnClass::Impersonal)
                        || self.written_passive(i)
                    {
                        continue;
                    }
                    // «قائلا» right after another speech verb only extends that cue.
                    if v.tense == Tense::Participle && i > s0 && self.verb(i - 1).is_some() {
                        continue;
                    }
                    cues.push(Cue::Verb(i, v));
                } else if self.attribution_at(i).is_some() {
                    cues.push(Cue::Attribution(i));
                }
            }
            let starts = self.clause_starts(&cues, s0);
            let mut claimed_to = s0;
            for c in &cues {
                let i = c.at();
                if i < claimed_to {
                    continue;
                }
                let next_end = self.found.len();
                match *c {
                    Cue::Verb(i, v) => self.verb_cue(i, v, (s0, s1), si, &starts, &last_speaker),
                    Cue::Attribution(i) => self.attribution_cue(i, (s0, s1), &starts),
                }
                if let Some(f) = self.found.get(next_end..).and_then(|n| n.last()) {
                    claimed_to = f.b;
                    last_speaker = Some((si, f.speaker.clone()));
                }
            }
        }
        self.headline_quotes();
        self.unclaimed_quotes();
        self.into_quotes()
    }

    /// A line that opens with a person's name and a colon is what that person said, the
    /// headline convention «العبادي: حرق مخازن صناديق الاقتراع مخطط»: the rest of the line
    /// (at least three words, without its closing stop) with the person as speaker.
    fn headline_quotes(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let line_start = i == 0 || self.toks[i].nl;
            let mut next = i + 1;
            while next < n && !self.toks[next].nl {
                next += 1;
            }
            if line_start {
                if let Some((ma, mb, ment)) = self.per_at(i).map(|m| (m.a, m.b, m.ent)) {
                    let colon = mb;
                    let mut end = next;
                    while end > colon + 1
                        && self
                            .toks
                            .get(end - 1)
                            .is_some_and(|t| t.kind == Kind::Punct)
                    {
                        end -= 1;
                    }
                    let words = (colon + 1..end).filter(|&k| self.is_word(k)).count();
                    if colon < next
                        && self.is_punct(colon, ":")
                        && words >= 3
                        && !(colon + 1..end).any(|k| self.inside_found(k))
                    {
                        let gender = self.gender_of_entity(ment);
                        let speaker = self.entity_speaker(ment, ma, gender);
                        self.push_found(Found {
                            a: colon + 1,
                            b: end,
                            speaker,
                            cue: None,
                        });
                    }
                }
            }
            i = next;
        }
    }

    fn verb_cue(
        &mut self,
        i: usize,
        v: VerbForm,
        (s0, s1): (usize, usize),
        si: usize,
        starts: &[usize],
        last: &Option<(usize, Speaker)>,
    ) {
        let mut cue_end = i + 1;
        if self.verb(cue_end).is_some_and(|n| {
            n.tense == Tense::Participle
                && self
                    .lex
                    .lemmas
                    .get(n.lemma)
                    .is_some_and(|l| l.name == "قال")
        }) {
            cue_end += 1;
        }
        let limit = s1;
        let mut cue_span_end = cue_end;
        let lemma = self.lex.lemmas.get(v.lemma).cloned();
        let mut speaker: Option<Speaker> = None;
        let mut after = cue_end;
        // «نقل عن X»: the speaker follows عن.
        let mut sourced = false;
        if let Some(src) = lemma.as_ref().and_then(|l| l.source.clone()) {
            if let Some(k) = (cue_end..limit.min(cue_end + 10)).find(|&k| self.w(k) == src) {
                // «عن "تشاينا ديلي"»: a quoted name.
                let quoted = self.quote_opened_at(k + 1).copied();
                let (e, s) = if let Some(seg) = quoted {
                    (
                        seg.close + 1,
                        Speaker {
                            ent: None,
                            text: Some(self.orig_text(seg.open + 1, seg.close)),
                            gender: Gender::Unknown,
                        },
                    )
                } else {
                    self.subject(k + 1, limit, Gender::Unknown)
                        .unwrap_or_else(|| {
                            let e = self.weak_end(k + 1, limit);
                            (
                                e,
                                Speaker {
                                    ent: None,
                                    text: Some(self.bare_text(k + 1, e)),
                                    gender: Gender::Unknown,
                                },
                            )
                        })
                };
                if e > k + 1 {
                    speaker = Some(s);
                    after = e;
                    sourced = true;
                    // «… عن X قوله لبوتن …»: the content follows قوله and its addressee.
                    if let Some(q) = (after..limit.min(after + 4))
                        .find(|&q| matches!(self.w(q), "قوله" | "قولها" | "قولهم"))
                    {
                        after = self.addressee_end(q + 1, limit);
                    }
                }
            }
        }
        let mut explicit = speaker.is_some();
        // «قال للصحفيين …», «قالت لرويترز …»: skip the addressee.
        let subj_at = self.addressee_end(cue_end, limit);
        if subj_at > cue_end && speaker.is_none() {
            after = subj_at;
        }
        // «وأضافت "سي.إن.إن" أن …»: a quoted name right after the verb is its subject.
        let quoted_subject = self.quote_opened_at(subj_at).copied().filter(|q| {
            (1..=3).contains(&q.words(&self.toks))
                && (self.is_comp(q.close + 1) || self.is_punct(q.close + 1, ","))
        });
        if let (None, Some(q)) = (&speaker, quoted_subject) {
            let ent = self
                .mix
                .covering(q.open + 1, q.close)
                .min_by_key(|m| m.idx)
                .and_then(|m| self.ment(m))
                .map(|m| m.ent);
            speaker = Some(Speaker {
                ent,
                text: Some(self.orig_text(q.open + 1, q.close)),
                gender: v.gender,
            });
            after = q.close + 1;
            explicit = true;
        }
        if speaker.is_none() && v.tense != Tense::Participle {
            if let Some((e, s)) = self.subject(subj_at, limit, v.gender) {
                // «وأضاف البيان»: the statement is part of the cue.
                let words: Vec<&str> = (subj_at..e).map(|k| self.w(k)).collect();
                if subj_at == cue_end
                    && self.is_definite(subj_at)
                    && self.lex.statement_at(&words).is_some()
                {
                    cue_span_end = e;
                }
                speaker = Some(s);
                after = self.skip_apposition(e, limit);
                explicit = true;
                // «وأوردت الوكالة نقلا عن مصدر أمني إنه …»: the source it cites speaks.
                let n = if self.is_punct(after, ",") {
                    after + 1
                } else {
                    after
                };
                if self.w(n) == "نقلا" && self.w(n + 1) == "عن" {
                    if let Some((e2, s2)) = self.subject(n + 2, limit, Gender::Unknown) {
                        speaker = Some(s2);
                        after = self.skip_apposition(e2, limit);
                    }
                }
            } else if let Some((_, s)) = self.preverbal(i, s0, v.gender) {
                speaker = Some(s);
                explicit = true;
            } else if !self.has_conj(i)
                && v.tense != Tense::Participle
                && i > s0
                && i < s0 + 16
                && self.stops_phrase(subj_at)
            {
                // «لكن مركز إدارة …، التابع لوزارة …، قال إن …»: the sentence's subject.
                if let Some((_, s)) = self
                    .clause_subject(s0, i)
                    .filter(|(k, s)| *k < i && v.gender.agrees(s.gender))
                {
                    speaker = Some(Speaker {
                        gender: v.gender,
                        ..s
                    });
                    explicit = true;
                }
            }
        }
        // An unrecognised word right after the verb is a subject we cannot classify («وقال راب
        // وهو …»; «ويشير هذا القرار إلى …»), unless the verb takes an object noun phrase
        // (pro-drop «وأكد ضرورة»): it speaks only if a complementiser, colon or quotation follows.
        let mut weak = false;
        if speaker.is_none()
            && v.tense != Tense::Participle
            && !lemma.as_ref().is_some_and(|l| l.np)
            && self.is_word(subj_at)
            && !self.stops_phrase(subj_at)
            && !lemma
                .as_ref()
                .is_some_and(|l| l.preps.iter().any(|p| p == self.w(subj_at)))
        {
            let e = self.weak_end(subj_at, limit);
            speaker = Some(Speaker {
                ent: None,
                text: Some(self.bare_text(subj_at, e)),
                gender: v.gender,
            });
            after = e;
            weak = true;
        }
        // A participle, or an imperfect that continues a clause without its own subject
        // («وكتبت ميرال أكشينار … على تويتر تقول "…"»), shares that clause's subject.
        // «عاد العميد X، ليؤكد أن …»: an imperfect with the ل of purpose continues the clause too.
        let lam = v.tense == Tense::Imperfect
            && !self.lex.forms.contains_key(strip_conj(self.w(i)))
            && strip_conj(self.w(i)).starts_with('ل');
        let hal = v.tense == Tense::Imperfect
            && (!self.has_conj(i) || lam)
            && i > s0
            && (self.is_word(i - 1) || lam);
        if speaker.is_none() && (v.tense == Tense::Participle || hal) {
            speaker = self.participle_speaker(i, s0, si, v.gender, last);
        }
        let speaker = speaker
            .or_else(|| self.last_referent(i, v.gender))
            .unwrap_or(Speaker {
                ent: None,
                text: None,
                gender: v.gender,
            });
        // «أصدرت حركة حماس بيانا قالت فيه …»: the statement just before the cue is this
        // speaker's, so a later «وأضاف البيان» speaks for it too.
        if i > s0 && speaker.known() && self.lex.statement_at(&[self.w(i - 1)]).is_some() {
            self.issuers.push((i - 1, speaker.clone()));
        }
        let start = if sourced {
            self.find_content(after, limit, None, &speaker)
        } else if weak {
            // An ambiguous verb («ويدعى X»، «ويبلغ عدد») with an unknown subject speaks only if
            // the introducer follows at once.
            let strict = lemma.as_ref().is_some_and(|l| l.strict);
            let window = if strict { 1 } else { WEAK_WINDOW };
            self.find_content(after, limit.min(after + window), None, &speaker)
        } else {
            self.find_content(after, limit, Some((v, explicit)), &speaker)
        };
        let mut emitted = false;
        if let Some(start) = start {
            if let Some((a, b)) = self.content_span(start, limit, starts) {
                self.emit(a, b, &speaker, (i, cue_span_end));
                emitted = true;
                // «وتابع "…" وأن هذه "…"»: a coordinated أن continues the same speech.
                let mut k = b;
                while self.toks.get(k).is_some_and(|t| t.kind == Kind::Punct) && k < limit {
                    k += 1;
                }
                if self.is_wa_comp(k) {
                    if let Some((a2, b2)) = self.content_span(k + 1, limit, starts) {
                        self.emit(a2, b2, &speaker, (k, k + 1));
                    }
                }
            }
        }
        // «"…"، قال الوزير»: a quotation right before the cue is its content.
        if !emitted && i > s0 {
            let mut p = self.pointing_back(i, s0).unwrap_or(i - 1);
            if self.is_punct(p, ",") && p > s0 {
                p -= 1;
            }
            if let Some(seg) = self
                .q_close
                .get(p)
                .copied()
                .flatten()
                .and_then(|k| self.qsegs.get(k))
                .copied()
            {
                let opens_clause = seg.open == s0
                    || self
                        .toks
                        .get(seg.open - 1)
                        .is_some_and(|t| t.kind == Kind::Punct);
                if opens_clause && !self.name_like(seg, false) && !self.inside_found(seg.open + 1) {
                    self.push_found(Found {
                        a: seg.open + 1,
                        b: seg.close,
                        speaker: speaker.clone(),
                        cue: Some((i, cue_span_end)),
                    });
                    emitted = true;
                }
            }
        }
        let strict = lemma.is_some_and(|l| l.strict);
        if speaker.known() && (emitted || !strict || explicit) {
            self.push_referent(i, speaker);
        }
    }

    fn participle_speaker(
        &self,
        i: usize,
        s0: usize,
        si: usize,
        gender: Gender,
        last: &Option<(usize, Speaker)>,
    ) -> Option<Speaker> {
        let agreeing = |s: &&Speaker| gender.agrees(s.gender) && s.known();
        // 1. The speaker of the sentence so far («…، مضيفا أن …»).
        if let Some((_, s)) = last.as_ref().filter(|(sj, s)| *sj == si && agreeing(&s)) {
            return Some(s.clone());
        }
        // 2. A speaker named earlier in the sentence without a quote of its own («وكتبت X …
        //    تقول "…"»).
        if let Some((_, s)) = self.latest_referent(i, gender).filter(|(p, _)| *p >= s0) {
            return Some(s.clone());
        }
        // 3. The subject of the clause it hangs on, else the first agreeing mention.
        if let Some((_, sp)) = self
            .clause_subject(s0, i)
            .filter(|(_, sp)| gender.agrees(sp.gender))
        {
            return Some(Speaker { gender, ..sp });
        }
        let list = self.agreeing_mentions(gender);
        let lo = list.partition_point(|m| m.a < s0);
        let mention = list
            .get(lo..)
            .unwrap_or(&[])
            .iter()
            .take_while(|m| m.a < i)
            .find(|m| m.b <= i)
            .and_then(|m| self.ment(m))
            .map(|m| self.entity_speaker(m.ent, m.a, gender));
        // 4. The speaker of the previous sentence («… الأمني. مضيفا أن …»).
        mention.or_else(|| {
            last.as_ref()
                .filter(|(sj, s)| *sj + 1 == si && agreeing(&s))
                .map(|(_, s)| s.clone())
        })
    }

    fn attribution_cue(&mut self, i: usize, (s0, s1): (usize, usize), starts: &[usize]) {
        let Some((_, src)) = self.attribution_at(i) else {
            return;
        };
        let at_start = i == s0 || (i == s0 + 1 && matches!(self.w(s0), "و" | "ف"));
        // «…، وذلك حسب ما قال مصدر»: the comma may come before وذلك.
        let comma = if i > s0 + 1 && self.w(i - 1) == "وذلك" {
            i - 2
        } else {
            i.saturating_sub(1)
        };
        let at_end_comma = i > s0 && self.is_punct(comma, ",");
        if !at_start && !at_end_comma {
            return;
        }
        // «بحسب ما ذكرت وكالة …»: the source is the subject of the verb after ما.
        let mut src = src;
        if matches!(self.fn_class(src), Some(FnClass::Relator)) && self.is_word(src + 1) {
            src += 2;
            if matches!(self.w(src), "به" | "بها" | "عنه" | "عنها") {
                src += 1;
            }
            // «حسب ما قال اليوم الثلاثاء مصدر …»
            while self.fn_class(src) == Some(FnClass::Time) {
                src += 1;
            }
        }
        // «وبحسب «تسنيم»، فإن …»، «وفق "رويترز"»: a source named in quotation marks.
        let quoted_source = self
            .quote_opened_at(src)
            .copied()
            .filter(|q| (1..=4).contains(&q.words(&self.toks)));
        let mut np_end = src;
        if let Some(seg) = quoted_source {
            np_end = seg.close + 1;
        }
        while quoted_source.is_none() && np_end < s1 && np_end < src + 12 {
            if self.is_word(np_end) && !self.is_comp(np_end) && self.verb(np_end).is_none() {
                np_end += 1;
            } else if self.is_punct(np_end, "(") {
                // «بحسب قناة (سي.بي.سي. نيوز)»
                match (np_end + 1..s1.min(np_end + 10)).find(|&k| self.is_punct(k, ")")) {
                    Some(k) => np_end = k + 1,
                    None => break,
                }
            } else if self.is_punct(np_end, ".")
                && np_end > src
                && self
                    .toks
                    .get(np_end - 1)
                    .is_some_and(|t| t.kind == Kind::Word)
                && self.w(np_end - 1).chars().count() <= 2
                && self.is_word(np_end + 1)
                && !self.toks.get(np_end + 1).is_some_and(|t| t.nl)
            {
                np_end += 1;
            } else {
                break;
            }
        }
        if np_end == src {
            return;
        }
        // The source: a statement and its issuer, an entity, a person, or a description.
        let words: Vec<&str> = (src..np_end).map(|k| self.w(k)).collect();
        let mut cue_end = src;
        let speaker = if let Some(seg) = quoted_source {
            let ent = self
                .mix
                .covering(seg.open + 1, seg.close)
                .min_by_key(|m| m.idx)
                .and_then(|m| self.ment(m))
                .map(|m| m.ent);
            Speaker {
                ent,
                text: Some(self.orig_text(seg.open + 1, seg.close)),
                gender: Gender::Unknown,
            }
        } else if self.fn_class(src) == Some(FnClass::SelfRef) {
            // «…، وفق تعبيره.»: whoever is speaking in this sentence or the last one.
            let same = self
                .found
                .iter()
                .rev()
                .find(|f| f.b <= i && f.a >= s0 && f.speaker.known())
                .map(|f| f.speaker.clone());
            same.or_else(|| self.last_referent(i, Gender::Unknown))
                .unwrap_or(Speaker {
                    ent: None,
                    text: None,
                    gender: Gender::Unknown,
                })
        } else if let Some(k) = self.lex.statement_at(&words) {
            cue_end = src + k;
            match self.issuer_named(src + k) {
                Some(s) => {
                    self.issuers.push((src, s.clone()));
                    s
                }
                None => self.issuer_before(src).unwrap_or(Speaker {
                    ent: None,
                    text: Some(self.bare_text(src, src + k)),
                    gender: Gender::Unknown,
                }),
            }
        } else if let Some(m) = self
            .ments
            .iter()
            .filter(|m| m.a >= src && m.b <= np_end && m.a <= src + 2)
            .find(|m| {
                self.ents
                    .get(m.ent)
                    .is_some_and(|e| matches!(e.kind, EntityType::Org | EntityType::Per))
            })
        {
            // «بحسب قناة (سي.بي.سي. نيوز)»: the named body at the head of the phrase.
            self.entity_speaker(m.ent, m.a, Gender::Unknown)
        } else if let Some((_, s)) = self.subject(src, np_end, Gender::Unknown) {
            s
        } else {
            // A description: its noun phrase only («وثائق قضائية رفعت أمام …» → وثائق قضائية).
            let e = self.descriptive_end(src, np_end).min(np_end);
            Speaker {
                ent: self.org_alias(src, e),
                text: Some(self.bare_text(src, e)),
                gender: Gender::Unknown,
            }
        };
        // «وفقا لمستشاري ماكرون»: the joining لـ is not part of the source.
        let lam = self.w(src).starts_with('ل') && !self.w(src).starts_with("ال");
        let speaker = match speaker.text {
            Some(t)
                if lam && speaker.ent.is_none() && t.starts_with('ل') && !t.starts_with("لل") =>
            {
                Speaker {
                    text: Some(t.chars().skip(1).collect()),
                    ..speaker
                }
            }
            _ => speaker,
        };
        let speaker = match speaker.ent {
            Some(e) if speaker.gender == Gender::Unknown => Speaker {
                gender: self.gender_of_entity(e),
                ..speaker
            },
            _ => speaker,
        };
        let cue = (i, cue_end.max(src));
        if at_start {
            let limit = s1;
            let start = self
                .find_content(np_end, limit, None, &speaker)
                .or_else(|| self.is_punct(np_end, ",").then_some(np_end + 1));
            if let Some((a, b)) = start.and_then(|s| self.content_span(s, limit, starts)) {
                // «وفقا لبيان …، فإن الملك قال … إنه "…"»: the speech verb inside reports the
                // speech itself; leave the content to it.
                let inner_cue = (a..b).any(|k| {
                    let opens_at_once =
                        self.is_comp(k + 1) || self.is_punct(k + 1, ":") || self.opens_quote(k + 1);
                    self.in_q.get(k).copied().flatten().is_none()
                        && self.verb(k).is_some_and(|v| {
                            v.tense != Tense::Participle
                                && (opens_at_once
                                    || !self.lex.lemmas.get(v.lemma).is_some_and(|l| l.strict))
                        })
                        && (k == 0 || self.fn_class(k - 1) != Some(FnClass::Neg))
                });
                if !inner_cue {
                    self.emit(a, b, &speaker, cue);
                    self.push_referent(i, speaker);
                }
            }
        } else if np_end >= s1
            || self
                .toks
                .get(np_end)
                .is_some_and(|t| t.kind == Kind::Punct && matches!(self.w(np_end), "." | "!" | "?"))
            // «…، بحسب ما أعلن مسؤول محلي، مشيرا إلى …»
            || (self.is_punct(np_end, ",") && self.verb(np_end + 1).is_some_and(|v| v.tense == Tense::Participle))
        {
            // «…، بحسب المرصد.»: the content is the clause before.
            let a = if self.has_leading_conj_only(s0) {
                s0 + 1
            } else {
                s0
            };
            // A speech verb before it that already gave a quote reports that clause itself.
            let inner_cue = if a < i {
                self.covered.meets(a, i)
            } else {
                self.found.iter().any(|f| f.a < i && f.b > a)
            };
            if comma > a && !inner_cue {
                self.push_found(Found {
                    a,
                    b: comma,
                    speaker: speaker.clone(),
                    cue: Some(cue),
                });
                self.push_referent(i, speaker);
            }
        }
    }

    fn has_leading_conj_only(&self, s0: usize) -> bool {
        matches!(self.w(s0), "و" | "ف")
    }

    /// Quotations that no cue claimed but read as speech: five words or more (six right after
    /// a noun), or four after a colon that end a clause, and not an entity name. They take the speaker of the sentence (or of the
    /// previous sentence in the paragraph).
    fn unclaimed_quotes(&mut self) {
        let segs = self.qsegs.clone();
        // End of the found quotes by start, and the latest known quote by end, so that each
        // quotation asks in logarithmic time.
        let mut ends_by_start = PrefixMax::new(self.toks.len() + 1);
        let mut known_by_end: BTreeMap<usize, usize> = BTreeMap::new();
        for (k, f) in self.found.iter().enumerate() {
            ends_by_start.insert(f.a, f.b);
            if f.speaker.known() {
                known_by_end.insert(f.b, k);
            }
        }
        for seg in segs {
            // A found quote that starts by the first word and reaches the last one (a quote
            // always ends after `seg.open`, since `seg.close > seg.open`).
            let claimed = ends_by_start
                .max_upto(seg.open + 1)
                .is_some_and(|b| b >= seg.open && b >= seg.close.saturating_sub(1));
            if claimed {
                continue;
            }
            if self.inside_found(seg.open + 1) || self.name_like(seg, true) {
                continue;
            }
            let n = seg.words(&self.toks);
            let ends_clause = self.toks.get(seg.close + 1).map_or(true, |t| {
                t.nl || t.kind == Kind::Punct
                    && matches!(self.w(seg.close + 1), "." | ":" | "!" | "?")
            });
            let after_colon = seg.open > 0 && self.is_punct(seg.open - 1, ":");
            // Right after a noun («لقناة "بي إف ام تي في"») a quotation is more likely a name.
            let after_word =
                seg.open > 0 && self.is_word(seg.open - 1) && !self.is_comp(seg.open - 1);
            if n < 4 || (n == 4 && !(ends_clause && after_colon)) || (after_word && n < 6) {
                continue;
            }
            let si = self.sent_index(seg.open);
            let para_break = self
                .sents
                .get(si)
                .and_then(|&(s0, _)| self.toks.get(s0))
                .is_some_and(|t| t.nl);
            let prev = known_by_end
                .range(..=seg.open)
                .next_back()
                .and_then(|(_, &k)| self.found.get(k))
                .filter(|f| {
                    let fi = self.sent_index(f.a);
                    fi == si || (fi + 1 == si && !para_break)
                })
                .map(|f| f.speaker.clone());
            // «وكان ليون دعا في بيان … «…»», «أثنى حفتر على … ليصبحا "…"»: with no speech
            // verb, a named subject of the sentence's clause speaks.
            let subject = || {
                let s0 = self.sents.get(si).map_or(0, |&(s0, _)| s0);
                self.clause_subject(s0, seg.open)
                    .filter(|(k, sp)| *k < seg.open && sp.known())
                    .map(|(_, sp)| sp)
            };
            let speaker = prev.or_else(subject).unwrap_or(Speaker {
                ent: None,
                text: None,
                gender: Gender::Unknown,
            });
            ends_by_start.insert(seg.open + 1, seg.close);
            if speaker.known() {
                known_by_end.insert(seg.close, self.found.len());
            }
            self.push_found(Found {
                a: seg.open + 1,
                b: seg.close,
                speaker,
                cue: None,
            });
        }
    }

    fn into_quotes(mut self) -> Vec<Quote> {
        self.found.sort_by_key(|f| (f.a, f.b));
        self.found.dedup_by(|x, y| x.a == y.a && x.b == y.b);
        let mut out = Vec::new();
        for f in &self.found {
            let (Some(s), Some(e)) = (
                self.toks.get(f.a),
                f.b.checked_sub(1).and_then(|l| self.toks.get(l)),
            ) else {
                continue;
            };
            let (start, end) = (s.os, e.oe.max(s.os));
            if end <= start {
                continue;
            }
            let cue = f.cue.and_then(|(a, b)| {
                let (s, e) = (self.toks.get(a)?, self.toks.get(b.checked_sub(1)?)?);
                Some(Span {
                    start: s.os,
                    end: e.oe,
                    text: self.orig.get(s.os..e.oe)?.iter().collect(),
                })
            });
            out.push(Quote {
                start,
                end,
                text: self
                    .orig
                    .get(start..end)
                    .map(|c| c.iter().collect())
                    .unwrap_or_default(),
                speaker: f
                    .speaker
                    .ent
                    .and_then(|k| self.ents.get(k))
                    .map(|e| e.id.clone()),
                speaker_text: f.speaker.text.clone(),
                cue,
            });
        }
        out
    }
}
