//! The recogniser proper: number phrase, guards against what is not a count, hedge, noun.

use rasd_doc::{Approx, Quantity};
use rasd_text::{normalize, Normalized};

use crate::lexicon::{lexicon, Form, Lexicon, NumKind, Role, UnitClass, UnitEntry};
use crate::number::{analyses, number_word, phrase, AKind, Phrase, PROCLITICS};
use crate::token::{tokenize, Kind, Token};

/// Find the quantities in `text`.
///
/// Spans are code points of `text`, end exclusive. `exclude` holds code-point spans already
/// taken by time expressions (years, dates, times of day); a number inside one is not a
/// quantity. Durations (ثلاثة أشهر) are left to the time recogniser, but an age
/// («يبلغ من العمر 30 عاما») is reported with the unit عام, so `exclude` should not hold
/// the spans of ages.
pub fn recognise(text: &str, exclude: &[(usize, usize)]) -> Vec<Quantity> {
    let Ok(lex) = lexicon() else {
        return Vec::new();
    };
    let norm = normalize(text);
    let toks = tokenize(&norm.text);
    let ctx = Ctx {
        lex,
        toks: &toks,
        norm: &norm,
        text,
        exclude,
    };
    let mut out = Vec::new();
    let mut last_unit: Option<&UnitEntry> = None;
    let mut i = 0;
    while i < toks.len() {
        if is_sentence_end(&toks[i]) {
            last_unit = None;
            i += 1;
            continue;
        }
        match ctx.at(i, last_unit) {
            Step::Found(q, next, unit) => {
                if let Some(u) = unit {
                    last_unit = Some(u);
                }
                out.push(q);
                i = next.max(i + 1);
            }
            Step::Skip(next) => i = next.max(i + 1),
        }
    }
    out.extend(ctx.cardinals_after_nouns(&out));
    out.sort_by_key(|q| q.start);
    out
}

fn is_sentence_end(t: &Token) -> bool {
    t.kind == Kind::Punct && matches!(t.text, "." | "!" | "?" | "\n" | ";")
}

enum Step<'l> {
    /// A quantity, the token to go on from, and the lexicon noun it counted (for ellipsis).
    Found(Quantity, usize, Option<&'l UnitEntry>),
    Skip(usize),
}

struct Ctx<'a, 'l> {
    lex: &'l Lexicon,
    toks: &'a [Token<'a>],
    norm: &'a Normalized,
    text: &'a str,
    exclude: &'a [(usize, usize)],
}

/// What a number counts.
#[derive(Clone)]
enum What<'l> {
    Entry(&'l UnitEntry),
    Surface(String),
    Percent,
}

/// The counted noun (or percent sign) found after a number.
#[derive(Clone)]
struct Noun<'l> {
    what: What<'l>,
    /// Token index after the noun (the span ends there).
    next: usize,
}

impl<'a, 'l> Ctx<'a, 'l> {
    fn tok(&self, i: usize) -> Option<&'a Token<'a>> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.tok(i).filter(|t| t.kind == Kind::Word).map(|t| t.text)
    }

    fn attached(&self, a: usize, b: usize) -> bool {
        match (self.tok(a), self.tok(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    fn punct_is(&self, i: usize, p: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.text == p)
    }

    /// Whether word `i`, bare or without one proclitic, has the role.
    fn cue(&self, i: usize, role: Role) -> bool {
        self.word(i).is_some_and(|w| {
            self.lex.is(role, w)
                || w.chars().next().is_some_and(|c| {
                    PROCLITICS.contains(&c) && self.lex.is(role, &w[c.len_utf8()..])
                })
                // «للفرقة 30»: ل before the article drops its alif.
                || w
                    .strip_prefix("لل")
                    .is_some_and(|r| self.lex.is(role, &format!("ال{r}")))
        })
    }

    /// Is digits token `i` the number of a list item: before a dash or bracket and a word
    /// that is no number («2 - صالح», not «2 - 1», «3 - صفر» or «(28) عاما»), and either
    /// opening a line or next to the item numbered one less or one more? An aside between
    /// dashes («قتل 12 - بينهم أطفال - في القصف») is no list.
    fn list_item(&self, i: usize) -> bool {
        let marked = |i: usize| {
            self.tok(i).is_some_and(|t| t.kind == Kind::Digits)
                && (self.punct_is(i + 1, "-")
                    || self.punct_is(i + 1, "–")
                    || (self.punct_is(i + 1, ")") && !(i > 0 && self.punct_is(i - 1, "("))))
                && self.word(i + 2).is_some()
                && phrase(self.lex, self.toks, i + 2).is_none()
        };
        if !marked(i) {
            return false;
        }
        if i == 0 || self.punct_is(i - 1, "\n") {
            return true;
        }
        let Ok(n) = self.toks[i].text.parse::<u32>() else {
            return false;
        };
        let neighbour = |m: u32| {
            (0..self.toks.len())
                .any(|j| j != i && self.toks[j].text.parse::<u32>() == Ok(m) && marked(j))
        };
        neighbour(n + 1) || (n > 0 && neighbour(n - 1))
    }

    fn before(&self, i: usize, n: usize) -> Option<usize> {
        i.checked_sub(n)
    }

    fn at(&self, i: usize, last_unit: Option<&'l UnitEntry>) -> Step<'l> {
        let Some(mut p) = phrase(self.lex, self.toks, i) else {
            return self.dual_noun(i);
        };
        if self.not_a_count(&p) {
            return Step::Skip(p.next);
        }
        let mut start_tok_byte = self.toks[i].start + p.prefix;
        let mut noun = self.noun(&p);
        // «واحد» and «اثنين» may follow their noun as adjectives (جندي واحد، مدنيين اثنين).
        // «واحد» alone is a pronoun or part of an idiom (في آن واحد، واحد من), not a count.
        if p.atoms == 1
            && p.first_kind == AKind::Unit
            && (p.value == 1.0
                || (p.value == 2.0
                    && !noun
                        .as_ref()
                        .is_some_and(|n| matches!(n.what, What::Entry(_) | What::Percent))))
        {
            match self.noun_before(i, p.value == 1.0) {
                Some((e, b, nb)) if p.prefix == 0 => {
                    start_tok_byte = self.toks[b].start + nb;
                    noun = Some(Noun {
                        what: What::Entry(e),
                        next: p.next,
                    });
                }
                _ if p.value == 1.0 => return Step::Skip(p.next),
                _ => {}
            }
        }
        let counted = noun
            .as_ref()
            .is_some_and(|n| matches!(n.what, What::Entry(_) | What::Percent));
        // A year written alone (في 2015) counts nothing; «2000 شخص» does.
        if p.atoms == 1
            && p.first_kind == AKind::Digits
            && !counted
            && is_year_like(self.toks[i].text)
        {
            return Step::Skip(p.next);
        }
        // «1 - عبدالملك الحوثي … 2 - صالح الصماد»: digits before a dash or a bracket and a
        // word number the items of a list.
        if p.atoms == 1 && p.first_kind == AKind::Digits && noun.is_none() && self.list_item(i) {
            return Step::Skip(p.next);
        }
        // Digits glued to a preceding word name a thing (الرحلة إم.إتش17) unless they
        // count something (بإجبار702 ألف امرأة); «على50 بالمئة» is a typo, a glued
        // function word.
        if p.prefix == 0
            && p.first_kind == AKind::Digits
            && i > 0
            && self.attached(i - 1, i)
            && noun.is_none()
        {
            if let Some(w) = self.word(i - 1) {
                let clitic = matches!(
                    w,
                    "و" | "ب" | "ل" | "ف" | "ك" | "ال" | "لل" | "وب" | "وال" | "بال" | "ول"
                );
                if !clitic && !self.lex.is(Role::NotUnit, w) && !self.lex.is(Role::Month, w) {
                    return Step::Skip(p.next);
                }
            }
        }
        // A bare «ألف» or «مليون» counts only with its noun, a hedge, a partitive
        // («ألفين من الأرمن») or in a range («بين ألف وألفين»): «ألفا كوندي» is a name and
        // «ألف القلوب» a verb.
        let partitive = self.word(p.next) == Some("من");
        let in_range = self
            .word(p.next)
            .is_some_and(|w| matches!(w, "و" | "او" | "الي"))
            || self.range_noun(&p).is_some()
            || self.word(p.next).is_some_and(|w| {
                w.starts_with('و') && phrase(self.lex, self.toks, p.next).is_some()
            })
            || (p.prefix > 0
                && i > 0
                && self
                    .tok(i - 1)
                    .is_some_and(|t| t.kind == Kind::Digits || number_word(self.lex, t).is_some()));
        if p.atoms == 1
            && matches!(p.first_kind, AKind::Scale | AKind::Scale2)
            && !counted
            && !partitive
            && !in_range
            && self.hedge_before(i, p.prefix).is_none()
        {
            return Step::Skip(p.next);
        }
        // A year in words: «عام ألف وتسعمئة وثلاثة وخمسين».
        if p.atoms >= 3
            && !counted
            && p.value.fract() == 0.0
            && (1900.0..=2100.0).contains(&p.value)
        {
            return Step::Skip(p.next);
        }
        // الـ15 is an ordinal or a name (البرلمان الـ27), but «الـ50 مليون دولار» is an amount.
        let article = p.prefix == 0 && i > 0 && self.word(i - 1) == Some("ال");
        if article {
            let money = noun.as_ref().is_some_and(|n| match n.what {
                What::Entry(e) => e.class == UnitClass::Currency,
                What::Percent => true,
                What::Surface(_) => false,
            });
            if !(money || p.atoms > 1) {
                return Step::Skip(p.next);
            }
        }
        // A range takes the noun of its second number: «6 إلى 7 أشخاص».
        if noun.is_none() {
            if let Some(what) = self.range_noun(&p) {
                noun = Some(Noun { what, next: p.next });
            }
        }
        // The second number of a range of durations: «لشهرين أو ثلاثة», «يومين أو ثلاثة».
        if noun.is_none()
            && i >= 2
            && self
                .word(i - 1)
                .is_some_and(|w| matches!(w, "او" | "الي" | "و"))
        {
            let time_before = self.word(i - 2).is_some_and(|w| {
                analyses(w).into_iter().any(|(stem, _, _, _)| {
                    self.lex
                        .unit(stem)
                        .is_some_and(|(e, _)| e.class == UnitClass::Time)
                })
            });
            if time_before {
                return Step::Skip(p.next);
            }
        }
        // …and its scale word: «ما بين ستة إلى سبعة مليارات دولار», «بين 8 و12 مليونا».
        if p.scale == 1.0 && p.value < 1000.0 && !matches!(&noun, Some(n) if n.next != p.next) {
            if let Some(q) = self.range_partner(&p) {
                if q.scale > 1.0 && q.first_kind != AKind::Scale && q.first_kind != AKind::Scale2 {
                    p.value *= q.scale;
                }
            }
        }
        let after = noun.as_ref().map_or(p.next, |n| n.next);
        if let Some(Noun {
            what: What::Entry(e),
            ..
        }) = &noun
        {
            // A duration belongs to the time layer; an age is a quantity.
            if e.class == UnitClass::Time && !self.is_age(&p, after) {
                return Step::Skip(after);
            }
        }
        let num_start = self.toks[i].start + p.prefix;
        let num_end = self.toks[p.next - 1].end;
        if self.excluded(self.norm.original_span(num_start, num_end)) {
            return Step::Skip(p.next);
        }
        let (mut approx, start) = match self.hedge_before(i, p.prefix) {
            Some((a, s)) if start_tok_byte == num_start => (a, s),
            _ => (Approx::Exact, start_tok_byte),
        };
        let mut end = self.toks[after.max(p.next) - 1].end;
        // «25 مقاتلاً من المعارضة السورية على الأقل»: the hedge may follow a من-phrase of up
        // to three words that says whose the counted are.
        let hedge = self
            .hedge_after(after)
            .or_else(|| {
                (self.word(after) == Some("من"))
                    .then(|| {
                        (after + 2..=after + 4).find_map(|k| {
                            let words = (after + 1..k)
                                .all(|j| self.word(j).is_some_and(|w| w.starts_with("ال")));
                            words.then(|| self.hedge_after(k)).flatten()
                        })
                    })
                    .flatten()
            })
            // «خمس عاملات إغاثة أجنبيات على الأقل»: after up to two more indefinite words of the
            // noun phrase.
            .or_else(|| {
                (after + 1..=after + 2).find_map(|k| {
                    let words = (after..k).all(|j| {
                        self.word(j)
                            .is_some_and(|w| !w.starts_with("ال") && !w.starts_with('و'))
                    });
                    words.then(|| self.hedge_after(k)).flatten()
                })
            })
            // «مقتل خمسة أشخاص، بينهم عناصر أمن وطفل، على الأقل»: past an insertion in commas.
            .or_else(|| {
                let opens = self.punct_is(after, ",") && self.cue(after + 1, Role::Insertion);
                let close = (after + 2..after + 10).find(|&k| self.punct_is(k, ","))?;
                let plain = (after + 2..close).all(|j| self.word(j).is_some());
                (opens && plain)
                    .then(|| self.hedge_after(close + 1))
                    .flatten()
            });
        if let Some((a, e)) = hedge {
            if approx == Approx::Exact {
                approx = a;
            }
            end = e;
        }
        if approx == Approx::Exact && p.vague {
            approx = Approx::About;
        }
        let what = match noun.map(|n| n.what) {
            Some(w) => Some(w),
            // Ellipsis: «2500 جندي في العراق ونحو 900 في سوريا». A vague count alone
            // (الآلاف، العشرات) names a crowd, not more of the same.
            None if p.vague => None,
            None => last_unit.map(What::Entry),
        };
        let (unit, unit_en, counted_entry) = match what {
            Some(What::Percent) => (Some("%".to_string()), Some("percent".to_string()), None),
            Some(What::Entry(e)) => (Some(e.unit.clone()), Some(english(e, p.value)), Some(e)),
            Some(What::Surface(s)) => (Some(s), None, None),
            None => (None, None, None),
        };
        let inherit = counted_entry.filter(|e| e.class != UnitClass::Time);
        Step::Found(
            self.quantity(start, end, p.value, approx, unit, unit_en),
            after,
            inherit,
        )
    }

    fn quantity(
        &self,
        start: usize,
        end: usize,
        value: f64,
        approx: Approx,
        unit: Option<String>,
        unit_en: Option<String>,
    ) -> Quantity {
        let (s, e) = self.norm.original_span(start, end);
        let span = rasd_doc::span_of(self.text, s, e);
        Quantity {
            start: span.start,
            end: span.end,
            text: span.text,
            value,
            approx,
            unit,
            unit_en,
        }
    }

    /// A definite cardinal after its noun, agreeing with it (القتلى الثلاثة، أطفالها الثلاثة،
    /// الولايات السبع): the noun and the number, a count of the noun. The noun is definite or
    /// carries a possessive ending; spans `found` already covers are left alone.
    fn cardinals_after_nouns(&self, found: &[Quantity]) -> Vec<Quantity> {
        let mut out = Vec::new();
        for i in 1..self.toks.len() {
            let (t, p) = (&self.toks[i], &self.toks[i - 1]);
            if t.kind != Kind::Word || p.kind != Kind::Word || !self.attached_by_space(i - 1, i) {
                continue;
            }
            let Some(n) = t
                .text
                .strip_prefix("ال")
                .and_then(|w| self.lex.number(w))
                .filter(|n| matches!(n.kind, NumKind::Unit | NumKind::TeenTail))
                .filter(|n| (3.0..=10.0).contains(&n.value))
            else {
                continue;
            };
            // The noun: definite (القتلى) or with a possessive ending (وأطفالها), plural; a
            // proclitic may come first.
            let owned = ["هما", "هم", "ها", "ه"]
                .iter()
                .find_map(|s| p.text.strip_suffix(s).filter(|r| r.chars().count() >= 3));
            let definite = analyses(p.text)
                .into_iter()
                .filter(|(_, _, _, def)| *def)
                .find_map(|(w, ..)| self.lex.noun(w));
            let possessed = owned.and_then(|o| {
                analyses(o)
                    .into_iter()
                    .filter(|(_, _, _, def)| !def)
                    .find_map(|(w, ..)| self.lex.noun(w))
            });
            let Some((entry, form)) = definite.or(possessed) else {
                continue;
            };
            if form == Form::Singular {
                continue;
            }
            let (start, end) = (p.start, t.end);
            let (s, e) = self.norm.original_span(start, end);
            if self.excluded((s, e)) || found.iter().any(|q| q.start < e && s < q.end) {
                continue;
            }
            out.push(self.quantity(
                start,
                end,
                n.value,
                Approx::Exact,
                Some(entry.unit.clone()),
                Some(english(entry, n.value)),
            ));
        }
        out
    }

    /// Whether tokens `a` and `b` are separated by spaces only.
    fn attached_by_space(&self, a: usize, b: usize) -> bool {
        let (x, y) = (self.toks[a].end, self.toks[b].start);
        self.norm
            .text
            .get(x..y)
            .is_some_and(|g| !g.is_empty() && g.trim().is_empty())
    }

    fn excluded(&self, (s, e): (usize, usize)) -> bool {
        self.exclude.iter().any(|&(a, b)| a < e && s < b)
    }

    /// Guards: the number is a date part, a time of day, a name's number, a phone number,
    /// a list label or part of an ordinal.
    fn not_a_count(&self, p: &Phrase) -> bool {
        let i = p.first;
        let first = &self.toks[i];
        let last = p.next - 1;
        let single = p.atoms == 1;
        let digits = first.kind == Kind::Digits;
        if p.prefix == 0 {
            if let Some(b) = self.before(i, 1) {
                let prev = &self.toks[b];
                if prev.kind == Kind::Latin {
                    return true;
                }
                // «سوخوي- 34»: a hyphen hanging on a name.
                if digits
                    && prev.kind == Kind::Punct
                    && prev.text == "-"
                    && b > 0
                    && self.attached(b - 1, b)
                {
                    return true;
                }
                if digits
                    && prev.kind == Kind::Punct
                    && self.attached(b, i)
                    && matches!(prev.text, "/" | ":" | "-" | "+" | "#" | "." | "\\")
                {
                    return true;
                }
                // «القرار 2254», and «الكتيبة (53)».
                let cue_at = if prev.kind == Kind::Punct && prev.text == "(" {
                    self.before(b, 1)
                } else {
                    Some(b)
                };
                if let Some(c) = cue_at {
                    if self.cue(c, Role::YearBefore) || self.cue(c, Role::TimeBefore) {
                        return true;
                    }
                    // «القرار 2254» names a resolution; «أيد القرار 177 نائبا» counts deputies.
                    let count_follows = self
                        .word(p.next)
                        .and_then(|w| self.lex.noun(w))
                        .is_some_and(|(e, _)| e.class == UnitClass::Count);
                    // «القرار الأممي 2216»: the cue may carry one definite adjective.
                    let adjective_then_cue = c > 0
                        && self.word(c).is_some_and(|w| w.starts_with("ال"))
                        && self.cue(c - 1, Role::NameBefore);
                    if (self.cue(c, Role::NameBefore) || adjective_then_cue) && !count_follows {
                        return true;
                    }
                }
                if single && self.cue(b, Role::Month) {
                    return true;
                }
                if single && digits && is_year_like(first.text) && self.cue(b, Role::YearPrep) {
                    return true;
                }
                // «الثاني عشر», «الأربعة عشر»: عشر closes an ordinal or a definite number.
                let teen_tail =
                    number_word(self.lex, first).is_some_and(|h| h.kind == NumKind::TeenTail);
                if teen_tail && self.cue(b, Role::Ordinal) {
                    return true;
                }
            }
        }
        if let Some(n) = self.tok(p.next) {
            if digits
                && single
                && n.kind == Kind::Punct
                && self.attached(last, p.next)
                && matches!(n.text, "/" | ":" | "-" | "+")
                && self.tok(p.next + 1).is_some_and(|m| {
                    // dates, times, models, and scores (2-صفر)
                    m.kind == Kind::Digits || m.kind == Kind::Latin || m.text == "صفر"
                })
            {
                return true;
            }
            if digits && n.kind == Kind::Latin && self.attached(last, p.next) {
                return true;
            }
            // A list label at the start of a line: «1- …», «2) …».
            let line_start = match self.before(i, 1) {
                Some(b) => self.punct_is(b, "\n"),
                None => true,
            };
            if digits
                && single
                && line_start
                && n.kind == Kind::Punct
                && matches!(n.text, "-" | ")" | "." | "–")
            {
                return true;
            }
        }
        if single && self.cue(p.next, Role::Month) {
            return true;
        }
        // «في 17 من أغسطس», «في 24 من الشهر الماضي».
        if single
            && p.value <= 31.0
            && self.word(p.next) == Some("من")
            && (self.cue(p.next + 1, Role::Month) || self.word(p.next + 1) == Some("الشهر"))
        {
            return true;
        }
        // The first day of a range of dates: «من 16 إلى 30 شوال».
        if single && digits {
            let joiner = self
                .word(p.next)
                .is_some_and(|w| matches!(w, "الي" | "حتي" | "و" | "وحتي" | "لغايه" | "ولغايه"))
                || self.punct_is(p.next, "-");
            if joiner
                && self.tok(p.next + 1).is_some_and(|t| t.kind == Kind::Digits)
                && self.cue(p.next + 2, Role::Month)
            {
                return true;
            }
        }
        if self.cue(p.next, Role::TimeAfter) {
            return true;
        }
        if digits && single {
            let raw = first.text;
            if is_yearish(raw) && self.cue(p.next, Role::EraAfter) {
                return true;
            }
            // «1318 قبل الميلاد».
            if self.word(p.next) == Some("قبل") && self.word(p.next + 1) == Some("الميلاد")
            {
                return true;
            }
            let plain: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
            if plain.len() >= 7 && plain.starts_with('0') {
                return true;
            }
        }
        false
    }

    /// The lexicon noun right before token `i` that «واحد» (a singular) or «اثنين» (a plural
    /// or dual) qualifies: its entry, token index and proclitic bytes.
    fn noun_before(&self, i: usize, singular: bool) -> Option<(&'l UnitEntry, usize, usize)> {
        let b = self.before(i, 1)?;
        let w = self.word(b)?;
        let ((e, f), prefix) = analyses(w)
            .into_iter()
            .filter(|(_, _, _, definite)| !definite)
            .find_map(|(s, prefix, _, _)| self.lex.unit(s).map(|u| (u, prefix)))?;
        // «اثنين» after a plural of people or things only: «إقدام اثنين» is no pair of feet.
        let form_ok = if singular {
            f == Form::Singular
        } else {
            f != Form::Singular && e.class == UnitClass::Count
        };
        (form_ok && e.class != UnitClass::Time).then_some((e, b, prefix))
    }

    /// The counted noun or percent sign after the phrase.
    fn noun(&self, p: &Phrase) -> Option<Noun<'l>> {
        let mut k = p.next;
        // «(283) راكبا»: a number in brackets, its noun after them.
        if self.punct_is(k, ")") && p.first > 0 && self.punct_is(p.first - 1, "(") {
            k += 1;
        }
        let t = self.tok(k)?;
        // 50% (and %50 as right-to-left text often stores it).
        if t.kind == Kind::Punct && matches!(t.text, "%" | "٪") {
            return Some(Noun {
                what: What::Percent,
                next: k + 1,
            });
        }
        if let Some(b) = self.before(p.first, 1) {
            if p.prefix == 0
                && self.attached(b, p.first)
                && self.tok(b).is_some_and(|t| matches!(t.text, "%" | "٪"))
            {
                let digits_before = self.before(b, 1).is_some_and(|c| {
                    self.tok(c).is_some_and(|t| t.kind == Kind::Digits) && self.attached(c, b)
                });
                if !digits_before {
                    return Some(Noun {
                        what: What::Percent,
                        next: p.next,
                    });
                }
            }
        }
        let w = self.word(k)?;
        if matches!(w, "بالميه" | "بالمايه" | "بالماه") {
            return Some(Noun {
                what: What::Percent,
                next: k + 1,
            });
        }
        if w == "في"
            && self
                .word(k + 1)
                .is_some_and(|x| matches!(x, "الميه" | "المايه" | "الماه"))
        {
            return Some(Noun {
                what: What::Percent,
                next: k + 2,
            });
        }
        if let Some(n) = self.lex_noun(k) {
            return Some(n);
        }
        // A vague count governs a definite plural: «عشرات الفلسطينيين», «آلاف الأطنان».
        if p.vague {
            if let Some(stem) = w.strip_prefix("ال") {
                if let Some((e, _)) = self.lex.noun(stem) {
                    return Some(Noun {
                        what: What::Entry(e),
                        next: k + 1,
                    });
                }
                if !self.lex.is(Role::NotUnit, w) && stem.chars().count() >= 2 {
                    return Some(Noun {
                        what: What::Surface(self.surface_of(stem)),
                        next: k + 1,
                    });
                }
                return None;
            }
        }
        // Partitive: «اثنين من أفراد الأمن», «7 من الجنود», «200 من الرعايا».
        if w == "من" {
            let w2 = self.word(k + 1)?;
            let (stem, definite) = match w2.strip_prefix("ال") {
                Some(s) => (s, true),
                None => (w2, false),
            };
            if let Some((e, Form::Plural)) = self.lex.unit(stem) {
                return Some(Noun {
                    what: What::Entry(e),
                    next: k + 2,
                });
            }
            if definite && !self.lex.is(Role::NotUnit, w2) && stem.chars().count() >= 2 {
                return Some(Noun {
                    what: What::Surface(self.surface_of(stem)),
                    next: k + 2,
                });
            }
            return None;
        }
        // «حمل الآلاف صور…»: a definite vague count is not in construct with what follows.
        if p.definite || !self.plausible_noun(t) {
            return None;
        }
        Some(Noun {
            what: What::Surface(self.surface_of(w)),
            next: k + 1,
        })
    }

    /// Whether an unknown word after a number can be its counted noun.
    fn plausible_noun(&self, t: &Token) -> bool {
        let w = t.text;
        // An unknown word opening with و, ل or ب starts a new phrase more often than it
        // names what was counted (مئات الآلاف وشردت، 12 مليارا لمدة، 18 مليونا بحلول).
        let verb_like = w.starts_with('ي')
            || w.starts_with('و')
            || w.starts_with('ل')
            || w.starts_with('ب')
            || w.ends_with("وا");
        let definite = ["ال", "وال", "بال", "فال", "كال", "لل"]
            .iter()
            .any(|p| w.starts_with(p));
        t.kind == Kind::Word
            && !verb_like
            && !definite
            && w.chars().count() >= 2
            && !self.lex.is(Role::NotUnit, w)
            && !self.lex.is(Role::Month, w)
            && number_word(self.lex, t).is_none()
    }

    /// A unit written from normalised text, without the accusative alif of an indefinite noun.
    fn surface_of(&self, w: &str) -> String {
        match w.strip_suffix('ا') {
            Some(s) if s.chars().count() >= 3 => s.to_string(),
            _ => w.to_string(),
        }
    }

    /// A lexicon noun (one or two words) at token `k`: «جندي», «جنودا», «شخصا», «عبوة ناسفة».
    fn lex_noun(&self, k: usize) -> Option<Noun<'l>> {
        let w = self.word(k)?;
        if let Some(w2) = self.word(k + 1) {
            if let Some((e, _)) = self.lex.unit(&format!("{w} {w2}")) {
                return Some(Noun {
                    what: What::Entry(e),
                    next: k + 2,
                });
            }
        }
        self.lex
            .noun(w)
            .filter(|(_, f)| *f != Form::Dual)
            .map(|(e, _)| Noun {
                what: What::Entry(e),
                next: k + 1,
            })
    }

    /// The second number of a range: «6 إلى 7», «68.00 و25.1», «ألف وألفي».
    fn range_partner(&self, p: &Phrase) -> Option<Phrase> {
        let j = p.next;
        let joined = self
            .word(j)
            .is_some_and(|w| matches!(w, "الي" | "و" | "او"))
            || self.punct_is(j, "-");
        if joined {
            phrase(self.lex, self.toks, j + 1).filter(|q| q.prefix == 0)
        } else {
            // «بين ألف وألفي شخص»: the second number carries و.
            phrase(self.lex, self.toks, j)
                .filter(|q| q.prefix > 0 && self.word(j).is_some_and(|w| w.starts_with('و')))
        }
    }

    /// The noun of the second number of a range: «6 إلى 7 أشخاص», «1 إلى 2 بالمئة».
    fn range_noun(&self, p: &Phrase) -> Option<What<'l>> {
        let q = self.range_partner(p)?;
        match self.noun(&q)?.what {
            w @ (What::Entry(_) | What::Percent) => Some(w),
            What::Surface(_) => None,
        }
    }

    /// An age: «يبلغ من العمر 30 عاما», «البالغ 25 عاما», «(25 عاما)».
    fn is_age(&self, p: &Phrase, after: usize) -> bool {
        let from = p.first.saturating_sub(3);
        if (from..p.first).any(|b| self.cue(b, Role::AgeBefore)) {
            return true;
        }
        // «تتراوح أعمارهم بين 21 و24 عاما»: both ends of a range after the cue.
        let wide = p.first.saturating_sub(6);
        if let Some(k) = (wide..p.first).rev().find(|&b| self.word(b) == Some("بين")) {
            if (k.saturating_sub(3)..k).any(|b| self.cue(b, Role::AgeBefore)) {
                return true;
            }
        }
        if let Some(b) = self.before(p.first, 1) {
            if self.punct_is(b, "(") && self.punct_is(after, ")") {
                return true;
            }
        }
        self.lex.age_after.iter().any(|ph| {
            ph.iter()
                .enumerate()
                .all(|(j, w)| self.word(after + j) == Some(w.as_str()))
        })
    }

    /// A hedge ending right before token `i`: (approx, start byte of the hedge).
    fn hedge_before(&self, i: usize, prefix: usize) -> Option<(Approx, usize)> {
        if prefix != 0 {
            return None;
        }
        for (words, approx) in &self.lex.hedges_before {
            let n = words.len();
            let Some(s) = self.before(i, n) else { continue };
            let mut start = None;
            let ok = words.iter().enumerate().all(|(j, hw)| {
                let Some(w) = self.word(s + j) else {
                    return false;
                };
                if w == hw {
                    if j == 0 {
                        start = Some(self.toks[s].start);
                    }
                    return true;
                }
                // The first word may carry one proclitic: ونحو، بأكثر من.
                if j == 0 {
                    if let Some(c) = w.chars().next() {
                        if PROCLITICS.contains(&c) && &w[c.len_utf8()..] == hw {
                            start = Some(self.toks[s].start + c.len_utf8());
                            return true;
                        }
                    }
                }
                false
            });
            if ok {
                return start.map(|st| (*approx, st));
            }
        }
        None
    }

    /// A hedge starting at token `k` (after the number or its noun): (approx, end byte).
    fn hedge_after(&self, k: usize) -> Option<(Approx, usize)> {
        self.lex.hedges_after.iter().find_map(|(words, approx)| {
            let ok = words
                .iter()
                .enumerate()
                .all(|(j, hw)| self.word(k + j) == Some(hw.as_str()));
            ok.then(|| self.tok(k + words.len() - 1).map(|t| (*approx, t.end)))
                .flatten()
        })
    }

    /// A dual noun counting two: «جنديين», «شخصين», «مستودعين» (with «اثنين» after it, kept in the span).
    fn dual_noun(&self, i: usize) -> Step<'l> {
        let Some(w) = self.word(i) else {
            return Step::Skip(i + 1);
        };
        let hit = analyses(w)
            .into_iter()
            .filter(|(stem, _, _, definite)| !definite && !self.lex.is(Role::NotNumber, stem))
            .find_map(|(stem, prefix, _, _)| match self.lex.unit(stem) {
                Some((e, Form::Dual)) if e.class != UnitClass::Time => Some((e, prefix)),
                _ => None,
            });
        let Some((e, prefix)) = hit else {
            return Step::Skip(i + 1);
        };
        // «نوري أبو سهمين» is a name, not two shares.
        if i > 0 && self.cue(i - 1, Role::NameBefore) {
            return Step::Skip(i + 1);
        }
        let start = self.toks[i].start + prefix;
        let mut next = i + 1;
        if let Some(t) = self.tok(i + 1) {
            if number_word(self.lex, t)
                .is_some_and(|h| h.value == 2.0 && h.prefix == 0 && !h.definite)
            {
                next = i + 2;
            }
        }
        let end = self.toks[next - 1].end;
        if self.excluded(self.norm.original_span(start, end)) {
            return Step::Skip(next);
        }
        let q = self.quantity(
            start,
            end,
            2.0,
            Approx::Exact,
            Some(e.unit.clone()),
            Some(e.en_plural.clone()),
        );
        Step::Found(q, next, Some(e))
    }
}

fn english(e: &UnitEntry, value: f64) -> String {
    if value == 1.0 {
        e.en_singular.clone()
    } else {
        e.en_plural.clone()
    }
}

/// Four plain digits that read as a year 1900–2100.
fn is_year_like(raw: &str) -> bool {
    raw.len() == 4
        && raw.chars().all(|c| c.is_ascii_digit())
        && raw.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Plain digits that could be a Gregorian or Hijri year (before هـ / م).
fn is_yearish(raw: &str) -> bool {
    raw.chars().all(|c| c.is_ascii_digit())
        && raw.parse::<u32>().is_ok_and(|y| (1000..=2200).contains(&y))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (surface, value, approx, unit_en) of each quantity found.
    fn q(text: &str) -> Vec<(String, f64, Approx, Option<String>)> {
        recognise(text, &[])
            .into_iter()
            .map(|q| (q.text, q.value, q.approx, q.unit_en))
            .collect()
    }

    fn values(text: &str) -> Vec<f64> {
        recognise(text, &[]).into_iter().map(|q| q.value).collect()
    }

    #[test]
    fn hedges_before_and_after() {
        assert_eq!(q("قتل أكثر من 175 شخصا")[0].2, Approx::MoreThan);
        assert_eq!(q("بأكثر من 15 في المئة")[0].2, Approx::MoreThan);
        assert_eq!(q("قتل 78 مدنيا على الأقل")[0].0, "78 مدنيا على الأقل");
        assert_eq!(q("قتل 78 مدنيا على الأقل")[0].2, Approx::AtLeast);
        assert_eq!(q("ما لا يقل عن 40 شخصا")[0].2, Approx::AtLeast);
        // Review round 8: a hedge after the rest of the noun phrase, or after an insertion in
        // commas, still qualifies the count; after another count it is that count's.
        assert_eq!(
            q("واغتصبت خمس عاملات إغاثة أجنبيات على الأقل")[0].2,
            Approx::AtLeast
        );
        assert_eq!(q("إيواء 50 طائرة مقاتلة كحد أقصى")[0].2, Approx::AtMost);
        assert_eq!(
            q("مقتل خمسة أشخاص، بينهم عناصر أمن وطفل، على الأقل")[0].2,
            Approx::AtLeast
        );
        // «للفرقة 30» names a unit as «الفرقة 30» does.
        assert!(values("عناصر تابعين للفرقة 30 قرب حلب").is_empty());
        let two = q("وقتل 5 أشخاص وأصيب 10 على الأقل");
        assert_eq!((two[0].2, two[1].2), (Approx::Exact, Approx::AtLeast));
        assert_eq!(q("أقل من 300 شخص")[0].2, Approx::LessThan);
        assert_eq!(q("لا يتجاوز 13 شخصا")[0].2, Approx::AtMost);
        assert_eq!(q("2500 جندي تقريبا")[0].2, Approx::About);
        // the proclitic of the hedge stays outside the span
        assert_eq!(q("ونحو 900 جندي")[0].0, "نحو 900 جندي");
    }

    #[test]
    fn percentages() {
        for s in [
            "ارتفع 50% أمس",
            "ارتفع 50 بالمئة",
            "ارتفع 50 في المائة",
            "ارتفع %50 أمس",
            "ارتفع ٥٠٪ أمس",
        ] {
            let got = q(s);
            assert_eq!(got.len(), 1, "{s}");
            assert_eq!(
                (got[0].1, got[0].3.as_deref()),
                (50.0, Some("percent")),
                "{s}"
            );
        }
    }

    #[test]
    fn money_and_scales() {
        let got = q("بلغت 2.5 مليون دولار");
        assert_eq!(
            (got[0].1, got[0].3.as_deref()),
            (2_500_000.0, Some("dollars"))
        );
        assert_eq!(values("تبرع بمليون دولار"), vec![1_000_000.0]);
        assert_eq!(values("دفع 12 ألف دينار"), vec![12_000.0]);
    }

    #[test]
    fn counted_nouns_broken_plurals_and_accusative() {
        assert_eq!(q("مقتل ثلاثة جنود")[0].3.as_deref(), Some("soldiers"));
        assert_eq!(q("قتل 15 إرهابياً")[0].3.as_deref(), Some("terrorists"));
        assert_eq!(q("إصابة سبعة أميركيين")[0].3.as_deref(), Some("Americans"));
        assert_eq!(q("اعتقال 5 أشخاص")[0].3.as_deref(), Some("people"));
        assert_eq!(q("تفكيك 21 عبوة ناسفة")[0].0, "21 عبوة ناسفة");
        // unknown nouns keep their surface, without the article or the accusative alif
        let r = recognise("زار 40 متحفا", &[]);
        assert_eq!(
            (r[0].unit.as_deref(), r[0].unit_en.as_deref()),
            (Some("متحف"), None)
        );
    }

    #[test]
    fn duals_count_two() {
        assert_eq!(
            q("مقتل جنديين"),
            vec![(
                "جنديين".to_string(),
                2.0,
                Approx::Exact,
                Some("soldiers".to_string())
            )]
        );
        assert_eq!(q("ونفذت غارتين")[0].0, "غارتين");
        assert_eq!(q("اعتقال شخصين اثنين")[0].0, "شخصين اثنين");
        // not duals: definite, nisba adjectives, durations, names
        assert!(q("دور البلدين").is_empty());
        assert!(q("زوجان عربيان").is_empty());
        assert!(q("خلال يومين").is_empty());
        assert!(q("هجمات طالبان").is_empty());
    }

    #[test]
    fn an_abbreviated_unit_makes_no_dual() {
        // Raw-corpus round 21: «في كمين للمقاومة» (an ambush) read as two kilometres.
        assert!(q("سقطوا في كمين للمقاومة").is_empty());
        assert!(q("رجل سمين").is_empty());
        assert_eq!(q("على بعد 5 كم")[0].1, 5.0);
    }

    #[test]
    fn list_numbers_are_no_quantities() {
        // Raw-corpus round 21: a wanted list «1 - عبدالملك الحوثي … 2 - صالح الصماد» gave
        // forty bare counts.
        let r = q("1 - عبدالملك الحوثي مبلغ المكافأة : 30 مليون دولار 2 - صالح الصماد 3- يحيى");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, 30_000_000.0);
        assert!(q("البند:\n3) الجيش").is_empty());
        // A range, a score, an aside between dashes and a bracketed count are still read.
        assert!(!q("بين 2 - 5 أشخاص").is_empty());
        assert!(!q("اكتسح برشلونة 3 - صفر").is_empty());
        assert_eq!(q("وقتل 12 - بينهم أطفال - في القصف")[0].1, 12.0);
        assert_eq!(q("الرجلين (28) و(25) عاماً")[0].1, 28.0);
    }

    #[test]
    fn vague_counts_are_about() {
        let got = q("حضور العشرات من قادة العالم");
        assert_eq!((got[0].1, got[0].2), (24.0, Approx::About));
        assert_eq!(q("نزوح مئات الآلاف")[0].1, 200_000.0);
        assert_eq!(
            q("مقتل عشرات الفلسطينيين")[0].3.as_deref(),
            Some("Palestinians")
        );
    }

    #[test]
    fn years_dates_and_times_are_not_quantities() {
        for s in [
            "التحالف الذي أنشأته عام 2014",
            "في 2015 قال",
            "في بيان في 15 أغسطس",
            "الأحد 2024/09/01",
            "بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م",
            "في مارس2011 بدأت",
            "عند الساعة 10 صباحا",
            "وصل في 13:30 أمس",
            "من 16 إلى 30 شوال",
            "في 1998 هجوما داميا",
        ] {
            assert!(q(s).is_empty(), "{s}: {:?}", q(s));
        }
    }

    #[test]
    fn names_ordinals_and_labels_are_not_quantities() {
        for s in [
            "تطبيق القرار 2254",
            "إلغاء المادة 522 بقانون العقوبات",
            "طائرات إف-16",
            "البرلمان الـ27",
            "في السابع من أكتوبر",
            "الثاني عشر من يونيو",
            "قال أحد المسؤولين",
            "في آن واحد",
            "فيروس كوفيد-19",
            "1- التواصل مع الأفراد",
            "اتصل على 0555123456",
        ] {
            assert!(q(s).is_empty(), "{s}: {:?}", q(s));
        }
        // …but a counted noun after a name cue is a count
        assert_eq!(values("وأيد القرار 177 نائبا"), vec![177.0]);
    }

    #[test]
    fn a_fraction_counts_the_scale_after_it() {
        // Gold round 10: «نصف مليون شخص» had been a million, «ربع مليون فلبيني» nothing.
        assert_eq!(values("وفر نصف مليون شخص"), vec![500_000.0]);
        assert_eq!(values("يعمل ربع مليون فلبيني في الكويت"), vec![250_000.0]);
        assert_eq!(values("ثلاثة ملايين ونصف المليون"), vec![3_500_000.0]);
    }

    #[test]
    fn both_ends_of_an_age_range_are_ages() {
        // Gold round 10: «تتراوح أعمارهم بين 21 و24 عاما» had given no quantity.
        assert_eq!(values("تتراوح أعمارهم بين 21 و24 عاما"), vec![21.0, 24.0]);
    }

    #[test]
    fn durations_are_left_to_the_time_layer_but_ages_are_kept() {
        assert!(q("منذ ثلاثة أشهر").is_empty());
        assert!(q("خلال 24 ساعة").is_empty());
        let age = q("ويبلغ من العمر 30 عاما");
        assert_eq!((age[0].1, age[0].3.as_deref()), (30.0, Some("years")));
        assert_eq!(values("الطالبة غونزاليس (19 عاما) قالت"), vec![19.0]);
        // Review round 9: «عن عمر يناهز 83 عاما» was missed.
        assert_eq!(values("وتوفي عن عمر يناهز 83 عاما"), vec![83.0]);
    }

    #[test]
    fn ellipsis_inherits_the_unit_within_a_sentence() {
        let r = recognise("قتل 7 عناصر وجرح أربعة منهم. ووصل ثلاثة", &[]);
        assert_eq!(r[1].unit_en.as_deref(), Some("members"));
        // a new sentence forgets it
        assert_eq!(r[2].unit, None);
    }

    #[test]
    fn definite_cardinal_after_its_noun_counts_it() {
        // Regression: «أطفالها الثلاثة» and «الولايات السبع» gave no quantity.
        let got = q("قتلت المرأة وأطفالها الثلاثة في الولايات السبع");
        let v: Vec<(f64, Option<&str>)> = got.iter().map(|x| (x.1, x.3.as_deref())).collect();
        assert_eq!(v.len(), 2, "{got:?}");
        assert_eq!(v[0].0, 3.0);
        assert_eq!(v[1].0, 7.0);
        // Not a count: the article on a number alone, or after a singular (اليوم الثالث is an
        // ordinal anyway; الطفل الثلاثة is no agreement).
        assert!(q("جاء الثلاثة معا").is_empty());
    }

    #[test]
    fn one_after_its_noun() {
        let got = q("ضد ناشط واحد");
        assert_eq!(
            (got[0].0.as_str(), got[0].1, got[0].3.as_deref()),
            ("ناشط واحد", 1.0, Some("activist"))
        );
    }

    #[test]
    fn ranges_share_their_noun() {
        let r = recognise("ما بين 6 إلى 7 أشخاص", &[]);
        assert_eq!(
            r.iter().map(|q| q.unit_en.as_deref()).collect::<Vec<_>>(),
            vec![Some("people"), Some("people")]
        );
    }

    #[test]
    fn agency_decimals_scores_and_minutes() {
        assert_eq!(values("إلى 9ر53 نقطة"), vec![53.9]);
        assert!(q("فاز بنتيجة 2-صفر").is_empty());
        assert!(q("سجل في الدقيقة 32").is_empty());
        assert!(q("بالرحلة إم.إتش17 فوق أوكرانيا").is_empty());
    }

    #[test]
    fn bare_scale_words_need_a_noun_a_hedge_or_a_range() {
        assert!(q("ورئيس غينيا ألفا كوندي").is_empty());
        assert_eq!(values("بين ألف وألفين"), vec![1000.0, 2000.0]);
        assert_eq!(values("أكثر من مليون"), vec![1_000_000.0]);
        assert_eq!(values("بين 8 و12 مليونا"), vec![8_000_000.0, 12_000_000.0]);
    }

    #[test]
    fn more_names_eras_and_duration_ranges() {
        assert!(q("ضمن القرار الأممي 2216 بعد موافقة").is_empty());
        assert!(q("حكم بين عامي 1320 و1318 قبل الميلاد").is_empty());
        assert!(q("لمدة يومين أو ثلاثة في الأسبوع").is_empty());
    }

    #[test]
    fn exclude_drops_overlapping_numbers() {
        let text = "قتل 15 شخصا";
        assert_eq!(recognise(text, &[]).len(), 1);
        assert!(recognise(text, &[(4, 6)]).is_empty());
        assert_eq!(recognise(text, &[(0, 3)]).len(), 1);
    }

    #[test]
    fn offsets_survive_normalisation() {
        // tatweel, diacritics and presentation forms change byte lengths but not spans
        let text = "قُتِلَ ثلاثـــة جنودٍ";
        let r = recognise(text, &[]);
        let covered: String = text
            .chars()
            .skip(r[0].start)
            .take(r[0].end - r[0].start)
            .collect();
        assert_eq!(covered, "ثلاثـــة جنودٍ");
    }
}
