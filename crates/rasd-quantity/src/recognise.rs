//! The recogniser proper: number phrase, guards against what is not a count, hedge, noun.

use rasd_doc::{Approx, Quantity};
use rasd_text::{normalize, Normalized};

use crate::lexicon::{lexicon, Form, Lexicon, Role, UnitClass, UnitEntry};
use crate::number::{analyses, phrase, AKind, Phrase, PROCLITICS};
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
    let ctx = Ctx { lex, toks: &toks, norm: &norm, text, exclude };
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
                if unit.is_some() {
                    last_unit = unit;
                }
                out.push(q);
                i = next.max(i + 1);
            }
            Step::Skip(next) => i = next.max(i + 1),
        }
    }
    out
}

fn is_sentence_end(t: &Token) -> bool {
    t.kind == Kind::Punct && matches!(t.text, "." | "!" | "?" | "\n" | ";")
}

enum Step<'l> {
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

/// The counted noun found after a number.
struct Noun<'l> {
    entry: Option<&'l UnitEntry>,
    /// Surface unit when the noun is not in the lexicon.
    surface: Option<String>,
    /// Token index after the noun.
    next: usize,
    percent: bool,
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
        self.tok(i).is_some_and(|t| t.kind == Kind::Punct && t.text == p)
    }

    /// Whether word `i`, bare or without one proclitic, has the role.
    fn cue(&self, i: usize, role: Role) -> bool {
        self.word(i).is_some_and(|w| {
            self.lex.is(role, w)
                || w.chars().next().is_some_and(|c| PROCLITICS.contains(&c) && self.lex.is(role, &w[c.len_utf8()..]))
        })
    }

    fn before(&self, i: usize, n: usize) -> Option<usize> {
        i.checked_sub(n)
    }

    fn at(&self, i: usize, last_unit: Option<&'l UnitEntry>) -> Step<'l> {
        let Some(p) = phrase(self.lex, self.toks, i) else {
            return self.dual_noun(i);
        };
        if self.not_a_count(&p) {
            return Step::Skip(p.next);
        }
        let noun = self.noun(&p);
        let entry = noun.as_ref().and_then(|n| n.entry);
        let single_digits = p.atoms == 1 && p.first_kind == AKind::Digits;
        // A year written alone (في 2015) has no counted noun; «2000 شخص» has one.
        if single_digits && noun.as_ref().map_or(true, |n| n.entry.is_none() && !n.percent) && is_year_like(self.toks[p.first].text) {
            return Step::Skip(p.next);
        }
        // «واحد» alone is an adjective or pronoun (في آن واحد، واحد من) unless a noun precedes it.
        if p.atoms == 1 && p.first_kind == AKind::Unit && p.value == 1.0 && !self.noun_before(i) {
            return Step::Skip(p.next);
        }
        if let Some(e) = entry {
            if e.class == UnitClass::Time {
                // A duration belongs to the time layer; an age is a quantity.
                if !self.is_age(&p, noun.as_ref().map_or(p.next, |n| n.next)) {
                    return Step::Skip(noun.as_ref().map_or(p.next, |n| n.next));
                }
            }
        }
        let num_start = self.toks[i].start + p.prefix;
        let num_end = self.toks[p.next - 1].end;
        let (hedge, start) = self.hedge_before(i, p.prefix).unwrap_or((Approx::Exact, num_start));
        let mut end = noun.as_ref().map_or(num_end, |n| self.toks[n.next - 1].end);
        let after = noun.as_ref().map_or(p.next, |n| n.next);
        let mut approx = hedge;
        if let Some((a, e)) = self.hedge_after(after) {
            if approx == Approx::Exact {
                approx = a;
            }
            end = e;
        }
        if approx == Approx::Exact && p.vague {
            approx = Approx::About;
        }
        let core = self.norm.original_span(num_start, num_end);
        if self.excluded(core) {
            return Step::Skip(p.next);
        }
        let (unit, unit_en, used) = match &noun {
            Some(Noun { percent: true, .. }) => (Some("%".to_string()), Some("percent".to_string()), None),
            Some(Noun { entry: Some(e), .. }) => (Some(e.unit.clone()), Some(english(e, p.value)), Some(*e)),
            Some(Noun { surface: Some(s), .. }) => (Some(s.clone()), None, None),
            _ => match last_unit {
                Some(e) => (Some(e.unit.clone()), Some(english(e, p.value)), None),
                None => (None, None, None),
            },
        };
        let next = noun.as_ref().map_or(p.next, |n| n.next);
        Step::Found(self.quantity(start, end, p.value, approx, unit, unit_en), next, used)
    }

    fn quantity(&self, start: usize, end: usize, value: f64, approx: Approx, unit: Option<String>, unit_en: Option<String>) -> Quantity {
        let (s, e) = self.norm.original_span(start, end);
        let span = rasd_doc::span_of(self.text, s, e);
        Quantity { start: span.start, end: span.end, text: span.text, value, approx, unit, unit_en }
    }

    fn excluded(&self, (s, e): (usize, usize)) -> bool {
        self.exclude.iter().any(|&(a, b)| a < e && s < b)
    }

    /// Guards: the number is a date part, a time of day, a name's number, a phone number or an ordinal.
    fn not_a_count(&self, p: &Phrase) -> bool {
        let i = p.first;
        let first = &self.toks[i];
        let last = p.next - 1;
        let single = p.atoms == 1;
        let digits = first.kind == Kind::Digits;
        if p.prefix == 0 {
            if let Some(b) = self.before(i, 1) {
                let prev = &self.toks[b];
                // الـ15: the article makes an ordinal or a name.
                if prev.kind == Kind::Word && prev.text == "ال" {
                    return true;
                }
                if prev.kind == Kind::Latin {
                    return true;
                }
                if digits && prev.kind == Kind::Punct && self.attached(b, i) && matches!(prev.text, "/" | ":" | "-" | "+" | "#" | "." | "\\") {
                    return true;
                }
                if self.cue(b, Role::NameBefore) || self.cue(b, Role::YearBefore) || self.cue(b, Role::TimeBefore) {
                    return true;
                }
                if single && self.cue(b, Role::Month) && (digits || first.kind == Kind::Word) {
                    return true;
                }
            }
        }
        if let Some(n) = self.tok(p.next) {
            if digits && single && n.kind == Kind::Punct && self.attached(last, p.next) && matches!(n.text, "/" | ":" | "-" | "+")
                && self.tok(p.next + 1).is_some_and(|m| m.kind == Kind::Digits || m.kind == Kind::Latin)
            {
                return true;
            }
            if digits && n.kind == Kind::Latin && self.attached(last, p.next) {
                return true;
            }
        }
        if single && self.cue(p.next, Role::Month) {
            return true;
        }
        if self.cue(p.next, Role::TimeAfter) {
            return true;
        }
        if digits && single {
            let raw = first.text;
            if is_yearish(raw) && self.cue(p.next, Role::EraAfter) {
                return true;
            }
            let plain: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
            if plain.len() >= 7 && plain.starts_with('0') {
                return true;
            }
        }
        false
    }

    /// A lexicon noun right before token `i` (جندي واحد).
    fn noun_before(&self, i: usize) -> bool {
        self.before(i, 1)
            .and_then(|b| self.word(b))
            .and_then(|w| self.lex.unit(w))
            .is_some_and(|(e, f)| f == Form::Singular && e.class != UnitClass::Time)
    }

    /// The counted noun or percent sign after the phrase.
    fn noun(&self, p: &Phrase) -> Option<Noun<'l>> {
        let k = p.next;
        let t = self.tok(k)?;
        // 50% (and %50 as right-to-left text often stores it).
        if t.kind == Kind::Punct && matches!(t.text, "%" | "٪") {
            return Some(Noun { entry: None, surface: None, next: k + 1, percent: true });
        }
        if let Some(b) = self.before(p.first, 1) {
            if p.prefix == 0 && self.attached(b, p.first) && self.tok(b).is_some_and(|t| matches!(t.text, "%" | "٪")) {
                let digits_before = self.before(b, 1).is_some_and(|c| self.tok(c).is_some_and(|t| t.kind == Kind::Digits) && self.attached(c, b));
                if !digits_before {
                    return Some(Noun { entry: None, surface: None, next: k, percent: true });
                }
            }
        }
        let w = self.word(k)?;
        if matches!(w, "بالميه" | "بالمايه" | "بالماه") {
            return Some(Noun { entry: None, surface: None, next: k + 1, percent: true });
        }
        if w == "في" && self.word(k + 1).is_some_and(|x| matches!(x, "الميه" | "المايه" | "الماه")) {
            return Some(Noun { entry: None, surface: None, next: k + 2, percent: true });
        }
        if let Some(n) = self.lex_noun(k) {
            return Some(n);
        }
        // Partitive: «اثنين من أفراد الأمن», «7 من الجنود».
        if w == "من" {
            if let Some(w2) = self.word(k + 1) {
                let stem = w2.strip_prefix("ال").unwrap_or(w2);
                if let Some((e, Form::Plural)) = self.lex.unit(stem) {
                    return Some(Noun { entry: Some(e), surface: None, next: k + 2, percent: false });
                }
            }
            return None;
        }
        if self.lex.is(Role::NotUnit, w)
            || w.starts_with("ال")
            || w.starts_with('ي')
            || w.ends_with("وا")
            || w.chars().count() < 2
            || self.lex.is(Role::Month, w)
            || crate::number::number_word(self.lex, t).is_some()
        {
            return None;
        }
        let (s, e) = self.norm.original_span(t.start, t.end);
        let surface = rasd_doc::span_of(self.text, s, e).text;
        Some(Noun { entry: None, surface: Some(surface), next: k + 1, percent: false })
    }

    /// A lexicon noun (one or two words) at token `k`: «جندي», «جنودا», «شخصا», «عبوة ناسفة».
    fn lex_noun(&self, k: usize) -> Option<Noun<'l>> {
        let w = self.word(k)?;
        if let Some(w2) = self.word(k + 1) {
            let two = format!("{w} {w2}");
            if let Some((e, _)) = self.lex.unit(&two) {
                return Some(Noun { entry: Some(e), surface: None, next: k + 2, percent: false });
            }
        }
        let hit = self.lex.unit(w).or_else(|| {
            w.strip_suffix('ا').and_then(|s| self.lex.unit(s)).filter(|(_, f)| *f == Form::Singular)
        });
        hit.filter(|(_, f)| *f != Form::Dual)
            .map(|(e, _)| Noun { entry: Some(e), surface: None, next: k + 1, percent: false })
    }

    /// An age: «يبلغ من العمر 30 عاما», «البالغ 25 عاما», «(25 عاما)».
    fn is_age(&self, p: &Phrase, after: usize) -> bool {
        let from = p.first.saturating_sub(3);
        if (from..p.first).any(|b| self.cue(b, Role::AgeBefore)) {
            return true;
        }
        if let Some(b) = self.before(p.first, 1) {
            if self.punct_is(b, "(") && self.punct_is(after, ")") {
                return true;
            }
        }
        self.lex.age_after.iter().any(|ph| ph.iter().enumerate().all(|(j, w)| self.word(after + j) == Some(w.as_str())))
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
                let Some(w) = self.word(s + j) else { return false };
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
            let ok = words.iter().enumerate().all(|(j, hw)| self.word(k + j) == Some(hw.as_str()));
            ok.then(|| (*approx, self.toks[k + words.len() - 1].end))
        })
    }

    /// A dual noun counting two: «جنديين», «شخصين», «مستودعين» (with «اثنين» after it, kept in the span).
    fn dual_noun(&self, i: usize) -> Step<'l> {
        let Some(w) = self.word(i) else { return Step::Skip(i + 1) };
        let hit = analyses(w)
            .into_iter()
            .filter(|(_, _, _, definite)| !definite)
            .find_map(|(stem, prefix, _, _)| match self.lex.unit(stem) {
                Some((e, Form::Dual)) if e.class != UnitClass::Time => Some((e, prefix)),
                _ => None,
            });
        let Some((e, prefix)) = hit else { return Step::Skip(i + 1) };
        let start = self.toks[i].start + prefix;
        let mut next = i + 1;
        if let Some(t) = self.tok(i + 1) {
            if crate::number::number_word(self.lex, t).is_some_and(|h| h.value == 2.0 && h.prefix == 0 && !h.definite) {
                next = i + 2;
            }
        }
        let end = self.toks[next - 1].end;
        if self.excluded(self.norm.original_span(start, end)) {
            return Step::Skip(next);
        }
        let q = self.quantity(start, end, 2.0, Approx::Exact, Some(e.unit.clone()), Some(e.en_plural.clone()));
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
    raw.len() == 4 && raw.chars().all(|c| c.is_ascii_digit()) && raw.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Plain digits that could be a Gregorian or Hijri year (before هـ / م).
fn is_yearish(raw: &str) -> bool {
    raw.chars().all(|c| c.is_ascii_digit()) && raw.parse::<u32>().is_ok_and(|y| (1000..=2200).contains(&y))
}
