//! Loaders for the embedded tables in `data/`. Each returns typed errors naming the file,
//! line and field, and each has tests.

use std::collections::{HashMap, HashSet};

use crate::{Entry, GazetteerError, Kind, Source};

const CURATED: &str = include_str!("../data/curated.tsv");
const PLACES: &str = include_str!("../data/places.tsv");
const REGIONS: &str = include_str!("../data/regions.tsv");
const TOWNS: &str = include_str!("../data/towns.tsv");
const STOPNAMES: &str = include_str!("../data/stopnames.tsv");
const NATIONALITIES: &str = include_str!("../data/nationalities.tsv");
const NORP_SUFFIXES: &str = include_str!("../data/norp_suffixes.tsv");
const INSTITUTIONS: &str = include_str!("../data/institutions.tsv");
const CUES: &str = include_str!("../data/cues.tsv");
const SPELLINGS: &str = include_str!("../data/spellings.tsv");

/// What a cue word does to the name next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueRole {
    /// The cue is part of the name and sets its type: قاعدة عين الأسد, صحراء الأنبار.
    Keep,
    /// The cue precedes the name but is not part of it: مدينة سامراء → سامراء.
    Strip,
    /// A direction that makes a region of a place: شمال سوريا (the place is the name).
    Direction,
    /// A state form before a country, part of its name that keeps its link: جمهورية جنوب
    /// السودان, دولة فلسطين (before anything but a country it is left out).
    State,
}

/// A cue word met before (or inside) a place name.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// What the cue does.
    pub role: CueRole,
    /// The type it gives the name.
    pub kind: Kind,
    /// English pattern with `{}` for the place's English name (`{} Airport`), may be empty.
    pub en_template: String,
    /// Whether a name the tables lack is still a place of `kind` right after this cue
    /// (مديرية الدريهمي، مطار هركليون).
    pub names_unknown: bool,
    /// The cue as the table writes it, before normalising (بلدة, not بلده "his country").
    pub spelling: String,
}

/// Everything the loaders produce.
pub(crate) struct Tables {
    pub entries: Vec<Entry>,
    /// (normalised name, entry index)
    pub names: Vec<(String, usize)>,
    pub cues: HashMap<String, Cue>,
    /// Names made of an administrative noun and a common-word place name (محافظه حجه): the
    /// mention is the place name alone.
    pub headed: HashSet<String>,
}

/// Data lines of a table: skips `#` comments, blank lines and the header row.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    let mut seen_header = false;
    text.lines().enumerate().filter_map(move |(i, line)| {
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        if !seen_header {
            seen_header = true;
            return None;
        }
        Some((i + 1, line.split('\t').map(str::trim).collect()))
    })
}

fn need(
    file: &'static str,
    line: usize,
    cols: &[&str],
    expected: usize,
) -> Result<(), GazetteerError> {
    if cols.len() < expected {
        return Err(GazetteerError::Columns {
            file,
            line,
            expected,
            found: cols.len(),
        });
    }
    Ok(())
}

fn col<'a>(cols: &[&'a str], i: usize) -> &'a str {
    cols.get(i).copied().unwrap_or("")
}

fn opt_f64(
    file: &'static str,
    line: usize,
    field: &'static str,
    v: &str,
) -> Result<Option<f64>, GazetteerError> {
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .map(Some)
        .ok_or_else(|| GazetteerError::Field {
            file,
            line,
            field,
            value: v.to_string(),
        })
}

fn country(file: &'static str, line: usize, v: &str) -> Result<Option<String>, GazetteerError> {
    if v.is_empty() {
        return Ok(None);
    }
    if v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(Some(v.to_string()))
    } else {
        Err(GazetteerError::Field {
            file,
            line,
            field: "country",
            value: v.to_string(),
        })
    }
}

/// Normalised form used as a matching key.
pub(crate) fn norm(s: &str) -> String {
    crate::build::match_key(s)
}

/// The stop list: normalised names never matched alone from the generated tables, each with
/// the words besides the administrative nouns after which it is the place (في مالي).
pub(crate) fn load_stopnames() -> HashMap<String, Vec<String>> {
    data_lines(STOPNAMES)
        .map(|(_, cols)| {
            let heads = col(&cols, 2)
                .split('|')
                .map(norm)
                .filter(|h| !h.is_empty())
                .collect();
            (norm(col(&cols, 0)), heads)
        })
        .filter(|(s, _)| !s.is_empty())
        .collect()
}

/// The hand-written table: `names_ar type name_en lat lon country ref rank notes`.
pub(crate) fn load_curated(t: &mut Tables) -> Result<(), GazetteerError> {
    const F: &str = "curated.tsv";
    let spellings = load_spellings();
    for (line, cols) in data_lines(CURATED) {
        need(F, line, &cols, 8)?;
        let kind = Kind::parse(col(&cols, 1)).ok_or_else(|| GazetteerError::Field {
            file: F,
            line,
            field: "type",
            value: col(&cols, 1).to_string(),
        })?;
        let reference = col(&cols, 6);
        if !(reference.starts_with("geonames:")
            || reference.starts_with("wikidata:")
            || reference.starts_with("rasd:"))
        {
            return Err(GazetteerError::Field {
                file: F,
                line,
                field: "ref",
                value: reference.to_string(),
            });
        }
        let rank = if col(&cols, 7).is_empty() {
            0
        } else {
            col(&cols, 7).parse().map_err(|_| GazetteerError::Field {
                file: F,
                line,
                field: "rank",
                value: col(&cols, 7).to_string(),
            })?
        };
        let lat = opt_f64(F, line, "lat", col(&cols, 3))?;
        let lon = opt_f64(F, line, "lon", col(&cols, 4))?;
        if kind.is_place() && (lat.is_none() || lon.is_none()) {
            return Err(GazetteerError::Field {
                file: F,
                line,
                field: "lat/lon",
                value: "missing for a place".into(),
            });
        }
        let names: Vec<&str> = col(&cols, 0)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let Some(first) = names.first() else {
            return Err(GazetteerError::Field {
                file: F,
                line,
                field: "names_ar",
                value: String::new(),
            });
        };
        if col(&cols, 2).is_empty() {
            return Err(GazetteerError::Field {
                file: F,
                line,
                field: "name_en",
                value: String::new(),
            });
        }
        let id = t.entries.len();
        t.entries.push(Entry {
            name_ar: first.to_string(),
            name_en: col(&cols, 2).to_string(),
            kind,
            lat,
            lon,
            country: country(F, line, col(&cols, 5))?,
            reference: reference.to_string(),
            population: 0,
            source: Source::Curated,
            rank,
        });
        for n in names {
            let n = norm(n);
            let (head, rest) = n.split_once(' ').unwrap_or((n.as_str(), ""));
            if !rest.is_empty() {
                for v in spellings.get(head).into_iter().flatten() {
                    t.names.push((format!("{v} {rest}"), id));
                }
            }
            t.names.push((n, id));
        }
    }
    Ok(())
}

/// `spellings.tsv`: a head word (normalised) → its other spellings (normalised).
fn load_spellings() -> HashMap<String, Vec<String>> {
    data_lines(SPELLINGS)
        .filter_map(|(_, cols)| {
            let word = norm(cols.first()?);
            let variants = cols
                .get(1)?
                .split('|')
                .map(|v| norm(v.trim()))
                .filter(|v| !v.is_empty())
                .collect();
            Some((word, variants))
        })
        .collect()
}

/// A generated table (`places.tsv`, `regions.tsv`, `towns.tsv`):
/// `ref name_en kind lat lon country population names_ar`. Names in `stop` are not matched.
pub(crate) fn load_generated(
    t: &mut Tables,
    file: &'static str,
    text: &str,
    stop: &HashMap<String, Vec<String>>,
) -> Result<(), GazetteerError> {
    // Names already in the tables (curated and earlier generated rows).
    let earlier: HashSet<String> = t.names.iter().map(|(n, _)| n.clone()).collect();
    for (line, cols) in data_lines(text) {
        need(file, line, &cols, 8)?;
        let source = match col(&cols, 2) {
            "country" => Source::Country,
            "region" => Source::Region,
            "capital" => Source::Capital,
            "city" => Source::City,
            "town" => Source::Town,
            other => {
                return Err(GazetteerError::Field {
                    file,
                    line,
                    field: "kind",
                    value: other.to_string(),
                })
            }
        };
        let population = if col(&cols, 6).is_empty() {
            0
        } else {
            col(&cols, 6).parse().map_err(|_| GazetteerError::Field {
                file,
                line,
                field: "population",
                value: col(&cols, 6).to_string(),
            })?
        };
        // A two-letter name is kept only when the stop list says after which words it is a
        // place (محافظة إب; إب alone normalises to اب, as in باب and آب).
        let all: Vec<String> = col(&cols, 7)
            .split('|')
            .map(norm)
            .filter(|n| {
                n.chars().filter(|c| c.is_alphabetic()).count() >= 3 || stop.contains_key(n)
            })
            .collect();
        // A name that is also a common word (حجة "pretext", البيضاء "the white") is matched
        // only after the administrative noun that makes it a place: محافظة حجة, مدينة البيضاء.
        let heads: &[&str] = match source {
            Source::Country => &[],
            Source::Region => &["محافظه", "ولايه", "اقليم"],
            _ => &["مدينه", "بلده", "قريه"],
        };
        let mut names: Vec<String> = Vec::new();
        for n in all {
            // Not for cue words (محافظة شمال سيناء is North Sinai, not a place «شمال»), nor
            // for names an earlier table has (the curated مدينة الرقة stays Raqqa).
            let headable = !t.cues.contains_key(&n) && !earlier.contains(&n);
            let Some(extra) = stop.get(&n) else {
                // A compass word opening a region's name is also written as its adjective:
                // غرب كردفان = غربي كردفان.
                let adjective = ["شمال ", "جنوب ", "شرق ", "غرب "].iter().find_map(|d| {
                    n.strip_prefix(d)
                        .map(|rest| format!("{}ي {rest}", d.trim_end()))
                });
                names.extend(adjective);
                names.push(n);
                continue;
            };
            if headable {
                for h in heads
                    .iter()
                    .copied()
                    .chain(extra.iter().map(String::as_str))
                {
                    let headed = format!("{h} {n}");
                    t.headed.insert(headed.clone());
                    names.push(headed);
                }
            }
        }
        let reference = col(&cols, 0);
        if !["geonames:", "wikidata:", "dr5hn:", "rasd:"]
            .iter()
            .any(|p| reference.len() > p.len() && reference.starts_with(p))
        {
            return Err(GazetteerError::Field {
                file,
                line,
                field: "ref",
                value: reference.to_string(),
            });
        }
        let lat = opt_f64(file, line, "lat", col(&cols, 3))?;
        let lon = opt_f64(file, line, "lon", col(&cols, 4))?;
        let on_earth = match (lat, lon) {
            (Some(a), Some(o)) => (-90.0..=90.0).contains(&a) && (-180.0..=180.0).contains(&o),
            (None, None) => source != Source::Town,
            _ => false,
        };
        if !on_earth {
            return Err(GazetteerError::Field {
                file,
                line,
                field: "lat/lon",
                value: format!("{} {}", col(&cols, 3), col(&cols, 4)),
            });
        }
        let country = country(file, line, col(&cols, 5))?;
        if source == Source::Town && country.is_none() {
            return Err(GazetteerError::Field {
                file,
                line,
                field: "country",
                value: String::new(),
            });
        }
        if names.is_empty() {
            continue;
        }
        let id = t.entries.len();
        t.entries.push(Entry {
            name_ar: col(&cols, 7).split('|').next().unwrap_or("").to_string(),
            name_en: col(&cols, 1).to_string(),
            kind: Kind::Gpe,
            lat,
            lon,
            country,
            reference: reference.to_string(),
            population,
            source,
            rank: 0,
        });
        for n in names {
            t.names.push((n, id));
        }
    }
    Ok(())
}

/// One nationality: its inflection stem, country and English adjective.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Nationality {
    /// Normalised masculine singular without the final ي (عراق).
    pub stem: String,
    /// ISO alpha-2, or empty for groups that are not countries (كردي, عربي).
    pub country: String,
    /// English adjective (Iraqi).
    pub adjective: String,
    /// Irregular forms (الأكراد، العرب), normalised.
    pub extra: Vec<String>,
    /// Adjective in institution names when it differs (US Army, not American Army).
    pub institution_adj: Option<String>,
}

impl Nationality {
    /// The adjective with `suffix` (ي ية يين …), with or without the article; every word of a
    /// two-word adjective agrees (الكورية الجنوبية).
    pub(crate) fn form(&self, suffix: &str, article: bool) -> String {
        let words: Vec<&str> = self.stem.split(' ').collect();
        let last = words.len().saturating_sub(1);
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                // Words before the last still carry their ي (the stem drops only the last one).
                let base = if i < last {
                    w.strip_suffix('ي').unwrap_or(w)
                } else {
                    w
                };
                let al = if article { "ال" } else { "" };
                format!("{al}{base}{suffix}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// `masc_sing country adjective_en extra_forms`; a two-word adjective has ي on both words
/// (كوري جنوبي).
pub(crate) fn load_nationalities() -> Result<Vec<Nationality>, GazetteerError> {
    const F: &str = "nationalities.tsv";
    let mut out = Vec::new();
    for (line, cols) in data_lines(NATIONALITIES) {
        need(F, line, &cols, 3)?;
        let masc = norm(col(&cols, 0));
        let every_word = masc.split(' ').all(|w| w.ends_with('ي'));
        let Some(stem) = masc.strip_suffix('ي').filter(|_| every_word) else {
            return Err(GazetteerError::Field {
                file: F,
                line,
                field: "masc_sing (must end in ي)",
                value: masc,
            });
        };
        let cc = col(&cols, 1);
        if !cc.is_empty() {
            country(F, line, cc)?;
        }
        out.push(Nationality {
            stem: stem.to_string(),
            country: cc.to_string(),
            adjective: col(&cols, 2).to_string(),
            extra: col(&cols, 3)
                .split('|')
                .map(norm)
                .filter(|s| !s.is_empty())
                .collect(),
            institution_adj: Some(col(&cols, 4).to_string()).filter(|s| !s.is_empty()),
        });
    }
    Ok(out)
}

/// The inflection suffixes added to a nationality stem (ي ية يون يين يات يان).
pub(crate) fn load_suffixes() -> Vec<String> {
    data_lines(NORP_SUFFIXES)
        .map(|(_, cols)| norm(col(&cols, 0)))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every surface form of a nationality: stem + suffix, with and without ال, and the extras.
pub(crate) fn inflect(n: &Nationality, suffixes: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for s in suffixes {
        out.push(n.form(s, true));
        out.push(n.form(s, false));
    }
    for x in &n.extra {
        out.push(x.clone());
    }
    out.dedup();
    out
}

fn add_nationalities(t: &mut Tables, nats: &[Nationality], suffixes: &[String]) {
    for n in nats {
        let id = t.entries.len();
        let reference = if n.country.is_empty() {
            format!("rasd:norp-{}", n.adjective.to_lowercase().replace(' ', "-"))
        } else {
            format!("rasd:norp-{}", n.country.to_lowercase())
        };
        t.entries.push(Entry {
            name_ar: format!("{}ي", n.stem),
            name_en: n.adjective.clone(),
            kind: Kind::Norp,
            lat: None,
            lon: None,
            country: (!n.country.is_empty()).then(|| n.country.clone()),
            reference,
            population: 0,
            source: Source::Nationality,
            rank: 0,
        });
        for f in inflect(n, suffixes) {
            t.names.push((f, id));
        }
    }
}

/// The institution entry with `reference`, made on first use: spelling variants of one
/// institution (adjective forms, the bare head) share it.
fn institution(
    t: &mut Tables,
    made: &mut HashMap<String, usize>,
    name_ar: &str,
    name_en: String,
    country: Option<String>,
    reference: String,
) -> usize {
    if let Some(&id) = made.get(&reference) {
        return id;
    }
    t.entries.push(Entry {
        name_ar: name_ar.to_string(),
        name_en,
        kind: Kind::Org,
        lat: None,
        lon: None,
        country,
        reference: reference.clone(),
        population: 0,
        source: Source::Institution,
        rank: 0,
    });
    made.insert(reference, t.entries.len() - 1);
    t.entries.len() - 1
}

/// `head_ar gender(m|f) en_template slug bare(yes|no)`: institutions named with a nationality
/// adjective (وزارة الخارجية + العراقية), generated for every nationality with a country; with
/// bare = yes the head alone is an entry too (وزارة الداخلية → Ministry of Interior).
pub(crate) fn add_institutions(t: &mut Tables, nats: &[Nationality]) -> Result<(), GazetteerError> {
    const F: &str = "institutions.tsv";
    let mut made: HashMap<String, usize> = HashMap::new();
    for (line, cols) in data_lines(INSTITUTIONS) {
        need(F, line, &cols, 4)?;
        let head = norm(col(&cols, 0));
        let ending = match col(&cols, 1) {
            "m" => "ي",
            "f" => "يه",
            other => {
                return Err(GazetteerError::Field {
                    file: F,
                    line,
                    field: "gender",
                    value: other.to_string(),
                })
            }
        };
        let template = col(&cols, 2);
        if !template.contains("{adj}") {
            return Err(GazetteerError::Field {
                file: F,
                line,
                field: "en_template",
                value: template.to_string(),
            });
        }
        let slug = col(&cols, 3);
        match col(&cols, 4) {
            "yes" => {
                // The head alone names the institution too (وزارة الداخلية), country unknown.
                let en = template.replace("{adj} ", "").replace("{adj}", "");
                let id = institution(t, &mut made, &head, en, None, format!("rasd:{slug}"));
                t.names.push((head.clone(), id));
            }
            "no" | "" => {}
            other => {
                return Err(GazetteerError::Field {
                    file: F,
                    line,
                    field: "bare",
                    value: other.to_string(),
                })
            }
        }
        for n in nats.iter().filter(|n| !n.country.is_empty()) {
            let name = format!("{head} {}", n.form(ending, true));
            let en = template.replace(
                "{adj}",
                n.institution_adj.as_deref().unwrap_or(&n.adjective),
            );
            let reference = format!("rasd:{}-{slug}", n.country.to_lowercase());
            let id = institution(t, &mut made, &name, en, Some(n.country.clone()), reference);
            t.names.push((name, id));
        }
    }
    Ok(())
}

/// `cue role(keep|strip|direction|state) type en_template [unknown]`.
pub(crate) fn load_cues() -> Result<HashMap<String, Cue>, GazetteerError> {
    const F: &str = "cues.tsv";
    let mut out = HashMap::new();
    for (line, cols) in data_lines(CUES) {
        need(F, line, &cols, 3)?;
        let role = match col(&cols, 1) {
            "keep" => CueRole::Keep,
            "strip" => CueRole::Strip,
            "direction" => CueRole::Direction,
            "state" => CueRole::State,
            other => {
                return Err(GazetteerError::Field {
                    file: F,
                    line,
                    field: "role",
                    value: other.to_string(),
                })
            }
        };
        let kind = Kind::parse(col(&cols, 2)).ok_or_else(|| GazetteerError::Field {
            file: F,
            line,
            field: "type",
            value: col(&cols, 2).to_string(),
        })?;
        out.insert(
            norm(col(&cols, 0)),
            Cue {
                role,
                kind,
                en_template: col(&cols, 3).to_string(),
                names_unknown: col(&cols, 4) == "yes",
                spelling: col(&cols, 0).to_string(),
            },
        );
    }
    Ok(out)
}

/// Load every table in order of authority (curated first).
pub(crate) fn load_all() -> Result<Tables, GazetteerError> {
    let mut t = Tables {
        entries: Vec::new(),
        names: Vec::new(),
        cues: load_cues()?,
        headed: HashSet::new(),
    };
    load_curated(&mut t)?;
    let nats = load_nationalities()?;
    let suffixes = load_suffixes();
    add_nationalities(&mut t, &nats, &suffixes);
    add_institutions(&mut t, &nats)?;
    let stop = load_stopnames();
    load_generated(&mut t, "regions.tsv", REGIONS, &stop)?;
    load_generated(&mut t, "places.tsv", PLACES, &stop)?;
    load_generated(&mut t, "towns.tsv", TOWNS, &stop)?;
    Ok(t)
}
