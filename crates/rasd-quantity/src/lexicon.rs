//! The linguistic data of the recogniser, loaded from the TSV files under `data/`.
//!
//! Every entry is normalised with [`rasd_text::normalize`] when it is loaded, so the data
//! files are written in ordinary Arabic spelling and matched against normalised text.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use rasd_doc::Approx;
use rasd_text::normalize;

/// Why a data file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {msg}")]
pub struct LexiconError {
    /// The data file (its name under `data/`).
    pub file: &'static str,
    /// One-based line number.
    pub line: usize,
    /// What is wrong with the line.
    pub msg: String,
}

/// The grammatical role of a number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    /// 1..10; combines with عشر, مائة and scale words.
    Unit,
    /// أحد / إحدى: a number only before عشر.
    TeenOnly,
    /// عشر / عشرة: 10 alone, or the tail of 11..19.
    TeenTail,
    /// 20..90.
    Ten,
    /// 100..900.
    Hundred,
    /// A scale word with an implied count of one (ألف).
    Scale,
    /// The dual of a scale word, an implied count of two (ألفين).
    Scale2,
    /// The plural of a scale word (آلاف); vague when no count precedes it.
    ScalePl,
    /// A vague count (عشرات، مئات، بضعة).
    Vague,
    /// A fraction after و (ونصف).
    Fraction,
}

/// One number word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumWord {
    /// Its value (for scale words the scale, for vague words the conventional value).
    pub value: f64,
    /// Its role.
    pub kind: NumKind,
}

/// What a counted noun measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClass {
    /// People and things counted.
    Count,
    /// Money.
    Currency,
    /// Lengths, weights, areas, power.
    Measure,
    /// A length of time: a duration, left to the time recogniser.
    Time,
}

/// One counted noun.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitEntry {
    /// The canonical singular, as written in the data file.
    pub unit: String,
    /// English singular.
    pub en_singular: String,
    /// English plural.
    pub en_plural: String,
    /// What it measures.
    pub class: UnitClass,
}

/// Which form of a counted noun a surface word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Singular (after 1, 11..99 and 100+).
    Singular,
    /// Plural (after 3..10).
    Plural,
    /// Dual: the noun alone counts two.
    Dual,
}

/// Context cue roles, as in `data/cues.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// A number after it is part of a name (القرار 2254).
    NameBefore,
    /// A number after it is a year (عام 2014).
    YearBefore,
    /// A four-digit year after it stays a year even before a noun (في 1998 هجوما).
    YearPrep,
    /// A number after it is a time of day (الساعة 10).
    TimeBefore,
    /// A number before it is a time of day (10 صباحا).
    TimeAfter,
    /// A year mark after a year (هـ, م).
    EraAfter,
    /// A month name.
    Month,
    /// A word before an age (العمر، البالغ).
    AgeBefore,
    /// A phrase after an age (من العمر).
    AgeAfter,
    /// A word that only looks like a number word or a dual noun (لست، طالبان).
    NotNumber,
    /// An ordinal (الثاني); «عشر» after it belongs to the ordinal.
    Ordinal,
    /// A word after a number that is not its counted noun.
    NotUnit,
    /// Opens a comma-bounded insertion after a counted noun («، بينهم عناصر أمن وطفل،»), past
    /// which a hedge still qualifies the count.
    Insertion,
}

/// All the recogniser's data, normalised.
#[derive(Debug, Default)]
pub struct Lexicon {
    numbers: HashMap<String, NumWord>,
    units: Vec<UnitEntry>,
    unit_forms: HashMap<String, (usize, Form)>,
    /// Hedges before a number, longest first.
    pub hedges_before: Vec<(Vec<String>, Approx)>,
    /// Hedges after a number or its noun, longest first.
    pub hedges_after: Vec<(Vec<String>, Approx)>,
    cues: HashMap<Role, HashSet<String>>,
    /// Multi-word `age_after` phrases.
    pub age_after: Vec<Vec<String>>,
}

const NUMBERS: &str = include_str!("../data/numbers.tsv");
const UNITS: &str = include_str!("../data/units.tsv");
const HEDGES: &str = include_str!("../data/hedges.tsv");
const CUES: &str = include_str!("../data/cues.tsv");

/// The embedded lexicon, loaded once.
pub fn lexicon() -> Result<&'static Lexicon, &'static LexiconError> {
    static LEX: OnceLock<Result<Lexicon, LexiconError>> = OnceLock::new();
    LEX.get_or_init(Lexicon::embedded).as_ref()
}

fn norm(s: &str) -> String {
    normalize(s.trim()).text
}

fn words(s: &str) -> Vec<String> {
    norm(s).split_whitespace().map(str::to_string).collect()
}

/// Data lines of a TSV file: (line number, fields), comments and blank lines skipped.
fn rows(src: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    src.lines().enumerate().filter_map(|(i, l)| {
        let t = l.trim_end_matches('\r');
        if t.trim().is_empty() || t.starts_with('#') {
            None
        } else {
            Some((i + 1, t.split('\t').collect()))
        }
    })
}

fn field<'a>(
    file: &'static str,
    line: usize,
    f: &[&'a str],
    i: usize,
    name: &str,
) -> Result<&'a str, LexiconError> {
    match f.get(i).map(|s| s.trim()) {
        Some(s) if !s.is_empty() => Ok(s),
        _ => Err(LexiconError {
            file,
            line,
            msg: format!("missing field {} ({name})", i + 1),
        }),
    }
}

fn approx_of(file: &'static str, line: usize, s: &str) -> Result<Approx, LexiconError> {
    Ok(match s {
        "exact" => Approx::Exact,
        "about" => Approx::About,
        "more_than" => Approx::MoreThan,
        "less_than" => Approx::LessThan,
        "at_least" => Approx::AtLeast,
        "at_most" => Approx::AtMost,
        _ => {
            return Err(LexiconError {
                file,
                line,
                msg: format!("unknown approx {s:?}"),
            })
        }
    })
}

impl Lexicon {
    /// Load the data files embedded in the crate.
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        Lexicon::from_sources(NUMBERS, UNITS, HEDGES, CUES)
    }

    /// Load from the texts of `numbers.tsv`, `units.tsv`, `hedges.tsv` and `cues.tsv`.
    pub fn from_sources(
        numbers: &'static str,
        units: &'static str,
        hedges: &'static str,
        cues: &'static str,
    ) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        lex.load_numbers(numbers)?;
        lex.load_units(units)?;
        lex.load_hedges(hedges)?;
        lex.load_cues(cues)?;
        Ok(lex)
    }

    fn load_numbers(&mut self, src: &'static str) -> Result<(), LexiconError> {
        const F: &str = "numbers.tsv";
        for (line, f) in rows(src) {
            let form = norm(field(F, line, &f, 0, "form")?);
            let v = field(F, line, &f, 1, "value")?;
            let value: f64 = v.parse().map_err(|_| LexiconError {
                file: F,
                line,
                msg: format!("bad value {v:?}"),
            })?;
            let kind = match field(F, line, &f, 2, "kind")? {
                "unit" => NumKind::Unit,
                "teen_only" => NumKind::TeenOnly,
                "teen_tail" => NumKind::TeenTail,
                "ten" => NumKind::Ten,
                "hundred" => NumKind::Hundred,
                "scale" => NumKind::Scale,
                "scale2" => NumKind::Scale2,
                "scale_pl" => NumKind::ScalePl,
                "vague" => NumKind::Vague,
                "fraction" => NumKind::Fraction,
                k => {
                    return Err(LexiconError {
                        file: F,
                        line,
                        msg: format!("unknown kind {k:?}"),
                    })
                }
            };
            self.numbers.insert(form, NumWord { value, kind });
        }
        Ok(())
    }

    fn load_units(&mut self, src: &'static str) -> Result<(), LexiconError> {
        const F: &str = "units.tsv";
        let mut singulars: Vec<(String, usize, UnitClass)> = Vec::new();
        for (line, f) in rows(src) {
            let sing = field(F, line, &f, 0, "singular")?;
            let plurals = field(F, line, &f, 1, "plurals")?;
            let en_singular = field(F, line, &f, 2, "English singular")?.to_string();
            let en_plural = field(F, line, &f, 3, "English plural")?.to_string();
            let class = match field(F, line, &f, 4, "class")? {
                "count" => UnitClass::Count,
                "currency" => UnitClass::Currency,
                "measure" => UnitClass::Measure,
                "time" => UnitClass::Time,
                c => {
                    return Err(LexiconError {
                        file: F,
                        line,
                        msg: format!("unknown class {c:?}"),
                    })
                }
            };
            let idx = self.units.len();
            if let Some(duals) = f.get(5).map(|d| d.trim()).filter(|d| !d.is_empty()) {
                for d in duals.split(',') {
                    let n = words(d).join(" ");
                    if n.is_empty() {
                        return Err(LexiconError {
                            file: F,
                            line,
                            msg: "empty dual".into(),
                        });
                    }
                    self.unit_forms.insert(n, (idx, Form::Dual));
                }
            }
            let canonical = sing.split('|').next().unwrap_or(sing).trim().to_string();
            self.units.push(UnitEntry {
                unit: canonical,
                en_singular,
                en_plural,
                class,
            });
            for s in sing.split('|') {
                let n = words(s).join(" ");
                if n.is_empty() {
                    return Err(LexiconError {
                        file: F,
                        line,
                        msg: "empty singular".into(),
                    });
                }
                self.unit_forms
                    .entry(n.clone())
                    .or_insert((idx, Form::Singular));
                singulars.push((n, idx, class));
            }
            if plurals != "-" {
                for p in plurals.split(',') {
                    let n = words(p).join(" ");
                    if n.is_empty() {
                        return Err(LexiconError {
                            file: F,
                            line,
                            msg: "empty plural".into(),
                        });
                    }
                    // A listed plural wins over a form derived or listed as singular elsewhere.
                    self.unit_forms.insert(n, (idx, Form::Plural));
                }
            }
        }
        // Duals are derived after every listed form is known, so that a sound plural that
        // looks like a dual (مدنيين) stays a plural.
        // Durations first: «سنتين» is two years far more often than two cents.
        singulars.sort_by_key(|(_, _, class)| *class != UnitClass::Time);
        for (s, idx, _) in singulars {
            // Two-letter singulars are abbreviations (كم، سم): «كمين» is an ambush.
            if s.contains(' ') || s.chars().count() < 3 || s.ends_with('ي') {
                continue;
            }
            let stem = match s.strip_suffix('ه') {
                Some(st) => format!("{st}ت"),
                None => s.clone(),
            };
            for suffix in ["ين", "ان"] {
                let d = format!("{stem}{suffix}");
                if !self.unit_forms.contains_key(&d) && !self.numbers.contains_key(&d) {
                    self.unit_forms.insert(d, (idx, Form::Dual));
                }
            }
        }
        Ok(())
    }

    fn load_hedges(&mut self, src: &'static str) -> Result<(), LexiconError> {
        const F: &str = "hedges.tsv";
        for (line, f) in rows(src) {
            let phrase = words(field(F, line, &f, 0, "phrase")?);
            let approx = approx_of(F, line, field(F, line, &f, 1, "approx")?)?;
            match field(F, line, &f, 2, "position")? {
                "before" => self.hedges_before.push((phrase, approx)),
                "after" => self.hedges_after.push((phrase, approx)),
                p => {
                    return Err(LexiconError {
                        file: F,
                        line,
                        msg: format!("unknown position {p:?}"),
                    })
                }
            }
        }
        self.hedges_before
            .sort_by_key(|h| std::cmp::Reverse(h.0.len()));
        self.hedges_after
            .sort_by_key(|h| std::cmp::Reverse(h.0.len()));
        Ok(())
    }

    fn load_cues(&mut self, src: &'static str) -> Result<(), LexiconError> {
        const F: &str = "cues.tsv";
        for (line, f) in rows(src) {
            let role = match field(F, line, &f, 0, "role")? {
                "name_before" => Role::NameBefore,
                "year_before" => Role::YearBefore,
                "year_prep" => Role::YearPrep,
                "time_before" => Role::TimeBefore,
                "time_after" => Role::TimeAfter,
                "era_after" => Role::EraAfter,
                "month" => Role::Month,
                "age_before" => Role::AgeBefore,
                "age_after" => Role::AgeAfter,
                "not_number" => Role::NotNumber,
                "ordinal" => Role::Ordinal,
                "not_unit" => Role::NotUnit,
                "insertion" => Role::Insertion,
                r => {
                    return Err(LexiconError {
                        file: F,
                        line,
                        msg: format!("unknown role {r:?}"),
                    })
                }
            };
            let phrase = words(field(F, line, &f, 1, "phrase")?);
            if role == Role::AgeAfter {
                self.age_after.push(phrase);
            } else {
                self.cues.entry(role).or_default().insert(phrase.join(" "));
            }
        }
        Ok(())
    }

    /// The number word a normalised word is, if any.
    pub fn number(&self, w: &str) -> Option<NumWord> {
        self.numbers.get(w).copied()
    }

    /// The counted noun a normalised form (one or two words joined by a space) is, if any.
    pub fn unit(&self, w: &str) -> Option<(&UnitEntry, Form)> {
        let (idx, form) = self.unit_forms.get(w)?;
        self.units.get(*idx).map(|u| (u, *form))
    }

    /// The counted noun a normalised word is, also in the accusative with a final alif
    /// (شخصا، جنديا، دولارا), which only singulars of three letters or more take.
    pub fn noun(&self, w: &str) -> Option<(&UnitEntry, Form)> {
        self.unit(w).or_else(|| {
            w.strip_suffix('ا')
                .filter(|s| s.chars().count() >= 3)
                .and_then(|s| self.unit(s))
                .filter(|(_, f)| *f == Form::Singular)
        })
    }

    /// Whether the normalised word has the cue role.
    pub fn is(&self, role: Role, w: &str) -> bool {
        self.cues.get(&role).is_some_and(|s| s.contains(w))
    }

    /// Number of counted nouns.
    pub fn unit_count(&self) -> usize {
        self.units.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> &'static Lexicon {
        lexicon().expect("embedded data loads")
    }

    #[test]
    fn number_words_are_normalised() {
        assert_eq!(
            lex().number("ثلاثه"),
            Some(NumWord {
                value: 3.0,
                kind: NumKind::Unit
            })
        );
        assert_eq!(lex().number("ميتين").map(|n| n.value), Some(200.0)); // مئتين
        assert_eq!(lex().number("الاف").map(|n| n.kind), Some(NumKind::ScalePl));
        assert!(lex().number("ثالث").is_none());
    }

    #[test]
    fn broken_plurals_and_duals() {
        let (u, f) = lex().unit("جنود").expect("جنود");
        assert_eq!((u.unit.as_str(), f), ("جندي", Form::Plural));
        let (u, f) = lex().unit("جنديين").expect("dual");
        assert_eq!((u.en_plural.as_str(), f), ("soldiers", Form::Dual));
        let (_, f) = lex().unit("غارتين").expect("dual of غارة");
        assert_eq!(f, Form::Dual);
        // a sound plural is not mistaken for a dual
        assert_eq!(lex().unit("مدنيين").map(|x| x.1), Some(Form::Plural));
        assert_eq!(
            lex().unit("اميركيين").map(|x| x.0.en_plural.as_str()),
            Some("Americans")
        );
        // nisba duals are adjectives more often than counts: only listed ones are kept
        assert!(lex().unit("عربيان").is_none());
        assert_eq!(
            lex().unit("سنتين").map(|x| x.0.class),
            Some(UnitClass::Time)
        );
    }

    #[test]
    fn lexicon_is_big_enough() {
        assert!(lex().unit_count() >= 300, "{}", lex().unit_count());
    }

    #[test]
    fn hedges_longest_first() {
        let h = &lex().hedges_before;
        assert!(h.windows(2).all(|w| w[0].0.len() >= w[1].0.len()));
        assert!(h
            .iter()
            .any(|(p, a)| p == &["اكثر", "من"] && *a == Approx::MoreThan));
    }

    #[test]
    fn cues() {
        assert!(lex().is(Role::Month, "اغسطس"));
        assert!(lex().is(Role::NameBefore, "القرار"));
        assert!(lex().is(Role::NotUnit, "في"));
        assert!(lex().is(Role::Insertion, "بينهم"));
    }

    #[test]
    fn bad_lines_are_reported_with_file_and_line() {
        let e = Lexicon::from_sources("# c\nثلاثة\t3\tbogus\n", "", "", "").unwrap_err();
        assert_eq!((e.file, e.line), ("numbers.tsv", 2));
        let e = Lexicon::from_sources("", "جندي\tجنود\tsoldier\n", "", "").unwrap_err();
        assert_eq!((e.file, e.line), ("units.tsv", 1));
        let e = Lexicon::from_sources("", "", "نحو\tsomewhat\tbefore\n", "").unwrap_err();
        assert!(e.to_string().contains("hedges.tsv:1"));
    }
}
