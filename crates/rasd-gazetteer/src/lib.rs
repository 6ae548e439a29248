//! The knowledge rasd links names to: places with English names and coordinates,
//! organisations, well-known people, nationalities and the cue words around place names.
//!
//! GeoNames and the dr5hn database give many places, but they miss or misread exactly the
//! names the news is about (واشنطن is a small town there, bases and crossings are absent),
//! and they carry machine-made Arabic names that collide with common words. So the crate
//! layers a reviewed, hand-written table over the generated ones, filters the generated
//! ones with a stop list, and ranks candidates by prominence and the article's own
//! countries; the small towns of `towns.tsv` rank last and need their country named in the
//! article and a place slot in the text. Every table is embedded (`include_str!`) so nothing
//! is read at run time. Matching is on `rasd_text::normalize`d text, whole words only,
//! proclitics allowed.

pub mod build;
mod matcher;
mod tables;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub use matcher::{tokens, Match};
pub use tables::{Cue, CueRole};

/// Entity kind of a gazetteer entry (the contract's types).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Country, city, province.
    Gpe,
    /// Other place: desert, river, sea, region.
    Loc,
    /// Facility: base, airport, crossing, building.
    Fac,
    /// Organisation.
    Org,
    /// Person.
    Per,
    /// Other name: operation, platform, event.
    Misc,
    /// Nationality or group adjective.
    Norp,
}

impl Kind {
    /// Parse the type column of the curated table.
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "GPE" => Kind::Gpe,
            "LOC" => Kind::Loc,
            "FAC" => Kind::Fac,
            "ORG" => Kind::Org,
            "PER" => Kind::Per,
            "MISC" => Kind::Misc,
            "NORP" => Kind::Norp,
            _ => return None,
        })
    }

    /// True for the place kinds (GPE, LOC, FAC).
    pub fn is_place(self) -> bool {
        matches!(self, Kind::Gpe | Kind::Loc | Kind::Fac)
    }
}

/// Where an entry comes from; it sets the entry's base prominence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// The hand-written, reviewed table (`data/curated.tsv`).
    Curated,
    /// Generated from the nationality table (`data/nationalities.tsv`).
    Nationality,
    /// Generated from institutions × nationalities (`data/institutions.tsv`).
    Institution,
    /// A country (dr5hn).
    Country,
    /// A first-level region (dr5hn).
    Region,
    /// A national capital (GeoNames).
    Capital,
    /// Another city (GeoNames).
    City,
    /// A town the GeoNames table lacks (dr5hn, `data/towns.tsv`); ranks below every other
    /// source, so a city, region or curated row of the same name always wins.
    Town,
}

/// One thing a name can refer to.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Arabic name as written in the source table.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// Entity kind.
    pub kind: Kind,
    /// Latitude in degrees, for places.
    pub lat: Option<f64>,
    /// Longitude in degrees, for places.
    pub lon: Option<f64>,
    /// ISO 3166-1 alpha-2 country the entry lies in or belongs to.
    pub country: Option<String>,
    /// Knowledge-base id: `geonames:…`, `wikidata:…` or `rasd:<slug>`.
    pub reference: String,
    /// Population, where known (0 otherwise).
    pub population: u64,
    /// Source table.
    pub source: Source,
    /// Extra prominence from the curated table's `rank` column.
    pub rank: i32,
}

/// Errors while loading the embedded tables, with file, line and field.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GazetteerError {
    /// A row has too few columns.
    #[error("{file}:{line}: expected at least {expected} columns, found {found}")]
    Columns {
        /// Table file name.
        file: &'static str,
        /// 1-based line.
        line: usize,
        /// Columns needed.
        expected: usize,
        /// Columns found.
        found: usize,
    },
    /// A field has a value that cannot be parsed.
    #[error("{file}:{line}: bad {field} {value:?}")]
    Field {
        /// Table file name.
        file: &'static str,
        /// 1-based line.
        line: usize,
        /// Column name.
        field: &'static str,
        /// The offending value.
        value: String,
    },
    /// The automaton could not be built.
    #[error("building the name automaton: {0}")]
    Automaton(String),
}

/// The countries an article talks about, used to choose between namesakes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CountryContext {
    counts: HashMap<String, u32>,
}

impl CountryContext {
    /// An empty context.
    pub fn new() -> Self {
        Self::default()
    }

    /// Record one mention of a country (ISO alpha-2).
    pub fn add(&mut self, country: &str) {
        *self.counts.entry(country.to_string()).or_insert(0) += 1;
    }

    /// How often the country was mentioned.
    pub fn count(&self, country: &str) -> u32 {
        self.counts.get(country).copied().unwrap_or(0)
    }

    /// Whether no country was recorded.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// Words after which a one-word name stands in a place's slot (`data/place_slots.tsv`):
/// prepositions of place, settlement and administrative nouns, fronts and directions
/// (normalised; a proclitic on them is allowed: بمديرية، ومدينة).
fn place_slot_words() -> &'static HashSet<String> {
    static W: OnceLock<HashSet<String>> = OnceLock::new();
    W.get_or_init(|| first_column_words(include_str!("../data/place_slots.tsv")))
}

/// The normalised first column of a one-header word table (comments and blank lines skipped).
fn first_column_words(table: &str) -> HashSet<String> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|w| rasd_text::normalize(w.trim()).text)
        .collect()
}

/// Place names that are far more often common words (`data/slot_names.tsv`, normalised):
/// matched only right after a word of `place_slots.tsv`.
fn slot_names() -> &'static HashSet<String> {
    static W: OnceLock<HashSet<String>> = OnceLock::new();
    W.get_or_init(|| first_column_words(include_str!("../data/slot_names.tsv")))
}

/// Whether the one-word match `m` stands right after a word of `place_slots.tsv` (a `#` of a
/// hashtag skipped): the strict test for [`slot_names`].
fn after_slot_word(text: &str, toks: &[(usize, usize)], m: &Match) -> bool {
    let mut back = m.first_token;
    while let Some(p) = back.checked_sub(1) {
        let Some(&(a, b)) = toks.get(p) else {
            return false;
        };
        let w = &text[a..b];
        if w == "#" {
            back = p;
            continue;
        }
        let bare = w
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(w);
        return place_slot_words().contains(w) || place_slot_words().contains(bare);
    }
    false
}

/// Whether the one-word match `m` stands where the text marks a place: after a word of
/// `data/place_slots.tsv` (a `#` of a hashtag skipped), after a list comma or an opening quote,
/// or with the conjunction و/ف on it (the next item of a list: نبل والزهراء).
fn place_slot(text: &str, toks: &[(usize, usize)], m: &Match) -> bool {
    let Some(&(first, _)) = toks.get(m.first_token) else {
        return false;
    };
    if first < m.start && matches!(text[first..].chars().next(), Some('و' | 'ف')) {
        return true;
    }
    let mut back = m.first_token;
    while let Some(p) = back.checked_sub(1) {
        let Some(&(a, b)) = toks.get(p) else {
            return false;
        };
        let w = &text[a..b];
        match w {
            "#" => back = p,
            "،" | "," | "«" | "\"" | "(" | "-" | "–" => return true,
            _ => {
                let bare = w
                    .strip_prefix(['و', 'ف'])
                    .filter(|r| r.chars().count() >= 2)
                    .unwrap_or(w);
                let bare = bare
                    .strip_prefix(['ب', 'ل', 'ك'])
                    .filter(|r| r.chars().count() >= 2 && !place_slot_words().contains(bare))
                    .unwrap_or(bare);
                return place_slot_words().contains(w) || place_slot_words().contains(bare);
            }
        }
    }
    false
}

/// How far below a city a town starts: more than the largest country bonus (125) plus a
/// town's population score (≤ 10), so any city, region or curated row outranks any town.
const TOWN_BASE: f64 = 200.0;

/// Below this population a GeoNames city that is not a capital is a weak sign of its country:
/// its name may be a common word (مشهد "scene", السلمية "peaceful") or another country's
/// village (دوما near Nablus is not Douma in Syria).
const SMALL_CITY: u64 = 1_000_000;

/// Whether an entry is a small city in the sense of [`SMALL_CITY`].
fn is_small_city(e: &Entry) -> bool {
    e.source == Source::City && e.population < SMALL_CITY
}

/// The loaded gazetteer: entries, the name automaton and the cue words.
pub struct Gazetteer {
    entries: Vec<Entry>,
    matcher: matcher::NameMatcher,
    cues: HashMap<String, Cue>,
    by_ref: HashMap<String, Vec<usize>>,
    headed: HashSet<String>,
}

static GLOBAL: OnceLock<Result<Gazetteer, GazetteerError>> = OnceLock::new();

impl Gazetteer {
    /// The gazetteer built from the embedded tables, loaded once per process.
    pub fn global() -> Result<&'static Gazetteer, &'static GazetteerError> {
        GLOBAL.get_or_init(Gazetteer::load).as_ref()
    }

    /// Load every embedded table and build the automaton.
    pub fn load() -> Result<Gazetteer, GazetteerError> {
        Gazetteer::from_tables(tables::load_all()?)
    }

    /// Index loaded tables and build the automaton.
    fn from_tables(t: tables::Tables) -> Result<Gazetteer, GazetteerError> {
        let mut by_ref: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in t.entries.iter().enumerate() {
            by_ref.entry(e.reference.clone()).or_default().push(i);
        }
        let matcher = matcher::NameMatcher::new(&t.names)?;
        Ok(Gazetteer {
            entries: t.entries,
            matcher,
            cues: t.cues,
            by_ref,
            headed: t.headed,
        })
    }

    /// Whether a matched name (normalised, words separated by single spaces) is an
    /// administrative noun plus a place name that is also a common word (محافظه حجه): only
    /// the place name is the mention.
    pub fn is_headed(&self, normalized: &str) -> bool {
        self.headed.contains(normalized)
    }

    /// All entries (for inspection and tests).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with index `id` (as found in [`Match::candidates`]).
    pub fn entry(&self, id: usize) -> Option<&Entry> {
        self.entries.get(id)
    }

    /// Entries carrying a knowledge-base id.
    pub fn by_reference(&self, reference: &str) -> &[usize] {
        self.by_ref.get(reference).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whole-word, longest-first matches in `normalized` (text from `rasd_text::normalize`).
    /// Spans exclude attached proclitics; `لل` (ل + ال) is matched as the name with ال.
    /// A one-word town of `towns.tsv` is a candidate only where the text marks a place (see
    /// `place_slot`) or where it recurs after such a place: such names are often words too
    /// (آفاق أرحب, "wider horizons"); a name of
    /// `slot_names.tsv` only right after a place word (في سيول, not «أمطار وسيول»).
    pub fn find(&self, normalized: &str) -> Vec<Match> {
        let mut found = self.matcher.find(normalized);
        // The token list, built only when a one-word match needs its context.
        let toks_cell = std::cell::OnceCell::new();
        let toks = || toks_cell.get_or_init(|| tokens(normalized));
        let one_word = |m: &Match| m.end_token == m.first_token + 1;
        let word_like = |m: &Match| {
            one_word(m)
                && normalized
                    .get(m.start..m.end)
                    .is_some_and(|n| slot_names().contains(n))
        };
        if found.iter().any(word_like) {
            found.retain(|m| !word_like(m) || after_slot_word(normalized, toks(), m));
        }
        let is_town = |i: &usize| self.entry(*i).is_some_and(|e| e.source == Source::Town);
        // For each one-word town match, whether the text puts it in a place's slot.
        let slot: Vec<Option<bool>> = found
            .iter()
            .map(|m| {
                (one_word(m) && m.candidates.iter().any(is_town))
                    .then(|| place_slot(normalized, toks(), m))
            })
            .collect();
        if slot.iter().all(Option::is_none) {
            return found;
        }
        // A town the text once puts in a place's slot is that town wherever it recurs
        // (استعادة ميدي after في مدينة ميدي).
        let slotted: HashSet<String> = found
            .iter()
            .zip(&slot)
            .filter(|(_, s)| **s == Some(true))
            .filter_map(|(m, _)| normalized.get(m.start..m.end).map(str::to_string))
            .collect();
        let mut out = Vec::with_capacity(found.len());
        for (mut m, s) in found.into_iter().zip(slot) {
            let recurs = normalized
                .get(m.start..m.end)
                .is_some_and(|n| slotted.contains(n));
            if s == Some(false) && !recurs {
                m.candidates.retain(|i| !is_town(i));
                if m.candidates.is_empty() {
                    continue;
                }
            }
            out.push(m);
        }
        out
    }

    /// Entries whose normalised name is exactly `name` (normalised).
    pub fn lookup(&self, name: &str) -> Vec<usize> {
        self.matcher.lookup(name)
    }

    /// The cue word `word` (normalised), if it is one: مطار، صحراء، مدينة، شمال …
    pub fn cue(&self, word: &str) -> Option<&Cue> {
        self.cues.get(word)
    }

    /// Prominence of entry `id` in an article with `context`: curated beats generated,
    /// countries beat capitals beat regions beat other cities beat towns, population breaks
    /// ties, and a place in a country the article mentions gains (but a town never climbs
    /// above a city: its base is low enough that the country bonus cannot lift it past one).
    pub fn score(&self, id: usize, context: &CountryContext) -> f64 {
        let Some(e) = self.entries.get(id) else {
            return f64::MIN;
        };
        let pop = (e.population.max(1) as f64).log10() * 10.0;
        let base = match e.source {
            Source::Curated => 300.0 + f64::from(e.rank),
            Source::Nationality | Source::Institution => 300.0,
            Source::Country => 250.0 + pop / 10.0,
            Source::Capital => 150.0 + pop / 10.0,
            Source::Region => 100.0 + pop / 10.0,
            Source::City => pop,
            Source::Town => pop / 10.0 - TOWN_BASE,
        };
        // Only places are chosen by the article's countries; an organisation's country says
        // nothing about which of two names is meant.
        let bonus = match &e.country {
            Some(c) if e.kind.is_place() && context.count(c) > 0 => {
                100.0 + f64::from(context.count(c).min(5)) * 5.0
            }
            _ => 0.0,
        };
        base + bonus
    }

    /// Whether entry `id` is a country (a curated row of one included: they share its reference).
    pub fn is_country(&self, id: usize) -> bool {
        self.entry(id).is_some_and(|e| {
            e.source == Source::Country
                || self
                    .by_reference(&e.reference)
                    .iter()
                    .any(|&i| self.entry(i).is_some_and(|o| o.source == Source::Country))
        })
    }

    /// The country every candidate of a name lies in, when they agree: such a name is evidence
    /// of the article's countries; an ambiguous one (طرابلس) is not, and neither is a town of
    /// `towns.tsv` or a small city (a small place whose name may still be a word: البطاقة
    /// الصفراء, مشهد).
    pub fn sure_country(&self, candidates: &[usize]) -> Option<&str> {
        let mut out: Option<&str> = None;
        for e in candidates
            .iter()
            .filter_map(|&i| self.entry(i))
            .filter(|e| e.source != Source::Town && !is_small_city(e))
        {
            match (out, e.country.as_deref()) {
                (_, None) => {}
                (None, Some(c)) => out = Some(c),
                (Some(o), Some(c)) if o == c => {}
                _ => return None,
            }
        }
        out
    }

    /// The best of `candidates` in `context`. A town of `towns.tsv` is a candidate only in an
    /// article that names its country by other means (a city, region, country or nationality):
    /// its name alone is too weak a sign (بلدتي نبل والزهراء in Syria is not Gaza's الزهراء).
    /// A small city ([`SMALL_CITY`]) is one only when the article names no country or names
    /// its own: in an article about Nablus, دوما is not the Syrian city. None when no candidate
    /// is left.
    pub fn resolve(&self, candidates: &[usize], context: &CountryContext) -> Option<usize> {
        let named = |e: &Entry| e.country.as_deref().is_some_and(|c| context.count(c) > 0);
        candidates
            .iter()
            .copied()
            .filter(|&i| {
                self.entry(i).is_some_and(|e| match e.source {
                    Source::Town => named(e),
                    Source::City if is_small_city(e) => context.is_empty() || named(e),
                    _ => true,
                })
            })
            .max_by(|&a, &b| self.score(a, context).total_cmp(&self.score(b, context)))
    }
}

#[cfg(test)]
mod tests;
