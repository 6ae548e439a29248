//! The recognition rules: token patterns that build TIMEX3 values.
//!
//! A left-to-right scanner tries every rule at each token and keeps the longest match, so
//! «الأحد 2024/09/01» is one date rather than a weekday and a date. Each rule is a small
//! function over the token list; the words it looks for come from the lexicon. Values are
//! resolved against the anchor (publication date) as they are built; without an anchor,
//! relative expressions get TIMEX placeholders (`XXXX-08`, `PAST_REF`).

use rasd_doc::{Calendar, TimeType};

use crate::calendar::{add_months, gregorian_to_hijri, hijri_to_gregorian, Ymd};
use crate::lexicon::{Cat, Count, Cue, Dir, Lexicon, Pos, Unit};
use crate::scan::{readings, tokenize, Gap, Hit, Kind, Token};

/// A recognised expression over normalised byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cand {
    /// First byte in the normalised text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// TIMEX3 type.
    pub kind: TimeType,
    /// TIMEX3 value.
    pub value: String,
    /// Calendar of the surface form.
    pub cal: Calendar,
    /// A complete day-month-year written out in the text (for datelines).
    pub full: bool,
}

/// A resolved value before formatting.
#[derive(Debug, Clone, PartialEq)]
enum Res {
    Day(Ymd),
    Month(i32, u32),
    Year(i32),
    Week(i32, u32),
    /// Already a TIMEX value (placeholders, vague references).
    Raw(String),
}

impl Res {
    fn fmt(&self) -> String {
        match self {
            Res::Day(d) => d.fmt(),
            Res::Month(y, m) => format!("{y:04}-{m:02}"),
            Res::Year(y) => format!("{y:04}"),
            Res::Week(y, w) => format!("{y:04}-W{w:02}"),
            Res::Raw(s) => s.clone(),
        }
    }

    /// The value with a part of day appended where the value is a day.
    fn with_part(&self, part: Option<&str>) -> String {
        match (self, part) {
            (Res::Day(_), Some(p)) => format!("{}{p}", self.fmt()),
            (Res::Raw(s), Some(p)) if s.len() == 10 && s.starts_with("XXXX") => format!("{s}{p}"),
            _ => self.fmt(),
        }
    }
}

/// A parsed piece: where it ends (token index, exclusive) and what it means.
#[derive(Debug, Clone)]
struct Piece {
    end: usize,
    res: Res,
    hijri: bool,
    full: bool,
}

/// One emitted item, in token coordinates.
#[derive(Debug, Clone)]
struct Item {
    from: usize,
    skip: usize,
    to: usize,
    kind: TimeType,
    value: String,
    hijri: bool,
    full: bool,
}

/// Result of one rule at one position.
struct Found {
    end: usize,
    items: Vec<Item>,
}

/// Most tokens looked back for a future-tense cue word.
const TENSE_WINDOW: usize = 8;
/// Most tokens looked back for a future verb (سيعقد): verbs sit close to their time.
const VERB_WINDOW: usize = 4;
/// Days after publication within which a day-month without year or tense is this year's.
const NEAR_FUTURE_DAYS: i64 = 45;

pub(crate) struct Scanner<'a> {
    /// The year last written as digits in an expression (for «من نفس العام»).
    last_year: std::cell::Cell<Option<i32>>,
    /// The last day emitted, the token index where it ended, and its hour when it was a time
    /// of day (a clock time right after a date takes that date: «يوم 2 حزيران الساعة 22,45»;
    /// a bare clock time just after a time is the same moment in another zone: «07:58
    /// بالتوقيت المحلي (22:58 ت غ)»).
    last_day: std::cell::Cell<Option<(usize, Ymd, Option<u32>)>>,
    /// Where the last expression ended (a following «وفبراير» continues it).
    last_end: std::cell::Cell<usize>,
    /// The Gregorian year and month of the last expression that named a month or a day in
    /// one, and where it ended (for «في الثالث منه», the third of that month).
    last_month: std::cell::Cell<Option<(usize, i32, u32)>>,
    toks: Vec<Token<'a>>,
    hits: Vec<Vec<Hit<'static>>>,
    anchor: Option<Ymd>,
    lex: &'static Lexicon,
}

/// Recognise time expressions in normalised text.
pub(crate) fn scan(norm: &str, anchor: Option<Ymd>, lex: &'static Lexicon) -> Vec<Cand> {
    let toks = tokenize(norm);
    let hits = readings(lex, &toks);
    let sc = Scanner {
        last_year: std::cell::Cell::new(None),
        last_day: std::cell::Cell::new(None),
        last_end: std::cell::Cell::new(usize::MAX),
        last_month: std::cell::Cell::new(None),
        toks,
        hits,
        anchor,
        lex,
    };
    sc.run()
}

fn dir_sign(d: Dir) -> i64 {
    match d {
        Dir::Past | Dir::Recent => -1,
        Dir::Next => 1,
        Dir::Current | Dir::Few => 0,
    }
}

fn ref_for(sign: i64) -> String {
    match sign.signum() {
        -1 => "PAST_REF",
        1 => "FUTURE_REF",
        _ => "PRESENT_REF",
    }
    .to_string()
}

fn unit_code(u: Unit) -> (&'static str, u64, bool) {
    // (TIMEX letter, multiplier, time part)
    match u {
        Unit::Min => ("M", 1, true),
        Unit::Hour => ("H", 1, true),
        Unit::Day => ("D", 1, false),
        Unit::Week => ("W", 1, false),
        Unit::Month => ("M", 1, false),
        Unit::Year => ("Y", 1, false),
        Unit::Decade => ("Y", 10, false),
        Unit::Century => ("Y", 100, false),
    }
}

/// A duration value: `P3M`, `PT2H`, `PXY` (vague when `n` is None).
fn duration_value(u: Unit, n: Option<u64>) -> String {
    let (letter, mult, time) = unit_code(u);
    let t = if time { "T" } else { "" };
    match n {
        Some(n) => format!("P{t}{}{letter}", n.saturating_mul(mult)),
        None => match u {
            Unit::Decade => "PXDE".to_string(),
            Unit::Century => "PXCE".to_string(),
            _ => format!("P{t}X{letter}"),
        },
    }
}

impl<'a> Scanner<'a> {
    /// Rules in priority order (the longest match wins; ties go to the earlier rule).
    fn rules() -> [fn(&Self, usize) -> Option<Found>; 19] {
        [
            Self::r_numeric,
            Self::r_weekday,
            Self::r_relday,
            Self::r_part_of_day,
            Self::r_clock,
            Self::r_day_range,
            Self::r_day_month,
            Self::r_month_range,
            Self::r_month,
            Self::r_period,
            Self::r_year_range,
            Self::r_year,
            Self::r_season,
            Self::r_decade,
            Self::r_duration,
            Self::r_set,
            Self::r_ref,
            Self::r_same_day,
            Self::r_day_of_that_month,
        ]
    }

    fn run(&self) -> Vec<Cand> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let mut best: Option<Found> = None;
            for rule in Self::rules() {
                if let Some(f) = rule(self, i) {
                    if f.end > i && best.as_ref().is_none_or(|b| f.end > b.end) {
                        best = Some(f);
                    }
                }
            }
            // «ليل الأربعاء الخميس», «ليلة الاثنين والثلاثاء»: a night between two days is one
            // expression, dated by its first day.
            let best = best.map(|mut f| {
                let night = f.items.len() == 1 && f.items[0].value.ends_with("TNI");
                if night {
                    let next_day =
                        self.find(f.end, |c| matches!(c, Cat::Weekday { .. }).then_some(()));
                    if let Some((_, k2, _)) = next_day {
                        f.end = k2;
                        if let Some(it) = f.items.first_mut() {
                            it.to = k2;
                        }
                    }
                }
                f
            });
            match best {
                Some(f) => {
                    // Remember the last year written as digits, for «من نفس العام».
                    for k in i..f.end {
                        if let Some(y) = self.num(k, 4).filter(|y| (1000..=2100).contains(y)) {
                            if self.tok(k).is_some_and(|t| t.text.len() == 4) {
                                self.last_year.set(Some(y as i32));
                            }
                        }
                    }
                    if let Some(d) = f
                        .items
                        .last()
                        .and_then(|it| it.value.get(..10))
                        .and_then(Ymd::parse)
                    {
                        let hour = f.items.last().and_then(|it| {
                            let v = it.value.get(11..13)?;
                            (it.kind == TimeType::Time).then(|| v.parse().ok())?
                        });
                        self.last_day.set(Some((f.end, d, hour)));
                    }
                    self.last_end.set(f.end);
                    let month = f.items.last().and_then(|it| {
                        let v = it.value.as_str();
                        let month_shaped = v.len() >= 7
                            && v.as_bytes().get(4) == Some(&b'-')
                            && v.get(5..7)
                                .is_some_and(|m| m.bytes().all(|b| b.is_ascii_digit()));
                        if it.hijri || !month_shaped {
                            return None;
                        }
                        Some((v.get(..4)?.parse().ok()?, v.get(5..7)?.parse().ok()?))
                    });
                    if let Some((y, m)) = month {
                        self.last_month.set(Some((f.end, y, m)));
                    }
                    for it in f.items {
                        if let Some(c) = self.cand(&it) {
                            out.push(c);
                        }
                    }
                    i = f.end;
                }
                None => i += 1,
            }
        }
        out
    }

    fn cand(&self, it: &Item) -> Option<Cand> {
        let first = self.toks.get(it.from)?;
        let last = self.toks.get(it.to.checked_sub(1)?)?;
        let start = (first.start + it.skip).min(first.end);
        Some(Cand {
            start,
            end: last.end,
            kind: it.kind,
            value: it.value.clone(),
            cal: if it.hijri {
                Calendar::Hijri
            } else {
                Calendar::Gregorian
            },
            full: it.full,
        })
    }

    // ---- token helpers -------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<&Token<'a>> {
        self.toks.get(i)
    }

    /// Longest reading at `i` that `f` accepts: (value, next index, skip).
    fn find<T>(&self, i: usize, f: impl Fn(&Cat) -> Option<T>) -> Option<(T, usize, usize)> {
        let hits = self.hits.get(i)?;
        let mut best: Option<(T, usize, usize)> = None;
        for h in hits {
            if let Some(v) = f(h.cat) {
                if best
                    .as_ref()
                    .is_none_or(|b| i + h.len > b.1 || (i + h.len == b.1 && h.skip < b.2))
                {
                    best = Some((v, i + h.len, h.skip));
                }
            }
        }
        best
    }

    /// Like [`find`](Self::find) but only readings of the bare token (no proclitic).
    fn find_bare<T>(&self, i: usize, f: impl Fn(&Cat) -> Option<T>) -> Option<(T, usize)> {
        self.find(i, |c| f(c))
            .filter(|x| x.2 == 0)
            .map(|(v, n, _)| (v, n))
    }

    /// Next index if the token at `i` is the cue `c` (proclitics allowed).
    fn cue(&self, i: usize, c: Cue) -> Option<usize> {
        self.find(i, |x| (*x == Cat::Cue(c)).then_some(()))
            .map(|x| x.1)
    }

    fn has_cue(&self, i: usize, cues: &[Cue]) -> bool {
        self.hits.get(i).is_some_and(|hs| {
            hs.iter()
                .any(|h| matches!(h.cat, Cat::Cue(c) if cues.contains(c)))
        })
    }

    fn punct(&self, i: usize, chars: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Punct && chars.contains(t.text))
    }

    /// Digits at `i` as a number (at most `max_len` digits).
    fn num(&self, i: usize, max_len: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.text.len() > max_len {
            return None;
        }
        t.text.parse().ok()
    }

    fn text(&self, i: usize) -> &str {
        self.tok(i).map(|t| t.text).unwrap_or("")
    }

    /// The previous token's text with a leading و/ف removed.
    fn prev_word(&self, i: usize) -> &str {
        let p = i.checked_sub(1).map(|k| self.text(k)).unwrap_or("");
        p.strip_prefix('و')
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(p)
    }

    /// Whether the reading at `i` (stem `stem`) is cancelled by its neighbours.
    fn cancelled(&self, i: usize, end: usize, skip: usize) -> bool {
        let Some(t) = self.tok(i) else { return true };
        let stem = t.text.get(skip..).unwrap_or(t.text);
        let stem = if skip > 0 && t.text.starts_with("لل") {
            ""
        } else {
            stem
        };
        let next = self.text(end);
        let prev = if skip > 0 { "" } else { self.prev_word(i) };
        self.lex.cancelled_by_next(stem, next) || self.lex.cancelled_by_prev(stem, prev)
    }

    /// Whether the clause before token `i` is in the future tense.
    fn future(&self, i: usize) -> bool {
        let mut k = i;
        let mut seen = 0;
        while k > 0 && seen < TENSE_WINDOW {
            if self.toks[k].gap == Gap::Line {
                break;
            }
            k -= 1;
            seen += 1;
            let t = &self.toks[k];
            if t.kind == Kind::Punct {
                if ".!?;:,".contains(t.text) {
                    break;
                }
                continue;
            }
            if self.has_cue(k, &[Cue::Future]) {
                return true;
            }
            if seen <= VERB_WINDOW && t.kind == Kind::Word && self.future_verb(t.text) {
                return true;
            }
        }
        false
    }

    /// A س-prefixed imperfective verb (سيعقد، ستبدأ، سنعمل).
    fn future_verb(&self, w: &str) -> bool {
        let w = w
            .strip_prefix('و')
            .or_else(|| w.strip_prefix('ف'))
            .unwrap_or(w);
        let mut cs = w.chars();
        if cs.next() != Some('س') || !matches!(cs.next(), Some('ي' | 'ت' | 'ن')) {
            return false;
        }
        w.chars().count() >= 5 && !self.lex.not_future_verb(w)
    }

    // ---- resolution ----------------------------------------------------------------

    fn rel_day(&self, off: i64) -> Res {
        match self.anchor {
            Some(a) => Res::Day(a.add_days(off)),
            None => Res::Raw(ref_for(off)),
        }
    }

    /// Year of month `m` (day `d`) relative to the anchor's (y, m, d), given a modifier or tense.
    fn pick_year(
        anchor: (i32, u32, u32),
        m: u32,
        d: Option<u32>,
        dir: Option<Dir>,
        future: bool,
    ) -> i32 {
        let (py, pm, pd) = anchor;
        let md = (m, d.unwrap_or(0));
        let pmd = (pm, if d.is_some() { pd } else { 0 });
        // With a day, «الماضي» means before the publication day (السابع من أبريل الماضي,
        // written on 16 April, is this April); a month alone must be before this month.
        match dir {
            Some(Dir::Past | Dir::Recent) => {
                if md < pmd && (d.is_some() || m < pm) {
                    py
                } else {
                    py - 1
                }
            }
            Some(Dir::Next) => {
                if md > pmd && (d.is_some() || m > pm) {
                    py
                } else {
                    py + 1
                }
            }
            Some(Dir::Current | Dir::Few) => py,
            None if future => {
                if md >= pmd {
                    py
                } else {
                    py + 1
                }
            }
            None => {
                let near = d.and_then(|d| {
                    let anchor = Ymd::new(py, pm, pd)?;
                    let date = Ymd::new(py, m, d)?;
                    Some(date.days() - anchor.days() <= NEAR_FUTURE_DAYS)
                });
                // A bare month right after the publication month is, in news, almost always
                // the coming one (a past one would be «يوليو الماضي»).
                let (ny, nm) = add_months(py, pm, 1);
                if d.is_none() && m == nm {
                    ny
                } else if md <= pmd || near == Some(true) {
                    py
                } else {
                    py - 1
                }
            }
        }
    }

    /// Resolve a month (and day) without a written year.
    fn month_rel(
        &self,
        hijri: bool,
        m: u32,
        d: Option<u32>,
        dir: Option<Dir>,
        future: bool,
    ) -> Option<Res> {
        let Some(a) = self.anchor else {
            return Some(Res::Raw(match d {
                Some(d) if !hijri => format!("XXXX-{m:02}-{d:02}"),
                _ if !hijri => format!("XXXX-{m:02}"),
                _ => ref_for(dir.map(dir_sign).unwrap_or(if future { 1 } else { -1 })),
            }));
        };
        if hijri {
            let (hy, hm, hd) = gregorian_to_hijri(a)?;
            let y = Self::pick_year((hy, hm, hd), m, d, dir, future);
            return self.hijri_res(y, m, d);
        }
        let y = Self::pick_year((a.y, a.m, a.d), m, d, dir, future);
        Self::greg_res(y, m, d)
    }

    fn greg_res(y: i32, m: u32, d: Option<u32>) -> Option<Res> {
        match d {
            Some(d) => Ymd::new(y, m, d).map(Res::Day),
            None => (1..=12).contains(&m).then_some(Res::Month(y, m)),
        }
    }

    /// A Hijri day, or a Hijri month (Gregorian month of its first day).
    fn hijri_res(&self, y: i32, m: u32, d: Option<u32>) -> Option<Res> {
        let g = hijri_to_gregorian(y, m, d.unwrap_or(1))?;
        Some(match d {
            Some(_) => Res::Day(g),
            None => Res::Month(g.y, g.m),
        })
    }

    /// A Hijri year as the Gregorian year holding most of it (the one its 1 Rajab falls in).
    fn hijri_year(y: i32) -> Option<Res> {
        hijri_to_gregorian(y, 7, 1).map(|g| Res::Year(g.y))
    }

    fn period_rel(&self, u: Unit, n: i64) -> Res {
        let Some(a) = self.anchor else {
            return Res::Raw(ref_for(n));
        };
        match u {
            Unit::Week => {
                let (y, w) = a.add_days(7 * n).iso_week();
                Res::Week(y, w)
            }
            Unit::Month => {
                let (y, m) = add_months(a.y, a.m, n);
                Res::Month(y, m)
            }
            Unit::Day => Res::Day(a.add_days(n)),
            Unit::Year => Res::Year(a.y + n as i32),
            Unit::Decade => Res::Year(a.y + 10 * n as i32),
            Unit::Century => Res::Year(a.y + 100 * n as i32),
            Unit::Hour | Unit::Min => Res::Day(a),
        }
    }

    // ---- building blocks -----------------------------------------------------------

    /// A day of the month: digits 1–31 or an ordinal word.
    fn day_num(&self, i: usize) -> Option<(u32, usize, usize)> {
        if let Some(d) = self.num(i, 2) {
            return (1..=31).contains(&d).then_some((d, i + 1, 0));
        }
        self.find(i, |c| match c {
            Cat::Ordinal(n) if (1..=31).contains(n) => Some(*n),
            _ => None,
        })
    }

    /// A month name, possibly doubled (أيلول/سبتمبر، يوليو (تموز)): (hijri, n, next, skip).
    fn month_group(&self, i: usize) -> Option<(bool, u32, usize, usize)> {
        self.month_group_strict(i)
            .map(|(h, n, j, s, _)| (h, n, j, s))
    }

    /// [`month_group`](Self::month_group), also saying whether the name alone is ambiguous.
    fn month_group_strict(&self, i: usize) -> Option<(bool, u32, usize, usize, bool)> {
        let month = |c: &Cat| match c {
            Cat::Month { hijri, n, strict } => Some((*hijri, *n, *strict)),
            _ => None,
        };
        let ((hijri, n, mut strict), mut j, skip) = self.find(i, month)?;
        // تشرين الثاني نوفمبر: the other system's name right after, same month.
        if let Some(((h2, n2, _), k)) = self.find_bare(j, month) {
            if h2 == hijri && n2 == n {
                return Some((hijri, n, k, skip, strict));
            }
        }
        if self.punct(j, "/-(") {
            if let Some(((_, _, s2), k)) = self.find_bare(j + 1, month) {
                j = k;
                strict &= s2;
                if self.punct(j, ")") {
                    j += 1;
                }
            }
        }
        Some((hijri, n, j, skip, strict))
    }

    /// A year number in range, with an optional era marker: (year, is hijri, next).
    fn year_num(&self, i: usize, hijri_ctx: bool) -> Option<(i32, bool, usize)> {
        self.year_num_from(i, hijri_ctx, 1000)
    }

    /// [`year_num`](Self::year_num) with a lowest accepted Gregorian year (a number right
    /// after a date is a year only when plausible: «26 يوليو 1233» is a price).
    fn year_num_from(&self, i: usize, hijri_ctx: bool, min: i32) -> Option<(i32, bool, usize)> {
        let y = self.num(i, 4)? as i32;
        let mut j = i + 1;
        let mut hijri = hijri_ctx;
        if let Some(k) = self.cue(j, Cue::Hijri) {
            hijri = true;
            j = k;
        } else if let Some(k) = self.cue(j, Cue::Gregorian) {
            hijri = false;
            j = k;
        }
        let marked = j > i + 1;
        let ok = if hijri {
            (1300..=1600).contains(&y)
        } else {
            (if marked { 1000 } else { min }..=2100).contains(&y)
        };
        ok.then_some((y, hijri, j))
    }

    /// What follows a month to fix its year: a number, عام 2014, من العام الماضي, العام الجاري.
    fn year_part(&self, i: usize, hijri_ctx: bool) -> Option<(YearSpec, usize)> {
        let mut j = i;
        if self.punct(j, ",") {
            j += 1;
        }
        if let Some((y, h, k)) = self.year_num_from(j, hijri_ctx, 1700) {
            return Some((YearSpec::Abs(y, h), k));
        }
        let j = self.cue(j, Cue::From).unwrap_or(j);
        if let (Some(k), Some(y)) = (self.cue(j, Cue::SameYear), self.last_year.get()) {
            return Some((YearSpec::Abs(y, false), k));
        }
        if let Some(k) = self.cue(j, Cue::Year) {
            if let Some((y, h, k2)) = self.year_num(k, hijri_ctx) {
                return Some((YearSpec::Abs(y, h), k2));
            }
        }
        if let Some(k) = self.cue(j, Cue::This) {
            if let Some((Unit::Year, k2, _)) = self.find(k, |c| match c {
                Cat::Period(u) => Some(*u),
                _ => None,
            }) {
                return Some((YearSpec::Rel(0), k2));
            }
        }
        if let Some((Unit::Year, k, _)) = self.find(j, |c| match c {
            Cat::Period(u) => Some(*u),
            _ => None,
        }) {
            if let Some((d, k2, _)) = self.modifier(k) {
                return Some((YearSpec::Rel(dir_sign(d)), k2));
            }
        }
        None
    }

    fn modifier(&self, i: usize) -> Option<(Dir, usize, usize)> {
        self.find(i, |c| match c {
            Cat::Modifier(d) => Some(*d),
            _ => None,
        })
    }

    fn boundary(&self, i: usize) -> Option<(usize, usize)> {
        self.boundary_kind(i).map(|(k, s, _)| (k, s))
    }

    /// [`Self::boundary`] with whether it is the closing part of its period.
    fn boundary_kind(&self, i: usize) -> Option<(usize, usize, bool)> {
        self.find(i, |c| match c {
            Cat::Boundary { end } => Some(*end),
            _ => None,
        })
        .map(|(end, n, s)| {
            // منتصف من …: a following من belongs to the boundary.
            (self.cue(n, Cue::From).unwrap_or(n), s, end)
        })
    }

    fn part_of_day(&self, i: usize, after: bool) -> Option<(String, usize, usize)> {
        self.find(i, |c| match c {
            Cat::PartOfDay(code, pos) => {
                let ok = match pos {
                    Pos::Both => true,
                    Pos::Before => !after,
                    Pos::After => after,
                };
                ok.then(|| code.clone())
            }
            _ => None,
        })
    }

    /// A trailing Gregorian era marker (م).
    fn era_tail(&self, j: usize) -> usize {
        self.cue(j, Cue::Gregorian).unwrap_or(j)
    }

    /// Month (+day) with its year written or implied; shared by day-month and month rules.
    fn month_value(
        &self,
        hijri: bool,
        m: u32,
        d: Option<u32>,
        j: usize,
        start: usize,
    ) -> Option<Piece> {
        let mut j = j;
        let (res, full, hijri) = if let Some((spec, k)) = self.year_part(j, hijri) {
            j = k;
            match spec {
                YearSpec::Abs(y, h) => {
                    let res = if hijri || h {
                        self.hijri_res(y, m, d)?
                    } else {
                        Self::greg_res(y, m, d)?
                    };
                    (res, d.is_some(), hijri || h)
                }
                YearSpec::Rel(n) => {
                    let res = match self.anchor {
                        Some(a) if !hijri => Self::greg_res(a.y + n as i32, m, d)?,
                        Some(a) => {
                            let (hy, _, _) = gregorian_to_hijri(a)?;
                            self.hijri_res(hy + n as i32, m, d)?
                        }
                        None => Res::Raw(ref_for(n)),
                    };
                    (res, false, hijri)
                }
            }
        } else if let Some((dir, k, _)) = self
            .modifier(j)
            .filter(|x| matches!(x.0, Dir::Past | Dir::Next | Dir::Current))
        {
            j = k;
            (self.month_rel(hijri, m, d, Some(dir), false)?, false, hijri)
        } else {
            (
                self.month_rel(hijri, m, d, None, self.future(start))?,
                false,
                hijri,
            )
        };
        Some(Piece {
            end: j,
            res,
            hijri,
            full,
        })
    }

    // ---- date pieces ---------------------------------------------------------------

    /// 2024/09/01, 1/9/2024, 2024-09-01, 1.9.2024 (Hijri with هـ or a year 1300–1600).
    fn numeric(&self, i: usize) -> Option<Piece> {
        let t0 = self.tok(i)?;
        if t0.kind != Kind::Num {
            return None;
        }
        let sep = self
            .tok(i + 1)
            .filter(|t| t.kind == Kind::Punct && "/-.".contains(t.text))?
            .text;
        let touching = |k: usize| self.tok(k).is_some_and(|t| t.gap != Gap::Line);
        if !(touching(i + 1) && touching(i + 2) && touching(i + 3) && touching(i + 4)) {
            return None;
        }
        if !self.punct(i + 3, sep) {
            return None;
        }
        let (a, b, c) = (self.tok(i)?, self.tok(i + 2)?, self.tok(i + 4)?);
        if b.kind != Kind::Num || c.kind != Kind::Num || b.text.len() > 2 {
            return None;
        }
        let (y, m, d) = if a.text.len() == 4 && c.text.len() <= 2 {
            (
                a.text.parse::<i32>().ok()?,
                b.text.parse::<u32>().ok()?,
                c.text.parse::<u32>().ok()?,
            )
        } else if c.text.len() == 4 && a.text.len() <= 2 {
            (
                c.text.parse::<i32>().ok()?,
                b.text.parse::<u32>().ok()?,
                a.text.parse::<u32>().ok()?,
            )
        } else {
            return None;
        };
        let mut j = i + 5;
        let hijri_mark = self.cue(j, Cue::Hijri);
        let hijri = hijri_mark.is_some() || (1300..1600).contains(&y);
        if let Some(k) = hijri_mark {
            j = k;
        }
        let res = if hijri {
            Res::Day(hijri_to_gregorian(y, m, d)?)
        } else {
            if !(1900..=2100).contains(&y) {
                return None;
            }
            Res::Day(Ymd::new(y, m, d)?)
        };
        Some(Piece {
            end: self.era_tail(j),
            res,
            hijri,
            full: true,
        })
    }

    /// [يوم] day [من] month [year] [modifier]; or day [من] الشهر الماضي.
    fn day_month(&self, i: usize) -> Option<(Piece, usize)> {
        let (j, skip) = match self.cue(i, Cue::Day) {
            Some(k) => (
                k,
                self.find(i, |c| (*c == Cat::Cue(Cue::Day)).then_some(()))?
                    .2,
            ),
            None => (i, 0),
        };
        let (d, k, dskip) = self.day_num(j)?;
        let skip = if j == i { dskip } else { skip };
        let k = self.cue(k, Cue::From).unwrap_or(k);
        if let Some((hijri, m, k2, _)) = self.month_group(k) {
            let p = self.month_value(hijri, m, Some(d), k2, i)?;
            let end = self.era_tail(p.end);
            return Some((Piece { end, ..p }, skip));
        }
        // يوم 15 الجاري: a day of the current month.
        if let Some((Dir::Current, k2, 0)) = self.modifier(k) {
            let res = match self.anchor {
                Some(a) => Res::Day(Ymd::new(a.y, a.m, d)?),
                None => Res::Raw(ref_for(0)),
            };
            return Some((
                Piece {
                    end: k2,
                    res,
                    hijri: false,
                    full: false,
                },
                skip,
            ));
        }
        // الخامس عشر من الشهر الماضي
        let (u, k2, _) = self.find(k, |c| match c {
            Cat::Period(u) => Some(*u),
            _ => None,
        })?;
        if u != Unit::Month {
            return None;
        }
        let (dir, k3, _) = self.modifier(k2)?;
        let res = match self.anchor {
            Some(a) => {
                let (y, m) = add_months(a.y, a.m, dir_sign(dir));
                Res::Day(Ymd::new(y, m, d)?)
            }
            None => Res::Raw(ref_for(dir_sign(dir))),
        };
        Some((
            Piece {
                end: k3,
                res,
                hijri: false,
                full: false,
            },
            skip,
        ))
    }

    /// Any expression naming one day: numeric, day-month, weekday, relative day.
    fn day_piece(&self, i: usize) -> Option<(Piece, usize)> {
        let cands = [
            self.numeric(i).map(|p| (p, 0)),
            self.day_month(i).filter(|(p, _)| {
                matches!(p.res, Res::Day(_)) || matches!(&p.res, Res::Raw(s) if s.len() == 10)
            }),
            self.weekday(i, false),
            self.relday(i, false),
        ];
        cands.into_iter().flatten().max_by_key(|(p, _)| p.end)
    }

    /// [يوم] weekday [[,] [الموافق] date | modifier] [part of day].
    fn weekday(&self, i: usize, with_part: bool) -> Option<(Piece, usize)> {
        let day_cue = self.cue(i, Cue::Day);
        let j = day_cue.unwrap_or(i);
        let ((w, definite), mut k, wskip) = self.find(j, |c| match c {
            Cat::Weekday { n, definite } => Some((*n, *definite)),
            _ => None,
        })?;
        // يوم اثنين (indefinite) is «a Monday», not a date.
        if !definite {
            return None;
        }
        if day_cue.is_none() && self.cancelled(j, k, wskip) {
            return None;
        }
        // للجمعة الرابعة على التوالي: «the fourth Friday» counts Fridays, dates none.
        if self
            .find(k, |c| matches!(c, Cat::Ordinal(_)).then_some(()))
            .is_some()
        {
            return None;
        }
        let skip = if day_cue.is_some() {
            self.find(i, |c| (*c == Cat::Cue(Cue::Day)).then_some(()))?
                .2
        } else {
            wskip
        };
        // الأحد 2024/09/01, الأحد الموافق 15 أغسطس
        let mut m = k;
        if self.punct(m, ",") {
            m += 1;
        }
        let m = self.cue(m, Cue::Equiv).unwrap_or(m);
        if let Some(p) = self.numeric(m).or_else(|| self.day_month(m).map(|x| x.0)) {
            if matches!(p.res, Res::Day(_)) || !matches!(p.res, Res::Month(..) | Res::Year(_)) {
                return Some((self.add_part_after(p, with_part), skip));
            }
        }
        let res = match self.anchor {
            None => Res::Raw(format!("XXXX-WXX-{w}")),
            Some(a) => {
                let pw = a.weekday() as i64;
                let w = w as i64;
                let back = (pw - w).rem_euclid(7);
                let fwd = (w - pw).rem_euclid(7);
                // الأحد الماضي 20 ديسمبر: a date after the modifier decides.
                if let Some((_, k2, _)) = self.modifier(k) {
                    let k3 = if self.punct(k2, ",") { k2 + 1 } else { k2 };
                    if let Some(p) = self.numeric(k3).or_else(|| self.day_month(k3).map(|x| x.0)) {
                        if matches!(p.res, Res::Day(_)) {
                            return Some((self.add_part_after(p, with_part), skip));
                        }
                    }
                }
                // الثلاثاء قبل الماضي: the one a week before last.
                let before_last = self
                    .cue(k, Cue::Ago)
                    .and_then(|k2| self.modifier(k2))
                    .filter(|m| m.0 == Dir::Past);
                match before_last.or_else(|| self.modifier(k)) {
                    Some((Dir::Past, k2, _)) if before_last.is_some() => {
                        k = k2;
                        Res::Day(a.add_days(-(if back == 0 { 14 } else { back + 7 })))
                    }
                    Some((Dir::Past, k2, _)) => {
                        k = k2;
                        Res::Day(a.add_days(-(if back == 0 { 7 } else { back })))
                    }
                    Some((Dir::Next, k2, _)) => {
                        k = k2;
                        Res::Day(a.add_days(if fwd == 0 { 7 } else { fwd }))
                    }
                    Some((Dir::Current, k2, _)) => {
                        k = k2;
                        Res::Day(a.add_days(-back))
                    }
                    _ if self.future(i) => Res::Day(a.add_days(fwd)),
                    _ => Res::Day(a.add_days(-back)),
                }
            }
        };
        let p = Piece {
            end: k,
            res,
            hijri: false,
            full: false,
        };
        Some((self.add_part_after(p, with_part), skip))
    }

    /// [يوم] اليوم/أمس/غدا [weekday] [[الموافق] date] [part of day].
    fn relday(&self, i: usize, with_part: bool) -> Option<(Piece, usize)> {
        // «يوم غد» is itself a relative day; otherwise يوم may precede one (يوم أمس).
        let own = self
            .find(i, |c| matches!(c, Cat::RelDay { .. }).then_some(()))
            .is_some();
        let day_cue = self.cue(i, Cue::Day).filter(|_| !own);
        let j = day_cue.unwrap_or(i);
        let ((off, part), k, rskip) = self.find(j, |c| match c {
            Cat::RelDay { offset, part } => Some((*offset, part.clone())),
            _ => None,
        })?;
        if self.cancelled(j, k, rskip) {
            return None;
        }
        let skip = if day_cue.is_some() {
            self.find(i, |c| (*c == Cat::Cue(Cue::Day)).then_some(()))?
                .2
        } else {
            rskip
        };
        let mut end = k;
        // اليوم الأحد، أمس (الجمعة)
        let weekday_at = |x: usize| {
            self.find(x, |c| match c {
                Cat::Weekday { n, definite: true } => Some(*n),
                _ => None,
            })
            .filter(|h| h.2 == 0)
            .map(|h| (h.1, h.0))
        };
        let mut stated = None;
        if let Some((k2, w)) = weekday_at(end) {
            end = k2;
            stated = Some(w);
        } else if self.punct(end, "(") {
            if let Some((k2, w)) = weekday_at(end + 1).filter(|&(k2, _)| self.punct(k2, ")")) {
                end = k2 + 1;
                stated = Some(w);
            }
        }
        let mut m = end;
        if self.punct(m, ",") {
            m += 1;
        }
        let m2 = self.cue(m, Cue::Equiv).unwrap_or(m);
        if let Some(p) = self.numeric(m2).or_else(|| self.day_month(m2).map(|x| x.0)) {
            if matches!(p.res, Res::Day(_)) {
                return Some((self.add_part_after(p, with_part), skip));
            }
        }
        // The stated weekday wins over the publication date: a report dated Thursday that says
        // «اليوم (الأربعاء)» was written on Wednesday (wire copy carried the next day).
        let res = match (self.anchor, stated) {
            (Some(a), Some(w)) => {
                let day = a.add_days(off);
                let back = (i64::from(day.weekday()) - i64::from(w)).rem_euclid(7);
                let shift = if back <= 3 { -back } else { 7 - back };
                Res::Day(day.add_days(shift))
            }
            _ => self.rel_day(off),
        };
        let mut p = Piece {
            end,
            res,
            hijri: false,
            full: false,
        };
        if let Some(code) = part {
            p.res = Res::Raw(p.res.with_part(Some(&code)));
            return Some((p, skip));
        }
        Some((self.add_part_after(p, with_part), skip))
    }

    /// Append a following part-of-day adverb (السبت مساء) when asked.
    fn add_part_after(&self, p: Piece, with_part: bool) -> Piece {
        if !with_part {
            return p;
        }
        match self.part_of_day(p.end, true) {
            Some((code, k, 0)) if matches!(p.res, Res::Day(_)) => Piece {
                end: k,
                res: Res::Raw(p.res.with_part(Some(&code))),
                ..p
            },
            _ => p,
        }
    }

    fn one(&self, from: usize, skip: usize, p: &Piece, kind: TimeType) -> Found {
        Found {
            end: p.end,
            items: vec![Item {
                from,
                skip,
                to: p.end,
                kind,
                value: p.res.fmt(),
                hijri: p.hijri,
                full: p.full,
            }],
        }
    }

    // ---- rules ---------------------------------------------------------------------

    fn r_numeric(&self, i: usize) -> Option<Found> {
        let p = self.numeric(i)?;
        Some(self.one(i, 0, &p, TimeType::Date))
    }

    fn r_weekday(&self, i: usize) -> Option<Found> {
        let (p, skip) = self.weekday(i, true)?;
        Some(self.one(i, skip, &p, TimeType::Date))
    }

    fn r_relday(&self, i: usize) -> Option<Found> {
        let (p, skip) = self.relday(i, true)?;
        Some(self.one(i, skip, &p, TimeType::Date))
    }

    /// مساء السبت، صباح اليوم، في وقت متأخر من ليل الجمعة.
    fn r_part_of_day(&self, i: usize) -> Option<Found> {
        let (code, j, skip) = self.part_of_day(i, false)?;
        let j = self.cue(j, Cue::Day).unwrap_or(j);
        let (p, _) = self.day_piece(j)?;
        let value = p.res.with_part(Some(&code));
        Some(Found {
            end: p.end,
            items: vec![Item {
                from: i,
                skip,
                to: p.end,
                kind: TimeType::Date,
                value,
                hijri: p.hijri,
                full: p.full,
            }],
        })
    }

    /// الساعة الثالثة فجرا، الساعة 10:30 صباحا، 8:00 مساء، السابعة صباحا.
    fn r_clock(&self, i: usize) -> Option<Found> {
        let (j, skip) = match self.find(i, |c| (*c == Cat::Cue(Cue::Clock)).then_some(())) {
            Some((_, k, s)) => (k, Some(s)),
            None => (i, None),
        };
        // «03:25 و03:53 بتوقيت موسكو»: two-digit hours and minutes round a colon are a time of
        // day even with no الساعة or part of day.
        let mut clock_shaped = false;
        let (mut h, mut min, mut k) = if let Some(hh) = self.num(j, 2) {
            if self.punct(j + 1, ":.,") && self.tok(j + 2).is_some_and(|t| t.gap == Gap::None) {
                let mm = self.num(j + 2, 2)?;
                clock_shaped = self.text(j).len() == 2
                    && self.text(j + 2).len() == 2
                    && self.text(j + 1) == ":"
                    && !j
                        .checked_sub(1)
                        .is_some_and(|p| self.has_cue(p, &[Cue::Score]));
                (hh, mm, j + 3)
            } else if skip.is_some() {
                (hh, 0, j + 1)
            } else {
                return None;
            }
        } else {
            // «الساعة السابعة مساء», and without الساعة when a part of day follows: «عند
            // السابعة صباحاً».
            let (n, k, _) = self.find(j, |c| match c {
                Cat::Ordinal(n) if (1..=12).contains(n) => Some(*n),
                _ => None,
            })?;
            if skip.is_none() && self.part_of_day(k, true).is_none() {
                return None;
            }
            (n, 0, k)
        };
        if h > 24 || min > 59 {
            return None;
        }
        if let Some(k2) = self.cue(k, Cue::Half) {
            min = 30;
            k = k2;
        } else if let Some(k2) = self.cue(k, Cue::Quarter) {
            min = 15;
            k = k2;
        }
        let mut part = None;
        if let Some((code, k2, _)) = self.part_of_day(k, true) {
            part = Some(code);
            k = k2;
        }
        if skip.is_none() && part.is_none() && !clock_shaped {
            return None;
        }
        // من صباح اليوم / فجر الأحد / يوم السبت
        let mut day = None;
        let k_from = self.cue(k, Cue::From).unwrap_or(k);
        if let Some((code, k2, _)) = self.part_of_day(k_from, false) {
            let k2 = self.cue(k2, Cue::Day).unwrap_or(k2);
            if let Some((p, _)) = self.day_piece(k2) {
                part.get_or_insert(code);
                k = p.end;
                day = Some(p.res);
            }
        } else if let Some((p, _)) = self.day_piece(k_from) {
            k = p.end;
            day = Some(p.res);
        }
        match part.as_deref() {
            Some("TAF" | "TEV") if h < 12 => h += 12,
            Some("TNI") if (6..12).contains(&h) => h += 12,
            _ => {}
        }
        if h == 24 {
            h = 0;
        }
        // A date just before (up to a comma or one word away) gives the day.
        let before = self
            .last_day
            .get()
            .filter(|&(end, _, _)| end <= i && i <= end + 2)
            .map(|(_, d, _)| Res::Day(d));
        // The same moment in another zone, a few words after a clock time: its day is that
        // time's, a day back or on when the hours are more than twelve apart (07:58 local
        // is 22:58 GMT the day before).
        let converted = self
            .last_day
            .get()
            .filter(|&(end, _, _)| clock_shaped && skip.is_none() && end <= i && i <= end + 5)
            .and_then(|(_, d, h0)| Some((d, h0?)))
            .map(|(d, h0)| {
                let shift = match i64::from(h) - i64::from(h0) {
                    x if x > 12 => -1,
                    x if x < -12 => 1,
                    _ => 0,
                };
                Res::Day(d.add_days(shift))
            });
        let date = match converted
            .or(day)
            .or(before)
            .or_else(|| self.anchor.map(Res::Day))
        {
            Some(Res::Day(d)) => d.fmt(),
            _ => "XXXX-XX-XX".to_string(),
        };
        Some(Found {
            end: k,
            items: vec![Item {
                from: i,
                skip: skip.unwrap_or(0),
                to: k,
                kind: TimeType::Time,
                value: format!("{date}T{h:02}:{min:02}"),
                hijri: false,
                full: false,
            }],
        })
    }

    fn r_day_month(&self, i: usize) -> Option<Found> {
        let (p, skip) = self.day_month(i)?;
        Some(self.one(i, skip, &p, TimeType::Date))
    }

    /// من 5 إلى 7 أغسطس، بين الخامس والسابع من أغسطس: two dates.
    fn r_day_range(&self, i: usize) -> Option<Found> {
        let (d1, j, skip) = self.day_num(i)?;
        let (k, attached) = if let Some(k) = self.cue(j, Cue::And).or_else(|| self.cue(j, Cue::To))
        {
            (k, false)
        } else if self.punct(j, "-") {
            (j + 1, false)
        } else {
            (j, true)
        };
        // والسابع: the connector is attached to the second ordinal.
        if attached && !self.text(k).starts_with('و') {
            return None;
        }
        let (p, _) = self.day_month(k)?;
        let first = match &p.res {
            Res::Day(d) => Res::Day(Ymd::new(d.y, d.m, d1)?),
            Res::Raw(s) if s.len() == 10 => Res::Raw(format!("{}{d1:02}", &s[..8])),
            _ => return None,
        };
        let second = Item {
            from: k,
            skip: 0,
            to: p.end,
            kind: TimeType::Date,
            value: p.res.fmt(),
            hijri: p.hijri,
            full: p.full,
        };
        let first = Item {
            from: i,
            skip,
            to: j,
            kind: TimeType::Date,
            value: first.fmt(),
            hijri: p.hijri,
            full: p.full,
        };
        Some(Found {
            end: p.end,
            items: vec![first, second],
        })
    }

    /// من يناير إلى مارس 2024: the first month takes the second's year.
    fn r_month_range(&self, i: usize) -> Option<Found> {
        let (hijri, m1, j, skip) = self.month_group(i)?;
        let (k, (h2, m2, k2, _)) = match self.cue(j, Cue::To).or_else(|| self.cue(j, Cue::And)) {
            Some(k) => (k, self.month_group(k)?),
            // وكانون الأول: the connector is attached to the second month.
            None => match self.month_group(j) {
                Some(g) if g.3 > 0 && self.text(j).starts_with('و') => (j, g),
                _ => return None,
            },
        };
        if h2 != hijri {
            return None;
        }
        let (spec, end) = self.year_part(k2, hijri)?;
        let YearSpec::Abs(y, h) = spec else {
            return None;
        };
        let y1 = if m1 > m2 { y - 1 } else { y };
        let (r1, r2) = if hijri || h {
            (self.hijri_res(y1, m1, None)?, self.hijri_res(y, m2, None)?)
        } else {
            (Res::Month(y1, m1), Res::Month(y, m2))
        };
        let hijri = hijri || h;
        Some(Found {
            end,
            items: vec![
                Item {
                    from: i,
                    skip,
                    to: j,
                    kind: TimeType::Date,
                    value: r1.fmt(),
                    hijri,
                    full: false,
                },
                Item {
                    from: k,
                    skip: 0,
                    to: end,
                    kind: TimeType::Date,
                    value: r2.fmt(),
                    hijri,
                    full: false,
                },
            ],
        })
    }

    /// [boundary] [شهر] month [year | modifier]; bare months need a preposition before.
    fn r_month(&self, i: usize) -> Option<Found> {
        let (j, skip, bounded) = match self.boundary(i) {
            Some((k, s)) => (k, s, true),
            None => (i, 0, false),
        };
        let (j, skip, month_cue) = match self.cue(j, Cue::Month) {
            Some(k) => (
                k,
                if bounded {
                    skip
                } else {
                    self.find(j, |c| (*c == Cat::Cue(Cue::Month)).then_some(()))?
                        .2
                },
                true,
            ),
            None => (j, skip, false),
        };
        let (hijri, m, k, mskip, strict) = self.month_group_strict(j)?;
        let skip = if j == i { mskip } else { skip };
        let p = self.month_value(hijri, m, None, k, i)?;
        let explicit = p.end > k;
        // في نوفمبر، وفبراير: a month joined by و to the expression just before.
        let continued = mskip > 0
            && self.text(j).starts_with('و')
            && (self.last_end.get() == i
                || (self.last_end.get().wrapping_add(1) == i
                    && self.punct(i.wrapping_sub(1), ",")));
        let cued = bounded
            || continued
            || month_cue
            || self.has_cue(
                i.wrapping_sub(1),
                &[
                    Cue::In,
                    Cue::Since,
                    Cue::During,
                    Cue::To,
                    Cue::From,
                    Cue::Between,
                    Cue::Ago,
                    Cue::After,
                ],
            );
        if !explicit && (!cued || ((hijri || strict) && !month_cue)) {
            return None;
        }
        let end = self.era_tail(p.end);
        Some(self.one(i, skip, &Piece { end, ..p }, TimeType::Date))
    }

    /// الشهر المقبل، هذا العام، مطلع الأسبوع الماضي، العام قبل الماضي.
    fn r_period(&self, i: usize) -> Option<Found> {
        let closing = self.boundary_kind(i).is_some_and(|(_, _, end)| end);
        let (mut j, skip, bounded) = match self.boundary(i) {
            Some((k, s)) => (k, s, true),
            None => (i, 0, false),
        };
        let this = self.cue(j, Cue::This);
        let this_skip = if this.is_some() && !bounded {
            self.find(j, |c| (*c == Cat::Cue(Cue::This)).then_some(()))?
                .2
        } else {
            skip
        };
        if let Some(k) = this {
            j = k;
        }
        let (u, k, pskip) = self.find(j, |c| match c {
            Cat::Period(u) => Some(*u),
            _ => None,
        })?;
        let skip = if j == i { pskip } else { this_skip };
        if this.is_none() && self.cancelled(j, k, pskip) {
            return None;
        }
        let (n, end) = if this.is_some() {
            (0, k)
        } else if let Some((d, k2, _)) = self.modifier(k) {
            if !matches!(d, Dir::Past | Dir::Next | Dir::Current) {
                return None;
            }
            // العام قبل الماضي
            (dir_sign(d), k2)
        } else if let (Some(k2), true) = (self.cue(k, Cue::Ago), true) {
            match self.modifier(k2) {
                Some((Dir::Past, k3, _)) => (-2, k3),
                _ if bounded => (0, k),
                _ => return None,
            }
        } else if bounded
            && self
                .find(k, |c| matches!(c, Cat::Ordinal(_)).then_some(()))
                .is_none()
        {
            (0, k)
        } else {
            return None;
        };
        // A year number right after belongs to the year rule (العام 2014), or is the year
        // itself after a modifier (العام الجاري 2018).
        let year_after = self.num(end, 4).filter(|y| (1000..=2100).contains(y));
        if let Some(y) = year_after {
            if end == k || u != Unit::Year {
                return None;
            }
            let p = Piece {
                end: end + 1,
                res: Res::Year(y as i32),
                hijri: false,
                full: false,
            };
            return Some(self.one(i, skip, &p, TimeType::Date));
        }
        let mut res = self.period_rel(u, n);
        // «نهاية الأسبوع»: the weekend. A bare one told early in the week is the one just
        // past; «نهاية هذا الأسبوع» and one told from Friday on are this week's.
        if let Some(a) = self.anchor.filter(|_| closing && u == Unit::Week) {
            let n = if this.is_none() && end == k && a.weekday() <= 4 {
                -1
            } else {
                n
            };
            res = Res::Raw(format!("{}-WE", self.period_rel(u, n).fmt()));
        }
        Some(self.one(
            i,
            skip,
            &Piece {
                end,
                res,
                hijri: false,
                full: false,
            },
            TimeType::Date,
        ))
    }

    /// عام 2014، 2015 م، 1436 هـ، مطلع 2014، في 2014.
    fn r_year(&self, i: usize) -> Option<Found> {
        let (j, skip, bounded) = match self.boundary(i) {
            Some((k, s)) => (k, s, true),
            None => (i, 0, false),
        };
        let (j, skip, cued) = match self.find(j, |c| {
            matches!(c, Cat::Cue(Cue::Year | Cue::Years)).then_some(())
        }) {
            Some((_, k, s)) => (k, if bounded { skip } else { s }, true),
            None => (j, skip, false),
        };
        if !cued && self.cancelled_year_cue(j) {
            return None;
        }
        let raw = self.num(j, 4)?;
        let (y, hijri, end) = self
            .year_num(j, false)
            .or_else(|| self.year_num(j, true).filter(|x| x.2 > j + 1))?;
        let marked = end > j + 1;
        if !(cued || marked || bounded) {
            // في 2014: a preposition, a plausible year, and no counted noun after it.
            let prep = self.has_cue(
                i.wrapping_sub(1),
                &[Cue::In, Cue::Since, Cue::To, Cue::During, Cue::From],
            );
            // منذ 2015 is a year whatever follows; في 2000 موقع is a count.
            let since = self.has_cue(i.wrapping_sub(1), &[Cue::Since]);
            // انتخابات 2020 (الرئاسية): an occasion's year, before a clause break or an adjective.
            let occasion = self.has_cue(i.wrapping_sub(1), &[Cue::YearNoun])
                && (self.year_can_end(end)
                    || self
                        .tok(end)
                        .is_some_and(|t| t.kind == Kind::Word && t.text.starts_with("ال")));
            if !((1900..=2100).contains(&raw)
                && (occasion || (prep && (since || self.year_can_end(end)))))
            {
                return None;
            }
        }
        if bounded && !cued && !marked && !(1900..=2100).contains(&raw) {
            return None;
        }
        let res = if hijri {
            Self::hijri_year(y)?
        } else {
            Res::Year(y)
        };
        let mut found = self.one(
            i,
            skip,
            &Piece {
                end,
                res,
                hijri,
                full: false,
            },
            TimeType::Date,
        );
        // في 2015 و2016: a second year joined by و.
        if let Some(k) = self.cue(end, Cue::And) {
            if let Some((y2, h2, end2)) = self.year_num(k, hijri) {
                if y2 > y && (h2 || (1900..=2100).contains(&y2)) {
                    let res2 = if h2 {
                        Self::hijri_year(y2)?
                    } else {
                        Res::Year(y2)
                    };
                    found.items.push(Item {
                        from: k,
                        skip: 0,
                        to: end2,
                        kind: TimeType::Date,
                        value: res2.fmt(),
                        hijri: h2,
                        full: false,
                    });
                    found.end = end2;
                }
            }
        }
        Some(found)
    }

    /// A number followed by a colon and touching digits is a clock time (10:30), not a year.
    fn cancelled_year_cue(&self, j: usize) -> bool {
        self.punct(j + 1, ":")
            && self
                .tok(j + 2)
                .is_some_and(|t| t.kind == Kind::Num && t.gap == Gap::None)
    }

    /// Whether a bare year may end here: end of text, punctuation, or a clause-opening word.
    fn year_can_end(&self, k: usize) -> bool {
        match self.tok(k) {
            None => true,
            // 2006: but not 10:30 or 2006/07.
            Some(t) if t.kind == Kind::Punct && t.text == ":" => {
                self.tok(k + 1).is_none_or(|n| n.gap != Gap::None)
            }
            Some(t) if t.kind == Kind::Punct => !"%/".contains(t.text),
            Some(t) if t.kind == Kind::Word => {
                t.text.starts_with('و')
                    || t.text.starts_with('ف')
                    || self.has_cue(
                        k,
                        &[
                            Cue::In,
                            Cue::From,
                            Cue::To,
                            Cue::Since,
                            Cue::After,
                            Cue::Ago,
                            Cue::Clause,
                            Cue::During,
                            Cue::Between,
                        ],
                    )
            }
            Some(_) => false,
        }
    }

    /// بين 2011 و2015، عامي 2014 و2015، من عام 2011 إلى عام 2015: two years.
    fn r_year_range(&self, i: usize) -> Option<Found> {
        let (j, dual) = if let Some(k) = self.cue(i, Cue::Years) {
            (k, true)
        } else if let Some(k) = self.cue(i, Cue::Between).or_else(|| self.cue(i, Cue::From)) {
            (
                self.cue(k, Cue::Year)
                    .or_else(|| self.cue(k, Cue::Years))
                    .unwrap_or(k),
                false,
            )
        } else if self.num(i, 4).is_some_and(|y| (1900..=2100).contains(&y))
            && self.punct(i + 1, "-")
            && self.num(i + 2, 4).is_some()
        {
            // «الحرب الأهلية (1975-1990)»: two years joined by a dash.
            (i, false)
        } else {
            return None;
        };
        let (y1, h1, k) = self
            .year_num(j, false)
            .or_else(|| self.year_num(j, true).filter(|x| x.2 > j + 1))?;
        let m = self
            .cue(k, Cue::And)
            .or_else(|| self.cue(k, Cue::To))
            .or_else(|| self.punct(k, "-").then_some(k + 1))?;
        let m2 = self.cue(m, Cue::Year).unwrap_or(m);
        let (y2, h2, end) = self.year_num(m2, h1)?;
        if !dual && !(1900..=2100).contains(&(y1 as u32)) && !h1 {
            return None;
        }
        if y2 <= y1 {
            return None;
        }
        let val = |y: i32, h: bool| {
            if h {
                Self::hijri_year(y).map(|r| r.fmt())
            } else {
                Some(format!("{y:04}"))
            }
        };
        let from = if dual { i } else { j };
        Some(Found {
            end,
            items: vec![
                Item {
                    from,
                    skip: 0,
                    to: k,
                    kind: TimeType::Date,
                    value: val(y1, h1)?,
                    hijri: h1,
                    full: false,
                },
                Item {
                    from: m,
                    skip: 0,
                    to: end,
                    kind: TimeType::Date,
                    value: val(y2, h2)?,
                    hijri: h2,
                    full: false,
                },
            ],
        })
    }

    /// الشتاء الماضي، هذا الصيف، صيف 2014، ربيع العام المقبل.
    fn r_season(&self, i: usize) -> Option<Found> {
        let this = self.cue(i, Cue::This);
        let j = this.unwrap_or(i);
        let ((code, first), k, sskip) = self.find(j, |c| match c {
            Cat::Season(code, first) => Some((code.clone(), *first)),
            _ => None,
        })?;
        let skip = if this.is_some() { 0 } else { sskip };
        if self.cancelled(j, k, sskip) {
            return None;
        }
        let label = |y: i32| format!("{y:04}-{code}");
        let (value, end) = if let Some((y, false, k2)) = self.year_num(k, false) {
            (label(y), k2)
        } else if let Some((spec, k2)) = self.year_part(k, false) {
            match (spec, self.anchor) {
                (YearSpec::Rel(n), Some(a)) => (label(a.y + n as i32), k2),
                (YearSpec::Abs(y, false), _) => (label(y), k2),
                (YearSpec::Rel(n), None) => (ref_for(n), k2),
                _ => return None,
            }
        } else {
            let dir = if this.is_some() {
                (Dir::Current, k)
            } else {
                let (d, k2, _) = self.modifier(k)?;
                (d, k2)
            };
            let value = match self.anchor {
                None => ref_for(dir_sign(dir.0)),
                Some(a) => {
                    // Seasons as month indices; the current season starts at the latest of
                    // Mar/Jun/Sep/Dec not after the anchor month.
                    let idx = |y: i32, m: u32| i64::from(y) * 12 + i64::from(m) - 1;
                    let now = idx(a.y, a.m);
                    let cur_start = (0..3)
                        .map(|b| now - b)
                        .find(|x| [2, 5, 8, 11].contains(&x.rem_euclid(12)))?;
                    let s0 = i64::from(first) - 1;
                    let start = match dir.0 {
                        Dir::Past | Dir::Recent => {
                            let mut s = (cur_start - 1) - (cur_start - 1 - s0).rem_euclid(12);
                            if s >= cur_start {
                                s -= 12;
                            }
                            s
                        }
                        Dir::Next => cur_start + 1 + (s0 - (cur_start + 1)).rem_euclid(12),
                        Dir::Current | Dir::Few => {
                            // The instance of this season nearest the anchor.
                            let back = cur_start - (cur_start - s0).rem_euclid(12);
                            if cur_start - back <= 6 {
                                back
                            } else {
                                back + 12
                            }
                        }
                    };
                    label(start.div_euclid(12) as i32)
                }
            };
            (value, dir.1)
        };
        Some(Found {
            end,
            items: vec![Item {
                from: i,
                skip,
                to: end,
                kind: TimeType::Date,
                value,
                hijri: false,
                full: false,
            }],
        })
    }

    /// الأربعينيات من القرن الماضي → 194; القرن الماضي → 19; القرن العشرين → 19.
    fn r_decade(&self, i: usize) -> Option<Found> {
        let decade = self.find(i, |c| match c {
            Cat::Decade(d) => Some(*d),
            _ => None,
        });
        let (j, skip) = match decade {
            Some((_, k, s)) => (self.cue(k, Cue::From).unwrap_or(k), s),
            None => (
                i,
                self.find(i, |c| (*c == Cat::Cue(Cue::Century)).then_some(()))?
                    .2,
            ),
        };
        let century = self.cue(j, Cue::Century).and_then(|k| {
            if let Some((d, k2, _)) = self.modifier(k) {
                let base = self.anchor.map(|a| a.y.div_euclid(100)).unwrap_or(20);
                return Some((base + dir_sign(d) as i32, k2));
            }
            let (n, k2, _) = self.find(k, |c| match c {
                Cat::Ordinal(n) => Some(*n),
                _ => None,
            })?;
            (1..=21).contains(&n).then_some((n as i32 - 1, k2))
        });
        let (value, end) = match (decade, century) {
            (Some((d, _, _)), Some((c, k))) => (format!("{c:02}{d}"), k),
            (Some((d, k, _)), None) => (format!("19{d}"), k),
            (None, Some((c, k))) => (format!("{c:02}"), k),
            (None, None) => return None,
        };
        Some(Found {
            end,
            items: vec![Item {
                from: i,
                skip,
                to: end,
                kind: TimeType::Date,
                value,
                hijri: false,
                full: false,
            }],
        })
    }

    /// A count of units: (count or None for vague, unit, next, whether definite plural).
    /// `check_construct` rejects a bare unit heading a
    /// construct (قبل يوم التصويت) — not after كل, where «كل يوم» stands alone.
    /// `broad_construct` extends the check to vague plurals before any noun (طوال أيام
    /// شهر رمضان) — not after منذ, where «منذ أشهر مفاوضات» is the usual reading.
    fn count_unit_in(
        &self,
        i: usize,
        cue: bool,
        check_construct: bool,
        broad_construct: bool,
    ) -> Option<(Option<u64>, Unit, usize, bool)> {
        let unit = |c: &Cat| match c {
            Cat::Unit(u, n) => Some((*u, *n)),
            _ => None,
        };
        // digits + unit
        if let Some(n) = self.num(i, 4) {
            let ((u, _), k, 0) = self.find(i + 1, unit)? else {
                return None;
            };
            // الـ24 ساعة الماضية is a definite count; الـ41 يوم (no modifier) an ordinal label.
            let article = i > 0 && self.text(i - 1) == "ال";
            if article && self.modifier(k).is_none() {
                return None;
            }
            // منذ 2001 يوم الجمعة: a year, not a count.
            return (n >= 1 && !(1900..=2100).contains(&n)).then_some((
                Some(u64::from(n)),
                u,
                k,
                article,
            ));
        }
        // العشرين عاما الماضية: a number word with the article, a unit, a modifier.
        if let Some(rest) = self.text(i).strip_prefix("ال") {
            let v = self.lex.get(rest).iter().find_map(|c| match c {
                Cat::Number(Some(v)) => Some(*v),
                _ => None,
            });
            let v = v.or_else(|| {
                self.find(i, |c| match c {
                    Cat::Ordinal(v) if *v >= 10 => Some(*v),
                    _ => None,
                })
                .filter(|x| x.1 == i + 1)
                .map(|x| x.0)
            });
            if let Some(v) = v {
                if let Some(((u, _), k, 0)) = self.find(i + 1, unit) {
                    if self.modifier(k).is_some() {
                        return Some((Some(u64::from(v)), u, k, true));
                    }
                }
            }
        }
        // number word [و tens] + unit
        if let Some((n, k, _)) = self.find(i, |c| match c {
            Cat::Number(n) => Some(*n),
            _ => None,
        }) {
            let mut n = n.map(u64::from);
            let mut k = k;
            if let (Some(a), Some((Some(t), k2, s))) = (
                n,
                self.find(k, |c| match c {
                    Cat::Number(n) => Some(*n),
                    _ => None,
                }),
            ) {
                if s > 0 && self.text(k).starts_with('و') && t >= 20 && a < 10 {
                    n = Some(a + u64::from(t));
                    k = k2;
                }
            }
            let ((u, count), k2, 0) = self.find(k, unit)? else {
                return None;
            };
            if n.is_none() && count != Count::Plural {
                return None;
            }
            return Some((n, u, k2, false));
        }
        let ((u, count), k, _) = self.find(i, unit)?;
        let definite = self.text(i).contains("ال")
            && self.find(i, unit).is_some_and(|x| {
                let t = self.text(i);
                let stem = t.get(x.2..).unwrap_or(t);
                stem.starts_with("ال") || stem.starts_with("لل")
            });
        match count {
            Count::Two => Some((Some(2), u, k, definite)),
            Count::One if cue && !definite && !(check_construct && self.construct(k, false)) => {
                Some((Some(1), u, k, false))
            }
            // منذ أيام حسين، طوال أيام شهر رمضان: a plural heading a construct.
            Count::Plural
                if !definite
                    && broad_construct
                    && self.construct(k, true)
                    && !self.text(k).starts_with("قليل") =>
            {
                None
            }
            Count::Plural => Some((None, u, k, definite)),
            Count::One => None,
        }
    }

    /// Durations and counted relative dates: ثلاثة أشهر، لمدة يومين، قبل ثلاثة أيام، منذ أشهر،
    /// خلال الأشهر الماضية، الأشهر الستة الماضية.
    fn r_duration(&self, i: usize) -> Option<Found> {
        let pre = [Cue::Ago, Cue::After, Cue::Since, Cue::During]
            .into_iter()
            .find_map(|c| self.find(i, |x| (*x == Cat::Cue(c)).then_some(c)));
        let (cue, mut j, skip) = match pre {
            Some((c, k, s)) => (Some(c), k, s),
            None => (None, i, 0),
        };
        // قبل نحو ثلاثة أيام: an approximator after the preposition.
        if cue.is_some() {
            if let Some(k) = self.cue(j, Cue::During) {
                j = k;
            }
        }
        let (mut n, u, mut k, definite) =
            self.count_unit_in(j, cue.is_some(), true, cue != Some(Cue::Since))?;
        // منذ أيام حسين: «since the days of» a name or an era.
        if cue == Some(Cue::Since)
            && u == Unit::Day
            && n.is_none()
            && !definite
            && self.construct(k, true)
        {
            return None;
        }
        let first_skip = if cue.is_some() {
            skip
        } else {
            self.find(j, |_| Some(())).map(|x| x.2).unwrap_or(0)
        };
        // لعدة أيام، بضعة أشهر: a vague number word counts as a cue.
        let mut vague_ok = cue.is_some()
            || self
                .find(j, |c| (*c == Cat::Number(None)).then_some(()))
                .is_some();
        // الأشهر الستة الماضية: a definite number word after a definite plural.
        if definite && n.is_none() {
            let t = self.text(k);
            if let Some(rest) = t.strip_prefix("ال") {
                if let Some(Cat::Number(Some(v))) = self.lex.get(rest).first() {
                    n = Some(u64::from(*v));
                    k += 1;
                }
            }
        }
        // Modifiers: القليلة / الماضية / الأخيرة / المقبلة (up to two: الأيام القليلة الماضية).
        let mut dir = None;
        for _ in 0..2 {
            if let Some((d, k2, 0)) = self.modifier(k) {
                if !definite
                    && d != Dir::Few
                    && !(d == Dir::Few || self.text(k).starts_with("قليل"))
                {
                    break;
                }
                dir = Some(d);
                vague_ok = true;
                k = k2;
            } else if self.text(k).starts_with("قليل") {
                vague_ok = true;
                k += 1;
            } else {
                break;
            }
        }
        if definite && dir.is_none() {
            return None;
        }
        if n.is_none() && !vague_ok {
            return None;
        }
        // A year number right after منذ عام belongs to the year rule.
        if n == Some(1) && self.num(k, 4).is_some() {
            return None;
        }
        // Ages: يبلغ من العمر 30 عاما، طفل عمره 10 سنوات.
        if matches!(u, Unit::Year | Unit::Month) && self.is_age(i, k, u == Unit::Year) {
            return None;
        }
        // بعد عامين فقط من استقلالها، بعد ثلاثة أيام، من …: tied to an event.
        let mut r = k;
        while self.punct(r, ",") || self.cue(r, Cue::Only).is_some() {
            r += 1;
        }
        let relative_to_event =
            self.cue(r, Cue::From).is_some() || self.cue(r, Cue::Relative).is_some();
        let (kind, value) = match cue {
            Some(Cue::Ago) if !relative_to_event => match n {
                Some(n) => {
                    let res = self.period_rel(u, -(n as i64));
                    (TimeType::Date, res.fmt())
                }
                None => (TimeType::Date, "PAST_REF".to_string()),
            },
            // بعد + count is narrative time (بعد ثلاثة عقود أخذت القصة) unless the clause is
            // about the future (سيصبح نافذا بعد 15 يوما).
            Some(Cue::After) if !relative_to_event && !definite && self.future(i) => match n {
                Some(n) => (TimeType::Date, self.period_rel(u, n as i64).fmt()),
                None => (TimeType::Date, "FUTURE_REF".to_string()),
            },
            _ => (TimeType::Duration, duration_value(u, n)),
        };
        Some(Found {
            end: k,
            items: vec![Item {
                from: i,
                skip: if cue.is_some() { skip } else { first_skip },
                to: k,
                kind,
                value,
                hijri: false,
                full: false,
            }],
        })
    }

    /// Whether a singular unit ending before `k` heads a construct (قبل يوم التصويت، خلال
    /// شهر رمضان): then it counts nothing relative to publication.
    ///
    /// `broad`: any following noun counts (for vague plurals: منذ أيام حسين); else only a
    /// definite noun or a calendar word (قبل يوم التصويت، خلال شهر رمضان).
    fn construct(&self, k: usize, broad: bool) -> bool {
        let Some(t) = self.tok(k).filter(|t| t.kind == Kind::Word) else {
            return false;
        };
        if self.has_cue(
            k,
            &[
                Cue::Adj,
                Cue::From,
                Cue::Relative,
                Cue::Ago,
                Cue::After,
                Cue::To,
                Cue::In,
            ],
        ) || self.modifier(k).is_some()
        {
            return false;
        }
        let calendar_word = self.find(k, |c| {
            matches!(
                c,
                Cat::Month { .. }
                    | Cat::Unit(..)
                    | Cat::Weekday { .. }
                    | Cat::Period(_)
                    | Cat::RelDay { .. }
            )
            .then_some(())
        });
        if calendar_word.is_some() || t.text.starts_with("ال") {
            return true;
        }
        broad
            && !["و", "ف", "ب", "ل", "ك"]
                .iter()
                .any(|p| t.text.starts_with(p))
    }

    /// Whether a count of years (or months) between `i` and `k` is someone's age: in
    /// parentheses after a name, or near an age word (العمر، البالغ) when `cues` is set.
    fn is_age(&self, i: usize, k: usize, cues: bool) -> bool {
        // (48 عاما), (18 شهرا) after a name.
        if self.punct(i.wrapping_sub(1), "(") && self.punct(k, ")") {
            return true;
        }
        if !cues {
            return false;
        }
        // شيرين، 40 عاما، …: digits between commas after a name.
        if self.tok(i).is_some_and(|t| t.kind == Kind::Num)
            && self.punct(i.wrapping_sub(1), ",")
            && self.punct(k, ",)")
        {
            return true;
        }
        let back = i.saturating_sub(4)..i;
        back.into_iter().any(|x| self.has_cue(x, &[Cue::Age]))
            || (self
                .cue(k, Cue::From)
                .is_some_and(|k2| self.has_cue(k2, &[Cue::Age])))
    }

    /// كل أسبوع، كل يومين، كل ثلاثة أشهر، كل جمعة، يوميا.
    fn r_set(&self, i: usize) -> Option<Found> {
        if let Some((v, k, skip)) = self.find(i, |c| match c {
            Cat::Set(v) => Some(v.clone()),
            _ => None,
        }) {
            return Some(Found {
                end: k,
                items: vec![Item {
                    from: i,
                    skip,
                    to: k,
                    kind: TimeType::Set,
                    value: v,
                    hijri: false,
                    full: false,
                }],
            });
        }
        let (_, j, skip) = self.find(i, |c| (*c == Cat::Cue(Cue::Every)).then_some(()))?;
        // كل جمعة، كل يوم جمعة: a weekday first, then a count (كل يوم، كل ثلاثة أشهر).
        let j2 = self.cue(j, Cue::Day).unwrap_or(j);
        let weekday = self.find(j2, |c| match c {
            // كل أحد is «everyone»; «every Sunday» needs يوم.
            Cat::Weekday {
                n: 7,
                definite: false,
            } if j2 == j => None,
            Cat::Weekday { n, .. } => Some(*n),
            _ => None,
        });
        let (value, end) = if let Some((w, k, _)) = weekday {
            (format!("XXXX-WXX-{w}"), k)
        } else {
            let (n, u, k, definite) = self.count_unit_in(j, true, false, false)?;
            if definite {
                return None;
            }
            (duration_value(u, Some(n?)), k)
        };
        Some(Found {
            end,
            items: vec![Item {
                from: i,
                skip,
                to: end,
                kind: TimeType::Set,
                value,
                hijri: false,
                full: false,
            }],
        })
    }

    /// «وفي اليوم ذاته»: the day the text dated last, if it dated one before.
    fn r_same_day(&self, i: usize) -> Option<Found> {
        let k = self.cue(i, Cue::SameDay)?;
        let (_, d, _) = self.last_day.get().filter(|&(end, _, _)| end <= i)?;
        Some(self.one(
            i,
            0,
            &Piece {
                end: k,
                res: Res::Day(d),
                hijri: false,
                full: false,
            },
            TimeType::Date,
        ))
    }

    /// «في الثالث منه»: an ordinal day of the month the text named last.
    fn r_day_of_that_month(&self, i: usize) -> Option<Found> {
        let (d, k, skip) = self.find(i, |c| match c {
            Cat::Ordinal(n) if (1..=31).contains(n) => Some(*n),
            _ => None,
        })?;
        if self.text(k) != "منه" {
            return None;
        }
        // Only a month named close before, in the same paragraph: a month the recogniser
        // missed («وشهد أغسطس …») must not hand the day to an older one.
        let (_, y, m) = self.last_month.get().filter(|&(end, _, _)| {
            end <= i
                && i - end <= 30
                && (end..=i).all(|k| self.tok(k).is_none_or(|t| t.gap != Gap::Line))
        })?;
        let day = Ymd::new(y, m, d)?;
        Some(self.one(
            i,
            skip,
            &Piece {
                end: k + 1,
                res: Res::Day(day),
                hijri: false,
                full: false,
            },
            TimeType::Date,
        ))
    }

    fn r_ref(&self, i: usize) -> Option<Found> {
        let ((v, kind), k, skip) = self.find(i, |c| match c {
            Cat::Ref(v, t) => Some((v.clone(), *t)),
            _ => None,
        })?;
        // قريبا من (close to) is not «soon».
        if k == i + 1 && self.cancelled(i, k, skip) {
            return None;
        }
        // «في وقت سابق من الخميس», «في وقت لاحق من الشهر الجاري»: earlier or later within the
        // time named after من, which is the value.
        // «في وقت لاحق اليوم»: a day right after it, with no من, is the day too.
        if v.ends_with("_REF") && v != "PRESENT_REF" {
            let (from, day_only) = match self.cue(k, Cue::From) {
                Some(f) => (f, false),
                None => (k, true),
            };
            {
                let inner = Self::rules()
                    .iter()
                    .filter_map(|r| r(self, from))
                    .filter(|f| f.items.len() == 1 && f.items[0].from == from)
                    .filter(|f| {
                        !day_only || f.items[0].value.get(..10).and_then(Ymd::parse).is_some()
                    })
                    .max_by_key(|f| f.end);
                if let Some(f) = inner {
                    let it = &f.items[0];
                    return Some(Found {
                        end: f.end,
                        items: vec![Item {
                            from: i,
                            skip,
                            to: it.to,
                            kind: it.kind,
                            value: it.value.clone(),
                            hijri: it.hijri,
                            full: it.full,
                        }],
                    });
                }
            }
        }
        Some(Found {
            end: k,
            items: vec![Item {
                from: i,
                skip,
                to: k,
                kind,
                value: v,
                hijri: false,
                full: false,
            }],
        })
    }
}

/// How a month's year is given.
#[derive(Debug, Clone, Copy)]
enum YearSpec {
    /// A written year; `true` when marked or read as Hijri.
    Abs(i32, bool),
    /// Relative to the anchor's year (العام الماضي → -1).
    Rel(i64),
}
