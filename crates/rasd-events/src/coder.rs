//! The event coder: triggers → events with arguments, place, date, casualties and status.

use std::collections::{HashMap, HashSet};

use rasd_doc::{
    span_of, Entity, EntityType, Event, EventStatus, Location, Participant, Quantity, Quote, Range,
    Time,
};
use rasd_text::normalize;

use crate::data::{Entry, Glossary, Kind};
use crate::text::{analyses, sentences, tokenize, word_is, Tok, TokKind};
use crate::{ActorCode, Resources};

/// A matched trigger.
#[derive(Debug, Clone)]
struct Hit {
    /// Token of the head word.
    tok: usize,
    /// Last token of the trigger span (the head, or the end of a contiguous phrase).
    last: usize,
    /// Last token consumed by the phrase (suppresses other triggers inside it).
    consumed: usize,
    entry: usize,
    imperfect: bool,
    future: bool,
    article: bool,
    prep: Option<char>,
}

/// Deaths from which a toll is a war's, counted across a country (مقتل نحو عشرة آلاف شخص).
const WAR_TOLL: u64 = 1000;

/// A place entity as an event's location, under its own name.
fn entity_location(e: &Entity) -> Location {
    Location {
        entity: Some(e.id.clone()),
        text: e.name.clone(),
        name_en: e.name_en.clone(),
        lat: e.lat,
        lon: e.lon,
    }
}

/// A participant candidate (entity mention or descriptive phrase).
#[derive(Debug, Clone)]
struct Part {
    first: usize,
    last: usize,
    entity: Option<String>,
    text: String,
    name_en: Option<String>,
    place: bool,
    kind: Option<EntityType>,
    lat: Option<f64>,
    lon: Option<f64>,
    victim: bool,
}

/// Per-article working state.
struct Doc<'a> {
    r: &'a Resources,
    text: &'a str,
    toks: Vec<Tok>,
    /// For each token, the byte offsets where its proclitic readings' stems start.
    stems: Vec<Vec<usize>>,
    entities: &'a [Entity],
    times: &'a [Time],
    quantities: &'a [Quantity],
    /// For each token, whether a time expression covers it.
    timed: Vec<bool>,
    /// For each token, whether a person's name covers it.
    personal: Vec<bool>,
    /// For each token, whether any entity's mention covers it.
    named: Vec<bool>,
    /// For each token, whether its original spelling ends in ة (normalised to ه).
    ta_marbuta: Vec<bool>,
    /// Sentences, as token ranges `[start, end)`.
    sents: Vec<(usize, usize)>,
    /// For each token, whether its original spelling ends like a relational adjective (…ي،
    /// …ية، …يون; not …ئة nor …ى).
    nisba: Vec<bool>,
    /// The dateline («دبي، الإمارات (CNN)--»), code points: it holds no parties.
    dateline_span: Option<(usize, usize)>,
    /// Per sentence start: whether it says no one was killed, and no one hurt (computed once).
    no_casualty_cache: std::cell::RefCell<HashMap<usize, (bool, bool)>>,
    /// The article's quotes, whose speakers do what they say «we» do.
    quotes: &'a [Quote],
}

/// An event under construction.
struct Draft {
    hits: Vec<Hit>,
    sent: (usize, usize),
    clause: (usize, usize),
    actors: Vec<Part>,
    targets: Vec<Part>,
}

/// Code the events of one article.
///
/// `text` is the article; `entities`, `times` and `quantities` are the layers found by the other
/// crates (code-point spans into `text`); `published` (YYYY-MM-DD) is used only when the text
/// says an event happened today. Returns one [`Event`] per reported action, ids `V1`, `V2`, …
/// in text order, every span in code points of `text`. Never panics on any input.
pub fn events(
    text: &str,
    entities: &[Entity],
    times: &[Time],
    quantities: &[Quantity],
    published: Option<&str>,
) -> Vec<Event> {
    events_with_quotes(text, entities, times, quantities, &[], published)
}

/// [`events`], with the article's quotes: an act told in the first person inside a quote
/// («ونطالب المجتمع الدولي بالتحرك») is done by the quote's speaker.
pub fn events_with_quotes(
    text: &str,
    entities: &[Entity],
    times: &[Time],
    quantities: &[Quantity],
    quotes: &[Quote],
    published: Option<&str>,
) -> Vec<Event> {
    let r = Resources::embedded();
    let norm = normalize(text);
    let toks = tokenize(&norm);
    let stems = toks
        .iter()
        .map(|t| {
            let w = t.text.as_str();
            let mut v: Vec<usize> = analyses(w).iter().map(|a| w.len() - a.stem.len()).collect();
            v.dedup();
            v
        })
        .collect();
    let timed = covered(&toks, times.iter().map(|t| (t.start, t.end)).collect());
    let personal = covered(
        &toks,
        entities
            .iter()
            .filter(|en| en.kind == EntityType::Per)
            .flat_map(|en| en.mentions.iter().map(|m| (m.start, m.end)))
            .collect(),
    );
    let named = covered(
        &toks,
        entities
            .iter()
            .flat_map(|en| en.mentions.iter().map(|m| (m.start, m.end)))
            .collect(),
    );
    let chars: Vec<char> = text.chars().collect();
    let ta_marbuta = toks
        .iter()
        .map(|t| t.end.checked_sub(1).and_then(|k| chars.get(k)) == Some(&'ة'))
        .collect();
    let sents = sentences(&toks);
    let nisba = toks
        .iter()
        .map(|t| {
            let w: String = chars.get(t.start..t.end).unwrap_or(&[]).iter().collect();
            ["ي", "ية", "يين", "يون", "يان", "يات"]
                .iter()
                .any(|x| w.ends_with(x))
                // Compass points as adverbs (شمالي البلاد).
                && !["شمالي", "جنوبي", "شرقي", "غربي"].contains(&w.trim_start_matches(['و', 'ف']))
        })
        .collect();
    let dateline_span = rasd_text::dateline_head_in(&norm);
    let doc = Doc {
        r,
        text,
        toks,
        stems,
        entities,
        times,
        quantities,
        timed,
        personal,
        named,
        ta_marbuta,
        sents,
        nisba,
        dateline_span,
        no_casualty_cache: Default::default(),
        quotes,
    };
    doc.run(published)
}

/// Whether an event of type `kind` is done on the ground (an attack, arrest, protest,
/// deployment or withdrawal) rather than said or agreed somewhere else.
fn is_physical(kind: &str) -> bool {
    matches!(
        kind,
        "ASSAULT" | "COERCE" | "PROTEST" | "MOBILIZE" | "RETREAT"
    )
}

/// Whether noun `w` ends as no first term of a construct can: a sound plural's ن (…ون، …ين) or
/// an accusative's ا.
fn ends_out_of_construct(w: &str) -> bool {
    ["ون", "ين", "ا"].iter().any(|x| w.ends_with(x))
}

/// For each token, whether one of `spans` (code points) covers it. Sorted by start, each token
/// finds its cover by binary search.
fn covered(toks: &[Tok], mut spans: Vec<(usize, usize)>) -> Vec<bool> {
    spans.sort_unstable();
    toks.iter()
        .map(|t| {
            let k = spans.partition_point(|&(s, _)| s < t.end);
            spans[..k].iter().rev().take(4).any(|&(_, e)| t.start < e)
        })
        .collect()
}

fn is_word(t: Option<&Tok>) -> bool {
    t.is_some_and(|t| t.kind == TokKind::Word)
}

impl<'a> Doc<'a> {
    /// Does token `i` read as `target` once proclitics are removed (or as it stands)?
    fn tok_is(&self, i: usize, target: &str) -> bool {
        let w = self.word(i);
        w == target
            || self
                .stems
                .get(i)
                .is_some_and(|v| v.iter().any(|&o| w.get(o..) == Some(target)))
    }

    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.text.as_str()).unwrap_or("")
    }

    /// Next word token after `i` in `[.., end)`, skipping quotes and brackets, stopping at breaks.
    fn next_word(&self, i: usize, end: usize) -> Option<usize> {
        let mut j = i + 1;
        while j < end {
            match self.toks.get(j)?.kind {
                TokKind::Word => return Some(j),
                TokKind::Other => j += 1,
                _ => return None,
            }
        }
        None
    }

    /// Next word token after `i` in `[.., end)` like [`Self::next_word`], but past commas.
    fn next_word_over_commas(&self, i: usize, end: usize) -> Option<usize> {
        let mut j = i + 1;
        while j < end {
            let t = self.toks.get(j)?;
            match t.kind {
                TokKind::Word => return Some(j),
                TokKind::Other => j += 1,
                TokKind::ClauseBreak if matches!(t.text.as_str(), "،" | ",") => j += 1,
                _ => return None,
            }
        }
        None
    }

    /// The closing bracket of a short aside in brackets right after word `i` («محافظة إب (وسط
    /// اليمن)»), at most six words long.
    fn past_brackets(&self, i: usize, end: usize) -> Option<usize> {
        let open = i + 1;
        if open >= end || self.toks.get(open)?.text != "(" {
            return None;
        }
        (open + 1..(open + 8).min(end)).find(|&j| self.toks.get(j).is_some_and(|t| t.text == ")"))
    }

    /// Previous word token before `i` in `[start, ..)`, skipping quotes, stopping at breaks.
    fn prev_word(&self, i: usize, start: usize) -> Option<usize> {
        let mut j = i;
        while j > start {
            j -= 1;
            match self.toks.get(j)?.kind {
                TokKind::Word => return Some(j),
                TokKind::Other => {}
                _ => return None,
            }
        }
        None
    }

    /// The words before token `i`, nearest first, in `[start, ..)` up to a break.
    fn words_before(&self, i: usize, start: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.prev_word(i, start), move |&p| self.prev_word(p, start))
    }

    /// How many word tokens lie in `[a, b)`.
    fn words_in(&self, a: usize, b: usize) -> usize {
        (a..b).filter(|&k| is_word(self.toks.get(k))).count()
    }

    /// Whether a time expression covers token `k`.
    fn is_timed(&self, k: usize) -> bool {
        self.timed.get(k).copied().unwrap_or(false)
    }

    /// The words after token `i`, nearest first, in `[.., end)` up to a break.
    fn words_after(&self, i: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.next_word(i, end), move |&n| self.next_word(n, end))
    }

    fn cue_words(&self, class: &str) -> &[Vec<String>] {
        self.r
            .cues
            .by_class
            .get(class)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Does a cue of `class` start at word token `i` (within `[.., end)`)? Returns its last token.
    fn cue_at(&self, class: &str, i: usize, end: usize) -> Option<usize> {
        // Most tokens start no cue: test the token's forms against the first words at once.
        let firsts = self.r.cues.firsts.get(class)?;
        let w = self.word(i);
        let starts = firsts.contains(w)
            || self.stems.get(i).is_some_and(|v| {
                v.iter()
                    .any(|&o| w.get(o..).is_some_and(|x| firsts.contains(x)))
            });
        if !starts {
            return None;
        }
        'cues: for cue in self.cue_words(class) {
            let mut j = i;
            for (k, w) in cue.iter().enumerate() {
                let ok = self.tok_is(j, w);
                if !ok || !is_word(self.toks.get(j)) {
                    continue 'cues;
                }
                if k + 1 < cue.len() {
                    match self.next_word(j, end) {
                        Some(n) => j = n,
                        None => continue 'cues,
                    }
                }
            }
            return Some(j);
        }
        None
    }

    /// Is the trigger a verb in the first person plural imperfect (نطالب، سنواصل)?
    fn first_person_plural(&self, h: &Hit) -> bool {
        h.imperfect
            && self.entry(h).kind == Kind::Verb
            && analyses(self.word(h.tok)).iter().any(|a| {
                a.stem.starts_with('ن')
                    && self
                        .r
                        .lexicon
                        .forms
                        .get(a.stem)
                        .is_some_and(|v| v.iter().any(|r| r.entry == h.entry && r.imperfect))
            })
    }

    /// Is the trigger a word for the protesters themselves (المتظاهرين، المحتجون)?
    fn names_protesters(&self, h: &Hit) -> bool {
        let en = self.entry(h);
        en.kind == Kind::Word && en.plover == "PROTEST"
    }

    fn entry(&self, h: &Hit) -> &Entry {
        // Hits only come from the lexicon, so the index is valid; the fallback keeps this total.
        static NONE: std::sync::OnceLock<Entry> = std::sync::OnceLock::new();
        self.r.lexicon.entries.get(h.entry).unwrap_or_else(|| {
            NONE.get_or_init(|| Entry {
                plover: String::new(),
                kind: Kind::Word,
                next: Vec::new(),
                next_wide: false,
                mode: None,
                cameo: None,
                acled_type: None,
                acled_sub: None,
                flags: Default::default(),
            })
        })
    }

    // ---------------------------------------------------------------- triggers

    /// Every trigger in sentence `[s, e)`, left to right, phrases taking precedence.
    fn triggers(&self, s: usize, e: usize) -> Vec<Hit> {
        let lex = &self.r.lexicon;
        let mut hits: Vec<Hit> = Vec::new();
        let mut skip_to = s;
        for i in s..e {
            if i < skip_to || !is_word(self.toks.get(i)) {
                continue;
            }
            let w = self.word(i);
            if self.cue_at("stop", i, e).is_some() {
                continue;
            }
            let mut best: Option<Hit> = None;
            let mut bare_known = false;
            let noun_shaped = self
                .prev_word(i, s)
                .is_some_and(|p| self.word(p).chars().all(|c| c.is_ascii_digit()))
                || self.ta_marbuta.get(i).copied().unwrap_or(false);
            for a in analyses(w) {
                // A reading with clitics is only tried when the whole word is no trigger form.
                if bare_known && (a.conj || a.prep.is_some() || a.article || a.future) {
                    break;
                }
                let Some(refs) = lex.forms.get(a.stem) else {
                    continue;
                };
                if !a.conj && a.prep.is_none() && !a.article && !a.future {
                    bare_known = true;
                }
                for fr in refs {
                    let Some(en) = lex.entries.get(fr.entry) else {
                        continue;
                    };
                    // A verb never ends in ة (رحلة is no «رحّله», normalised to the same
                    // letters) nor follows a number (18 طالبا are students).
                    let clitics_ok = match en.kind {
                        Kind::Verb => {
                            a.prep.is_none()
                                && !a.article
                                && (!a.future || fr.imperfect)
                                && !noun_shaped
                        }
                        Kind::Noun | Kind::Word => {
                            !(a.future || en.flags.indef && a.article || a.article && fr.possessive)
                        }
                    };
                    if !clitics_ok {
                        continue;
                    }
                    if let Some(p) = self.prev_word(i, s) {
                        if en.flags.not_prev.iter().any(|x| self.tok_is(p, x)) {
                            continue;
                        }
                    }
                    let nx = self.next_word(i, e);
                    if let Some(n) = nx {
                        if en.flags.not_next.iter().any(|x| self.tok_is(n, x)) {
                            continue;
                        }
                    }
                    if en.flags.next_lam {
                        let ok = nx.is_some_and(|n| {
                            let nw = self.word(n);
                            nw.starts_with('ل')
                                && nw.chars().count() >= 5
                                && !["لهما", "لهم", "لها", "لهن", "لنا", "لكم"].contains(&nw)
                        });
                        if !ok {
                            continue;
                        }
                    }
                    if en.flags.counted && !self.people_counted_at(i, s, e) {
                        continue;
                    }
                    let mut last = i;
                    let mut consumed = i;
                    if !en.next.is_empty() {
                        let mut found = None;
                        let mut j = i;
                        let limit = if en.next_wide { 8 } else { 3 };
                        // Words of a time between take no room in the window («وحذر ترامب أول
                        // أمس الاثنين من رد»); `gap` counts every word, for adjacency.
                        let (mut room, mut gap) = (0, 0);
                        while room < limit {
                            // A wide phrase reaches over commas: «قضت محكمة …، الجمعة، بالإعدام».
                            // A narrow one only over the commas round a time («شن مسلحون،
                            // اليوم الأحد، هجوما»).
                            let n = if en.next_wide {
                                self.next_word_over_commas(j, e)
                            } else {
                                self.next_word(j, e).or_else(|| {
                                    self.next_word_over_commas(j, e).filter(|&n| {
                                        self.is_timed(n) || (j != i && self.is_timed(j))
                                    })
                                })
                            };
                            let Some(n) = n else { break };
                            if en.next.iter().any(|x| self.tok_is(n, x)) {
                                found = Some((n, gap));
                                break;
                            }
                            // A blocked word breaks a wide phrase: «وفتحت النيابة تحقيقا في إطلاق
                            // النار» opens no fire.
                            if en.next_wide && en.flags.not_next.iter().any(|x| self.tok_is(n, x)) {
                                break;
                            }
                            if !self.is_timed(n) {
                                room += 1;
                            }
                            gap += 1;
                            j = n;
                        }
                        let Some((n, gap)) = found else { continue };
                        // «السيطرة على الحريق»: after a phrase word right behind the trigger,
                        // the next word is checked as well.
                        if gap == 0
                            && self.next_word(n, e).is_some_and(|m| {
                                en.flags.not_next.iter().any(|x| self.tok_is(m, x))
                            })
                        {
                            continue;
                        }
                        consumed = n;
                        if gap == 0 {
                            last = n;
                        }
                    }
                    let cand = Hit {
                        tok: i,
                        last,
                        consumed,
                        entry: fr.entry,
                        imperfect: fr.imperfect,
                        future: a.future,
                        article: a.article,
                        prep: a.prep,
                    };
                    let better = match &best {
                        None => true,
                        // Prefer a satisfied phrase over a bare word, and at the head of a
                        // clause a verb over its masdar («وقتل الجيش، الجمعة، شابين»).
                        Some(b) => {
                            let prev = lex.entries.get(b.entry);
                            (!en.next.is_empty() && prev.is_some_and(|x| x.next.is_empty()))
                                || (en.kind == Kind::Verb
                                    && prev.is_some_and(|x| {
                                        x.kind == Kind::Noun && x.plover == en.plover
                                    })
                                    && b.prep.is_none()
                                    && !b.article
                                    && self.prev_word(i, s).is_none())
                        }
                    };
                    if better {
                        best = Some(cand);
                    }
                }
            }
            if let Some(mut h) = best {
                skip_to = h.consumed + 1;
                // «وسار المتظاهرون», «ونزل آلاف المتظاهرين»: the verb whose subject the protesters
                // are names the action; the trigger runs from it.
                if self.names_protesters(&h) {
                    let mut p = self.prev_word(i, s);
                    while let Some(k) = p {
                        let pw = self.word(k);
                        if self.cue_at("crowd_count", k, e).is_some()
                            || pw.chars().all(|c| c.is_ascii_digit())
                        {
                            p = self.prev_word(k, s);
                        } else {
                            break;
                        }
                    }
                    // «واحتشد مئات المتظاهرين»: the verb is itself a protest trigger, and the
                    // protesters are its subject, not a second gathering.
                    let told = p.is_some_and(|k| {
                        hits.last().is_some_and(|l: &Hit| {
                            l.consumed >= k && l.tok <= k && self.entry(l).plover == "PROTEST"
                        })
                    });
                    if told {
                        continue;
                    }
                    if let Some(k) = p {
                        let pw = self.word(k);
                        let verbish = pw.chars().count() >= 3
                            && !analyses(pw).iter().any(|a| a.article)
                            && self.cue_at("not_verb", k, e).is_none()
                            && !pw.chars().any(|c| c.is_ascii_digit())
                            && hits.last().is_none_or(|l| l.consumed < k);
                        if verbish {
                            h.tok = k;
                        }
                    }
                }
                hits.push(h);
            }
        }
        hits
    }

    /// Drop triggers that name no new action here (see the header of `data/cues.tsv`).
    fn keep(&self, h: &Hit, s: usize, e: usize, sentence_hits: &[Hit]) -> bool {
        let en = self.entry(h);
        let prev = self.prev_word(h.tok, s);
        if (en.flags.kill || en.flags.injure) && self.accidental(h, s, e, sentence_hits) {
            return false;
        }
        // «واشتبك مئات المحتجين»، «ستة محتجين نقلوا لمستشفيات بعد إصابتهم»، «المحتجين ألقوا
        // قنابل»: protesters who are parties to another act, or the subject of a verb after
        // them, make no protest event of their own.
        if self.names_protesters(h) {
            let near = |o: &Hit| {
                let (a, b) = if o.tok < h.tok {
                    (o.last, h.tok)
                } else {
                    (h.last, o.tok)
                };
                self.words_in(a, b) <= 5
            };
            let other_act = sentence_hits
                .iter()
                .any(|o| o.tok != h.tok && self.entry(o).plover != "PROTEST" && near(o));
            let subject_of_verb = self
                .next_word(h.last, e)
                .is_some_and(|n| self.word(n).ends_with("وا"));
            if other_act || subject_of_verb {
                return false;
            }
        }
        // «عقوبات جديدة تستهدف …»، «وتستهدف عقوبات الخزانة …»: sanctions target, they do not
        // attack.
        if en.flags.attach
            && sentence_hits.iter().any(|o| {
                self.entry(o).plover == "SANCTION"
                    && (o.last < h.tok && h.tok - o.last <= 3
                        || o.tok > h.last && o.tok - h.last <= 2)
            })
        {
            return false;
        }
        // «لم ترد تقارير عن وقوع إصابات», «دون وقوع إصابات»: casualties said not to have
        // happened are no event.
        // A relative pronoun between ends the negation's reach («لم ير الطفل الذي قتل»).
        if (en.flags.kill || en.flags.injure) && en.kind == Kind::Noun {
            let negated = self
                .words_before(h.tok, s)
                .take(5)
                .take_while(|&p| self.cue_at("attributive", p, e).is_none())
                .any(|p| self.cue_at("negated", p, e).is_some());
            if negated {
                return false;
            }
        }
        if en.flags.ctx_protest {
            let ctx = (s..e)
                .any(|i| is_word(self.toks.get(i)) && self.cue_at("protest_ctx", i, e).is_some())
                || sentence_hits.iter().any(|o| {
                    o.tok != h.tok
                        && self.entry(o).plover == "PROTEST"
                        && !self.entry(o).flags.ctx_protest
                });
            if !ctx {
                return false;
            }
        }
        // «رفضت رفع الحظر»: the concession refused is no event (رفع reads as a verb as well as
        // a noun). A deal refused may stand («رفضها تمديد اتفاقها لوقف إطلاق النار»).
        if en.plover == "CONCEDE" {
            let (cs, _) = self.clause_of(h.tok, s, e);
            if sentence_hits.iter().any(|o| {
                self.entry(o).plover == "REJECT"
                    && o.last < h.tok
                    && o.tok >= cs
                    && self.words_in(o.last + 1, h.tok) <= 4
            }) {
                return false;
            }
        }
        // «دون وقوع إصابات»: casualties said not to have happened are no act of their own (the
        // act they belong to gets a zero).
        if (en.flags.kill || en.flags.injure) && self.no_casualty_before(h.tok, s, e) {
            return false;
        }
        if en.kind != Kind::Verb {
            // «هذه الهجمات»: refers back to an event already reported.
            if prev.is_some_and(|p| self.cue_at("anaphor", p, e).is_some()) {
                return false;
            }
            // («تفريق تلك الاحتجاجات»: a demonstrative before the phrase word is that word's.)
            if h.consumed <= h.last
                && self.next_word(h.last, e).is_some_and(|n| {
                    self.cue_at("anaphor", n, e).is_some() && !self.word(n).starts_with('و')
                })
            {
                return false;
            }
            // «واستهدفت المقاومة تعزيزات»: troops an attack verb just hit are its target, not a
            // deployment of their own.
            if en.plover == "MOBILIZE"
                && sentence_hits.iter().any(|o| {
                    o.last < h.tok
                        && self.entry(o).plover == "ASSAULT"
                        && self.entry(o).kind == Kind::Verb
                        && self.words_in(o.last + 1, h.tok) <= 3
                        && !self.breaks_between(o.last + 1, h.tok, e)
                })
            {
                return false;
            }
            // «تراجع في هجمات»: a trend, not an event.
            if self
                .words_before(h.tok, s)
                .take(3)
                .any(|p| self.cue_at("trend", p, e).is_some())
            {
                return false;
            }
            // «لمحاربة داعش»: a purpose, unless a word before it takes the noun as its object
            // (تعرض لقصف، الذكرى الرابعة لاغتيال …; cues class lam_object).
            if h.prep == Some('ل') && !en.flags.kill && !en.flags.injure {
                let mut governed = false;
                let mut j = h.tok;
                for _ in 0..5 {
                    match self.prev_word(j, s) {
                        Some(p) => {
                            // A verb of undergoing always takes its ل-noun (تعرضتا لهجوم).
                            if self.cue_at("lam_object", p, e).is_some()
                                || self.cue_at("undergo", p, e).is_some()
                            {
                                governed = true;
                                break;
                            }
                            j = p;
                        }
                        None => break,
                    }
                }
                if !governed {
                    return false;
                }
            }
            // «طالب بانسحاب القوات», «أشاد بالتعاون», «الاتهامات … باستخدام أسلحة»: the demanded,
            // praised or alleged action is the content of another event, not an event here.
            let (cs, _) = self.clause_of(h.tok, s, e);
            if sentence_hits.iter().any(|o| {
                o.tok < h.tok
                    && o.tok >= cs
                    && (matches!(self.entry(o).plover.as_str(), "REQUEST" | "THREATEN")
                        || (matches!(self.entry(o).plover.as_str(), "SUPPORT" | "ACCUSE")
                            && h.prep == Some('ب')))
            }) {
                return false;
            }
            // «المفاوضات بشأن وقف إطلاق النار»: a topic, not an event; «بضرورة انسحاب»،
            // «بتهمة قتل»: what is demanded or charged, not an event either.
            if prev.is_some_and(|p| {
                self.cue_at("topic", p, e).is_some() || self.cue_at("content", p, e).is_some()
            }) {
                return false;
            }
            // «المزارع القتيل»: an adjective after a definite noun.
            if en.kind == Kind::Word && h.article {
                if let Some(p) = prev {
                    let pw = self.word(p);
                    if analyses(pw).iter().any(|a| a.article)
                        && !self.r.lexicon.forms.contains_key(crate::text::bare(pw))
                    {
                        return false;
                    }
                }
            }
        }
        true
    }

    // ---------------------------------------------------------------- clauses

    fn clause_of(&self, t: usize, s: usize, e: usize) -> (usize, usize) {
        // A hyphen inside a word («جونغ-أون») breaks no clause.
        let in_word = |i: usize| {
            i > 0
                && matches!(
                    (self.toks.get(i - 1), self.toks.get(i), self.toks.get(i + 1)),
                    (Some(a), Some(h), Some(b))
                        if a.end == h.start && h.end == b.start && h.text == "-"
                )
        };
        let is_break = |i: usize| {
            self.toks.get(i).is_some_and(|k| {
                k.kind == TokKind::ClauseBreak && !self.time_aside(i, s, e) && !in_word(i)
            }) || (is_word(self.toks.get(i)) && self.cue_at("boundary", i, e).is_some())
        };
        let mut cs = t;
        while cs > s && !is_break(cs - 1) {
            cs -= 1;
        }
        let mut ce = t + 1;
        while ce < e && !is_break(ce) {
            ce += 1;
        }
        (cs, ce)
    }

    /// Whether the comma at `i` opens or closes a time or a person's name set off by commas
    /// inside a clause («اتهمت الحكومة، الجمعة، ميليشيات الحوثي»): the clause runs on across it.
    fn time_aside(&self, i: usize, s: usize, e: usize) -> bool {
        let comma = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| matches!(t.text.as_str(), "," | "،"))
        };
        if !comma(i) {
            return false;
        }
        let timed = |a: usize, b: usize| {
            let words: Vec<usize> = (a..b).filter(|&k| is_word(self.toks.get(k))).collect();
            !words.is_empty()
                && words.len() <= 4
                && (a..b).all(|k| {
                    self.toks
                        .get(k)
                        .is_some_and(|t| t.kind != TokKind::ClauseBreak)
                })
                && (words
                    .iter()
                    .all(|&k| self.is_timed(k))
                    // «هاجم الرئيس التركي، رجب طيب أردوغان، …»: a name in apposition.
                    || words
                        .iter()
                        .all(|&k| self.personal.get(k).copied().unwrap_or(false)))
        };
        // Opening: a comma within five tokens ahead closes the time; closing: one behind opens it.
        let ahead = (i + 1..(i + 6).min(e))
            .find(|&k| comma(k))
            .is_some_and(|k| timed(i + 1, k));
        let behind = (i.saturating_sub(5).max(s)..i)
            .rev()
            .find(|&k| comma(k))
            .is_some_and(|k| timed(k + 1, i));
        ahead || behind
    }

    /// The token where a verb's object starts when a comma sets it off from the subject
    /// («وطالبت الحكومة اليمنية، مجلس الأمن»), past a name in apposition or a time set off by
    /// commas («دعا الرئيس اليمني، عبدربه منصور هادي، اليوم الأربعاء، الجيش الوطني»). `ce` is
    /// the end of the verb's clause; `None` unless a participant opens right after the commas.
    fn object_past_comma(&self, ce: usize, e: usize, parts: &[Part]) -> Option<usize> {
        let comma = |k: usize| self.toks.get(k).is_some_and(|t| t.text == ",");
        let mut cur = ce;
        for _ in 0..3 {
            if cur >= e || !comma(cur) {
                return None;
            }
            let mut n = self.next_word(cur, e)?;
            if n != cur + 1 {
                return None;
            }
            if self.cue_at("quantifier", n, e).is_some() {
                n = self.next_word(n, e)?;
            }
            let close = (n + 1..(n + 6).min(e)).find(|&k| {
                self.toks
                    .get(k)
                    .is_some_and(|t| t.kind == TokKind::ClauseBreak)
            });
            // A name or a title in apposition: «الرئيس اليمني، عبدربه منصور هادي،»,
            // «ديفيد بيسلي، المدير التنفيذي للبرنامج،».
            let person = parts
                .iter()
                .find(|p| p.first == n && p.kind == Some(EntityType::Per));
            let title = self.is_title(self.word(n));
            let aside = close.filter(|&m| comma(m)).is_some_and(|m| {
                (n..m)
                    .filter(|&k| is_word(self.toks.get(k)))
                    .all(|k| self.is_timed(k))
                    || person.is_some_and(|p| p.last + 1 == m)
                    || title
            });
            match close {
                Some(m) if aside => cur = m,
                _ => {
                    if person.is_some() || title {
                        // «وطالب زعيم التيار الصدري، مقتدى الصدر مجلس النواب»: the name is the
                        // subject's, and the object follows it.
                        let p = person?;
                        let k = self.next_word(p.last, e)?;
                        let q = parts.iter().find(|q| q.first == k)?;
                        return (!q.place && !self.word(k).starts_with('و')).then_some(k);
                    }
                    let p = parts.iter().find(|p| p.first == n)?;
                    // A conjunct or a place opens a clause or an aside of its own.
                    if p.place || self.word(n).starts_with('و') {
                        return None;
                    }
                    return Some(n);
                }
            }
        }
        None
    }

    /// Whether `w` (proclitics allowed) is a title head of the glossary (وزير، الناطق، زعيم).
    fn is_title(&self, w: &str) -> bool {
        analyses(w)
            .into_iter()
            .any(|a| self.r.glossary.heads.get(a.stem).is_some_and(|g| g.title))
    }

    /// Whether `w` (proclitics allowed) is a form of the trigger entry `h` matched.
    fn form_of(&self, w: &str, h: &Hit) -> bool {
        analyses(w).iter().any(|a| {
            self.r
                .lexicon
                .forms
                .get(a.stem)
                .is_some_and(|v| v.iter().any(|r| r.entry == h.entry))
        })
    }

    /// `w` without an object pronoun (ه، ها، هم، هما) when what remains is a form of the
    /// trigger's own entry («اعتقلته» → «اعتقلت»).
    fn without_object<'w>(&self, w: &'w str, h: &Hit) -> Option<&'w str> {
        ["هما", "هم", "ها", "ه"]
            .iter()
            .find_map(|x| w.strip_suffix(x).filter(|b| self.form_of(b, h)))
    }

    /// Whether the pronoun of the one acted on sits on the trigger's phrase word or on an عن
    /// right after it: «أُفرج عنه»، «إطلاق سراحه».
    fn phrase_points_back(&self, h: &Hit, end: usize) -> bool {
        let on_phrase = h.last > h.tok && {
            let w = self.word(h.last);
            w.ends_with('ه')
                && !w.ends_with("هم")
                && !w.ends_with("ها")
                && !self.ta_marbuta.get(h.last).copied().unwrap_or(true)
        };
        on_phrase
            || self
                .next_word(h.last, end)
                .is_some_and(|n| self.word(n) == "عنه")
    }

    /// Whether the trigger carries «ه» for the one it acts on: a verb's object (اعتقلته) or a
    /// casualty or victim noun's genitive (اغتياله، مقتله); not «ة» written as ه.
    fn points_back(&self, h: &Hit, en: &Entry) -> bool {
        let w = self.word(h.tok);
        if self.ta_marbuta.get(h.tok).copied().unwrap_or(true)
            || !w.ends_with('ه')
            || ["ها", "هم", "هما"].iter().any(|x| w.ends_with(x))
        {
            return false;
        }
        // Acts done to people; «الأمر الذي نفته» rejects a claim.
        let on_people = matches!(
            en.plover.as_str(),
            "ASSAULT" | "COERCE" | "THREATEN" | "ACCUSE" | "REQUEST" | "CONSULT"
        );
        let takes = on_people
            && match en.kind {
                Kind::Verb => !en.flags.passive,
                Kind::Noun => en.flags.gen_target || en.flags.kill,
                Kind::Word => false,
            };
        takes
            && w.strip_suffix('ه').is_some_and(|b| {
                analyses(b).iter().any(|a| {
                    let stem = a.stem.strip_suffix('ت').map_or(a.stem, |x| x);
                    [a.stem, stem].iter().any(|st| {
                        self.r
                            .lexicon
                            .forms
                            .get(*st)
                            .or_else(|| self.r.lexicon.forms.get(&format!("{st}ه")))
                            .is_some_and(|v| v.iter().any(|r| r.entry == h.entry))
                    })
                })
            })
    }

    /// The person «ه» points back to: the latest person named before the trigger, within the
    /// sentence or the one before it, who is not the act's doer (for an attack that kills no
    /// one, a body may be what it hit).
    fn antecedent(&self, h: &Hit, en: &Entry, actors: &[Part]) -> Option<Part> {
        // An attack may be on a body (تدميره: the organisation); the other acts are on people.
        let body_too = en.plover == "ASSAULT" && !en.flags.kill && !en.flags.injure;
        let at = self.toks.get(h.tok)?.start;
        let sents = &self.sents;
        let k = sents.partition_point(|&(s, _)| s <= h.tok);
        let from = sents
            .get(k.saturating_sub(2))
            .and_then(|&(s, _)| self.toks.get(s))
            .map_or(0, |t| t.start);
        let doers: HashSet<&str> = actors.iter().filter_map(|a| a.entity.as_deref()).collect();
        let (ent, m) = self
            .entities
            .iter()
            .filter(|x| {
                matches!(x.kind, EntityType::Per | EntityType::Org)
                    && !doers.contains(x.id.as_str())
            })
            .flat_map(|x| x.mentions.iter().map(move |m| (x, m)))
            .filter(|(_, m)| m.end <= at && m.start >= from)
            // Whoever reports it («وقال أشرف القدرة: "… إصابته"») is not whom it hit.
            .filter(|(_, m)| {
                self.tok_range(m.start, m.end).is_none_or(|(a, _)| {
                    self.prev_word(a, 0)
                        .is_none_or(|q| self.cue_at("speech", q, self.toks.len()).is_none())
                })
            })
            .max_by_key(|(_, m)| m.start)?;
        if ent.kind != EntityType::Per && !body_too {
            return None;
        }
        self.mention_part(ent, m)
    }

    /// Entity `e`'s mention `m` as a party (neither a place nor a victim).
    fn mention_part(&self, e: &Entity, m: &rasd_doc::Span) -> Option<Part> {
        let (first, last) = self.tok_range(m.start, m.end)?;
        Some(Part {
            first,
            last,
            entity: Some(e.id.clone()),
            text: m.text.clone(),
            name_en: e.name_en.clone(),
            place: false,
            kind: Some(e.kind),
            lat: e.lat,
            lon: e.lon,
            victim: false,
        })
    }

    /// The end of a descriptive phrase headed at `i` and qualified up to `last`, taking a
    /// definite genitive after a head in construct (قوات الأمن) and a relational adjective
    /// (…ي، …ية) after a definite head (الجيش الوطني): no name, act, time, count or party.
    fn described_by(
        &self,
        i: usize,
        last: usize,
        e: usize,
        parts: &[Part],
        definite_head: bool,
    ) -> usize {
        // A word the phrase may take: no time, count, party, function word or act; a
        // nationality only as the closing adjective (قوات الدفاع الجوي السعودي).
        let takes = |k: usize, definite: bool, nationality: bool| {
            let w = self.word(k);
            w.starts_with("ال") == definite
                && !w.starts_with('و')
                && w.chars().count() >= 4
                && !self.is_timed(k)
                && !self.in_quantity(k)
                && !parts.iter().any(|p| {
                    p.first <= k
                        && k <= p.last
                        && !(nationality && p.kind == Some(EntityType::Norp))
                })
                && self.cue_at("stop", k, e).is_none()
                && self.cue_at("attributive", k, e).is_none()
                // «فصائل عراقية مسلحة موالية لإيران»: whom it serves is said apart.
                && self.cue_at("affiliation", k, e).is_none()
                && !analyses(w).iter().any(|a| {
                    self.r.lexicon.forms.contains_key(a.stem)
                        || self.r.glossary.heads.contains_key(a.stem)
                        || (!nationality && self.r.glossary.demonyms.contains_key(a.stem))
                })
        };
        let plain = |k: usize| takes(k, true, false);
        // (Not a relative pronoun, الذي; the spelling rules out an elative, الأغلى.)
        let relational = |k: usize| {
            self.nisba.get(k).copied().unwrap_or(false)
                && self.cue_at("attributive", k, e).is_none()
        };
        let head = self.word(i);
        let construct = !definite_head && last == i && !ends_out_of_construct(head);
        let mut end = last;
        if let Some(k) = self.next_word(end, e).filter(|&k| plain(k)) {
            if construct || relational(k) {
                end = k;
                // «قوات الأمن الداخلي»، «قوات الدفاع الجوي السعودي»: one relational adjective
                // more.
                if let Some(k2) = self
                    .next_word(end, e)
                    .filter(|&k2| takes(k2, true, true) && relational(k2))
                {
                    end = k2;
                }
            }
        } else if !definite_head {
            // «طائرة حربية»، «مجموعة انفصالية جنوبية»: indefinite relational adjectives.
            for _ in 0..2 {
                match self
                    .next_word(end, e)
                    .filter(|&k| takes(k, false, true) && relational(k))
                {
                    Some(k) => end = k,
                    None => break,
                }
            }
        }
        // «القوات الموالية للحكومة»، «قوات موالية لهادي»: whom the party serves is part of
        // how it is named.
        if let Some(k) = self
            .next_word(end, e)
            .filter(|&k| self.cue_at("affiliation", k, e).is_some())
        {
            if let Some(n) = self.next_word(k, e).filter(|&n| {
                let w = self.word(n);
                w.starts_with('ل') && w.chars().count() >= 4 && !self.is_timed(n)
            }) {
                end = parts.iter().find(|p| p.first == n).map_or(n, |p| p.last);
            }
        }
        end
    }

    /// Whether a participant is civilians, detainees or hostages (glosses flagged
    /// `noncombatant`), who suffer attacks and do not carry them out.
    fn civilian(&self, p: &Part) -> bool {
        p.entity.is_none()
            && analyses(self.word(p.first)).into_iter().any(|a| {
                self.r
                    .glossary
                    .heads
                    .get(a.stem)
                    .is_some_and(|g| g.noncombatant)
            })
    }

    // ---------------------------------------------------------------- participants

    /// Token range `[first, last]` of the words covering code points `[start, end)`.
    fn tok_range(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        // Tokens are in text order, so the first candidate is found by binary search.
        let from = self.toks.partition_point(|t| t.end <= start);
        let mut first = None;
        let mut last = None;
        for (i, t) in self.toks.iter().enumerate().skip(from) {
            if t.start >= end {
                break;
            }
            if t.kind == TokKind::Word && start < t.end {
                first.get_or_insert(i);
                last = Some(i);
            }
        }
        Some((first?, last?))
    }

    /// The word token containing code point `cp`.
    fn tok_at(&self, cp: usize) -> Option<usize> {
        let i = self.toks.partition_point(|t| t.end <= cp);
        self.toks
            .get(i)
            .filter(|t| t.kind == TokKind::Word && t.start <= cp)
            .map(|_| i)
    }

    /// The complementiser (أن، إن، بأن) after a speech verb that opens the reported content
    /// holding token `t` in the sentence from `s`: «وقالت وكالة سبأ، التابعة للحركة، إن الانفجار
    /// استهدف …». None when `t` is not in such content.
    fn reported_from(&self, t: usize, s: usize) -> Option<usize> {
        let mut j = t;
        while j > s {
            j -= 1;
            if !is_word(self.toks.get(j)) || self.cue_at("complementiser", j, t).is_none() {
                continue;
            }
            let lo = j.saturating_sub(14).max(s);
            if (lo..j).any(|k| is_word(self.toks.get(k)) && self.cue_at("speech", k, j).is_some()) {
                return Some(j);
            }
        }
        None
    }

    /// Whether word token `i` reports deaths (`Some(true)`) or injuries (`Some(false)`) by the
    /// trigger lexicon's kill and injure flags.
    fn casualty_word(&self, i: usize) -> Option<bool> {
        if !is_word(self.toks.get(i)) {
            return None;
        }
        analyses(self.word(i)).iter().find_map(|a| {
            self.r.lexicon.forms.get(a.stem)?.iter().find_map(|fr| {
                let en = self.r.lexicon.entries.get(fr.entry)?;
                if en.flags.kill {
                    Some(true)
                } else if en.flags.injure {
                    Some(false)
                } else {
                    None
                }
            })
        })
    }

    /// Whether the verb of `h` is third person masculine singular: a perfect without the
    /// feminine, dual or plural endings (دعا، طالب), or an imperfect with ي and no plural ending.
    fn masculine_singular(&self, h: &Hit) -> bool {
        let w = self.word(h.tok);
        let w = w
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(w);
        // An object pronoun is no part of the agreement: «اعتقلته» is «اعتقلت» + «ه».
        let w = self
            .without_object(w, h)
            .filter(|b| b.chars().count() >= 3)
            .unwrap_or(w);
        if h.imperfect {
            let w = w.strip_prefix('س').unwrap_or(w);
            w.starts_with('ي') && !w.ends_with("ون") && !w.ends_with("ان")
        } else {
            !["ت", "تا", "وا", "نا", "ن"].iter().any(|x| w.ends_with(x))
        }
    }

    /// Whether a participant is grammatically feminine: a country or city, a body named by a
    /// feminine noun (حركة حماس، الحكومة; cues class feminine), but not a broken plural of
    /// people, which ends in ة and takes a masculine verb (قادة; cues class human_plural).
    fn feminine(&self, p: &Part) -> bool {
        if p.kind == Some(EntityType::Gpe) {
            return true;
        }
        let end = p.last + 1;
        if self.cue_at("human_plural", p.first, end).is_some() {
            return false;
        }
        if self.cue_at("feminine", p.first, end).is_some() {
            return true;
        }
        let first = normalize(&p.text).text;
        let first = first.split_whitespace().next().unwrap_or("");
        p.kind == Some(EntityType::Org) && first.ends_with('ه')
    }

    /// Is the word before token `first` a locative preposition or place noun (في، قرب، مدينة; cues class `locative`)?
    fn is_locative_word(&self, first: usize, s: usize) -> bool {
        self.prev_word(first, s).is_some_and(|p| {
            self.cue_at("locative", p, first).is_some()
                || self.cue_at("witness", p, first).is_some()
        })
    }

    /// Token `n`, a nationality word, as the party it stands for: its country (التركية → Turkey).
    fn nationality_part(&self, n: usize, country: usize, entity: Option<String>) -> Option<Part> {
        let c = self.r.glossary.countries.get(country)?;
        Some(Part {
            first: n,
            last: n,
            entity,
            text: self.surface(n, n),
            name_en: Some(c.name_en.clone()),
            place: false,
            kind: Some(EntityType::Norp),
            lat: None,
            lon: None,
            victim: false,
        })
    }

    fn participants(&self, s: usize, e: usize) -> Vec<Part> {
        let g = &self.r.glossary;
        let mut parts: Vec<Part> = Vec::new();
        let mut taken: HashSet<usize> = HashSet::new();
        // Entity mentions.
        for ent in self.entities {
            if ent.kind == EntityType::Misc {
                continue;
            }
            for m in &ent.mentions {
                let Some((a, b)) = self.tok_range(m.start, m.end) else {
                    continue;
                };
                if a < s || b >= e {
                    continue;
                }
                // Proclitics are the letters of the token before the mention (بالعراق → ب ال).
                let clitics: String = self.toks.get(a).map_or(String::new(), |t| {
                    span_of(self.text, t.start, m.start.max(t.start)).text
                });
                let is_place = matches!(ent.kind, EntityType::Loc | EntityType::Fac)
                    || (ent.kind == EntityType::Gpe
                        && (clitics.contains('ب') || self.is_locative_word(a, s)));
                // As a participant a nationality word stands for its country (التركية → Turkey).
                let norp_country = (ent.kind == EntityType::Norp)
                    .then(|| {
                        analyses(self.word(a))
                            .into_iter()
                            .find_map(|x| self.r.glossary.demonyms.get(x.stem).copied())
                    })
                    .flatten()
                    .and_then(|ci| self.r.glossary.countries.get(ci))
                    .map(|c| c.name_en.clone());
                // The mention's own text: without the proclitics glued to its first word.
                let end = self.toks.get(b).map_or(m.end, |t| t.end.max(m.end));
                // «قتل خلالها فلسطينيان»: an indefinite plural or dual of a nationality names
                // people of it, who may be the victims.
                let people = ent.kind == EntityType::Norp && a == b && {
                    let w = self.word(a);
                    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                    !w.starts_with("ال")
                        && !w.starts_with("لل")
                        && ["يون", "يين", "يان", "يتان", "يتين"]
                            .iter()
                            .any(|x| w.ends_with(x))
                };
                parts.push(Part {
                    first: a,
                    last: b,
                    entity: Some(ent.id.clone()),
                    text: span_of(self.text, m.start.max(self.toks[a].start), end).text,
                    name_en: norp_country.or_else(|| ent.name_en.clone()),
                    place: is_place,
                    kind: Some(ent.kind),
                    lat: ent.lat,
                    lon: ent.lon,
                    victim: people,
                });
            }
        }
        // «حركة حماس الفلسطينية», «مدينة عدن اليمنية»: a nationality word right after a name
        // qualifies it.
        let names: Vec<(usize, usize)> = parts
            .iter()
            .filter(|p| {
                matches!(
                    p.kind,
                    Some(
                        EntityType::Org
                            | EntityType::Per
                            | EntityType::Gpe
                            | EntityType::Loc
                            | EntityType::Fac
                    )
                )
            })
            .map(|p| (p.first, p.last))
            .collect();
        for &(_, l) in &names {
            if let Some(n) = self.next_word(l, e) {
                if analyses(self.word(n))
                    .iter()
                    .any(|a| self.r.glossary.demonyms.contains_key(a.stem))
                {
                    taken.insert(n);
                }
            }
        }
        parts.retain(|p| {
            p.kind != Some(EntityType::Norp)
                || !names
                    .iter()
                    .any(|&(_, l)| self.next_word(l, e) == Some(p.first))
        });
        // «في البصرة وذي قار»: a country or city joined by و to a place is a place too.
        parts.sort_by_key(|p| (p.first, usize::MAX - p.last));
        for k in 1..parts.len() {
            let (before, rest) = parts.split_at_mut(k);
            let (prev, cur) = (&before[k - 1], &mut rest[0]);
            if prev.place
                && !cur.place
                && cur.kind == Some(EntityType::Gpe)
                && self.word(cur.first).starts_with('و')
                && self.prev_word(cur.first, s) == Some(prev.last)
            {
                cur.place = true;
            }
        }
        // Nested mentions: keep the longest.
        parts.sort_by_key(|p| (p.first, usize::MAX - p.last));
        let mut dedup: Vec<Part> = Vec::new();
        for p in parts {
            if dedup
                .last()
                .is_some_and(|q| p.first >= q.first && p.last <= q.last)
            {
                continue;
            }
            dedup.push(p);
        }
        let mut parts = dedup;
        parts.retain(|p| !(p.kind == Some(EntityType::Norp) && taken.contains(&p.first)));
        for p in &parts {
            for i in p.first..=p.last {
                taken.insert(i);
            }
        }
        // Descriptive phrases: head noun + adjectives (and NORP adjectives), or a genitive entity.
        // A member head in construct (رجال المقاومة) waits for the party head after it: (its
        // token, that head's token).
        let mut member_of: Option<(usize, usize)> = None;
        let mut i = s;
        while i < e {
            if !is_word(self.toks.get(i)) || taken.contains(&i) {
                i += 1;
                continue;
            }
            let w = self.word(i);
            let head = analyses(w).into_iter().find_map(|a| g.heads.get(a.stem));
            let demonym = analyses(w)
                .into_iter()
                .find_map(|a| g.demonyms.get(a.stem).copied());
            let cname = analyses(w)
                .into_iter()
                .find_map(|a| g.country_names.get(a.stem).copied());
            if let Some(hd) = head {
                // «رجال المقاومة الشعبية»، «قوات الجيش الوطني اليمني»: members of the party
                // whose head follows in construct; that head names the phrase.
                let bare = self.word(i).trim_start_matches(['و', 'ف']);
                let definite_head = ["ال", "بال", "لل", "كال"]
                    .iter()
                    .any(|x| bare.starts_with(x));
                let in_construct = !definite_head && !ends_out_of_construct(bare);
                let party_head = self.next_word(i, e).filter(|&n| {
                    !taken.contains(&n)
                        && self.word(n).starts_with("ال")
                        && analyses(self.word(n)).into_iter().any(|a| {
                            g.heads
                                .get(a.stem)
                                .is_some_and(|b| !b.title && !b.qualified && !b.member)
                        })
                });
                if hd.member && in_construct {
                    if let Some(n) = party_head {
                        member_of = Some((i, n));
                        i = n;
                        continue;
                    }
                }
                let first = match member_of.take() {
                    Some((m, k)) if k == i => m,
                    _ => i,
                };
                let mut last = i;
                let mut nat: Option<usize> = None;
                let mut adjs: Vec<String> = Vec::new();
                let mut j = i;
                let mut linked: Option<usize> = None;
                while let Some(n) = self.next_word(j, e) {
                    let nw = self.word(n);
                    // «رئيس الحكومة» but not «الوزير الحكومة»: a definite title takes no genitive.
                    if hd.title
                        && !(definite_head && last == i && nw.starts_with("ال"))
                        && self.cue_at("title_word", n, e).is_some()
                        && !taken.contains(&n)
                    {
                        last = n;
                        j = n;
                        continue;
                    }
                    if hd.title && last > i {
                        // «مدير عام مستشفى عفرين»: a place closing the title belongs to it.
                        if let Some(p) = parts.iter().find(|p| {
                            p.first == n
                                && matches!(p.kind, Some(EntityType::Gpe) | Some(EntityType::Loc))
                        }) {
                            last = p.last;
                            j = p.last;
                            continue;
                        }
                    }
                    // A nationality the recogniser found but the country table lacks
                    // («السلطات الإيطالية»): its English adjective qualifies the head.
                    let norp = parts
                        .iter()
                        .find(|p| p.first == n && p.last == n && p.kind == Some(EntityType::Norp));
                    if let Some(ci) = analyses(nw)
                        .into_iter()
                        .find_map(|a| g.demonyms.get(a.stem).copied())
                    {
                        nat.get_or_insert(ci);
                    } else if let Some(adj) = norp.and_then(|p| {
                        let id = p.entity.as_deref()?;
                        self.entities.iter().find(|x| x.id == id)?.name_en.clone()
                    }) {
                        adjs.insert(0, adj);
                    } else if let Some(a) = analyses(nw)
                        .into_iter()
                        .find_map(|a| g.adjectives.get(a.stem))
                    {
                        adjs.push(a.en.clone());
                    } else if !hd.title && self.unlisted_adjective(i, n, definite_head, &taken) {
                        // «المسلحون الجهاديون»، «الأطراف المتنافسة الليبية»: a relational
                        // adjective the glossary lacks still belongs to the phrase (its English
                        // stays the head's).
                    } else {
                        break;
                    }
                    last = n;
                    j = n;
                }
                let bare_compound = hd.described
                    && !definite_head
                    && self.next_word(last, e).is_none_or(|n| {
                        !self.word(n).starts_with("ال") && parts.iter().all(|p| p.first != n)
                    });
                if (hd.qualified || bare_compound) && nat.is_none() && adjs.is_empty() {
                    i += 1;
                    continue;
                }
                // «عناصر من تنظيم داعش», «مقاتلي المعارضة»: the head names members of an entity.
                let mut k = if nat.is_some() {
                    None
                } else {
                    self.next_word(last, e)
                };
                for _ in 0..3 {
                    let starts_part = k.is_some_and(|k| parts.iter().any(|p| p.first == k));
                    // «قيادي ميداني بارز في ميليشيات الحوثي»: a member or office in a body.
                    let member_in =
                        (hd.member || hd.title) && k.is_some_and(|k| self.word(k) == "في");
                    if !starts_part
                        && (member_in || k.is_some_and(|k| self.cue_at("gen_skip", k, e).is_some()))
                    {
                        k = k.and_then(|k| self.next_word(k, e));
                    }
                }
                // «وانتقد الوزير الحكومة»: a definite title takes no genitive; the body right
                // after it is another party (the object), not the one it serves. A person after
                // it is in apposition (الرئيس دونالد ترامب).
                let adjacent = last == i && k.is_some_and(|k| self.next_word(i, e) == Some(k));
                let object = |k: usize| {
                    hd.title
                        && definite_head
                        && adjacent
                        && parts
                            .iter()
                            .any(|p| p.first == k && p.kind != Some(EntityType::Per))
                };
                // «أحرق متظاهرون القنصلية الإيرانية»: a plural with its ن (متظاهرون، مسلحين) is in
                // no construct, so the body right after it is another party; with «من» between
                // it names members of that body (مسلحين من داعش).
                let nun_plural = {
                    let bare = self.word(i).trim_end_matches(['ه']);
                    bare.ends_with("ون") || bare.ends_with("ين")
                };
                // («المسلحين الحوثيين»: after a definite head, a definite name is its adjective.)
                let construct = !(nun_plural && !definite_head && adjacent && last == i);
                let k = k.filter(|&k| !object(k) && construct);
                if let Some(k) = k {
                    // A title also stands for the state it serves (سفيرة الولايات المتحدة).
                    let title_gpe =
                        hd.title && last == i && k == self.next_word(i, e).unwrap_or(usize::MAX);
                    // «رئيس جنوب السودان سالفا كير»: a title over a country stands for the
                    // country only when no holder is named right after it, or between commas
                    // («محافظ عدن، محمد الدعام،»).
                    let holder_after = |p: &Part| {
                        let person = |n: usize| {
                            parts
                                .iter()
                                .find(|q| q.first == n && q.kind == Some(EntityType::Per))
                        };
                        match self.next_word(p.last, e) {
                            Some(n) => person(n).is_some(),
                            None => self
                                .next_word_over_commas(p.last, e)
                                .and_then(person)
                                .is_some_and(|q| {
                                    self.toks
                                        .get(q.last + 1)
                                        .is_some_and(|t| matches!(t.text.as_str(), "," | "،"))
                                }),
                        }
                    };
                    let linkable = |p: &Part| {
                        p.first == k
                            && !p.place
                            // «بين الجيش والحوثيين»: a conjunct is no genitive.
                            && (!self.word(k).starts_with('و') || p.text.starts_with('و'))
                            // «رئيس حزب الله حسن نصر الله»: a title over a body with its
                            // holder named after it describes the holder.
                            && ((matches!(p.kind, Some(EntityType::Org) | Some(EntityType::Fac))
                                && !(hd.title && holder_after(p)))
                                || (hd.title && p.kind == Some(EntityType::Per))
                                || (title_gpe
                                    && p.kind == Some(EntityType::Gpe)
                                    && !holder_after(p)))
                    };
                    if let Some(pi) = parts.iter().position(linkable) {
                        linked = Some(pi);
                    }
                }
                // «قوات حفتر»، «قوات العقيد معمر القذافي»: a member head in construct before a
                // person (a rank between) names that person's side.
                if linked.is_none() && hd.member && !hd.title && in_construct && last == i {
                    let mut n = self.next_word(i, e);
                    if let Some(r) = n.and_then(|k| self.cue_at("rank", k, e)) {
                        n = self.next_word(r, e);
                    }
                    linked = n.and_then(|k| {
                        parts
                            .iter()
                            .position(|p| p.first == k && p.kind == Some(EntityType::Per))
                    });
                }
                if let Some(pi) = linked {
                    // A nationality inside the title («الرئيس الأوغندي») is the holder's.
                    let keep = parts[pi].first;
                    parts.retain(|p| {
                        !(p.kind == Some(EntityType::Norp)
                            && p.first >= i
                            && p.last <= last
                            && p.first != keep)
                    });
                    let Some(pi) = parts.iter().position(|p| p.first == keep) else {
                        i = last + 1;
                        continue;
                    };
                    let p = &mut parts[pi];
                    p.text = self.surface(first, p.last);
                    p.first = first;
                    p.victim = hd.victim;
                    for t in first..=p.last {
                        taken.insert(t);
                    }
                    i = p.last + 1;
                    continue;
                }
                if hd.title {
                    // A title whose holder is named a few words on describes that person
                    // («زعيم المتمردين عبد الملك الحوثي», «الناطق باسم الرئاسة، نبيل أبو ردينة،»);
                    // the words between are the title's, no party of their own. The search
                    // stops at a second title, a conjunct, a relative or an act: the name after
                    // those is another's («رئيس الوزراء … وهاتف الرئيس محمود عباس»).
                    let mut k = last;
                    let mut holder: Option<usize> = None;
                    for _ in 0..12 {
                        // An aside in brackets is the title's («وكيل محافظة إب (وسط اليمن)،»).
                        k = self.past_brackets(k, e).unwrap_or(k);
                        // A comma only sets off the name itself («…، مارتن غريفيث»).
                        let plain = self.next_word(k, e);
                        let Some(n) = plain.or_else(|| self.next_word_over_commas(k, e)) else {
                            break;
                        };
                        if let Some(p) = parts
                            .iter()
                            .find(|p| p.first == n && p.kind == Some(EntityType::Per))
                        {
                            holder = Some(p.first);
                            break;
                        }
                        if plain.is_none() || self.is_timed(n) {
                            break;
                        }
                        if let Some(p) = parts.iter().find(|p| p.first == n) {
                            k = p.last;
                            continue;
                        }
                        let nw = self.word(n);
                        // «نائب رئيس الوزراء ووزير الخارجية فؤاد حسين»: conjoined titles are
                        // one holder's.
                        let title = self.is_title(nw);
                        let stop = nw.starts_with('و') != title
                            || self.cue_at("attributive", n, e).is_some()
                            || analyses(nw)
                                .into_iter()
                                .any(|a| self.r.lexicon.forms.contains_key(a.stem));
                        if stop {
                            break;
                        }
                        k = n;
                    }
                    if let Some(h) = holder {
                        parts.retain(|p| !(p.first > i && p.last < h));
                        // The person's phrase starts at the title: what stands before it
                        // (بقيادة) governs the person, and the title codes its sector.
                        let mut next = h;
                        let span = parts
                            .iter()
                            .find(|p| p.first == h)
                            .map(|p| (p.last, self.surface(i, p.last)));
                        if let Some((last, text)) = span {
                            if let Some(p) = parts.iter_mut().find(|p| p.first == h) {
                                p.first = i;
                                p.text = text;
                            }
                            next = last + 1;
                        }
                        for t in i..next {
                            taken.insert(t);
                        }
                        i = next;
                        continue;
                    }
                }
                let mut en = String::new();
                if let Some(ci) = nat {
                    if let Some(c) = g.countries.get(ci) {
                        en.push_str(&c.demonym_en);
                        en.push(' ');
                    }
                }
                for a in &adjs {
                    en.push_str(a);
                    en.push(' ');
                }
                en.push_str(&hd.en);
                // «قوات الأمن»، «وزير الكهرباء»، «الجيش الوطني»: a genitive after a head in
                // construct, or a relational adjective after a definite head, names the party
                // with it (its English stays the head's).
                let last = self.described_by(i, last, e, &parts, definite_head);
                // A NORP mention inside the phrase is absorbed by it.
                parts.retain(|p| !(p.first >= first && p.last <= last));
                parts.push(Part {
                    first,
                    last,
                    entity: None,
                    text: self.surface(first, last),
                    name_en: Some(en),
                    place: false,
                    kind: None,
                    lat: None,
                    lon: None,
                    victim: hd.victim,
                });
                for t in first..=last {
                    taken.insert(t);
                }
                i = last + 1;
                continue;
            }
            if let Some(ci) = demonym.or(cname) {
                // A bare nationality noun (سبعة أميركيين) or a country name no entity covers.
                if let Some(c) = g.countries.get(ci) {
                    let prev_is_noun = self.prev_word(i, s).is_some_and(|p| {
                        !taken.contains(&p) && demonym.is_some() && cname.is_none()
                    });
                    if cname.is_some() || !prev_is_noun || self.prev_is_number(i, s) {
                        parts.push(Part {
                            first: i,
                            last: i,
                            entity: None,
                            text: self.surface(i, i),
                            name_en: Some(c.name_en.clone()),
                            place: cname.is_some()
                                && (self.is_locative_word(i, s)
                                    || analyses(w).iter().any(|a| {
                                        a.prep == Some('ب') && g.country_names.contains_key(a.stem)
                                    })),
                            kind: if cname.is_some() {
                                Some(EntityType::Gpe)
                            } else {
                                Some(EntityType::Norp)
                            },
                            lat: Some(c.lat),
                            lon: Some(c.lon),
                            victim: demonym.is_some(),
                        });
                        taken.insert(i);
                    }
                }
            }
            i += 1;
        }
        parts.sort_by_key(|p| p.first);
        // «الرئيس الأمريكي دونالد ترامب»، «ولي العهد السعودي الأمير محمد بن سلمان»: a
        // nationality in the title before a named person (a further definite title word
        // between) is part of that person's description, not another party.
        let titled: Vec<bool> = (0..parts.len())
            .map(|k| {
                parts[k].kind == Some(EntityType::Norp)
                    && parts.get(k + 1).is_some_and(|n| {
                        let next = self.next_word(parts[k].last, e);
                        n.kind == Some(EntityType::Per)
                            && (next == Some(n.first)
                                || next.is_some_and(|w| {
                                    self.word(w).starts_with("ال")
                                        && self.next_word(w, e) == Some(n.first)
                                }))
                    })
            })
            .collect();
        let mut k = 0;
        parts.retain(|_| {
            k += 1;
            !titled[k - 1]
        });
        // «في العراق وسوريا»: a place coordinated with a place is a place.
        for k in 1..parts.len() {
            let prev_place = parts[k - 1].place;
            let adj = self.next_word(parts[k - 1].last, e) == Some(parts[k].first)
                && self.word(parts[k].first).starts_with('و');
            if prev_place
                && adj
                && matches!(parts[k].kind, Some(EntityType::Gpe) | Some(EntityType::Loc))
            {
                parts[k].place = true;
            }
        }
        if let Some((ds, de)) = self.dateline_span {
            parts.retain(|p| {
                self.toks
                    .get(p.first)
                    .is_none_or(|t| t.start < ds || t.start >= de)
            });
        }
        parts
    }

    /// The plain noun phrase an attack struck, right after token `from` or after a target
    /// preposition there (على، ضد): a noun (a count before it kept), then up to two relational
    /// adjectives of the same definiteness (مواقع أمنية، البنية التحتية).
    fn struck_object(&self, h: &Hit, actors: &[Part], end: usize, parts: &[Part]) -> Option<Part> {
        let kind = self.entry(h).kind;
        // After a verb the doer may come first (VSO): the object follows it. A verb with no
        // doer found has its first noun as its subject, not its object; one with an object
        // pronoun (اقتحمها) has its object already.
        let subject = actors
            .iter()
            .find(|a| self.next_word(h.last, end) == Some(a.first));
        // A phrase trigger's own noun (إطلاق … الطائرات) is what was launched, not struck.
        let phrase = h.consumed > h.last;
        let from = subject.map_or(h.last.max(h.consumed), |a| a.last);
        let tw = self.word(h.last);
        let suffixed = ["ها", "هم", "ه", "هما"].iter().any(|x| tw.ends_with(x))
            && !self.ta_marbuta.get(h.last).copied().unwrap_or(false);
        let nisba = |k: usize| {
            !self.word(k).starts_with('و') && self.nisba.get(k).copied().unwrap_or(false)
        };
        let mut n = self.next_word(from, end)?;
        // «هجمات انتحارية ضد …»: the act's own adjectives come before its preposition.
        let mut k = n;
        for _ in 0..2 {
            if !nisba(k) {
                break;
            }
            match self.next_word(k, end) {
                Some(m) if self.cue_at("target_prep", m, end).is_some() => {
                    n = m;
                    break;
                }
                Some(m) => k = m,
                None => break,
            }
        }
        let via_prep = self.cue_at("target_prep", n, end).is_some();
        if via_prep {
            n = self.next_word(n, end)?;
        } else if phrase {
            return None;
        } else if kind == Kind::Noun {
            // «حرب أهلية»، «غارات جوية»، «الهجوم الأخير»، «هجماته المضادة»: a plural,
            // feminine, definite or possessed event noun takes adjectives, not an object; only
            // a bare verbal noun in construct does (تدمير البنية التحتية).
            if tw.ends_with("ات")
                || tw.starts_with("ال")
                || suffixed
                || self.ta_marbuta.get(h.last).copied().unwrap_or(false)
                || !self.word(n).starts_with("ال")
            {
                return None;
            }
        } else if suffixed || (subject.is_none() && actors.iter().all(|a| a.last > h.last)) {
            return None;
        }
        let count = self.in_quantity(n).then_some(n);
        if count.is_some() {
            n = self.next_word(n, end)?;
        }
        let first = count.unwrap_or(n);
        let definite = |k: usize| self.word(k).starts_with("ال");
        let noun_like = |k: usize| {
            let w = self.word(k);
            is_word(self.toks.get(k))
                && !w.starts_with('و')
                && w.chars().count() >= 3
                && !self.is_timed(k)
                && !self.in_quantity(k)
                && !parts.iter().any(|p| p.first <= k && k <= p.last)
                && self.cue_at("not_object", k, end).is_none()
                && self.cue_at("locative", k, end).is_none()
                && !analyses(w)
                    .into_iter()
                    .any(|a| self.r.lexicon.forms.contains_key(a.stem))
        };
        let w = self.word(n);
        let plural_or_feminine = w.ends_with("ات")
            || self.ta_marbuta.get(n).copied().unwrap_or(false)
            || self.cue_at("holder", n, end).is_some();
        // A preposition on it (برصاصة) makes it no object; an indefinite relational word
        // (أهلية، جوية) is an adjective.
        let bare = w.strip_prefix(['ب', 'ل']).unwrap_or("");
        let prep = bare.chars().count() >= 4 || w.starts_with("بال") || w.starts_with("لل");
        if !noun_like(n) || prep || nisba(n) || !(definite(n) || plural_or_feminine) {
            return None;
        }
        let mut last = n;
        for _ in 0..2 {
            let Some(a) = self.next_word(last, end) else {
                break;
            };
            if !(noun_like(a) && nisba(a) && definite(a) == definite(n)) {
                break;
            }
            last = a;
        }
        Some(Part {
            first,
            last,
            entity: None,
            text: self.surface(first, last),
            name_en: None,
            place: false,
            kind: None,
            lat: None,
            lon: None,
            victim: false,
        })
    }

    /// Whether word token `n` is an adjective the glossary lacks, agreeing in definiteness
    /// with a head noun before it: a relational (nisba) form, or after a definite head a
    /// participle (المتنافسة، المترجلين). Never a name, a time, a trigger, a head noun or a
    /// word already taken.
    fn unlisted_adjective(
        &self,
        head_tok: usize,
        n: usize,
        definite_head: bool,
        taken: &HashSet<usize>,
    ) -> bool {
        let w = self.word(n);
        if taken.contains(&n)
            || self.is_timed(n)
            || self.in_quantity(n)
            || w.starts_with('و')
            || self.named.get(n).copied().unwrap_or(false)
            || analyses(w)
                .into_iter()
                .any(|a| self.r.lexicon.forms.contains_key(a.stem))
        {
            return false;
        }
        let definite = w.starts_with("ال");
        if definite != definite_head {
            return false;
        }
        // A participant head is another party (المنظمة المسؤولين), unless its plural ending
        // agrees with the head's (المسلحون الجهاديون); a word that takes a complement (الموالية
        // للحكومة، المدعومة من) is left to the genitive rules.
        let hw = self.word(head_tok);
        let agrees = ["ون", "ين"]
            .iter()
            .any(|x| hw.ends_with(x) && w.ends_with(x));
        let head = !agrees
            && analyses(w)
                .into_iter()
                .any(|a| self.r.glossary.heads.contains_key(a.stem));
        let complement = self.next_word(n, self.toks.len()).is_some_and(|k| {
            let nw = self.word(k);
            (nw.starts_with('ل') && !nw.starts_with("ال")) || nw == "من"
        });
        if head || complement {
            return false;
        }
        let bare = w.strip_prefix("ال").unwrap_or(w);
        if bare.chars().count() < 4 {
            return false;
        }
        let nisba = ["يه", "يون", "يين", "يات"]
            .iter()
            .any(|x| bare.ends_with(x))
            || (definite && bare.ends_with('ي'));
        // (المتنافسة، المتحاربة; المترجلين — not المنطقة or المبادرة.)
        let plural = bare.ends_with("ون") || bare.ends_with("ين");
        let participle = definite
            && bare.starts_with('م')
            && (plural
                || bare.starts_with("مت") && self.ta_marbuta.get(n).copied().unwrap_or(false));
        nisba || participle
    }

    /// The speaker of the quote a first-person verb stands in (نطالب، ندين، رفضنا).
    fn first_person_speaker(&self, h: &Hit) -> Option<Part> {
        if self.entry(h).kind != Kind::Verb {
            return None;
        }
        let w = self.word(h.tok);
        let w = w
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w);
        let we = (h.imperfect && w.starts_with('ن')) || (!h.imperfect && w.ends_with("نا"));
        if !we {
            return None;
        }
        self.quote_speaker(h.tok)
    }

    /// The speaker of the quote token `k` stands in, as the mention of that speaker nearest
    /// before the quote.
    fn quote_speaker(&self, k: usize) -> Option<Part> {
        let at = self.toks.get(k)?.start;
        let q = self.quotes.iter().find(|q| q.start <= at && at < q.end)?;
        let id = q.speaker.as_deref()?;
        let e = self.entities.iter().find(|e| e.id == id)?;
        let m = e
            .mentions
            .iter()
            .filter(|m| m.end <= q.start)
            .max_by_key(|m| m.start)
            .or_else(|| e.mentions.first())?;
        self.mention_part(e, m)
    }

    /// The party an agent phrase (برصاص، على يد، من قبل) introduces after token `from` in the
    /// sentence ending at `end`, when no other act's trigger stands between.
    fn agent_after(&self, from: usize, end: usize, parts: &[Part]) -> Option<Part> {
        let mut k = self.next_word_over_commas(from, end)?;
        loop {
            // Another act's word (not a casualty word) has its own doer.
            let other_act = analyses(self.word(k)).into_iter().any(|a| {
                self.r.lexicon.forms.get(a.stem).is_some_and(|v| {
                    v.iter().any(|r| {
                        self.r
                            .lexicon
                            .entries
                            .get(r.entry)
                            .is_some_and(|en| !en.flags.kill && !en.flags.injure)
                    })
                })
            });
            if other_act && self.cue_at("agent", k, end).is_none() {
                return None;
            }
            if let Some(last) = self.cue_at("agent", k, end) {
                let n = self.next_word(last, end)?;
                return parts
                    .iter()
                    .find(|p| p.first == n && !p.place && p.kind != Some(EntityType::Norp))
                    .cloned();
            }
            k = self.next_word_over_commas(k, end)?;
        }
    }

    /// Whether quantity `q`'s counted noun may be people: no year, house, attack or other
    /// `not_victim` unit (ألفي منزل، الـ16 عاما).
    fn may_count_victims(&self, q: &Quantity) -> bool {
        let unit = q.unit.as_deref().map(crate::data::norm).unwrap_or_default();
        !unit.split_whitespace().any(|u| {
            self.r
                .cues
                .firsts
                .get("not_victim")
                .is_some_and(|w| w.contains(u))
        })
    }

    /// Is a count of people right after word `i` or within four words before it, in the
    /// sentence `s..e`? «قضى 20 شخصا» reports deaths, «قضى 20 عاما» a stay.
    fn people_counted_at(&self, i: usize, s: usize, e: usize) -> bool {
        let people_at = |k: usize| {
            let Some(t) = self.toks.get(k) else {
                return false;
            };
            self.quantities.iter().any(|q| {
                q.start < t.end
                    && t.start < q.end
                    && q.value >= 1.0
                    && q.unit.as_deref().is_some_and(|u| !u.is_empty())
                    && self.may_count_victims(q)
            })
        };
        if self.next_word(i, e).is_some_and(people_at) {
            return true;
        }
        let mut k = i;
        for _ in 0..4 {
            match self.prev_word(k, s) {
                Some(p) if people_at(p) => return true,
                Some(p) => k = p,
                None => return false,
            }
        }
        false
    }

    /// Is word token `k` inside a quantity?
    fn in_quantity(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        self.quantities
            .iter()
            .any(|q| q.start < t.end && t.start < q.end)
            || t.text.chars().all(|c| c.is_ascii_digit())
    }

    /// The participant (with those coordinated to it) introduced by one of `preps` after token
    /// `from` in `[.., end)`: the first one within four words of the preposition, a name
    /// preferred over a bare nationality word.
    fn after_prep(
        &self,
        from: usize,
        end: usize,
        after: &[&Part],
        is_prep: impl Fn(usize) -> bool,
    ) -> Option<(usize, Vec<Part>)> {
        let mut i = from + 1;
        while i < end {
            if is_word(self.toks.get(i)) && is_prep(i) {
                let in_reach: Vec<usize> = (0..after.len())
                    .filter(|&k| {
                        after[k].first > i
                            && self.words_in(i, after[k].first) <= 4
                            // «على الحدود بين غزة وإسرائيل»: the ends of a border are no objects.
                            && !(i..after[k].first)
                                .any(|j| self.word(j) == "بين" && !self.between(j, i))
                    })
                    .collect();
                let pick = in_reach
                    .iter()
                    .copied()
                    .find(|&k| after[k].kind != Some(EntityType::Norp))
                    .or_else(|| in_reach.first().copied());
                if let Some(k) = pick {
                    return Some((k, self.with_coordinated(after, k)));
                }
            }
            i += 1;
        }
        None
    }

    fn prev_is_number(&self, i: usize, s: usize) -> bool {
        let Some(p) = self.prev_word(i, s) else {
            return false;
        };
        let (ps, pe) = (self.toks[p].start, self.toks[p].end);
        self.quantities.iter().any(|q| q.start < pe && ps < q.end)
            || self.word(p).chars().all(|c| c.is_ascii_digit())
    }

    fn surface(&self, a: usize, b: usize) -> String {
        let (s, e) = (
            self.toks.get(a).map_or(0, |t| t.start),
            self.toks.get(b).map_or(0, |t| t.end),
        );
        span_of(self.text, s, e).text
    }

    // ---------------------------------------------------------------- arguments

    /// Participants coordinated with `parts[k]` by و (بغداد وواشنطن).
    fn with_coordinated(&self, parts: &[&Part], k: usize) -> Vec<Part> {
        let mut out = vec![parts[k].clone()];
        let mut cur = k;
        while let Some(n) = parts.get(cur + 1) {
            let gap_ok = self.next_word(parts[cur].last, usize::MAX) == Some(n.first)
                && self.word(n.first).starts_with('و');
            if !gap_ok || n.place {
                break;
            }
            out.push((*n).clone());
            cur += 1;
        }
        out
    }

    fn arguments(
        &self,
        h: &Hit,
        parts: &[Part],
        clause: (usize, usize),
        sent: (usize, usize),
    ) -> (Vec<Part>, Vec<Part>) {
        let en = self.entry(h);
        let (cs, ce) = clause;
        let (s, e) = sent;
        let g = &self.r.glossary;
        // In reported content («أعلن المرصد أن قصفا …», «ونقلت رويترز عن شهود إن …») the
        // outlet, source or addressee that reports the action is not a party to it.
        let reported = self.reported_from(h.tok, s);
        // «وأكد مصدر في المقاومة …»: an outlet or source that is a speech verb's subject only
        // reports what the sentence tells.
        let speaking_source = |p: &Part| {
            self.cue_at("reporter", p.first, e).is_some()
                && (self
                    .prev_word(p.first, s)
                    .is_some_and(|q| self.cue_at("speech", q, e).is_some())
                    // «وكانت وكالة الأنباء "وام"، أعلنت»: the verb after its subject.
                    || (p.last + 1..(p.last + 6).min(e)).any(|k| {
                        is_word(self.toks.get(k)) && self.cue_at("speech", k, e).is_some()
                    }))
        };
        let reporter = |p: &Part| {
            speaking_source(p)
                || reported.is_some_and(|c| {
                    p.last < c
                        && (self.cue_at("reporter", p.first, e).is_some()
                            || self
                                .prev_word(p.first, s)
                                .is_some_and(|q| matches!(self.word(q), "عن" | "ل"))
                            || (self.word(p.first).starts_with('ل')
                                && !p.text.starts_with('ل')
                                && self
                                    .prev_word(p.first, s)
                                    .is_some_and(|q| self.cue_at("speech", q, e).is_some())))
                })
        };
        let actors_pool: Vec<&Part> = parts
            .iter()
            .filter(|p| !p.place && !reporter(p) && !self.affiliated(p, s))
            .collect();
        let before: Vec<&Part> = actors_pool
            .iter()
            .copied()
            .filter(|p| p.last < h.tok && p.first >= cs)
            .collect();
        let after: Vec<&Part> = actors_pool
            .iter()
            .copied()
            .filter(|p| p.first > h.last && p.last < ce)
            .collect();
        let mut actors: Vec<Part> = Vec::new();
        let mut targets: Vec<Part> = Vec::new();
        // «اشتباكات بين X و Y»: the parties a بين after the trigger names.
        let between_parties = self.after_prep(h.tok, ce, &after, |i| self.between(i, cs));

        // Doer introduced by من قبل / على يد, or by من after a noun (تعرضت إلى قصف من تركيا);
        // a describing noun may stand between (على يد مسلحي داعش).
        let agent = after.iter().position(|p| {
            let mut j = p.first;
            for _ in 0..3 {
                match self.prev_word(j, cs) {
                    Some(q) => {
                        // After a noun the agent phrase follows closely (… هجماته بسبب … من
                        // جانب الدولة التركية: that doer is another act's); a verb's victims
                        // may stand long before it (استشهد الفتى … برصاص جيش الاحتلال).
                        let near = en.kind != Kind::Noun || self.words_in(h.last + 1, q) <= 6;
                        if near && self.cue_at("agent", q, ce).is_some()
                            || (j == p.first
                                && en.kind != Kind::Verb
                                && self.word(q) == "من"
                                && q == self.next_word(h.last, ce).unwrap_or(usize::MAX)
                                // «أسر عدد من المسلحين»: after a count word من is partitive.
                                && !(h.last > h.tok
                                    && (self.cue_at("vague", h.last, ce).is_some()
                                        || self.cue_at("single", h.last, ce).is_some())))
                        {
                            return true;
                        }
                        j = q;
                    }
                    None => return false,
                }
            }
            false
        });
        // A nationality adjective right after a noun trigger is its doer (القصف التركي).
        let mut nat_actor: Option<Part> = None;
        if en.kind != Kind::Verb {
            let mut j = h.last;
            for _ in 0..2 {
                let Some(n) = self.next_word(j, ce) else {
                    break;
                };
                let w = self.word(n);
                if let Some(ci) = analyses(w)
                    .into_iter()
                    .find_map(|a| g.demonyms.get(a.stem).copied())
                {
                    let entity = parts
                        .iter()
                        .find(|p| p.first == n)
                        .and_then(|p| p.entity.clone());
                    nat_actor = self.nationality_part(n, ci, entity);
                    break;
                }
                if self
                    .r
                    .cues
                    .modes
                    .iter()
                    .any(|m| m.words.len() == 1 && word_is(w, &m.words[0]))
                {
                    j = n;
                    continue;
                }
                break;
            }
        }

        let prep_before = |p: &Part, words: &[&str]| -> bool {
            let w = self.word(p.first);
            if words.iter().any(|x| {
                x.chars().count() == 1
                    && analyses(w).iter().any(|a| {
                        a.prep.is_some_and(|c| x.starts_with(c)) && !a.article
                            || a.prep.is_some_and(|c| x.starts_with(c))
                    })
            }) {
                return true;
            }
            self.prev_word(p.first, cs).is_some_and(|q| {
                words
                    .iter()
                    .any(|x| self.word(q) == *x || self.tok_is(q, x))
            })
        };

        let w = self.word(h.tok);
        let obj_suffix = en.kind == Kind::Verb && self.without_object(w, h).is_some();
        if en.kind == Kind::Word && en.flags.passive {
            // The subject right after it, counted or partitive: «وقضى 20 شخصا»، «اغتيل
            // الحاخام»، «أسر عدد من المسلحين».
            let right_after = after.first().filter(|a| {
                let mut n = self.next_word(h.last, ce);
                while let Some(k) =
                    n.filter(|&k| k < a.first && (self.in_quantity(k) || self.word(k) == "من"))
                {
                    n = self.next_word(k, ce);
                }
                n == Some(a.first)
            });
            // As a verbal noun after a preposition or a support word («من أسر 3 لبنانيين»،
            // «تم أسر أحد عناصر الحوثيين») its subject is after it, whoever stands before.
            let verbal_noun = h.prep.is_some()
                || self
                    .prev_word(h.tok, cs)
                    .is_some_and(|p| self.cue_at("noun_support", p, ce).is_some());
            match (right_after, before.last()) {
                (Some(a), _) if verbal_noun => targets.push((*a).clone()),
                (_, Some(b)) => targets.push((*b).clone()),
                (Some(a), None) => targets.push((*a).clone()),
                (None, None) => {}
            }
            if let Some(ai) = agent {
                actors.push(after[ai].clone());
            }
        } else if obj_suffix && !before.is_empty() && !after.is_empty() {
            // «9500 شخص تحتجزهم جماعات جهادية»: the object is fronted, the subject follows.
            actors.extend(self.with_coordinated(&after, 0));
            if let Some(b) = before.last() {
                targets.push((*b).clone());
            }
        } else if en.kind == Kind::Verb {
            if en.flags.passive {
                if let Some(b) = before.last() {
                    targets.push((*b).clone());
                } else if let Some(a) = after.first() {
                    targets.extend(
                        self.with_coordinated(&after, 0)
                            .into_iter()
                            .filter(|_| a.first > 0),
                    );
                }
                if let Some(ai) = agent {
                    actors.push(after[ai].clone());
                }
            } else if en.flags.kill
                && after.first().is_some_and(|a| {
                    // Unvowelled قتل is active before a named doer (قتل الجيش …) and passive
                    // before its victims (قتل فلسطيني، قتل ما لا يقل عن 22 شخصا). A count
                    // right after the first party makes it active: «قتل الجنود 22 مسلحا».
                    let counted_after = !self.in_quantity(a.first)
                        && self
                            .next_word(a.last, ce)
                            .is_some_and(|n| self.in_quantity(n));
                    if counted_after && after.len() >= 2 {
                        return false;
                    }
                    let named_doer = a.entity.is_some()
                        && !a.victim
                        && matches!(
                            a.kind,
                            Some(EntityType::Org | EntityType::Per | EntityType::Gpe)
                        )
                        && (h.last + 1..a.first).all(|k| !self.in_quantity(k));
                    let adjacent = self
                        .next_word(h.last, ce)
                        .is_some_and(|n| n >= a.first.saturating_sub(1) && n <= a.first);
                    (a.victim || self.prev_is_number(a.first, cs)) && adjacent
                        || (!named_doer
                            && self
                                .next_word(h.last, ce)
                                .is_some_and(|n| self.in_quantity(n) || n == a.first))
                        || (!named_doer && (h.last + 1..a.first).any(|k| self.in_quantity(k)))
                })
                && before.is_empty()
            {
                // «قتل مزارع فلسطيني بقصف»: an unvowelled passive with its victim after it.
                targets.extend(self.with_coordinated(&after, 0));
                if let Some(ai) = agent {
                    actors.push(after[ai].clone());
                }
            } else if en.flags.kill
                && !before.is_empty()
                && self.word(h.tok).ends_with("وا")
                && (after.first().is_none_or(|a| a.first > h.last + 2) || agent == Some(0))
                // «الجنود قتلوا 22 من المسلحين»: a count right after the verb is its object.
                && !self
                    .next_word(h.last, ce)
                    .is_some_and(|n| self.in_quantity(n))
            {
                // «7 عناصر من داعش قتلوا», «الذين قتلوا برصاص إسرائيلي»
                if let Some(b) = before.last() {
                    targets.push((*b).clone());
                }
                if let Some(ai) = agent {
                    actors.push(after[ai].clone());
                }
            } else if self.first_person_plural(h) {
                // «ونطالب الحكومة الإسرائيلية باتخاذ إجراءات»: «we» act, so no noun before the
                // verb is its subject, and the noun after it is its object.
                if let Some(a) = (0..after.len()).find(|&k| Some(k) != agent) {
                    targets.extend(self.with_coordinated(&after, a));
                }
            } else if let Some(b) = before.last().filter(|_| {
                // «أطلق مسلحو طالبان النار عليها»: a party between an attack verb and its
                // phrase word is the verb's subject, whatever stands before the verb. (Not in
                // «حمّل إيران المسؤولية», where it is the one blamed.)
                !(en.plover == "ASSAULT"
                    && h.consumed > h.last
                    && after.first().is_some_and(|a| {
                        self.next_word(h.last, ce) == Some(a.first) && a.last < h.consumed
                    }))
            }) {
                actors.push((*b).clone());
                let mut k = before.len().saturating_sub(1);
                while k > 0 {
                    let prev = before[k - 1];
                    if self.next_word(prev.last, usize::MAX) == Some(before[k].first)
                        && self.word(before[k].first).starts_with('و')
                    {
                        actors.push(prev.clone());
                        k -= 1;
                    } else {
                        break;
                    }
                }
                if let Some(a) = (0..after.len()).find(|&k| Some(k) != agent) {
                    targets.extend(self.with_coordinated(&after, a));
                }
            } else if !after.is_empty() {
                let subj = self.with_coordinated(&after, 0);
                let n = subj.len();
                // «تحدثت مع الرئيس الفرنسي»: a noun after a preposition is an object.
                let after_prep = (h.tok + 1..after[0].first).any(|k| {
                    is_word(self.toks.get(k)) && self.cue_at("target_prep", k, ce).is_some()
                });
                // «وأحرقوا مقرا لميليشيات …»: a verb before its subject is singular, so one that
                // carries the plural ending has its subject in it, and the noun after is its
                // object; so is a noun glued to ب or ل («اختطفت 3 من العاملين بالأمم المتحدة»).
                let plural_verb = {
                    let w = self.word(h.tok);
                    // A dual too («وطالبا الشركة»): the verb's own form with its ا.
                    let dual = !h.imperfect
                        && !w.ends_with("ها")
                        && !w.ends_with("نا")
                        && w.strip_suffix('ا').is_some_and(|b| self.form_of(b, h));
                    // An imperfect with its plural or dual ending too («ويتهمون الحكومة»).
                    let imperfect_plural = h.imperfect
                        && ["ون", "ان"]
                            .iter()
                            .any(|x| w.strip_suffix(x).is_some_and(|b| self.form_of(b, h)));
                    w.ends_with("وا")
                        || w.ends_with("وه")
                        || w.ends_with("وها")
                        || w.ends_with("وهم")
                        || dual
                        || imperfect_plural
                };
                let glued = subj.first().is_some_and(|p| {
                    let w = self.word(p.first);
                    let t = normalize(&p.text).text;
                    matches!(w.chars().next(), Some('ب' | 'ل'))
                        && t.chars().next() != w.chars().next()
                });
                // «طالبهم بمحاسبة السياسيين»: a noun right after a ب/ل-noun is that noun's
                // genitive, not the verb's subject.
                let in_phrase = self.prev_word(after[0].first, h.last).is_some_and(|k| {
                    k > h.last
                        && !self.is_timed(k)
                        && parts.iter().all(|p| k < p.first || k > p.last)
                        && analyses(self.word(k)).iter().any(|a| {
                            matches!(a.prep, Some('ب' | 'ل'))
                                && !a.article
                                && a.stem.chars().count() >= 4
                        })
                });
                // «واقتاد أكثر من 100 عائلة»: counted noncombatants right after an attack or
                // coercion are what it is done to (a crowd of residents may attack:
                // «هاجم الأهالي»).
                let harmless = matches!(en.plover.as_str(), "ASSAULT" | "COERCE")
                    && subj.first().is_some_and(|p| {
                        self.civilian(p) && (h.last + 1..p.first).any(|k| self.in_quantity(k))
                    });
                if after_prep
                    || plural_verb
                    || glued
                    || harmless
                    // A verb before its subject agrees with the first conjunct.
                    || self.masculine_singular(h) && subj.first().is_some_and(|p| self.feminine(p))
                {
                    // «ودعا الحكومة إلى …»: a masculine verb does not agree with a feminine
                    // noun, so the noun is its object and the subject is unsaid.
                    targets.extend(subj);
                } else if in_phrase {
                    // Neither subject nor object: the subject is found in the sentence below.
                } else {
                    actors.extend(subj);
                    if n < after.len() {
                        targets.extend(self.with_coordinated(&after, n));
                    } else if let Some(k) = self.object_past_comma(ce, e, parts) {
                        // «وطالبت الحكومة اليمنية، مجلس الأمن …»: the object set off by a comma.
                        let later: Vec<&Part> = actors_pool
                            .iter()
                            .copied()
                            .filter(|p| p.first >= k && p.last < e)
                            .collect();
                        if later.first().is_some_and(|p| p.first == k) {
                            targets.extend(self.with_coordinated(&later, 0));
                        }
                    }
                }
            }
        } else {
            // Nouns: genitive, ل-doer, على/ضد/مع objects, بين X و Y.
            // The genitive: the first participant after the noun, past numbers and mode words
            // (مقتل 49 مسلحا، قصف جوي لـ…).
            let gen = after.iter().position(|p| {
                let mut n = self.next_word(h.last, ce);
                while let Some(k) = n {
                    if k >= p.first {
                        break;
                    }
                    let in_qty = self.in_quantity(k) || self.cue_at("gen_skip", k, ce).is_some();
                    let mode_word = self
                        .r
                        .cues
                        .modes
                        .iter()
                        .any(|m| m.words.len() == 1 && self.tok_is(k, &m.words[0]));
                    if in_qty || mode_word {
                        n = self.next_word(k, ce);
                    } else {
                        break;
                    }
                }
                n == Some(p.first) && !self.word(p.first).starts_with('و')
            });
            let _ = prep_before;
            if let Some((_, both)) = &between_parties {
                actors.extend(both.iter().cloned());
                targets.extend(both.iter().cloned());
            } else if let Some((_, t)) = self.after_prep(h.last, ce, &after, |i| {
                self.cue_at("target_prep", i, ce).is_some()
            }) {
                targets.extend(t);
            }
            if let Some(gi) = gen {
                let gp = after[gi];
                let gw = self.word(gp.first);
                let lam = analyses(gw).iter().any(|a| a.prep == Some('ل') && !a.conj)
                    && gw.starts_with('ل');
                // «إعدام تنظيم داعش لرهائن»: with a ل-object after it the genitive is the doer.
                let lam_object = self.next_word(gp.last, ce).is_some_and(|n| {
                    let w = self.word(n);
                    w.starts_with('ل')
                        && !w.starts_with("ال")
                        && w.chars().count() > 3
                        && self.cue_at("not_lam_object", n, ce).is_none()
                });
                // «وتعذيب معتقلين»: a casualty noun after an attack is who suffers it.
                let victim = en.kind == Kind::Noun
                    && matches!(en.plover.as_str(), "ASSAULT" | "COERCE")
                    && self.civilian(gp);
                // «تقوم المقاتلات بقصف مسلحي التنظيم»: after a support verb that names the
                // doer, the genitive is the one acted on.
                let supported = self.doer_support(h, s).is_some();
                if (en.flags.gen_target || victim || supported) && !lam && !lam_object {
                    targets.insert(0, gp.clone());
                } else if targets.iter().all(|t| t.first != gp.first) {
                    actors.insert(0, gp.clone());
                    // «قصف X لـY»: the next ل-phrase is the target.
                    if let Some(t) = after.get(gi + 1) {
                        if self.word(t.first).starts_with('ل') && targets.is_empty() {
                            targets.push((*t).clone());
                        }
                    }
                }
            }
            if let Some(ai) = agent {
                actors.push(after[ai].clone());
            }
            if let Some(n) = nat_actor.take() {
                actors.insert(0, n);
            }
            // The subject right after a support verb (VSO), as an index into the pool.
            let support_subject = || {
                self.doer_support(h, s).and_then(|v| {
                    actors_pool.iter().position(|p| {
                        p.first > v && p.last < h.tok && self.words_in(v + 1, p.first) == 0
                    })
                })
            };
            let suffered = before.last().is_some_and(|b| {
                (b.last + 1..h.tok).any(|i| {
                    is_word(self.toks.get(i)) && self.cue_at("undergo", i, h.tok).is_some()
                })
            });
            if suffered {
                if let Some(b) = before.last() {
                    targets.push((*b).clone());
                }
            } else if let Some(k) = actors.is_empty().then(support_subject).flatten() {
                // «أقدم … على»، «قام … ب»: the support verb's subject does even a killing, and
                // gunmen or a sniper (often victims) are its doers.
                actors.extend(self.with_coordinated(&actors_pool, k));
            } else if actors.is_empty() && !en.flags.kill && !en.flags.injure {
                // The subject of a support verb (شنت تركيا … الغارات، تجري بغداد وواشنطن مفاوضات).
                let before: Vec<&Part> = before.iter().copied().filter(|p| !p.victim).collect();
                if let Some(k) = before.len().checked_sub(1) {
                    let mut start = k;
                    while start > 0
                        && self.next_word(before[start - 1].last, usize::MAX)
                            == Some(before[start].first)
                        && self.word(before[start].first).starts_with('و')
                    {
                        start -= 1;
                    }
                    if targets.iter().all(|t| t.first != before[start].first) {
                        actors.extend(before[start..=k].iter().map(|p| (*p).clone()));
                    }
                }
            }
        }
        if en.plover == "ASSAULT" && targets.is_empty() && !en.flags.kill && !en.flags.injure {
            // «عملية عسكرية …، ضد وحدات حماية الشعب»: the object may sit in a later clause.
            let later: Vec<&Part> = actors_pool
                .iter()
                .copied()
                .filter(|p| p.first > h.last && p.last < e)
                .collect();
            if let Some((_, t)) = self.after_prep(h.last, e, &later, |i| self.word(i) == "ضد") {
                targets.extend(t);
            } else if en.kind != Kind::Verb {
                // «القصف التركي لقرى إقليم كردستان»: the place hit is the target.
                let mut n = self.next_word(h.last, ce);
                for _ in 0..2 {
                    if let Some(k) = n {
                        if self.word(k).starts_with('ل') && !self.in_quantity(k) {
                            if let Some(p) = parts
                                .iter()
                                .find(|p| p.first > k && p.first <= k + 2 && p.place && p.last < ce)
                            {
                                targets.push(p.clone());
                            }
                            break;
                        }
                        n = self.next_word(k, ce);
                    }
                }
            }
        }
        if en.plover == "ASSAULT" && actors.is_empty() {
            // «قتل 78 مدنيا خلال العملية التركية»: the operation's nationality names the doer.
            for i in cs..ce {
                if i == h.tok
                    || !is_word(self.toks.get(i))
                    || self.cue_at("operation", i, ce).is_none()
                {
                    continue;
                }
                if let Some(n) = self.next_word(i, ce) {
                    let ci = analyses(self.word(n))
                        .into_iter()
                        .find_map(|a| g.demonyms.get(a.stem).copied());
                    if let Some(part) = ci.and_then(|ci| self.nationality_part(n, ci, None)) {
                        actors.push(part);
                        break;
                    }
                }
            }
        }
        // «وتعرض 127 شخصا للتعذيب»: who undergoes the action (cue class `undergo`) is its
        // target; a doer, if any, comes after it (من قبل …).
        let undergo = en.kind == Kind::Noun
            && h.prep == Some('ل')
            && self
                .words_before(h.tok, cs)
                .take(6)
                .any(|p| self.cue_at("undergo", p, ce).is_some());
        if undergo {
            let (moved, kept): (Vec<Part>, Vec<Part>) =
                actors.into_iter().partition(|a| a.last < h.tok);
            actors = kept;
            for m in moved {
                if targets.iter().all(|t| t.first != m.first) {
                    targets.push(m);
                }
            }
        }
        // «لقاء نجمة هوليوود بعائلات»، «اتصال هاتفي بزوجته»: a meeting's other party follows
        // with ب.
        if en.plover == "CONSULT" && en.kind == Kind::Noun && targets.is_empty() {
            let near = |p: &Part| self.words_in(h.last + 1, p.first) <= 3;
            // (A name's own ب, as in بغداد, is no preposition; a description keeps its
            // proclitics in its text.)
            if let Some(p) = after.iter().find(|p| {
                near(p)
                    && self.word(p.first).starts_with('ب')
                    && (p.entity.is_none() || !normalize(&p.text).text.starts_with('ب'))
                    && actors.iter().all(|a| a.first != p.first)
            }) {
                targets.push((*p).clone());
            }
        }
        // «لهجمات مضادة يشنها تنظيم داعش»، «هجوم شنه الحوثيون»: the subject of a verb that
        // takes the act as its pronoun is its doer.
        // (It outweighs a subject guessed before the noun: «قسد تتصدى لهجمات يشنها داعش».)
        if en.kind == Kind::Noun {
            let mut k = h.last;
            for _ in 0..3 {
                let Some(n) = self.next_word(k, e) else {
                    break;
                };
                if self.cue_at("doer_verb", n, e).is_some() {
                    if let Some(p) = actors_pool
                        .iter()
                        .find(|p| Some(p.first) == self.next_word(n, e))
                    {
                        let moved: Vec<Part> = actors
                            .drain(..)
                            .filter(|a| a.last < h.tok && a.first != p.first)
                            .collect();
                        actors.push((*p).clone());
                        targets.retain(|t| t.first != p.first);
                        // The subject guessed before the noun is whom it was aimed at.
                        if en.plover == "ASSAULT" && targets.is_empty() {
                            targets.extend(moved);
                        }
                    }
                    break;
                }
                k = n;
            }
        }
        // Nothing in the clause: the sentence's first participant is the likely subject (not
        // when the clause says who underwent the action: that one's doer is unsaid).
        if actors.is_empty() && !undergo && !en.flags.kill && !en.flags.injure && !en.flags.passive
        {
            // «وقال المتحدث … "نطالب …"»: «we» is whoever speaks, the subject of a speech verb.
            let we = self.first_person_plural(h);
            let cands: Vec<&Part> = actors_pool
                .iter()
                .copied()
                .filter(|p| p.first >= s && p.last < h.tok && p.first < cs)
                // «معتقلين سابقين تحدثوا عن …، وضربهم»: detainees or civilians are not who
                // beat them.
                .filter(|p| {
                    !(matches!(en.plover.as_str(), "ASSAULT" | "COERCE") && self.civilian(p))
                })
                .filter(|p| {
                    !we || self
                        .prev_word(p.first, s)
                        .is_some_and(|q| self.cue_at("speech", q, e).is_some())
                        || (p.last + 1..h.tok).any(|k| {
                            is_word(self.toks.get(k)) && self.cue_at("speech", k, e).is_some()
                        })
                })
                .collect();
            if let Some(p) = cands
                .iter()
                .find(|p| p.kind != Some(EntityType::Norp))
                .or(cands.first())
            {
                if targets.iter().all(|t| t.first != p.first) {
                    actors.push((*p).clone());
                }
            }
        }
        // «وأحرقوا مقرا لميليشيات الحشد الشعبي», «استهدف مواقع للحوثيين»: the party whose
        // holding an attack struck is its target.
        if targets.is_empty() && matches!(en.plover.as_str(), "ASSAULT" | "COERCE") {
            let held = after.iter().find(|p| {
                !actors.iter().any(|a| a.first == p.first)
                    && self.words_before(p.first, h.last).take(2).any(|q| {
                        is_word(self.toks.get(q)) && self.cue_at("holder", q, p.first).is_some()
                    })
            });
            if let Some(p) = held {
                targets.push((*p).clone());
            }
        }
        // «كان يستهدف مطار الرياض الدولي», «قصف مطار المزة»: a facility right after an attack
        // is what it struck (a place, so not in the actor pool).
        if targets.is_empty() && matches!(en.plover.as_str(), "ASSAULT" | "COERCE") {
            let actor_end = actors.iter().map(|a| a.last).filter(|&l| l > h.last).max();
            let from = actor_end.unwrap_or(h.last);
            if let Some(f) = parts.iter().find(|p| {
                p.kind == Some(EntityType::Fac)
                    && p.first > from
                    && p.last < ce
                    && self.words_in(from + 1, p.first) <= 1
            }) {
                targets.push(f.clone());
            }
        }
        let _ = e;
        // «واعتقلته السلطات التركية»، «جريمة اغتياله»: a person a pronoun on the act points
        // back to is its target.
        // A verb's object pronoun is its object, whatever follows the subject (واعتقلته
        // السلطات … مع الرئيسة المشتركة); a noun's pronoun may be the person the sentence
        // opened with, wrongly taken for the doer («فيدات آيدن، الذي سجلت جريمة اغتياله»).
        let object_before = targets.iter().any(|t| t.last < h.tok);
        let on_phrase = self.phrase_points_back(h, ce);
        if (targets.is_empty() || en.kind == Kind::Verb && !object_before)
            && (on_phrase || self.points_back(h, en))
        {
            // «الشيخ السديرة أفرج عنه»: a pronoun on the phrase word may point to the person
            // the clause opened with, though taken for the doer.
            let exclude: &[Part] = if en.kind == Kind::Verb && !on_phrase {
                &actors
            } else {
                &[]
            };
            // A party named before the act in its own clause is the one the phrase's pronoun
            // points to («الشيخ السديرة أفرج عنه»), named or not.
            let topic = if en.kind == Kind::Verb && on_phrase {
                actors.iter().position(|a| a.last < h.tok)
            } else {
                None
            };
            if let Some(i) = topic {
                targets = vec![actors.remove(i)];
            } else if let Some(p) = self.antecedent(h, en, exclude) {
                actors.retain(|a| a.entity.is_none() || a.entity != p.entity);
                targets = vec![p];
            }
        }
        // «وسد المحتجون الطريق بين البصرة وبغداد»، «عبر محتجون عن غضبهم»: protesters named
        // inside the trigger are the protest's doers, and the towns a road joins are none.
        if en.plover == "PROTEST" {
            if let Some(p) = parts
                .iter()
                .find(|p| p.first >= h.tok && p.last <= h.last && !p.place && p.kind.is_none())
            {
                let town = |a: &Part| matches!(a.kind, Some(EntityType::Gpe | EntityType::Loc));
                targets.retain(|a| !town(a));
                actors = vec![p.clone()];
            }
        }
        // «زيارته رفقة الوفد إلى سوريا»، «زار دمشق»: the country or city visited hosts the
        // visit (and stays its place too).
        if targets.is_empty() && en.mode.as_deref() == Some("visit") {
            // «زيارة للعراق»: a country glued to ل right after the visit is where it goes, not
            // who makes it.
            let right_after = self.next_word(h.last, ce);
            let hosted = |p: &Part| {
                matches!(p.kind, Some(EntityType::Gpe))
                    && (self
                        .prev_word(p.first, cs)
                        .is_some_and(|q| self.tok_is(q, "الى") || self.tok_is(q, "الي"))
                        || (en.kind == Kind::Verb && right_after == Some(p.first))
                        || (en.kind == Kind::Noun
                            && right_after == Some(p.first)
                            && self.word(p.first).starts_with('ل')))
            };
            actors.retain(|a| !hosted(a));
            if let Some(p) = parts
                .iter()
                .find(|p| p.first > h.last && p.last < ce && hosted(p))
            {
                targets.push(p.clone());
            }
        }
        // «سيطر المتشددون على مدينة سرت»: the place overtaken is what the act is done to (it
        // stays the event's place too).
        if targets.is_empty()
            && en
                .acled_sub
                .as_deref()
                .is_some_and(|x| x.contains("overtakes territory"))
        {
            if let Some(p) = parts.iter().find(|p| {
                p.first > h.last
                    && p.last < ce
                    && (p.place || matches!(p.kind, Some(EntityType::Gpe | EntityType::Loc)))
            }) {
                targets.push(p.clone());
            }
        }
        // «تجري بغداد وواشنطن مفاوضات»: parties to a reciprocal action act on each other; so
        // do the sides one plural names («تلتقي الأطراف المتنافسة»، «اتفق الطرفان»).
        let reciprocal_plural = actors.len() == 1
            && actors
                .iter()
                .all(|a| a.entity.is_none() && self.cue_at("reciprocal", a.first, ce).is_some());
        if matches!(en.plover.as_str(), "CONSULT" | "COOPERATE" | "AGREE")
            && targets.is_empty()
            && (actors.len() >= 2 || reciprocal_plural)
        {
            targets = actors.clone();
        }
        // «اشتباكات بين X و Y»، «اندلعت معارك بين X و Y»: each side of a mutual fight both
        // acts and is acted upon.
        let mutual = between_parties.as_ref().is_some_and(|(_, both)| {
            both.len() >= 2
                && both
                    .iter()
                    .all(|b| actors.iter().any(|a| a.first == b.first))
        });
        if mutual {
            for a in &actors {
                if targets.iter().all(|t| t.first != a.first) {
                    targets.push(a.clone());
                }
            }
        }
        targets.retain(|t| {
            actors.iter().all(|a| a.first != t.first)
                || mutual
                || matches!(en.plover.as_str(), "CONSULT" | "COOPERATE" | "AGREE")
        });
        (actors, targets)
    }

    // ---------------------------------------------------------------- attributes

    fn location(&self, d: &Draft, parts: &[Part], used: &HashSet<usize>) -> Option<Location> {
        let (cs, ce) = d.clause;
        let (s, e) = d.sent;
        let t0 = d.hits.first().map_or(cs, |h| h.tok);
        // A country or city after مع is a partner, not where the event happened (محادثات مع
        // روسيا); after الحدود مع it is the border area, which is (على الحدود مع قطاع غزة).
        let with = |p: &Part| {
            self.prev_word(p.first, s).is_some_and(|q| {
                self.word(q) == "مع" && self.prev_word(q, s).is_none_or(|b| !self.tok_is(b, "حدود"))
            })
        };
        // «منطقة عفرين (شمال غربي سوريا)»: a place in brackets right after a place glosses it.
        let gloss = |p: &Part| {
            (p.first.saturating_sub(4).max(s)..p.first)
                .rev()
                .find(|&j| self.toks.get(j).is_some_and(|t| t.text == "("))
                .is_some_and(|j| {
                    parts
                        .iter()
                        .any(|q| q.last < j && q.last + 2 >= j && q.kind.is_some_and(is_place_kind))
                })
        };
        let places: Vec<&Part> = parts
            .iter()
            .filter(|p| p.place || matches!(p.kind, Some(EntityType::Loc) | Some(EntityType::Fac)))
            .filter(|p| !used.contains(&p.first) || p.place)
            .filter(|p| !with(p) && !gloss(p) && !self.affiliated(p, s))
            .collect();
        // In the clause a named country or city that is no participant is also a place.
        let in_clause: Vec<&Part> = parts
            .iter()
            .filter(|p| {
                p.first >= cs
                    && p.last < ce
                    && p.kind == Some(EntityType::Gpe)
                    && !used.contains(&p.first)
                    && !with(p)
                    && !gloss(p)
                    && !self.affiliated(p, s)
            })
            .collect();
        let pick = places
            .iter()
            .find(|p| p.first > t0 && p.last < ce)
            .or_else(|| places.iter().rev().find(|p| p.first >= cs && p.last < t0))
            .or_else(|| in_clause.iter().find(|p| p.first > t0))
            .or_else(|| in_clause.last())
            .or_else(|| places.iter().find(|p| p.first > t0 && p.last < e))
            .or_else(|| places.iter().rev().find(|p| p.first >= s && p.last < t0));
        if let Some(p) = pick {
            return Some(Location {
                entity: p.entity.clone(),
                text: p.text.clone(),
                name_en: p.name_en.clone(),
                lat: p.lat,
                lon: p.lon,
            });
        }
        // «المدن العراقية», «الأراضي التركية»: a country named by its adjective after a place noun.
        let g = &self.r.glossary;
        for i in (cs..ce).chain(s..e) {
            if !is_word(self.toks.get(i)) || self.cue_at("place_noun", i, e).is_none() {
                continue;
            }
            if let Some(n) = self.next_word(i, e) {
                if let Some(c) = analyses(self.word(n))
                    .into_iter()
                    .find_map(|a| g.demonyms.get(a.stem))
                    .and_then(|ci| g.countries.get(*ci))
                {
                    return Some(Location {
                        entity: None,
                        text: self.surface(i, n),
                        name_en: Some(c.name_en.clone()),
                        lat: Some(c.lat),
                        lon: Some(c.lon),
                    });
                }
            }
        }
        None
    }

    fn date(&self, d: &Draft, published: Option<&str>) -> Option<String> {
        let (cs, ce) = d.clause;
        let (s, e) = d.sent;
        let t0 = d.hits.first().map_or(cs, |h| h.tok);
        let span = |a: usize, b: usize| -> (usize, usize) {
            (
                self.toks.get(a).map_or(0, |t| t.start),
                self.toks.get(b.saturating_sub(1)).map_or(0, |t| t.end),
            )
        };
        let trig = self.toks.get(t0).map_or(0, |t| t.start);
        let usable = |v: &str| {
            v.starts_with(|c: char| c.is_ascii_digit()) || v == "PAST_REF" || v == "PRESENT_REF"
        };
        // «الحرب الدائرة منذ نهاية 2013», «للهجمات التي وقعت قبل عام 2008»: a time inside a
        // relative clause or after a describing participle after the trigger dates that
        // clause, not the event (cues class attributive).
        // A relative clause close after a noun trigger describes the event itself (القمة
        // التاريخية التي ستنعقد يوم غد).
        let noun_trigger = d
            .hits
            .first()
            .is_some_and(|h| self.entry(h).kind != Kind::Verb);
        let describes_trigger =
            |p: usize| noun_trigger && (t0..p).filter(|&i| is_word(self.toks.get(i))).count() <= 5;
        // The words between the trigger and a time, nearest the time first.
        let back_to_trigger = |t: &Time, n: usize| {
            self.tok_at(t.start)
                .into_iter()
                .flat_map(move |k| self.words_before(k, s.max(t0 + 1)).take(n))
        };
        let attributive = |t: &Time| {
            back_to_trigger(t, 4)
                .find(|&p| self.cue_at("attributive", p, e).is_some())
                .is_some_and(|p| !describes_trigger(p))
        };
        // «دعا … المدنيين الذين يعانون منذ سيطرة التنظيم على الموصل في 10 يونيو 2014»: a time
        // after «منذ + noun» dates that noun's act, not an event told before it.
        let since_act = |t: &Time| {
            back_to_trigger(t, 8)
                .find(|&p| self.tok_is(p, "منذ"))
                .and_then(|p| self.next_word(p, e))
                .is_some_and(|n| self.tok_at(t.start).is_some_and(|k| n < k) && !self.is_timed(n))
        };
        // «منذ العام 2014»: where a period starts, which dates no act told after it in another
        // clause.
        let since_start = |t: &Time| {
            self.tok_at(t.start).is_some_and(|k| {
                self.words_before(k, s)
                    .take(2)
                    .any(|p| self.tok_is(p, "منذ"))
            })
        };
        let best_in_with = |a: usize, b: usize, skip: &dyn Fn(&Time) -> bool| -> Option<String> {
            self.times
                .iter()
                .filter(|t| {
                    t.start >= a
                        && t.end <= b
                        && usable(&t.value)
                        && !attributive(t)
                        && !since_act(t)
                        && !skip(t)
                })
                .min_by_key(|t| {
                    (
                        !t.value.starts_with(|c: char| c.is_ascii_digit()),
                        t.start.abs_diff(trig),
                    )
                })
                .map(|t| {
                    // Drop a time of day (2024-08-31TEV → 2024-08-31), keep PAST_REF as is.
                    if t.value.len() > 10 && t.value.as_bytes().get(10) == Some(&b'T') {
                        t.value[..10].to_string()
                    } else {
                        t.value.clone()
                    }
                })
        };
        let best_in = |(a, b): (usize, usize)| best_in_with(a, b, &|_| false);
        let best_in_before = |(a, b): (usize, usize)| best_in_with(a, b, &since_start);
        // In the sentence but outside the clause, a time before the trigger dates the report that
        // carries the event (صدر مساء السبت، فإن … استقبل); one after it usually dates another
        // action, so it is the last resort.
        let (ss, _) = span(s, e);
        // The main trigger's own clause first: a merged mention (… وجرى خلال اللقاء …) may bring
        // a clause that dates something else.
        let (ms, me) = self.clause_of(t0, s, e);
        if let Some(v) = best_in(span(ms, me))
            .or_else(|| best_in_before((ss, trig)))
            .or_else(|| best_in(span(cs, ce)))
            .or_else(|| best_in(span(s, e)))
        {
            return Some(v);
        }
        if (s..e).any(|i| is_word(self.toks.get(i)) && self.cue_at("today", i, e).is_some()) {
            return published.map(str::to_string);
        }
        None
    }

    /// «اغتيل الحاخام مئير كاهانا»، «قتل الطفل علي دوابشة»: a lethal act whose only target is
    /// one named person killed one, though the text gives no number.
    fn one_named_dead(&self, d: &Draft, status: EventStatus) -> Option<u64> {
        let lethal = d.hits.iter().any(|h| {
            let f = &self.entry(h).flags;
            f.lethal || f.kill
        });
        let one_person = matches!(d.targets.as_slice(), [p] if p.kind == Some(EntityType::Per));
        if !(lethal && one_person && status == EventStatus::Occurred) {
            return None;
        }
        // «محاولات لاغتيال عرفات»، «الإذن بقتل عرفات»: only tried or allowed.
        let (s, e) = d.sent;
        let tried = d.hits.first().is_some_and(|h| {
            self.words_before(h.tok, s)
                .take(4)
                .any(|p| self.cue_at("attempt", p, e).is_some())
        });
        (!tried).then_some(1)
    }

    /// Whether a `no_casualty` cue ends at most two words before token `i` (دون وقوع إصابات،
    /// دون أن تسفر عن سقوط ضحايا، لم ينتج عنه أية إصابات).
    fn no_casualty_before(&self, i: usize, s: usize, e: usize) -> bool {
        self.words_before(i, s).take(6).any(|p| {
            self.cue_at("no_casualty", p, e)
                .is_some_and(|end| end < i && self.words_in(end + 1, i) <= 2)
        })
    }

    /// Zero when the draft's sentence says no one was killed (`want_kill`) or hurt: «دون وقوع
    /// إصابات»، «لم يسفر عن سقوط ضحايا» (ضحايا, both kinds, counts for either).
    fn no_casualties(&self, d: &Draft, want_kill: bool) -> Option<u64> {
        let (s, e) = d.sent;
        let cached = self.no_casualty_cache.borrow().get(&s).copied();
        let (dead, hurt) = cached.unwrap_or_else(|| {
            let (mut dead, mut hurt) = (false, false);
            // Cues first: most sentences have none, and a casualty word is dear to test.
            for end in (s..e)
                .filter(|&i| is_word(self.toks.get(i)))
                .filter_map(|i| self.cue_at("no_casualty", i, e))
            {
                for i in std::iter::successors(self.next_word(end, e), |&k| self.next_word(k, e))
                    .take(3)
                    .filter(|&i| self.no_casualty_before(i, s, e))
                {
                    let both = self.cue_at("casualties_both", i, e).is_some();
                    let kind = self.casualty_word(i);
                    dead |= both || kind == Some(true);
                    hurt |= both || kind == Some(false);
                }
            }
            self.no_casualty_cache.borrow_mut().insert(s, (dead, hurt));
            (dead, hurt)
        });
        (if want_kill { dead } else { hurt }).then_some(0)
    }

    fn casualties(&self, d: &Draft, want_kill: bool) -> Option<u64> {
        let (cs, ce) = d.clause;
        let (s, e) = d.sent;
        for h in &d.hits {
            let en = self.entry(h);
            if (want_kill && !en.flags.kill) || (!want_kill && !en.flags.injure) {
                continue;
            }
            let (hs, he) = (
                self.toks.get(h.tok).map_or(0, |t| t.start),
                self.toks.get(h.last).map_or(0, |t| t.end),
            );
            let tok_of = |cp: usize| self.tok_at(cp);
            // «قتل العشرات» gives no number: a vague count word is no casualty figure.
            let vague = |q: &Quantity| {
                self.tok_at(q.start)
                    .is_some_and(|t| self.cue_at("vague", t, e).is_some())
            };
            // «في الـ15 والـ16 من عمرهما»: an age, not a count of victims.
            let age = |q: &Quantity| {
                self.tok_at(q.end.saturating_sub(1)).is_some_and(|t| {
                    self.next_word(t, e).is_some_and(|n| {
                        self.word(n) == "من"
                            && self.next_word(n, e).is_some_and(|m| {
                                self.word(m).starts_with("عمر") || self.tok_is(m, "عمر")
                            })
                    })
                })
            };
            let ok_unit = |q: &Quantity| {
                q.value >= 1.0
                    && q.value.fract() == 0.0
                    && self.may_count_victims(q)
                    && !vague(q)
                    && !age(q)
            };
            // After the word: «مقتل 49 مسلحا», «وجرح أربعة منهم».
            let after = self
                .quantities
                .iter()
                .filter(|q| ok_unit(q) && q.start >= he)
                .filter_map(|q| {
                    let qt = tok_of(q.start)?;
                    let mut n = h.last;
                    for _ in 0..3 {
                        n = self.next_word(n, e)?;
                        if n == qt {
                            return Some(q);
                        }
                        // «قتل محتج وأصيب 14»: the count after the other casualty word is its own.
                        if self.casualty_word(n) == Some(!want_kill) {
                            return None;
                        }
                    }
                    None
                })
                .next();
            // Before it: «7 عناصر من داعش قتلوا», «240 ألفا و381 شخصا قد قتلوا».
            let before = self
                .quantities
                .iter()
                .filter(|q| ok_unit(q) && q.end <= hs)
                .filter_map(|q| {
                    let qt = tok_of(q.start)?;
                    if qt < cs.max(s) {
                        return None;
                    }
                    let words = (qt..h.tok).filter(|&i| is_word(self.toks.get(i))).count();
                    // «قتل 6 حوثيين وجرح آخرون»: a count next to the other casualty word is its own.
                    let other = (qt.saturating_sub(3).max(cs)..h.tok)
                        .any(|i| i != qt && self.casualty_word(i) == Some(!want_kill));
                    (words <= 9 && en.kind != Kind::Noun && !other).then_some((q, qt))
                })
                .collect::<Vec<_>>();
            // «48 شخصا بينهم 15 طفلا قتلوا»: a count after بينهم/منهم is part of the one before.
            let subset = |qt: usize| {
                self.prev_word(qt, s)
                    .is_some_and(|p| self.cue_at("subset", p, e).is_some())
            };
            let before = before
                .iter()
                .rev()
                .find(|(_, qt)| !subset(*qt))
                .or(before.last())
                .map(|&(q, _)| q);
            // «موقعا قتيلين»: a dual casualty word counts itself.
            if let Some(q) = self
                .quantities
                .iter()
                .find(|q| q.start <= hs && he <= q.end && ok_unit(q))
            {
                return Some(q.value as u64);
            }
            let adjacent = after.filter(|q| {
                self.next_word(h.last, e)
                    .is_some_and(|n| self.toks.get(n).is_some_and(|t| t.start == q.start))
            });
            let pick = if adjacent.is_some() {
                adjacent
            } else if en.kind == Kind::Verb
                && (self.word(h.tok).ends_with("وا") || en.flags.passive)
            {
                before.or(after)
            } else {
                after.or(before)
            };
            if let Some(q) = pick {
                return Some(q.value as u64);
            }
            // «قتل مزارع فلسطيني», «وأصيب آخر»: one person.
            if let Some(n) = self.next_word(h.last, ce) {
                if self.cue_at("single", n, ce).is_some()
                    && !self
                        .quantities
                        .iter()
                        .any(|q| q.start <= self.toks[n].start && self.toks[n].start < q.end)
                {
                    return Some(1);
                }
            }
            if let Some(p) = self.prev_word(h.tok, cs) {
                if self.cue_at("single", p, ce).is_some()
                    && !self
                        .quantities
                        .iter()
                        .any(|q| q.start <= self.toks[p].start && self.toks[p].start < q.end)
                {
                    return Some(1);
                }
            }
        }
        None
    }

    fn status(&self, d: &Draft) -> EventStatus {
        let (cs, ce) = d.clause;
        let Some(h) = d.hits.first() else {
            return EventStatus::Occurred;
        };
        let window = |n: usize| -> Vec<usize> {
            let mut v = Vec::new();
            let mut j = h.tok;
            for _ in 0..n {
                match self.prev_word(j, cs) {
                    Some(p) => {
                        v.push(p);
                        j = p;
                    }
                    None => break,
                }
            }
            v
        };
        let near = window(3);
        let far = window(10);
        let has = |class: &str, w: &[usize]| w.iter().any(|&i| self.cue_at(class, i, ce).is_some());
        // A multi-word negation (نفت أن) reaches further than a particle (لم، لن).
        let multi = |class: &str| {
            far.iter()
                .any(|&i| self.cue_at(class, i, ce).is_some_and(|end| end != i))
        };
        if has("postponed", &far) {
            return EventStatus::Postponed;
        }
        if has("negated", &near) || multi("negated") || has("denial", &far) {
            return EventStatus::Negated;
        }
        if has("hypothetical", &near)
            || (h.imperfect && near.first().is_some_and(|&p| self.word(p) == "قد"))
        {
            return EventStatus::Hypothetical;
        }
        // A word written with ة is a noun or adjective (سياسية، سابقة), never a future verb.
        let future_verb = far.iter().any(|&p| {
            let w = self.word(p);
            !self.ta_marbuta.get(p).copied().unwrap_or(false)
                && analyses(w)
                    .iter()
                    .any(|a| a.future && a.stem.chars().count() >= 4)
                && self.cue_at("not_future", p, ce).is_none()
        });
        if h.future || has("planned", &far) || future_verb {
            return EventStatus::Planned;
        }
        let ongoing =
            has("ongoing", &far) || (h.imperfect && (cs..ce).any(|i| self.word(i) == "منذ"));
        if ongoing {
            return EventStatus::Ongoing;
        }
        let operation_count = self.quantities.iter().any(|q| {
            let u = q.unit.as_deref().map(crate::data::norm).unwrap_or_default();
            let units = self.r.cues.firsts.get("aggregate_unit");
            u.split_whitespace()
                .any(|w| units.is_some_and(|f| f.contains(w)))
                && self.toks.get(cs).is_some_and(|t| q.start >= t.start)
                && self
                    .toks
                    .get(ce.saturating_sub(1))
                    .is_some_and(|t| q.end <= t.end)
        });
        let agg = operation_count
            || (cs..ce)
                .any(|i| is_word(self.toks.get(i)) && self.cue_at("aggregate", i, ce).is_some())
            // «واحتشد مئات المتظاهرين»: a count before protesters is the crowd's size.
            || (!self.names_protesters(h)
                && near
                    .first()
                    .is_some_and(|&p| self.cue_at("aggregate_count", p, ce).is_some()))
            || (h.tok..ce).any(|i| {
                self.tok_is(i, "خلال")
                    && self
                        .next_word(i, ce)
                        .is_some_and(|n| self.cue_at("campaign", n, ce).is_some())
            });
        if agg {
            return EventStatus::Aggregate;
        }
        EventStatus::Occurred
    }

    fn mode(
        &self,
        d: &Draft,
    ) -> (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    ) {
        let main = d
            .hits
            .iter()
            .find(|h| !self.entry(h).flags.kill && !self.entry(h).flags.injure)
            .or(d.hits.first());
        let Some(main) = main else {
            return (None, None, None, None);
        };
        let en = self.entry(main);
        let (cs, ce) = d.clause;
        let lo = d.hits.iter().map(|h| h.tok).min().unwrap_or(cs).min(cs);
        let hi = d
            .hits
            .iter()
            .map(|h| h.last + 1)
            .max()
            .unwrap_or(ce)
            .max(ce);
        let mut mode = en.mode.clone();
        let mut cameo = en.cameo.clone();
        let mut at = en.acled_type.clone();
        let mut sub = en.acled_sub.clone();
        if en.plover == "PROTEST" {
            // Security forces stepping in (تفريق، الغاز المسيل للدموع) or protesters turning violent.
            let (s, e) = d.sent;
            let any = |class: &str| {
                (s..e).any(|i| is_word(self.toks.get(i)) && self.cue_at(class, i, e).is_some())
            };
            if any("riot") && at.as_deref() != Some("Riots") {
                at = Some("Riots".into());
                sub = Some("Violent demonstration".into());
                mode = Some("riot".into());
                cameo = Some("145".into());
            } else if any("intervention") && at.as_deref() == Some("Protests") {
                sub = Some("Protest with intervention".into());
            }
        }
        if en.plover == "ASSAULT" {
            'm: for m in &self.r.cues.modes {
                for i in lo..hi {
                    if !is_word(self.toks.get(i)) {
                        continue;
                    }
                    let mut j = i;
                    let mut ok = true;
                    for (k, w) in m.words.iter().enumerate() {
                        if !self.tok_is(j, w) {
                            ok = false;
                            break;
                        }
                        if k + 1 < m.words.len() {
                            match self.next_word(j, hi) {
                                Some(n) => j = n,
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                        }
                    }
                    if ok {
                        mode = Some(m.mode.clone());
                        cameo = Some(m.cameo.clone());
                        at = Some(m.acled_type.clone());
                        sub = Some(m.acled_sub.clone());
                        break 'm;
                    }
                }
            }
            if mode.is_none()
                && d.targets.iter().any(|t| {
                    t.victim
                        && t.name_en.as_deref().is_some_and(|n| {
                            n.contains("civilian")
                                || n.contains("people")
                                || n.contains("farmer")
                                || n.contains("children")
                        })
                })
            {
                at = Some("Violence against civilians".into());
                sub = Some("Attack".into());
            }
        }
        (mode, cameo, at, sub)
    }

    // ---------------------------------------------------------------- driver

    fn run(&self, published: Option<&str>) -> Vec<Event> {
        let sents = self.sents.clone();
        let dateline = self.dateline(&sents);
        let mut drafts: Vec<Draft> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        for &(s, e) in &sents {
            let parts = self.participants(s, e);
            let all = self.triggers(s, e);
            let hits: Vec<Hit> = all
                .iter()
                .filter(|h| !self.inside_name(h))
                .filter(|h| self.keep(h, s, e, &all))
                .filter(|h| !self.refers_back(h, s, &seen))
                .cloned()
                .collect();
            for h in &hits {
                seen.insert(self.entry(h).plover.clone());
            }
            let mut local: Vec<Draft> = Vec::new();
            for h in hits {
                let clause = self.clause_of(h.tok, s, e);
                let (actors, targets) = self.arguments(&h, &parts, clause, (s, e));
                let plover = self.entry(&h).plover.clone();
                if let Some(prev) = local.iter_mut().rev().find(|d| {
                    d.hits
                        .first()
                        .is_some_and(|f| self.entry(f).plover == plover)
                }) {
                    // «…، واستهدفت المقاومة تعزيزات …» after casualties told before the comma: a
                    // verb that would describe the attack before it opens a clause of its own
                    // (with و) and names its own doer right after it, so it is an act of its
                    // own. Without و («…، استهدفت مواقع») it still describes the attack.
                    let next = self.next_word(h.last, e);
                    let own_doer = self.entry(&h).flags.attach
                        && (self.word(h.tok).starts_with(['و', 'ف'])
                            || self
                                .prev_word(h.tok, s)
                                .is_some_and(|p| self.cue_at("new_clause", p, e).is_some()))
                        && actors.iter().any(|a| Some(a.first) == next)
                        && actors
                            .iter()
                            .all(|a| prev.actors.iter().all(|x| x.first != a.first))
                        && prev
                            .hits
                            .last()
                            .is_some_and(|l| self.breaks_between(l.last + 1, h.tok, e));
                    if !own_doer && self.same_action(prev, &h, s, e) {
                        prev.clause = (prev.clause.0.min(clause.0), prev.clause.1.max(clause.1));
                        // A participle of the act (…، متهما إياها) shares its subject, and its
                        // own guesses at one are the main clause's object.
                        let participle = self.entry(&h).kind == Kind::Word;
                        // (Nor is whom the first word acts on the doer of the second:
                        // «شن متطرفون هجوما على قوات …».)
                        for a in actors.into_iter().filter(|_| !participle) {
                            if prev.actors.iter().all(|x| x.first != a.first)
                                && prev.targets.iter().all(|x| x.first != a.first)
                            {
                                prev.actors.push(a);
                            }
                        }
                        for t in targets {
                            if prev.targets.iter().all(|x| x.first != t.first)
                                && prev.actors.iter().all(|x| x.first != t.first)
                            {
                                prev.targets.push(t);
                            }
                        }
                        prev.hits.push(h);
                        continue;
                    }
                }
                local.push(Draft {
                    hits: vec![h],
                    sent: (s, e),
                    clause,
                    actors,
                    targets,
                });
            }
            for d in &mut local {
                // The trigger is the first non-casualty word when there is one (the attack itself).
                d.hits.sort_by_key(|h| h.tok);
                // «شنوا هجمات ضد مواقع أمنية»، «غاراتها على ثلاث منشآت»: with no party struck,
                // the thing an attack hit, named by a plain noun right after it, is its target.
                if d.targets.is_empty()
                    && d.hits
                        .first()
                        .is_some_and(|h| self.entry(h).plover == "ASSAULT")
                {
                    let found = d
                        .hits
                        .iter()
                        .find_map(|h| self.struck_object(h, &d.actors, d.clause.1, &parts));
                    d.targets.extend(found);
                }
                // «قتل شخصان في هجوم شنه مسلحون»: a party right after a verb whose pronoun is
                // the act (cue class doer_verb) is its doer, though a casualty word took it for
                // a victim.
                // (An accusation's target is the doer of what it condemns: «نددت الولايات
                // المتحدة بالهجمات التي شنتها إيران».)
                let physical_act = d
                    .hits
                    .first()
                    .is_some_and(|h| is_physical(&self.entry(h).plover));
                let (doers, rest): (Vec<Part>, Vec<Part>) =
                    std::mem::take(&mut d.targets).into_iter().partition(|t| {
                        physical_act
                            && self
                                .prev_word(t.first, d.sent.0)
                                .is_some_and(|p| self.cue_at("doer_verb", p, t.first).is_some())
                    });
                d.targets = rest;
                for p in doers {
                    if d.actors.iter().all(|a| a.first != p.first) {
                        d.actors.push(p);
                    }
                }
                // «ونطالب المجتمع الدولي بالتحرك» inside a quote: «we» are its speaker.
                if d.actors.is_empty() {
                    if let Some(p) = d.hits.first().and_then(|h| self.first_person_speaker(h)) {
                        if d.targets.iter().all(|t| t.first != p.first) {
                            d.actors.push(p);
                        }
                    }
                }
                // «لقي 110 فلسطينيين مصرعهم وأصيب نحو 12 ألفا آخرين، برصاص الجيش»: a doer
                // introduced by برصاص/على يد later in the sentence, past the clause, is the
                // doer of an attack that names none.
                if d.actors.is_empty()
                    && d.hits
                        .first()
                        .is_some_and(|h| self.entry(h).plover == "ASSAULT")
                {
                    let from = d.hits.iter().map(|h| h.last).max().unwrap_or(d.sent.0);
                    if let Some(p) = self.agent_after(from, d.sent.1, &parts) {
                        if d.targets.iter().all(|t| t.first != p.first) {
                            d.actors.push(p);
                        }
                    }
                }
            }
            drafts.extend(
                local
                    .into_iter()
                    .map(|d| (d, parts.clone()))
                    .map(|(mut d, p)| {
                        d.actors.sort_by_key(|a| a.first);
                        let _ = &p;
                        d
                    }),
            );
        }
        let mut out = Vec::new();
        // Code-point offsets of the paragraph breaks, so a sentence knows its paragraph.
        let breaks: Vec<usize> = self
            .text
            .chars()
            .enumerate()
            .filter(|&(_, c)| c == '\n')
            .map(|(k, _)| k)
            .collect();
        let paragraph = |at: usize| breaks.partition_point(|&b| b < at);
        // The place of the latest located physical event, by paragraph.
        let mut last_place: Option<(usize, Location)> = None;
        // Tokens a verbal attack took as its saying participle.
        let mut absorbed: HashSet<usize> = HashSet::new();
        for d in drafts {
            if d.hits.first().is_some_and(|f| absorbed.contains(&f.tok)) {
                continue;
            }
            let (s, e) = d.sent;
            let parts = self.participants(s, e);
            let used: HashSet<usize> = d.actors.iter().map(|a| a.first).collect();
            let Some(first) = d.hits.first() else {
                continue;
            };
            // A protest told by its protesters and verbs (وتجمع المتظاهرون … وهتفوا) is named by
            // its verb; one named by an event noun first («وتجددت المظاهرات …، وأحرق
            // المتظاهرون …») keeps that noun.
            let h = if self.entry(first).plover == "PROTEST" && self.entry(first).kind != Kind::Noun
            {
                d.hits
                    .iter()
                    .find(|x| self.entry(x).kind == Kind::Verb)
                    .unwrap_or(first)
            } else {
                first
            };
            let en = self.entry(h);
            let (mode, cameo, at, sub) = self.mode(&d);
            // «فهاجم السلطة الفلسطينية قائلا»: an attack in words is an accusation, and the
            // participle that says so («…، متهمة إياها») is no accusation of its own.
            let verbal_cue = d
                .hits
                .iter()
                .any(|x| self.entry(x).flags.verbal)
                .then(|| {
                    std::iter::successors(self.next_word_over_commas(h.last, e), |&n| {
                        self.next_word_over_commas(n, e)
                    })
                    .take(10)
                    .find(|&k| self.cue_at("verbal_cue", k, e).is_some())
                })
                .flatten();
            let verbal = verbal_cue.is_some();
            absorbed.extend(verbal_cue);
            let (kind, mode, cameo, at, sub) = if verbal {
                (
                    "ACCUSE".to_string(),
                    None,
                    Some("111".to_string()),
                    None,
                    None,
                )
            } else {
                (en.plover.clone(), mode, cameo, at, sub)
            };
            let mut status = self.status(&d);
            let mut date = self.date(&d, published);
            if date.is_none() {
                date = dateline.1.clone();
            }
            // «مباحثات … الاثنين القادم»: an act named by a noun and dated after the article is
            // still to come (a verb's tense tells its own time; a later date is another clause's).
            if status == EventStatus::Occurred
                && en.kind == Kind::Noun
                && after_publication(date.as_deref(), published)
                && self.time_near(h.tok, date.as_deref(), e)
            {
                status = EventStatus::Planned;
            }
            // «سترد على أي هجوم»، «سيرد على أي ضربة تشنها الولايات المتحدة»: an attack that is
            // only answered in a warning is the threat (cue class `response`).
            let threat = kind == "ASSAULT"
                && matches!(status, EventStatus::Hypothetical | EventStatus::Planned)
                && self
                    .words_before(h.tok, s)
                    .take(4)
                    .any(|p| self.cue_at("response", p, h.tok).is_some());
            // The threat is its speaker's, and those who would attack are its targets.
            let speaker = threat.then(|| self.quote_speaker(h.tok)).flatten();
            let (kind, mode, cameo, at, sub, actors, targets) = if threat {
                status = EventStatus::Occurred;
                (
                    "THREATEN".to_string(),
                    None,
                    Some("138".to_string()),
                    None,
                    None,
                    speaker.iter().cloned().collect(),
                    d.actors
                        .iter()
                        .filter(|a| {
                            a.entity.is_none()
                                || speaker.as_ref().is_none_or(|sp| sp.entity != a.entity)
                        })
                        .cloned()
                        .collect(),
                )
            } else {
                (
                    kind,
                    mode,
                    cameo,
                    at,
                    sub,
                    d.actors.clone(),
                    d.targets.clone(),
                )
            };
            let mut location = self.location(&d, &parts, &used);
            if location.is_none() {
                location = dateline.0.clone();
            }
            // «وهاجمت طائرة حربية مواقع …» after «اشتباكات في بلدة أجدابيا»: a physical act
            // told with no place of its own happened where the paragraph's last one did.
            // Statements, talks and agreements are made elsewhere as often as not.
            let para = paragraph(self.toks.get(s).map_or(0, |t| t.start));
            let physical = is_physical(&kind);
            let mut location_inferred = false;
            if physical {
                match &location {
                    None => {
                        location = last_place
                            .as_ref()
                            .filter(|(p, _)| *p == para)
                            .map(|(_, l)| l.clone());
                        location_inferred = location.is_some();
                    }
                    Some(l) => last_place = Some((para, l.clone())),
                }
            }
            let trig_start = self.toks.get(h.tok).map_or(0, |t| t.start);
            let trig_end = self
                .toks
                .get(h.last)
                .map_or(trig_start, |t| t.end)
                .max(trig_start);
            let sent = Range {
                start: self.toks.get(s).map_or(0, |t| t.start),
                end: self.toks.get(e.saturating_sub(1)).map_or(0, |t| t.end),
            };
            let protest = kind == "PROTEST";
            out.push(Event {
                id: format!("V{}", out.len() + 1),
                kind,
                mode,
                cameo,
                acled_event_type: at,
                acled_sub_event_type: sub,
                trigger: span_of(self.text, trig_start, trig_end),
                actors: Some(distinct_participants(&actors))
                    .filter(|a| !a.is_empty() || !protest)
                    .unwrap_or_else(|| vec![unnamed_protesters(&self.r.glossary)]),
                targets: distinct_participants(&targets),
                location,
                location_inferred,
                date,
                date_inferred: false,
                fatalities: self
                    .casualties(&d, true)
                    .or_else(|| self.one_named_dead(&d, status))
                    .or_else(|| self.no_casualties(&d, true)),
                injuries: self
                    .casualties(&d, false)
                    .or_else(|| self.no_casualties(&d, false)),
                status,
                sentence: sent,
            });
        }
        // A physical act still without a place happened where most of the article's located
        // acts did (the article's theatre), when one place holds a majority of them.
        let mut counts: Vec<(String, usize, Location)> = Vec::new();
        for ev in out.iter().filter(|ev| is_physical(&ev.kind)) {
            if let Some(l) = &ev.location {
                let key = l.name_en.clone().unwrap_or_else(|| l.text.clone());
                match counts.iter_mut().find(|(k, _, _)| *k == key) {
                    Some(c) => c.1 += 1,
                    None => counts.push((key, 1, l.clone())),
                }
            }
        }
        let located: usize = counts.iter().map(|c| c.1).sum();
        let theatre = counts
            .iter()
            .max_by_key(|c| c.1)
            .filter(|c| located >= 2 && c.1 * 2 > located)
            .map(|c| c.2.clone());
        if let Some(t) = theatre {
            for ev in out
                .iter_mut()
                .filter(|ev| is_physical(&ev.kind) && ev.location.is_none())
            {
                ev.location = Some(t.clone());
                ev.location_inferred = true;
            }
        }
        // Any act still without a place happened in the place the article is about: its most
        // often named country or city.
        if let Some(focus) = self.focus_place() {
            for ev in out.iter_mut().filter(|ev| ev.location.is_none()) {
                ev.location = Some(focus.clone());
                ev.location_inferred = true;
            }
        }
        // «أدى النزاع … إلى مقتل نحو عشرة آلاف شخص»: a war's toll told with no place of its
        // own happened across the country, not in the city the paragraph or article named.
        // (A toll the sentence gives no war for is one attack's: «أدى الهجوم إلى مقتل نحو 5
        // آلاف كردي» stays in Halabja.)
        let war_in = |r: &Range| {
            self.tok_range(r.start, r.end).is_some_and(|(a, b)| {
                (a..=b).any(|k| is_word(self.toks.get(k)) && self.cue_at("war", k, b + 1).is_some())
            })
        };
        for ev in out.iter_mut().filter(|ev| {
            ev.location_inferred
                && ev.fatalities.is_some_and(|f| f >= WAR_TOLL)
                && war_in(&ev.sentence)
        }) {
            if let Some(c) = ev.location.as_ref().and_then(|l| self.country_of(l)) {
                ev.location = Some(c);
            }
        }
        let mut out = merge_restatements(self.text, out, self.cue_words("another"));
        carry_dates(&mut out);
        for (k, ev) in out.iter_mut().enumerate() {
            ev.id = format!("V{}", k + 1);
        }
        out
    }

    /// The verb whose subject does the act named after it through على، إلى or ب («أقدم قناص
    /// حوثي، الثلاثاء، على قتل طفل»، «قام مسلحون بقتل»; cue class `doer_support`).
    /// Returns the support verb's token; the sentence may set a time off with commas between.
    fn doer_support(&self, h: &Hit, s: usize) -> Option<usize> {
        let linked = h.prep == Some('ب')
            || self
                .prev_word(h.tok, s)
                // (Words are normalised: على is علي, إلى is الي.)
                .is_some_and(|p| ["علي", "الي"].iter().any(|x| self.tok_is(p, x)));
        if !linked {
            return None;
        }
        self.words_before(h.tok, s)
            .take(8)
            .find(|&p| self.cue_at("doer_support", p, h.tok).is_some())
    }

    /// The country or city the article names most often (the earliest named on a tie), with
    /// its point; none when no place is named twice.
    fn focus_place(&self) -> Option<Location> {
        let e = self
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Gpe && e.lat.is_some() && e.mentions.len() >= 2)
            .min_by_key(|e| {
                (
                    std::cmp::Reverse(e.mentions.len()),
                    e.mentions
                        .iter()
                        .map(|m| m.start)
                        .min()
                        .unwrap_or(usize::MAX),
                )
            })?;
        Some(entity_location(e))
    }

    /// The country a located place lies in, as the article names it (a GPE entity whose
    /// English name is that country's); none when the place is the country itself or the
    /// article does not name it.
    fn country_of(&self, l: &Location) -> Option<Location> {
        let place = self
            .entities
            .iter()
            .find(|e| Some(&e.id) == l.entity.as_ref())?;
        let iso2 = place.country.as_deref()?;
        let country = self.r.glossary.countries.iter().find(|c| c.iso2 == iso2)?;
        let e = self.entities.iter().find(|e| {
            e.kind == EntityType::Gpe
                && e.id != place.id
                && e.country.as_deref() == Some(iso2)
                && e.name_en.as_deref() == Some(country.name_en.as_str())
        })?;
        Some(entity_location(e))
    }

    /// Is token `i` a بين that opens the parties of the action, not of a noun that takes بين
    /// itself (الحدود بين غزة وإسرائيل، الطريق بين تعز وعدن)?
    fn between(&self, i: usize, s: usize) -> bool {
        self.word(i) == "بين"
            && self
                .prev_word(i, s)
                .is_none_or(|q| self.cue_at("between_head", q, i).is_none())
    }

    /// Whether part `p` names whom someone belongs to or is backed by («الميليشيا التابعة
    /// لإيران»، «المدعومة من إيران»): neither where the act happens nor who does it.
    fn affiliated(&self, p: &Part, s: usize) -> bool {
        self.prev_word(p.first, s).is_some_and(|q| {
            self.cue_at("affiliation", q, p.first).is_some()
                || (self.word(q) == "من"
                    && self
                        .prev_word(q, s)
                        .is_some_and(|r| self.cue_at("affiliation", r, q).is_some()))
        })
    }

    /// Whether a time of value `date` stands within six words after token `t` (its own date,
    /// not a later clause's: «تنسيق … في المؤتمر … المقرر انعقاده الشهر المقبل»).
    fn time_near(&self, t: usize, date: Option<&str>, end: usize) -> bool {
        let Some(date) = date else {
            return false;
        };
        let near: Vec<usize> = self.words_after(t, end).take(6).collect();
        self.times.iter().any(|tm| {
            tm.value.starts_with(date) && self.tok_at(tm.start).is_some_and(|k| near.contains(&k))
        })
    }

    /// Does the trigger word lie inside a name (فجر ليبيا، جيش الإسلام)?
    fn inside_name(&self, h: &Hit) -> bool {
        let Some(t) = self.toks.get(h.tok) else {
            return false;
        };
        // «تنعقد القمة العربية»: a meeting that opens a named event is that meeting.
        let meeting = self.entry(h).plover == "CONSULT";
        self.entities.iter().any(|en| {
            en.kind != EntityType::Norp
                && en.mentions.iter().any(|m| {
                    m.start < t.end
                        && t.start < m.end
                        && !(meeting && en.kind == EntityType::Misc && m.start >= t.start)
                })
        })
    }

    /// Deaths or injuries from an accident or a disaster (قتلوا في انهيار أرضي، غرقا، جراء
    /// السيول): a cause cue then an `accident` cue within six words after the casualty word,
    /// and no attack named in the sentence.
    fn accidental(&self, h: &Hit, s: usize, e: usize, sentence_hits: &[Hit]) -> bool {
        let attack = sentence_hits.iter().any(|o| {
            let oe = self.entry(o);
            oe.plover == "ASSAULT" && !oe.flags.kill && !oe.flags.injure
        });
        if attack {
            return false;
        }
        // «اجتاحت أمطار وسيول غزيرة …، مما أدى إلى سقوط قتلى»: the disaster may come first.
        self.words_after(h.last, e)
            .take(6)
            .any(|n| self.cue_at("accident", n, e).is_some())
            || (s..h.tok)
                .any(|k| is_word(self.toks.get(k)) && self.cue_at("disaster", k, e).is_some())
    }

    /// Is `h` a definite noun naming an action of a type already reported in an earlier
    /// sentence (اللقاء، الاجتماع), with no support verb making it a new one (شنت … الغارات)?
    fn refers_back(&self, h: &Hit, s: usize, seen: &HashSet<String>) -> bool {
        let en = self.entry(h);
        // A noun that needs a far word to be a trigger (المسؤولية … على عاتق) states a new act.
        if en.kind != Kind::Noun
            || !h.article
            || en.flags.kill
            || en.flags.injure
            || en.next_wide
            || !seen.contains(&en.plover)
        {
            return false;
        }
        !self
            .words_before(h.tok, s)
            .take(8)
            .any(|p| self.cue_at("support", p, h.tok).is_some())
    }

    /// Whether a clause break or a boundary word lies in tokens `from..to` (sentence end `e`).
    fn breaks_between(&self, from: usize, to: usize, e: usize) -> bool {
        (from..to).any(|i| {
            self.toks
                .get(i)
                .is_some_and(|t| t.kind == TokKind::ClauseBreak)
                || (is_word(self.toks.get(i)) && self.cue_at("boundary", i, e).is_some())
        })
    }

    /// Does sentence `s..e` open on trigger `h` in a في-phrase, with at most a time before it
    /// («وفي 17 من يوليو وفي غارة …»)?
    fn opens_on(&self, h: &Hit, s: usize) -> bool {
        let is_fi = |k: usize| matches!(self.word(k), "في" | "وفي");
        let Some(fi) = self.prev_word(h.tok, s).filter(|&p| is_fi(p)) else {
            return false;
        };
        (s..fi).all(|k| !is_word(self.toks.get(k)) || self.is_timed(k) || is_fi(k))
    }

    /// Does trigger `h` describe the same action as draft `prev` (same sentence, same type)?
    fn same_action(&self, prev: &Draft, h: &Hit, s: usize, e: usize) -> bool {
        let Some(last) = prev.hits.last() else {
            return false;
        };
        let en = self.entry(h);
        let le = self.entry(last);
        let casualty = |x: &Entry| x.flags.kill || x.flags.injure;
        let prev_casualty = prev.hits.iter().any(|p| casualty(self.entry(p)));
        let between = last.last + 1..h.tok;
        let crosses = self.breaks_between(between.start, between.end, e);
        // «في أعقاب اندلاع الحرب …، استهدفت فصائل مسلحة قواعد»: a new attack.
        if le.flags.onset && !en.flags.onset {
            return false;
        }
        if en.flags.attach || en.flags.ctx_protest {
            return true;
        }
        // Deaths and injuries in one sentence belong to one attack (قُتل … وأصيب آخر).
        if casualty(en) && prev_casualty {
            return true;
        }
        // «ما أدى إلى إصابة سبعة», «ما أدى إلى تدمير ثلاث مركبات»: a consequence of the
        // attack before.
        if (casualty(en) || en.plover == "ASSAULT")
            && between
                .clone()
                .any(|i| is_word(self.toks.get(i)) && self.cue_at("consequence", i, e).is_some())
        {
            return true;
        }
        // «وفي غارة للتحالف، في صعدة، قضى 27 حوثيا»: a sentence that opens on the attack in a
        // في-phrase goes on to its toll.
        if casualty(en) && !prev_casualty && le.kind == Kind::Noun && self.opens_on(last, s) {
            return true;
        }
        // «مقتل 49 مسلحا …، بقصف جوي»: the attack that caused the deaths before.
        if prev_casualty && en.kind == Kind::Noun && !casualty(en) {
            let caused = h.prep == Some('ب')
                || self
                    .prev_word(h.tok, 0)
                    .is_some_and(|p| self.cue_at("cause", p, e).is_some());
            if caused {
                return true;
            }
        }
        if !crosses {
            // Two finite verbs of one type are two actions (محتجزون … تحتجزهم); a verb and a
            // noun, or two nouns, are one.
            let verbal = |x: &Entry| x.kind != Kind::Noun && !casualty(x);
            return !(verbal(en) && verbal(le));
        }
        // A definite noun after the first mention names the same action (استقبل … اللقاء).
        en.kind == Kind::Noun && h.article && !casualty(en)
    }

    /// The dateline: a leading «بغداد - » or «بغداد 25 شوال … واس» line → (place, date).
    fn dateline(&self, sents: &[(usize, usize)]) -> (Option<Location>, Option<String>) {
        let Some(&(s, e)) = sents.first() else {
            return (None, None);
        };
        // The place must open the text or a paragraph's first words before a dash.
        let mut place = None;
        let mut date = None;
        for (ps, pe) in sents.iter().take(6).copied() {
            let Some(first) = (ps..pe).find(|&i| is_word(self.toks.get(i))) else {
                continue;
            };
            let ent = self.entities.iter().find(|en| {
                en.kind == EntityType::Gpe
                    && en
                        .mentions
                        .iter()
                        .any(|m| self.toks.get(first).is_some_and(|t| m.start == t.start))
            });
            let Some(ent) = ent else { continue };
            let words = (ps..pe).filter(|&i| is_word(self.toks.get(i))).count();
            let dash_after = self.toks.get(first + 1).is_some_and(|t| t.text == "-");
            let dated_line = words <= 14 && ps == s;
            if dash_after || dated_line {
                let m = ent
                    .mentions
                    .iter()
                    .find(|m| self.toks.get(first).is_some_and(|t| m.start == t.start));
                place = Some(Location {
                    entity: Some(ent.id.clone()),
                    text: m
                        .map(|m| m.text.clone())
                        .unwrap_or_else(|| ent.name.clone()),
                    name_en: ent.name_en.clone(),
                    lat: ent.lat,
                    lon: ent.lon,
                });
                if dated_line && !dash_after {
                    let (a, b) = (
                        self.toks.get(ps).map_or(0, |t| t.start),
                        self.toks.get(pe.saturating_sub(1)).map_or(0, |t| t.end),
                    );
                    date = self
                        .times
                        .iter()
                        .find(|t| {
                            t.start >= a
                                && t.end <= b
                                && t.value.len() >= 10
                                && t.value.starts_with(|c: char| c.is_ascii_digit())
                        })
                        .map(|t| t.value.chars().take(10).collect());
                }
                break;
            }
        }
        let _ = e;
        (place, date)
    }
}

/// One participant per distinct (entity, text): a name repeated in one clause is one party.
/// The trigger word as a key for restatements: normalised, without a conjunction, a
/// preposition and the article (وهجوم، بالهجوم، الهجوم → هجوم).
fn trigger_key(text: &str) -> String {
    let n = normalize(text).text;
    let w = n.split_whitespace().next().unwrap_or("");
    let w = w
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    let w = w
        .strip_prefix(['ب', 'ل', 'ك'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    w.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
        .to_string()
}

/// One event per distinct action (GUIDELINES): a later action or meeting that retells an
/// earlier one (same type, status and trigger word, a shared actor, targets that meet, and no
/// date, place or count that differs) is dropped, its date, place and counts filling the earlier one's
/// gaps. «غارة أخرى», «موظف ثالث» announce a new action and never merge.
/// Whether calendar `date` (TIMEX3: a year, month or day, maybe with more after it) lies after
/// the day `published`, at the date's own precision (2018-07 is after 2018-06-20, 2018-06 not).
fn after_publication(date: Option<&str>, published: Option<&str>) -> bool {
    let (Some(d), Some(p)) = (date, published) else {
        return false;
    };
    let calendar = |s: &str| s.len() >= 4 && s.bytes().take(4).all(|b| b.is_ascii_digit());
    if !calendar(d) || !calendar(p) {
        return false;
    }
    // Compare the date's year, month and day only (no times or marks such as TEV).
    let d: String = d
        .chars()
        .take(10)
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let p: String = p.chars().take(10).collect();
    let n = d.len().min(p.len());
    d.get(..n) > p.get(..n)
}

/// `another`: the cue words that mark a second act of the same kind (class `another`).
/// An act told without a time of its own happened when the story's nearest earlier dated act
/// did, else its first one: news dates a story once and tells the rest in order («قتل محتج
/// الاثنين … وأحرق المتظاهرون …»). Acts still to come, only supposed or still going on neither
/// lend nor take a date, only calendar values are lent (not PAST_REF), and never from the act's own sentence,
/// whose times `date` already judged (a relative clause's time dates that clause).
fn carry_dates(events: &mut [Event]) {
    let settled = |ev: &Event| {
        matches!(
            ev.status,
            EventStatus::Occurred | EventStatus::Aggregate | EventStatus::Negated
        )
    };
    let mut own: Vec<(usize, String)> = events
        .iter()
        .filter(|ev| settled(ev))
        .filter_map(|ev| {
            ev.date
                .as_ref()
                .filter(|d| d.starts_with(|c: char| c.is_ascii_digit()))
                .map(|d| (ev.trigger.start, d.clone()))
        })
        .collect();
    own.sort_by_key(|(at, _)| *at);
    for ev in events
        .iter_mut()
        .filter(|ev| ev.date.is_none() && settled(ev))
    {
        let elsewhere =
            |(at, _): &&(usize, String)| !(ev.sentence.start..ev.sentence.end).contains(at);
        let k = own.partition_point(|(at, _)| *at < ev.trigger.start);
        let lent = own[..k]
            .iter()
            .rev()
            .find(elsewhere)
            .or_else(|| own.iter().find(elsewhere));
        if let Some((_, d)) = lent {
            ev.date = Some(d.clone());
            ev.date_inferred = true;
        }
    }
}

fn merge_restatements(text: &str, events: Vec<Event>, another: &[Vec<String>]) -> Vec<Event> {
    /// What the comparison needs of one event, computed once.
    struct Facts {
        trigger: String,
        actors: Vec<String>,
        targets: Vec<String>,
        location: Option<String>,
        another: bool,
    }
    let key = |p: &Participant| p.entity.clone().unwrap_or_else(|| normalize(&p.text).text);
    // Code point → byte offsets, so the words after a trigger are read without a rescan.
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let facts = |ev: &Event| {
        let from = bytes.get(ev.trigger.end).copied().unwrap_or(text.len());
        let after: String = text[from..].chars().take(16).collect();
        let another = normalize(&after)
            .text
            .split_whitespace()
            .take(3)
            .any(|w| another.iter().any(|c| c.len() == 1 && c[0] == w));
        Facts {
            trigger: trigger_key(&ev.trigger.text),
            actors: ev.actors.iter().map(key).collect(),
            targets: ev.targets.iter().map(key).collect(),
            location: ev.location.as_ref().map(|l| normalize(&l.text).text),
            another,
        }
    };
    let meet = |a: &[String], b: &[String]| a.iter().any(|x| b.contains(x));
    let agree = |a: &Option<String>, b: &Option<String>| a.is_none() || b.is_none() || a == b;
    let mut out: Vec<(Event, Facts)> = Vec::with_capacity(events.len());
    for ev in events {
        // Statements (demands, accusations, refusals, threats, praise) are often several
        // separate acts by one speaker; actions and meetings are retold.
        let speech = matches!(
            ev.kind.as_str(),
            "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN" | "SUPPORT"
        );
        let f = facts(&ev);
        let earlier = out.iter_mut().filter(|_| !speech).find(|(x, xf)| {
            x.kind == ev.kind
                && x.status == ev.status
                && xf.trigger == f.trigger
                && meet(&xf.actors, &f.actors)
                && (xf.targets.is_empty() || f.targets.is_empty() || meet(&xf.targets, &f.targets))
                && agree(&x.date, &ev.date)
                && agree(&xf.location, &f.location)
                && (x.fatalities.is_none()
                    || ev.fatalities.is_none()
                    || x.fatalities == ev.fatalities)
                && (x.injuries.is_none() || ev.injuries.is_none() || x.injuries == ev.injuries)
                && !xf.another
                && !f.another
        });
        match earlier {
            Some((x, xf)) => {
                x.date = x.date.take().or(ev.date);
                x.location = x.location.take().or(ev.location);
                x.fatalities = x.fatalities.or(ev.fatalities);
                x.injuries = x.injuries.or(ev.injuries);
                if x.targets.is_empty() {
                    x.targets = ev.targets;
                    xf.targets = f.targets;
                }
            }
            None => out.push((ev, f)),
        }
    }
    out.into_iter().map(|(ev, _)| ev).collect()
}

/// Whether an entity type is a place's.
fn is_place_kind(k: EntityType) -> bool {
    matches!(k, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
}

fn distinct_participants(parts: &[Part]) -> Vec<Participant> {
    let mut out: Vec<Participant> = Vec::new();
    for p in parts {
        if !out.iter().any(|q| q.entity == p.entity && q.text == p.text) {
            out.push(to_participant(p));
        }
    }
    out
}

/// A protest that names no one was made by protesters (ACLED's "Protesters" actor), glossed as
/// `glosses.tsv` glosses «محتجون».
fn unnamed_protesters(g: &Glossary) -> Participant {
    const WORD: &str = "محتجون";
    let gloss = g.heads.get(WORD);
    Participant {
        entity: None,
        text: WORD.into(),
        name_en: Some(gloss.map_or("protesters", |x| x.en.as_str()).to_string()),
        country: None,
        sector: gloss.and_then(|x| x.sector.clone()),
        implied: true,
    }
}

fn to_participant(p: &Part) -> Participant {
    let mut participant = Participant {
        entity: p.entity.clone(),
        text: p.text.clone(),
        name_en: p.name_en.clone(),
        country: None,
        sector: None,
        implied: false,
    };
    // A facility struck is a thing, not an actor with a CAMEO code («قاعدة عين الأسد» matched
    // the dictionary's coalition words).
    if p.kind == Some(EntityType::Fac) {
        return participant;
    }
    if let Some(code) = crate::code_participant(&participant) {
        participant.country = code.country;
        participant.sector = code.sector;
    }
    participant
}

/// [`crate::code_actor`] against explicit resources.
pub fn code_actor_with(r: &Resources, text: &str) -> Option<ActorCode> {
    let g = &r.glossary;
    let n = crate::data::norm(text);
    if n.is_empty() {
        return None;
    }
    let lower = text.trim().to_lowercase();
    if let Some(c) = g
        .country_names
        .get(&lower)
        .or_else(|| g.country_names.get(&n))
        .and_then(|i| g.countries.get(*i))
    {
        return Some(ActorCode {
            country: Some(c.iso3.clone()),
            sector: None,
        });
    }
    let split = |code: &str| -> ActorCode {
        let (a, b) = code.split_at(code.len().min(3));
        let is_sector = [
            "GOV", "MIL", "COP", "REB", "UAF", "CVL", "MED", "OPP", "JUD", "LEG", "SPY", "BUS",
            "EDU", "REL", "HLH", "NGO", "REF", "LAB", "ELI", "IMG", "AGR", "CRM", "ENV", "HRI",
            "INS", "MOD", "RAD", "SEP", "PTY",
        ]
        .contains(&a);
        if is_sector && b.is_empty() {
            ActorCode {
                country: None,
                sector: Some(a.to_string()),
            }
        } else {
            ActorCode {
                country: Some(a.to_string()),
                sector: b.get(..3).map(str::to_string),
            }
        }
    };
    let stripped = n.strip_prefix("ال").unwrap_or(&n).to_string();
    if let Some(code) = r.actors.get(&n).or_else(|| r.actors.get(&stripped)) {
        return Some(split(code));
    }
    let mut country: Option<String> = None;
    let mut sector: Option<String> = None;
    for w in n.split(' ') {
        for a in analyses(w) {
            if country.is_none() {
                if let Some(c) = g
                    .demonyms
                    .get(a.stem)
                    .or_else(|| g.country_names.get(a.stem))
                    .and_then(|i| g.countries.get(*i))
                {
                    country = Some(c.iso3.clone());
                }
            }
            if sector.is_none() {
                if let Some(h) = g.heads.get(a.stem) {
                    sector = h.sector.clone();
                }
            }
            if sector.is_none() {
                if let Some(ad) = g.adjectives.get(a.stem) {
                    sector = ad.sector.clone();
                }
            }
            if let Some(code) = r.actors.get(a.stem) {
                let ac = split(code);
                country = country.or(ac.country);
                sector = sector.or(ac.sector);
            }
        }
    }
    if country.is_none() && sector.is_none() {
        None
    } else {
        Some(ActorCode { country, sector })
    }
}

#[cfg(test)]
mod tests {
    use super::after_publication;

    #[test]
    fn after_publication_compares_at_the_dates_precision() {
        let p = Some("2018-06-20");
        assert!(after_publication(Some("2018-06-21"), p));
        assert!(after_publication(Some("2018-07"), p));
        assert!(after_publication(Some("2019"), p));
        assert!(!after_publication(Some("2018-06"), p));
        assert!(!after_publication(Some("2018"), p));
        assert!(!after_publication(Some("2018-06-20TEV"), p));
        assert!(!after_publication(Some("P3D"), p));
        assert!(!after_publication(None, p));
    }
}
