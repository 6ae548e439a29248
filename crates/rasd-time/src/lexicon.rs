//! The linguistic data of the recogniser: word lists under `data/`, loaded once.
//!
//! Every list is a small TSV file embedded with `include_str!`, so the binary never reads
//! the file system. Forms are normalised with [`rasd_text::normalize`] on load, which lets the
//! files keep ordinary Arabic spelling (أبريل، غداً) while matching runs on normalised text.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use rasd_doc::TimeType;

use crate::error::LexiconError;

/// A unit of time, as counted by durations and named by period nouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Unit {
    /// Minute.
    Min,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Year.
    Year,
    /// Decade.
    Decade,
    /// Century.
    Century,
}

/// Grammatical number of a unit word: it fixes the count (يوم 1, يومين 2) or needs one (أيام).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    /// Singular: one unit (or the counted noun after numbers above ten).
    One,
    /// Dual: two units.
    Two,
    /// Plural: a number must say how many, else the expression is vague.
    Plural,
}

/// Where a modifier places a period relative to publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// الماضي: the previous one.
    Past,
    /// المقبل: the next one.
    Next,
    /// الجاري: the current one.
    Current,
    /// الأخيرة: recent (only after plural units).
    Recent,
    /// القليلة: a few (vague count).
    Few,
}

/// Where a part-of-day word stands relative to the day it qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    /// A noun heading the day: مساء السبت.
    Before,
    /// An adverb after the day or clock time: السبت مساء.
    After,
    /// Either.
    Both,
}

/// Function words and markers the rules look for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Introduces a year number: عام، العام، سنة.
    Year,
    /// Dual or plural year cue: عامي 2011 و2015.
    Years,
    /// شهر before a month name.
    Month,
    /// يوم before a date or weekday.
    Day,
    /// الساعة before a time of day.
    Clock,
    /// قبل.
    Ago,
    /// بعد.
    After,
    /// منذ.
    Since,
    /// خلال، لمدة، طوال … (and approximators نحو، حوالي).
    During,
    /// كل.
    Every,
    /// بين.
    Between,
    /// من.
    From,
    /// إلى، حتى.
    To,
    /// و as a separate token.
    And,
    /// في، بحلول.
    In,
    /// هذا، هذه.
    This,
    /// الموافق.
    Equiv,
    /// القرن.
    Century,
    /// هـ، هجري: Hijri era marker.
    Hijri,
    /// م، ميلادي: Gregorian era marker.
    Gregorian,
    /// Words that put a clause in the future: سوف، المقرر …
    Future,
    /// Words that make a count of years an age: العمر، البالغ …
    Age,
    /// ونصف: thirty minutes past.
    Half,
    /// A match result (بنتيجة): the colon figure after it is a score, not a time of day.
    Score,
    /// كامل، واحد: may follow a singular unit (لمدة عام كامل).
    Adj,
    /// فقط: skipped before the من/على that ties a count to an event.
    Only,
    /// نفس العام: the year last written in the text.
    SameYear,
    /// اليوم نفسه، في ذات اليوم: the day last dated in the text.
    SameDay,
    /// عن، على، حين …: a function word that may follow a bare year.
    Clause,
    /// على after a count: the count is relative to an event, not to publication.
    Relative,
    /// وربع: fifteen minutes past.
    Quarter,
    /// انتخابات، مونديال، ثورة …: a noun naming a dated occasion, whose bare year follows it.
    YearNoun,
}

/// What a lexicon phrase means; one phrase may have several readings.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cat {
    /// A month name; `hijri` for the Islamic calendar; `strict` when the form is also a
    /// common word or name and needs a day, year, modifier or شهر to be a month.
    Month { hijri: bool, n: u32, strict: bool },
    /// A weekday (ISO number); `definite` when it carries ال (السبت), which alone may stand as a date.
    Weekday { n: u32, definite: bool },
    /// A day relative to publication, with an optional part of day (الليلة → TNI).
    RelDay { offset: i64, part: Option<String> },
    /// A definite calendar period noun: الأسبوع، الشهر، العام.
    Period(Unit),
    /// A modifier such as الماضي.
    Modifier(Dir),
    /// A part-of-period word such as منتصف (the value keeps the period's precision); `end`
    /// for the closing part (نهاية، أواخر), which makes «نهاية الأسبوع» the weekend.
    Boundary { end: bool },
    /// A cardinal number word; `None` for vague counts (بضعة، عدة).
    Number(Option<u32>),
    /// An ordinal word (days, hours, centuries).
    Ordinal(u32),
    /// A time unit word with its grammatical number.
    Unit(Unit, Count),
    /// A part of the day: TIMEX suffix and position.
    PartOfDay(String, Pos),
    /// A season: TIMEX code and first month.
    Season(String, u32),
    /// A decade word (digit of the decade).
    Decade(u32),
    /// A fixed vague expression with its value and type.
    Ref(String, TimeType),
    /// A recurrence adverb with its value.
    Set(String),
    /// A cue word.
    Cue(Cue),
}

/// All word lists, indexed for matching.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Normalised phrase (words joined by one space) → readings.
    phrases: HashMap<String, Vec<Cat>>,
    /// First words of all phrases, to decide whether stripping a proclitic is worth trying.
    first_words: HashSet<String>,
    /// Most words in one phrase.
    pub max_words: usize,
    /// Word → next words that cancel it as a time.
    followed_not: HashMap<String, HashSet<String>>,
    /// Word → previous words that cancel it as a time.
    preceded_not: HashMap<String, HashSet<String>>,
    /// Prefixes of س-initial nouns that are not future verbs.
    future_not: Vec<String>,
}

/// The lexicon built from the embedded data files.
// The embedded files are checked by the tests; an error here is a build defect. Fall back to
// an empty lexicon (no times found) rather than panicking on user input.
pub(crate) static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::embedded().unwrap_or_default());

/// The embedded data files, by name.
pub(crate) const FILES: &[(&str, &str)] = &[
    ("months.tsv", include_str!("../data/months.tsv")),
    ("weekdays.tsv", include_str!("../data/weekdays.tsv")),
    (
        "relative_days.tsv",
        include_str!("../data/relative_days.tsv"),
    ),
    ("periods.tsv", include_str!("../data/periods.tsv")),
    ("modifiers.tsv", include_str!("../data/modifiers.tsv")),
    ("boundaries.tsv", include_str!("../data/boundaries.tsv")),
    ("numbers.tsv", include_str!("../data/numbers.tsv")),
    ("ordinals.tsv", include_str!("../data/ordinals.tsv")),
    ("units.tsv", include_str!("../data/units.tsv")),
    ("parts_of_day.tsv", include_str!("../data/parts_of_day.tsv")),
    ("seasons.tsv", include_str!("../data/seasons.tsv")),
    ("decades.tsv", include_str!("../data/decades.tsv")),
    ("refs.tsv", include_str!("../data/refs.tsv")),
    ("sets.tsv", include_str!("../data/sets.tsv")),
    ("cues.tsv", include_str!("../data/cues.tsv")),
    ("exclusions.tsv", include_str!("../data/exclusions.tsv")),
];

/// Normalise a lexicon form: rasd normalisation, single spaces.
pub(crate) fn norm_form(form: &str) -> String {
    let n = rasd_text::normalize(form.trim());
    n.text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One data row: its 1-based line number and its fields.
struct Row<'a> {
    line: usize,
    fields: Vec<&'a str>,
}

/// Split a TSV file into rows of at least `min` fields, skipping blanks and `#` comments.
fn rows<'a>(file: &'static str, src: &'a str, min: usize) -> Result<Vec<Row<'a>>, LexiconError> {
    let mut out = Vec::new();
    for (k, raw) in src.lines().enumerate() {
        let line = k + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').map(str::trim).collect();
        if fields.len() < min || fields.iter().take(min).any(|f| f.is_empty()) {
            return Err(LexiconError::Columns {
                file,
                line,
                expected: min,
                found: fields.len(),
            });
        }
        out.push(Row { line, fields });
    }
    Ok(out)
}

fn bad(file: &'static str, line: usize, field: &'static str, value: &str) -> LexiconError {
    LexiconError::Value {
        file,
        line,
        field,
        value: value.to_string(),
    }
}

fn parse_num<T: std::str::FromStr>(
    file: &'static str,
    row: &Row,
    col: usize,
    field: &'static str,
) -> Result<T, LexiconError> {
    let v = row.fields.get(col).copied().unwrap_or("");
    v.parse().map_err(|_| bad(file, row.line, field, v))
}

fn parse_unit(file: &'static str, line: usize, v: &str) -> Result<Unit, LexiconError> {
    Ok(match v {
        "MIN" => Unit::Min,
        "H" => Unit::Hour,
        "D" => Unit::Day,
        "W" => Unit::Week,
        "M" => Unit::Month,
        "Y" => Unit::Year,
        "DE" => Unit::Decade,
        "CE" => Unit::Century,
        _ => return Err(bad(file, line, "unit", v)),
    })
}

fn parse_cue(file: &'static str, line: usize, v: &str) -> Result<Cue, LexiconError> {
    Ok(match v {
        "year" => Cue::Year,
        "years" => Cue::Years,
        "month" => Cue::Month,
        "day" => Cue::Day,
        "clock" => Cue::Clock,
        "ago" => Cue::Ago,
        "after" => Cue::After,
        "since" => Cue::Since,
        "during" => Cue::During,
        "every" => Cue::Every,
        "between" => Cue::Between,
        "from" => Cue::From,
        "to" => Cue::To,
        "and" => Cue::And,
        "in" => Cue::In,
        "this" => Cue::This,
        "equiv" => Cue::Equiv,
        "century" => Cue::Century,
        "hijri" => Cue::Hijri,
        "gregorian" => Cue::Gregorian,
        "future" => Cue::Future,
        "age" => Cue::Age,
        "half" => Cue::Half,
        "score" => Cue::Score,
        "relative" => Cue::Relative,
        "adj" => Cue::Adj,
        "only" => Cue::Only,
        "same_year" => Cue::SameYear,
        "same_day" => Cue::SameDay,
        "clause" => Cue::Clause,
        "quarter" => Cue::Quarter,
        "year_noun" => Cue::YearNoun,
        _ => return Err(bad(file, line, "cue kind", v)),
    })
}

fn parse_part(file: &'static str, line: usize, v: &str) -> Result<String, LexiconError> {
    match v {
        "TMO" | "TAF" | "TEV" | "TNI" => Ok(v.to_string()),
        _ => Err(bad(file, line, "part of day", v)),
    }
}

impl Lexicon {
    /// Build the lexicon from the embedded data files.
    pub(crate) fn embedded() -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        for &(file, src) in FILES {
            lex.load(file, src)?;
        }
        Ok(lex)
    }

    fn add(&mut self, form: &str, cat: Cat) {
        let key = norm_form(form);
        if key.is_empty() {
            return;
        }
        let words = key.split(' ').count();
        self.max_words = self.max_words.max(words);
        if let Some(first) = key.split(' ').next() {
            self.first_words.insert(first.to_string());
        }
        let entry = self.phrases.entry(key).or_default();
        if !entry.contains(&cat) {
            entry.push(cat);
        }
    }

    /// Parse one data file into the lexicon.
    fn load(&mut self, file: &'static str, src: &str) -> Result<(), LexiconError> {
        match file {
            "months.tsv" => {
                for r in rows(file, src, 3)? {
                    let hijri = match r.fields[1] {
                        "gregorian" | "syriac" | "maghrebi" => false,
                        "hijri" => true,
                        other => return Err(bad(file, r.line, "calendar", other)),
                    };
                    let n: u32 = parse_num(file, &r, 2, "month number")?;
                    if !(1..=12).contains(&n) {
                        return Err(bad(file, r.line, "month number", r.fields[2]));
                    }
                    let strict = match r.fields.get(3).copied().unwrap_or("") {
                        "" => false,
                        "strict" => true,
                        other => return Err(bad(file, r.line, "flag", other)),
                    };
                    self.add(r.fields[0], Cat::Month { hijri, n, strict });
                }
            }
            "weekdays.tsv" => {
                for r in rows(file, src, 2)? {
                    let n: u32 = parse_num(file, &r, 1, "weekday")?;
                    if !(1..=7).contains(&n) {
                        return Err(bad(file, r.line, "weekday", r.fields[1]));
                    }
                    let definite = norm_form(r.fields[0]).starts_with("ال");
                    self.add(r.fields[0], Cat::Weekday { n, definite });
                }
            }
            "relative_days.tsv" => {
                for r in rows(file, src, 2)? {
                    let offset: i64 = parse_num(file, &r, 1, "offset")?;
                    let part = match r.fields.get(2).filter(|p| !p.is_empty()) {
                        Some(p) => Some(parse_part(file, r.line, p)?),
                        None => None,
                    };
                    self.add(r.fields[0], Cat::RelDay { offset, part });
                }
            }
            "periods.tsv" => {
                for r in rows(file, src, 2)? {
                    let unit = parse_unit(file, r.line, r.fields[1])?;
                    self.add(r.fields[0], Cat::Period(unit));
                }
            }
            "modifiers.tsv" => {
                for r in rows(file, src, 2)? {
                    let dir = match r.fields[1] {
                        "past" => Dir::Past,
                        "next" => Dir::Next,
                        "current" => Dir::Current,
                        "recent" => Dir::Recent,
                        "few" => Dir::Few,
                        other => return Err(bad(file, r.line, "direction", other)),
                    };
                    self.add(r.fields[0], Cat::Modifier(dir));
                }
            }
            "boundaries.tsv" => {
                for r in rows(file, src, 2)? {
                    match r.fields[1] {
                        "mid" | "start" => self.add(r.fields[0], Cat::Boundary { end: false }),
                        "end" => self.add(r.fields[0], Cat::Boundary { end: true }),
                        other => return Err(bad(file, r.line, "boundary kind", other)),
                    }
                }
            }
            "numbers.tsv" => {
                for r in rows(file, src, 2)? {
                    let v = if r.fields[1] == "X" {
                        None
                    } else {
                        Some(parse_num(file, &r, 1, "number")?)
                    };
                    self.add(r.fields[0], Cat::Number(v));
                }
            }
            "ordinals.tsv" => {
                for r in rows(file, src, 2)? {
                    let v: u32 = parse_num(file, &r, 1, "ordinal")?;
                    self.add(r.fields[0], Cat::Ordinal(v));
                }
            }
            "units.tsv" => {
                for r in rows(file, src, 3)? {
                    let unit = parse_unit(file, r.line, r.fields[1])?;
                    let count = match r.fields[2] {
                        "1" => Count::One,
                        "2" => Count::Two,
                        "pl" => Count::Plural,
                        other => return Err(bad(file, r.line, "count", other)),
                    };
                    self.add(r.fields[0], Cat::Unit(unit, count));
                }
            }
            "parts_of_day.tsv" => {
                for r in rows(file, src, 3)? {
                    let code = parse_part(file, r.line, r.fields[1])?;
                    let pos = match r.fields[2] {
                        "before" => Pos::Before,
                        "after" => Pos::After,
                        "both" => Pos::Both,
                        other => return Err(bad(file, r.line, "position", other)),
                    };
                    self.add(r.fields[0], Cat::PartOfDay(code, pos));
                }
            }
            "seasons.tsv" => {
                for r in rows(file, src, 3)? {
                    let code = match r.fields[1] {
                        c @ ("SP" | "SU" | "FA" | "WI") => c.to_string(),
                        other => return Err(bad(file, r.line, "season", other)),
                    };
                    let first: u32 = parse_num(file, &r, 2, "first month")?;
                    if !(1..=12).contains(&first) {
                        return Err(bad(file, r.line, "first month", r.fields[2]));
                    }
                    self.add(r.fields[0], Cat::Season(code, first));
                }
            }
            "decades.tsv" => {
                for r in rows(file, src, 2)? {
                    let d: u32 = parse_num(file, &r, 1, "decade")?;
                    if d > 9 {
                        return Err(bad(file, r.line, "decade", r.fields[1]));
                    }
                    self.add(r.fields[0], Cat::Decade(d));
                }
            }
            "refs.tsv" => {
                for r in rows(file, src, 3)? {
                    let kind = match r.fields[2] {
                        "DATE" => TimeType::Date,
                        "DURATION" => TimeType::Duration,
                        other => return Err(bad(file, r.line, "type", other)),
                    };
                    self.add(r.fields[0], Cat::Ref(r.fields[1].to_string(), kind));
                }
            }
            "sets.tsv" => {
                for r in rows(file, src, 2)? {
                    self.add(r.fields[0], Cat::Set(r.fields[1].to_string()));
                }
            }
            "cues.tsv" => {
                for r in rows(file, src, 2)? {
                    let cue = parse_cue(file, r.line, r.fields[1])?;
                    self.add(r.fields[0], Cat::Cue(cue));
                }
            }
            "exclusions.tsv" => {
                for r in rows(file, src, 3)? {
                    let word = norm_form(r.fields[0]);
                    let other = norm_form(r.fields[2]);
                    match r.fields[1] {
                        "followed_by" => {
                            self.followed_not.entry(word).or_default().insert(other);
                        }
                        "preceded_by" => {
                            self.preceded_not.entry(word).or_default().insert(other);
                        }
                        "future_prefix_not" => self.future_not.push(other),
                        other => return Err(bad(file, r.line, "relation", other)),
                    }
                }
            }
            _ => return Err(LexiconError::UnknownFile { file }),
        }
        Ok(())
    }

    /// Readings of a normalised phrase.
    pub(crate) fn get(&self, phrase: &str) -> &[Cat] {
        self.phrases.get(phrase).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether some phrase starts with this normalised word.
    pub(crate) fn starts_phrase(&self, word: &str) -> bool {
        self.first_words.contains(word)
    }

    /// Whether `word` is cancelled as a time by the next word.
    pub(crate) fn cancelled_by_next(&self, word: &str, next: &str) -> bool {
        self.followed_not
            .get(word)
            .is_some_and(|s| s.contains(next))
    }

    /// Whether `word` is cancelled as a time by the previous word.
    pub(crate) fn cancelled_by_prev(&self, word: &str, prev: &str) -> bool {
        self.preceded_not
            .get(word)
            .is_some_and(|s| s.contains(prev))
    }

    /// Whether a س-initial word is a known noun rather than a future verb.
    pub(crate) fn not_future_verb(&self, word: &str) -> bool {
        self.future_not.iter().any(|p| word.starts_with(p.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_load() {
        let lex = Lexicon::embedded().expect("data files parse");
        assert!(lex.max_words >= 3);
        assert!(lex.get("اغسطس").contains(&Cat::Month {
            hijri: false,
            n: 8,
            strict: false
        }));
        assert!(lex.get("ايلول").contains(&Cat::Month {
            hijri: false,
            n: 9,
            strict: false
        }));
        assert!(lex.get("جويليه").contains(&Cat::Month {
            hijri: false,
            n: 7,
            strict: false
        }));
        assert!(lex.get("تشرين الاول").contains(&Cat::Month {
            hijri: false,
            n: 10,
            strict: false
        }));
        assert!(lex.get("ذي القعده").contains(&Cat::Month {
            hijri: true,
            n: 11,
            strict: false
        }));
        assert!(lex.get("السبت").contains(&Cat::Weekday {
            n: 6,
            definite: true
        }));
        assert!(lex
            .get("غدا")
            .iter()
            .any(|c| matches!(c, Cat::RelDay { offset: 1, .. })));
        assert!(lex.get("الحادي والثلاثين").contains(&Cat::Ordinal(31)));
        assert!(lex.get("ه").contains(&Cat::Cue(Cue::Hijri)));
    }

    #[test]
    fn forms_are_normalised_on_load() {
        assert_eq!(norm_form(" أبريل "), "ابريل");
        assert_eq!(norm_form("غداً"), "غدا");
        assert_eq!(norm_form("هـ"), "ه");
        assert_eq!(norm_form("كانون   الثاني"), "كانون الثاني");
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let mut lex = Lexicon::default();
        let err = lex
            .load("months.tsv", "# c\nيناير\tgregorian\t13\n")
            .unwrap_err();
        assert_eq!(err.to_string(), "months.tsv:2: bad month number \"13\"");
        let err = lex.load("weekdays.tsv", "السبت\n").unwrap_err();
        assert!(err.to_string().starts_with("weekdays.tsv:1:"), "{err}");
        assert!(lex.load("nope.tsv", "").is_err());
    }

    #[test]
    fn exclusions_apply() {
        let lex = Lexicon::embedded().expect("data files parse");
        assert!(lex.cancelled_by_next("اليوم", "التالي"));
        assert!(lex.cancelled_by_prev("العام", "الامين"));
        assert!(lex.not_future_verb("سياسه"));
        assert!(!lex.not_future_verb("سيعقد"));
    }
}
