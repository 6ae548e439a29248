//! The linguistic data of the recogniser: speech verbs with their inflections, attribution
//! phrases, statement nouns, speaker-phrase heads and function words.
//!
//! Everything lives in `data/*.tsv`, embedded at compile time and normalised with
//! [`rasd_text::normalize()`] when loaded, so lexicon entries are written in ordinary spelling and
//! match the normalised article text.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// A malformed line in one of the embedded data files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("data/{file}:{line}: {message}")]
pub struct LexiconError {
    /// The data file, e.g. `verbs.tsv`.
    pub file: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl LexiconError {
    fn new(file: &'static str, line: usize, message: impl Into<String>) -> Self {
        LexiconError {
            file,
            line,
            message: message.into(),
        }
    }
}

/// Grammatical agreement of a verb form or a speaker: what a subject-less verb must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Masculine singular.
    Masc,
    /// Feminine singular (also non-human plurals and most organisations).
    Fem,
    /// Plural or dual.
    Plural,
    /// First person (inside quotations; no third-party speaker).
    First,
    /// Not known.
    Unknown,
}

impl Gender {
    /// Whether a referent of gender `other` can be the subject of a verb of this gender.
    pub fn agrees(self, other: Gender) -> bool {
        match (self, other) {
            (_, Gender::Unknown) | (Gender::Unknown, _) => true,
            (a, b) => a == b,
        }
    }
}

/// Which paradigm a verb form belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    /// Perfect (قال).
    Perfect,
    /// Imperfect (يقول).
    Imperfect,
    /// Adverbial participle (مضيفا), which continues the previous speaker's statement.
    Participle,
}

/// One speech-verb lemma and how it takes its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lemma {
    /// The perfect 3rd masculine singular, normalised (the lemma's name).
    pub name: String,
    /// An object noun phrase after the subject is the content.
    pub np: bool,
    /// An object noun phrase after the subject is the content when it opens with an announced
    /// act (`announced` function words: أعلن مقتل …، أعلن تحرير …).
    pub np_event: bool,
    /// Prepositions (normalised) after which a noun phrase is the content.
    pub preps: Vec<String>,
    /// Prepositions after which only a quotation is the content (ندد بـ"الهجمات …").
    pub qpreps: Vec<String>,
    /// Object pronoun suffixes may be attached.
    pub obj: bool,
    /// Cue only when the content introducer follows directly.
    pub strict: bool,
    /// The speaker is introduced by this preposition rather than being the subject.
    pub source: Option<String>,
}

/// A recognised inflected form of a speech verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbForm {
    /// Index into [`Lexicon::lemmas`].
    pub lemma: usize,
    /// Agreement of the form.
    pub gender: Gender,
    /// Paradigm.
    pub tense: Tense,
}

/// How an attribution phrase attaches its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Join {
    /// The source follows directly (بحسب المرصد).
    Direct,
    /// The source word carries the proclitic لـ (وفقا لبيان).
    Lam,
    /// The source follows this separate preposition (نقلا عن).
    Word(String),
}

/// An attribution phrase such as وفقا لـ or بحسب.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Normalised words of the phrase.
    pub words: Vec<String>,
    /// How the source attaches.
    pub join: Join,
}

/// What kind of noun heads a speaker phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeadKind {
    /// A person's office (وزير، سفيرة): linkable to the person introduced with it.
    Title,
    /// An anonymous or collective source (مصادر، شهود).
    Source,
    /// A speaking body (الوزارة، الجيش).
    Org,
    /// Not a head: an indefinite modifier that continues a speaker phrase (مدير عام).
    Mod,
    /// Not a head: a particle inside a person's name (عبد، أبو، بن).
    Name,
    /// A relative or counsel of the person named after it (والد، شقيقة، محامي): the phrase
    /// speaks, not the person it names.
    Kin,
}

/// Classes of function words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FnClass {
    /// Preposition.
    Prep,
    /// Time word.
    Time,
    /// Relative pronoun.
    Rel,
    /// Clause-opening particle.
    Particle,
    /// Clause-linking conjunction (بينما، فيما، لكن).
    Conj,
    /// Blocks a following أن from being reported speech.
    Block,
    /// Negation: a negated speech verb reports nothing.
    Neg,
    /// An adverbial that ends a subject phrase (متحدثا، أيضا).
    Adverbial,
    /// A relator before a verb inside an attribution phrase (بحسب ما ذكرت، وفقا لما أعلن).
    Relator,
    /// An impersonal formula of the narrator (يذكر أن، يشار إلى أن): not a cue.
    Impersonal,
    /// A speech noun with a pronoun (وفق تعبيره): the source is the speaker already in play.
    SelfRef,
    /// A saying noun that introduces the content (ختم حديثه بالقول إن، مضى إلى القول:).
    Saying,
    /// A preposition with a pronoun between a speech verb and its subject (أكد فيه X، قال له X):
    /// skipped when looking for the subject.
    PronounPrep,
}

/// All linguistic data of the recogniser.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Speech-verb lemmas.
    pub lemmas: Vec<Lemma>,
    /// Normalised surface form (without proclitics) → its analyses.
    pub forms: HashMap<String, VerbForm>,
    /// Attribution phrases.
    pub attributions: Vec<Attribution>,
    /// Statement nouns, normalised, split into words.
    pub statements: Vec<Vec<String>>,
    /// Speaker-phrase heads (normalised, without ال) with gender and kind.
    pub heads: HashMap<String, (Gender, HeadKind)>,
    /// Function words (normalised).
    pub function: HashMap<String, FnClass>,
    /// Demonstratives that point back at a quotation before them («"…"، هذا ما قاله X»);
    /// kept apart from `function` because inside a phrase they are ordinary words.
    pub pointers: HashSet<String>,
    /// «نفس/ذات» before a speaker head and «نفسه/ذاته» after it: the same source as before.
    pub same_before: HashSet<String>,
    /// See `same_before`.
    pub same_after: HashSet<String>,
    /// Nouns that, right after a speech verb, open a time adverbial and are no subject
    /// («أعلنت العام الماضي أنها»); elsewhere they may be adjectives («الأمين العام»).
    pub time_heads: HashSet<String>,
    /// Outlets a statement is made to (لوكالة، لصحيفة، للصحفيين): a ل-phrase of one ends a
    /// speaker phrase.
    pub outlets: HashSet<String>,
    /// Journalists (مراسل، مصور): a ل-phrase of an outlet right after one is the outlet they
    /// work for, part of the speaker phrase (مراسل لوكالة فرانس برس).
    pub reporters: HashSet<String>,
    /// Verbal nouns of acts that are announced (مقتل، تحرير، إجراء …): after «أعلن X» they open
    /// the content.
    pub announced: HashSet<String>,
}

const VERBS: &str = include_str!("../data/verbs.tsv");
const ATTRIBUTION: &str = include_str!("../data/attribution.tsv");
const STATEMENTS: &str = include_str!("../data/statements.tsv");
const HEADS: &str = include_str!("../data/heads.tsv");
const FUNCTION: &str = include_str!("../data/function_words.tsv");

fn norm(s: &str) -> String {
    rasd_text::normalize(s.trim()).text
}

/// Non-comment, non-empty lines with their 1-based numbers, split on tabs.
fn rows(src: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

impl Lexicon {
    /// The embedded lexicon, loaded once. The data files are tested, so a failure here is a
    /// build defect; it degrades to an empty lexicon rather than panicking.
    pub fn embedded() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            Lexicon::from_sources(VERBS, ATTRIBUTION, STATEMENTS, HEADS, FUNCTION)
                .unwrap_or_default()
        })
    }

    /// Build a lexicon from the texts of the five data files.
    pub fn from_sources(
        verbs: &str,
        attribution: &str,
        statements: &str,
        heads: &str,
        function: &str,
    ) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        lex.load_verbs(verbs)?;
        for (line, cols) in rows(attribution) {
            let [phrase, join] = cols[..] else {
                return Err(LexiconError::new(
                    "attribution.tsv",
                    line,
                    "expected PHRASE<TAB>JOIN",
                ));
            };
            let words: Vec<String> = norm(phrase).split_whitespace().map(String::from).collect();
            if words.is_empty() {
                return Err(LexiconError::new("attribution.tsv", line, "empty phrase"));
            }
            let join = match join {
                "-" => Join::Direct,
                "ل" => Join::Lam,
                w => Join::Word(norm(w)),
            };
            lex.attributions.push(Attribution { words, join });
        }
        for (line, cols) in rows(statements) {
            let words: Vec<String> = norm(cols[0]).split_whitespace().map(String::from).collect();
            if cols.len() != 1 || words.is_empty() {
                return Err(LexiconError::new(
                    "statements.tsv",
                    line,
                    "expected one NOUN column",
                ));
            }
            lex.statements.push(words);
        }
        for (line, cols) in rows(heads) {
            let [noun, gender, kind] = cols[..] else {
                return Err(LexiconError::new(
                    "heads.tsv",
                    line,
                    "expected NOUN<TAB>GENDER<TAB>KIND",
                ));
            };
            let gender = match gender {
                "m" => Gender::Masc,
                "f" => Gender::Fem,
                "p" => Gender::Plural,
                g => {
                    return Err(LexiconError::new(
                        "heads.tsv",
                        line,
                        format!("unknown gender {g:?}"),
                    ))
                }
            };
            let kind = match kind {
                "title" => HeadKind::Title,
                "source" => HeadKind::Source,
                "org" => HeadKind::Org,
                "mod" => HeadKind::Mod,
                "name" => HeadKind::Name,
                "kin" => HeadKind::Kin,
                k => {
                    return Err(LexiconError::new(
                        "heads.tsv",
                        line,
                        format!("unknown kind {k:?}"),
                    ))
                }
            };
            lex.heads.insert(norm(noun), (gender, kind));
        }
        for (line, cols) in rows(function) {
            let [word, class] = cols[..] else {
                return Err(LexiconError::new(
                    "function_words.tsv",
                    line,
                    "expected WORD<TAB>CLASS",
                ));
            };
            match class {
                "pointer" => {
                    lex.pointers.insert(norm(word));
                    continue;
                }
                "same_before" => {
                    lex.same_before.insert(norm(word));
                    continue;
                }
                "same_after" => {
                    lex.same_after.insert(norm(word));
                    continue;
                }
                "time_head" => {
                    lex.time_heads.insert(norm(word));
                    continue;
                }
                "outlet" => {
                    lex.outlets.insert(norm(word));
                    continue;
                }
                "reporter" => {
                    lex.reporters.insert(norm(word));
                    continue;
                }
                "announced" => {
                    lex.announced.insert(norm(word));
                    continue;
                }
                _ => {}
            }
            let class = match class {
                "prep" => FnClass::Prep,
                "time" => FnClass::Time,
                "rel" => FnClass::Rel,
                "particle" => FnClass::Particle,
                "conj" => FnClass::Conj,
                "block" => FnClass::Block,
                "neg" => FnClass::Neg,
                "adv" => FnClass::Adverbial,
                "relator" => FnClass::Relator,
                "impersonal" => FnClass::Impersonal,
                "selfref" => FnClass::SelfRef,
                "pronprep" => FnClass::PronounPrep,
                "saying" => FnClass::Saying,
                c => {
                    return Err(LexiconError::new(
                        "function_words.tsv",
                        line,
                        format!("unknown class {c:?}"),
                    ))
                }
            };
            lex.function.insert(norm(word), class);
        }
        Ok(lex)
    }

    fn load_verbs(&mut self, src: &str) -> Result<(), LexiconError> {
        const F: &str = "verbs.tsv";
        for (line, cols) in rows(src) {
            let [perf, imperf, part, flags] = cols[..] else {
                return Err(LexiconError::new(
                    F,
                    line,
                    "expected PERFECT<TAB>IMPERFECT<TAB>PARTICIPLE<TAB>FLAGS",
                ));
            };
            let lemma_ix = self.lemmas.len();
            let mut lemma = Lemma {
                name: norm(perf.split('|').next().unwrap_or_default()),
                np: false,
                np_event: false,
                preps: Vec::new(),
                qpreps: Vec::new(),
                obj: false,
                strict: false,
                source: None,
            };
            for flag in flags
                .split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty() && *f != "-")
            {
                match flag.split_once('=') {
                    None if flag == "np" => lemma.np = true,
                    None if flag == "np_event" => lemma.np_event = true,
                    None if flag == "obj" => lemma.obj = true,
                    None if flag == "strict" => lemma.strict = true,
                    Some(("prep", p)) => lemma.preps.push(norm(p)),
                    Some(("qprep", p)) => lemma.qpreps.push(norm(p)),
                    Some(("source", p)) => lemma.source = Some(norm(p)),
                    _ => return Err(LexiconError::new(F, line, format!("unknown flag {flag:?}"))),
                }
            }
            if lemma.name.is_empty() {
                return Err(LexiconError::new(F, line, "empty perfect form"));
            }
            self.lemmas.push(lemma);
            let forms = perfect_forms(perf, line)?
                .into_iter()
                .map(|(f, g)| (f, g, Tense::Perfect))
                .chain(
                    imperfect_forms(imperf, line)?
                        .into_iter()
                        .map(|(f, g)| (f, g, Tense::Imperfect)),
                )
                .chain(
                    participle_forms(part, line)?
                        .into_iter()
                        .map(|(f, g)| (f, g, Tense::Participle)),
                );
            for (form, gender, tense) in forms {
                // The first lemma to claim a form keeps it, so the file order settles clashes.
                self.forms.entry(norm(&form)).or_insert(VerbForm {
                    lemma: lemma_ix,
                    gender,
                    tense,
                });
            }
        }
        Ok(())
    }

    /// The speech-verb analysis of a normalised word, allowing the proclitics و/ف and, for
    /// lemmas that take them, object pronoun suffixes.
    pub fn verb(&self, word: &str) -> Option<VerbForm> {
        let bare = [word, strip_conj(word)];
        for w in bare {
            if let Some(v) = self.forms.get(w) {
                return Some(*v);
            }
        }
        // «ليؤكد أن …»: an imperfect after the ل of purpose or consequence.
        for w in bare {
            if let Some(v) = w.strip_prefix('ل').and_then(|r| self.forms.get(r)) {
                if v.tense == Tense::Imperfect {
                    return Some(*v);
                }
            }
        }
        for w in bare {
            for suf in ["هما", "هم", "ها", "ه", "ني", "نا", "كم"] {
                if let Some(stem) = w.strip_suffix(suf) {
                    if let Some(v) = self.forms.get(stem) {
                        if self.lemmas.get(v.lemma).is_some_and(|l| l.obj) {
                            return Some(*v);
                        }
                    }
                }
            }
        }
        None
    }

    /// The head entry (title, source or body) of a normalised word (article, proclitics and
    /// plural/accusative endings tolerated).
    pub fn head(&self, word: &str) -> Option<(Gender, HeadKind)> {
        self.entry(word).filter(|&(_, k)| is_speaker_kind(k))
    }

    /// [`Self::head`] for a word with no preposition glued to it: a subject is never
    /// «ببيان» ("with a statement") or «لمصدر».
    pub fn subject_head(&self, word: &str) -> Option<(Gender, HeadKind)> {
        let mut buf = String::new();
        let mut f = |w: &str| {
            self.heads
                .get(w)
                .copied()
                .filter(|&(_, k)| is_speaker_kind(k))
        };
        visit_stem(word, &mut f, &mut buf)
            .or_else(|| visit_stem(strip_conj(word), &mut f, &mut buf))
    }

    /// Whether a normalised word is a modifier that continues a speaker phrase (عام، سابق).
    pub fn modifier(&self, word: &str) -> bool {
        self.entry(word).is_some_and(|(_, k)| k == HeadKind::Mod)
    }

    /// Whether a normalised word is a particle inside a person's name (عبد، أبو، بن).
    pub fn name_part(&self, word: &str) -> bool {
        self.heads
            .get(word)
            .is_some_and(|(_, k)| *k == HeadKind::Name)
    }

    fn entry(&self, word: &str) -> Option<(Gender, HeadKind)> {
        each_variant(word, |w| self.heads.get(w).copied())
    }

    /// The function-word class of a normalised word (exact match, then without و).
    pub fn function_class(&self, word: &str) -> Option<FnClass> {
        self.function
            .get(word)
            .or_else(|| self.function.get(strip_conj(word)))
            .copied()
    }

    /// Whether `words` begins with a statement noun; returns how many words it spans.
    pub fn statement_at(&self, words: &[&str]) -> Option<usize> {
        let first = words.first()?;
        // Most words begin no statement: one allocation-free pass over the first word's
        // variants settles that before any variant list is built.
        let heads_first = each_variant(first, |v| {
            self.statements
                .iter()
                .any(|s| s.first().is_some_and(|h| h == v))
                .then_some(())
        });
        heads_first?;
        // The variants of each word, computed once (not once per statement).
        let longest = self.statements.iter().map(Vec::len).max().unwrap_or(0);
        let vars: Vec<Vec<String>> = words.iter().take(longest).map(|w| variants(w)).collect();
        let has = |i: usize, w: &str| vars.get(i).is_some_and(|vs| vs.iter().any(|v| v == w));
        self.statements.iter().find_map(|s| {
            let (head, rest) = s.split_first()?;
            let ok = has(0, head) && rest.iter().enumerate().all(|(i, w)| has(i + 1, w));
            ok.then_some(s.len())
        })
    }
}

/// The word without one leading و or ف (when something is left).
pub fn strip_conj(w: &str) -> &str {
    for p in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 2 {
                return r;
            }
        }
    }
    w
}

/// Lookup variants of a noun: itself, without و/ف, without ب/ل/ك, without the article (and
/// لل → ال), without the accusative alif or pronoun suffixes.
pub fn variants(w: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    each_variant(w, |v| {
        if !out.iter().any(|o| o == v) {
            out.push(v.to_string());
        }
        None::<()>
    });
    out
}

/// Visit the [`variants`] of `w` in the same order (a variant may be visited twice) until `f`
/// returns `Some`. Lookups go through here so that they allocate nothing for most words.
pub(crate) fn each_variant<T>(w: &str, mut f: impl FnMut(&str) -> Option<T>) -> Option<T> {
    let f: &mut dyn FnMut(&str) -> Option<T> = &mut f;
    let mut buf = String::new();
    let c = strip_conj(w);
    // The stems: the word, without و/ف, without ب/ل/ك, and لل → ال.
    if let Some(t) = visit_stem(w, f, &mut buf).or_else(|| visit_stem(c, f, &mut buf)) {
        return Some(t);
    }
    for p in ["ب", "ل", "ك"] {
        if let Some(r) = c.strip_prefix(p) {
            if let Some(t) = visit_stem(r, f, &mut buf) {
                return Some(t);
            }
        }
    }
    let r = c.strip_prefix("لل")?;
    visit_stem(&format!("ال{r}"), f, &mut buf)
}

/// Whether a head kind names someone who can speak (not a modifier or a name particle).
fn is_speaker_kind(k: HeadKind) -> bool {
    matches!(
        k,
        HeadKind::Title | HeadKind::Source | HeadKind::Org | HeadKind::Kin
    )
}

/// One stem of [`each_variant`]: itself, then without the article.
fn visit_stem<T>(s: &str, f: &mut dyn FnMut(&str) -> Option<T>, buf: &mut String) -> Option<T> {
    visit_bare(s, f, buf).or_else(|| s.strip_prefix("ال").and_then(|r| visit_bare(r, f, buf)))
}

/// One bare stem of [`each_variant`]: itself, then without each pronoun or accusative suffix.
fn visit_bare<T>(s: &str, f: &mut dyn FnMut(&str) -> Option<T>, buf: &mut String) -> Option<T> {
    // Variants shorter than two letters are never looked up.
    let long = |v: &str| v.chars().nth(1).is_some();
    if long(s) {
        if let Some(t) = f(s) {
            return Some(t);
        }
    }
    for suf in ["ا", "ها", "ه", "هم", "هما"] {
        if let Some(r) = s.strip_suffix(suf) {
            if long(r) {
                if let Some(t) = f(r) {
                    return Some(t);
                }
            }
            // بيانه / بيانها: the suffix may follow a ta marbuta written ت (تدوينتها).
            if let Some(t) = r.strip_suffix('ت') {
                buf.clear();
                buf.push_str(t);
                buf.push('ه');
                if long(buf) {
                    if let Some(t) = f(buf) {
                        return Some(t);
                    }
                }
            }
        }
    }
    None
}

fn split_forms(col: &str, line: usize) -> Result<Vec<String>, LexiconError> {
    let forms: Vec<String> = col.split('|').map(|s| s.trim().to_string()).collect();
    if forms.iter().any(String::is_empty) || !(forms.len() == 1 || forms.len() == 3) {
        return Err(LexiconError::new(
            "verbs.tsv",
            line,
            format!("expected one form or three (3ms|3fs|3mp): {col:?}"),
        ));
    }
    Ok(forms)
}

fn perfect_forms(col: &str, line: usize) -> Result<Vec<(String, Gender)>, LexiconError> {
    let f = split_forms(col, line)?;
    if let [ms, fs, mp] = &f[..] {
        return Ok(vec![
            (ms.clone(), Gender::Masc),
            (fs.clone(), Gender::Fem),
            (mp.clone(), Gender::Plural),
        ]);
    }
    let p = &f[0];
    Ok(vec![
        (p.clone(), Gender::Masc),
        (format!("{p}ت"), Gender::Fem),
        (format!("{p}وا"), Gender::Plural),
        (format!("{p}ا"), Gender::Plural),
        (format!("{p}تا"), Gender::Plural),
        (format!("{p}نا"), Gender::First),
    ])
}

fn imperfect_forms(col: &str, line: usize) -> Result<Vec<(String, Gender)>, LexiconError> {
    let f = split_forms(col, line)?;
    if let [ms, fs, mp] = &f[..] {
        return Ok(vec![
            (ms.clone(), Gender::Masc),
            (fs.clone(), Gender::Fem),
            (mp.clone(), Gender::Plural),
        ]);
    }
    let i = &f[0];
    let Some(stem) = i.strip_prefix('ي') else {
        return Err(LexiconError::new(
            "verbs.tsv",
            line,
            format!("imperfect must start with ي: {i:?}"),
        ));
    };
    Ok(vec![
        (i.clone(), Gender::Masc),
        (format!("ت{stem}"), Gender::Fem),
        (format!("{i}ون"), Gender::Plural),
        (format!("{i}ان"), Gender::Plural),
        (format!("أ{stem}"), Gender::First),
        (format!("ن{stem}"), Gender::First),
    ])
}

fn participle_forms(col: &str, line: usize) -> Result<Vec<(String, Gender)>, LexiconError> {
    if col == "-" {
        return Ok(Vec::new());
    }
    let f = split_forms(col, line)?;
    if let [ms, fs, mp] = &f[..] {
        return Ok(vec![
            (ms.clone(), Gender::Masc),
            (fs.clone(), Gender::Fem),
            (mp.clone(), Gender::Plural),
        ]);
    }
    let a = &f[0];
    let Some(stem) = a.strip_suffix('ا') else {
        return Err(LexiconError::new(
            "verbs.tsv",
            line,
            format!("participle must end in the accusative ا: {a:?}"),
        ));
    };
    Ok(vec![
        (a.clone(), Gender::Masc),
        (format!("{stem}ة"), Gender::Fem),
        (format!("{stem}ين"), Gender::Plural),
        (format!("{stem}ون"), Gender::Plural),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn n(s: &str) -> String {
        norm(s)
    }

    /// The variant list as first written (stems, then bare forms, then suffixes, deduplicated),
    /// kept as the oracle for the allocation-free [`each_variant`].
    fn variants_oracle(w: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let push = |s: &str, out: &mut Vec<String>| {
            if s.chars().count() >= 2 && !out.iter().any(|o| o == s) {
                out.push(s.to_string());
            }
        };
        let mut stems = vec![w.to_string()];
        let c = strip_conj(w);
        stems.push(c.to_string());
        for p in ["ب", "ل", "ك"] {
            if let Some(r) = c.strip_prefix(p) {
                stems.push(r.to_string());
            }
        }
        if let Some(r) = c.strip_prefix("لل") {
            stems.push(format!("ال{r}"));
        }
        let mut bare = Vec::new();
        for s in &stems {
            bare.push(s.clone());
            if let Some(r) = s.strip_prefix("ال") {
                bare.push(r.to_string());
            }
        }
        for s in &bare {
            push(s, &mut out);
            for suf in ["ا", "ها", "ه", "هم", "هما"] {
                if let Some(r) = s.strip_suffix(suf) {
                    push(r, &mut out);
                    if let Some(t) = r.strip_suffix('ت') {
                        push(&format!("{t}ه"), &mut out);
                    }
                }
            }
        }
        out
    }

    proptest! {
        /// Words built from the letters that clitics and suffixes are made of.
        #[test]
        fn variants_match_the_oracle(w in "[وفبلكالهمتاين]{0,9}") {
            prop_assert_eq!(variants(&w), variants_oracle(&w));
            // The first variant found is the oracle's first hit.
            let first_long = each_variant(&w, |v| v.ends_with('ه').then(|| v.to_string()));
            let want = variants_oracle(&w).into_iter().find(|v| v.ends_with('ه'));
            prop_assert_eq!(first_long, want);
        }
    }

    #[test]
    fn variants_cover_clitics_article_and_suffixes() {
        assert_eq!(variants_oracle("وللبيانها"), variants("وللبيانها"));
        let v = variants(&n("وللوزارة"));
        for want in ["للوزاره", "وزاره", "الوزاره"] {
            assert!(v.iter().any(|x| x == want), "{want} not in {v:?}");
        }
    }

    #[test]
    fn embedded_data_loads() {
        let lex = Lexicon::from_sources(VERBS, ATTRIBUTION, STATEMENTS, HEADS, FUNCTION)
            .expect("data files parse");
        assert!(lex.lemmas.len() >= 30);
        assert!(lex.attributions.len() >= 6);
        assert!(lex.statements.len() >= 10);
        assert!(lex.heads.len() >= 60);
        assert!(lex.function.len() >= 50);
    }

    #[test]
    fn verb_forms_inflect_for_gender_number_and_tense() {
        let lex = Lexicon::embedded();
        let cases = [
            ("قال", Gender::Masc, Tense::Perfect),
            ("وقالت", Gender::Fem, Tense::Perfect),
            ("فقالوا", Gender::Plural, Tense::Perfect),
            ("ويقول", Gender::Masc, Tense::Imperfect),
            ("تقول", Gender::Fem, Tense::Imperfect),
            ("يؤكدون", Gender::Plural, Tense::Imperfect),
            ("وأكدت", Gender::Fem, Tense::Perfect),
            ("مضيفا", Gender::Masc, Tense::Participle),
            ("مضيفة", Gender::Fem, Tense::Participle),
            ("قائلة", Gender::Fem, Tense::Participle),
            ("نفت", Gender::Fem, Tense::Perfect),
            ("ويرى", Gender::Masc, Tense::Imperfect),
            ("لفتت", Gender::Fem, Tense::Perfect),
            ("وأشارت", Gender::Fem, Tense::Perfect),
            ("أبلغهما", Gender::Masc, Tense::Perfect),
        ];
        for (w, g, t) in cases {
            let v = lex
                .verb(&n(w))
                .unwrap_or_else(|| panic!("{w} not a speech verb"));
            assert_eq!((v.gender, v.tense), (g, t), "{w}");
        }
    }

    #[test]
    fn non_verbs_and_unlicensed_suffixes_are_rejected() {
        let lex = Lexicon::embedded();
        for w in ["القول", "قالب", "وزارة", "قالها", "مشير"] {
            assert!(lex.verb(&n(w)).is_none(), "{w}");
        }
    }

    #[test]
    fn heads_and_statements_match_with_clitics() {
        let lex = Lexicon::embedded();
        assert_eq!(
            lex.head(&n("السفيرة")),
            Some((Gender::Fem, HeadKind::Title))
        );
        assert_eq!(lex.head(&n("ووزير")), Some((Gender::Masc, HeadKind::Title)));
        assert_eq!(
            lex.head(&n("مصادر")),
            Some((Gender::Plural, HeadKind::Source))
        );
        assert_eq!(lex.head(&n("الخارجية")), Some((Gender::Fem, HeadKind::Org)));
        let w = [n("لبيان")];
        assert_eq!(lex.statement_at(&[w[0].as_str()]), Some(1));
        let w = [n("تدوينة")];
        assert_eq!(lex.statement_at(&[w[0].as_str()]), Some(1));
        let w = [n("بيانها")];
        assert_eq!(lex.statement_at(&[w[0].as_str()]), Some(1));
        let w = [n("المؤتمر"), n("الصحفي")];
        assert_eq!(lex.statement_at(&[w[0].as_str(), w[1].as_str()]), Some(2));
        assert_eq!(lex.statement_at(&[n("الوزير").as_str()]), None);
    }

    #[test]
    fn function_words_classify() {
        let lex = Lexicon::embedded();
        assert_eq!(lex.function_class(&n("في")), Some(FnClass::Prep));
        assert_eq!(lex.function_class(&n("التي")), Some(FnClass::Rel));
        assert_eq!(lex.function_class(&n("خصوصا")), Some(FnClass::Block));
        assert_eq!(lex.function_class(&n("أمس")), Some(FnClass::Time));
        // A pointer is no function word: «هذا» inside a speaker's description stays a word.
        assert!(lex.pointers.contains(&n("هذا")));
        assert_eq!(lex.function_class(&n("هذا")), None);
    }

    #[test]
    fn malformed_rows_name_file_and_line() {
        let e = Lexicon::from_sources("قال\tيقول\n", "", "", "", "").unwrap_err();
        assert_eq!((e.file, e.line), ("verbs.tsv", 1));
        let e = Lexicon::from_sources("", "", "", "وزير\tx\ttitle\n", "").unwrap_err();
        assert_eq!((e.file, e.line), ("heads.tsv", 1));
        let e = Lexicon::from_sources("قال\tقول\t-\t-\n", "", "", "", "").unwrap_err();
        assert!(e.message.contains("ي"));
        let e = Lexicon::from_sources("قال\tيقول\t-\tfoo\n", "", "", "", "").unwrap_err();
        assert!(e.message.contains("foo"));
        let e = Lexicon::from_sources("", "", "", "", "في\tverb\n").unwrap_err();
        assert_eq!(e.file, "function_words.tsv");
    }

    #[test]
    fn no_entry_is_listed_twice() {
        // A second row for the same key would silently override the first.
        for (name, src) in [
            ("heads.tsv", HEADS),
            ("function_words.tsv", FUNCTION),
            ("statements.tsv", STATEMENTS),
        ] {
            let mut seen = std::collections::HashSet::new();
            for (line, cols) in rows(src) {
                assert!(
                    seen.insert(norm(cols[0])),
                    "{name}:{line}: {} listed twice",
                    cols[0]
                );
            }
        }
    }

    #[test]
    fn attribution_joins_parse() {
        let lex = Lexicon::embedded();
        let wafqan = lex
            .attributions
            .iter()
            .find(|a| a.words == [n("وفقا")])
            .expect("وفقا");
        assert_eq!(wafqan.join, Join::Lam);
        let naqlan = lex
            .attributions
            .iter()
            .find(|a| a.words == [n("نقلا")])
            .expect("نقلا");
        assert_eq!(naqlan.join, Join::Word(n("عن")));
    }
}
