//! Builds the generated gazetteer tables from the licensed sources in `shared/data/geo`.
//!
//! Usage: `rasd-build-gazetteer GEO_DIR OUT_DIR` — writes `OUT_DIR/places.tsv` (GeoNames,
//! CC BY 4.0), `OUT_DIR/regions.tsv` (dr5hn countries and first-level regions, ODbL 1.0) and
//! `OUT_DIR/towns.tsv` (dr5hn towns of the focus countries that `places.tsv` lacks, ODbL 1.0).
//! Each table carries exactly one licence, so they are kept in separate files.
//!
//! `rasd-build-gazetteer --town-names GEO_DIR OUT_DIR` prints the normalised names of the
//! candidate towns instead (before the common-word filter of `OUT_DIR/town_words.tsv`), for
//! `tools/town_word_counts.py`, which writes that filter; see `data/README.md`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use rasd_gazetteer::build::{
    ascii_fold, clean_arabic_names, match_key, BuildError, FOCUS_COUNTRIES, REGION_COUNTRIES,
};

/// Cities outside the focus countries need at least this population (or to be a capital):
/// smaller foreign towns mostly carry machine-made Arabic names that collide with words.
const FOREIGN_MIN_POPULATION: u64 = 100_000;

/// A town within this distance of a `places.tsv` row of its country is that place. Measured on
/// the dr5hn rows: within ~1.5 km the two are one place under two spellings (Sfissef/Sfizef,
/// Mussafah/Musaffah); beyond it they are mostly distinct towns (Al-Atarib 8 km from Batabo,
/// Kadhimiya 6.5 km from Baghdad's point), which a 10 km rule would lose.
const SAME_PLACE_KM: f64 = 1.5;

/// Within this distance, the same English (or, between towns, Arabic) name is the same place.
const SAME_NAME_KM: f64 = 10.0;

/// dr5hn city types that are not places a town name stands for.
const SKIP_TYPES: &[&str] = &["destroyed", "historical"];

/// dr5hn city types that are administrative units rather than settlements.
const DISTRICT_TYPES: &[&str] = &["district", "province", "municipality"];

/// Normalised first words that mark a machine-made Arabic name: an English article or
/// preposition translated word by word (At → في, As → كما, Ash → آش, Ad → أد, El → إل) or
/// a function word.
const MACHINE_FIRST_WORDS: &[&str] = &[
    "في", "كما", "اش", "اد", "ار", "ات", "اس", "از", "اذ", "اث", "اص", "اض", "اط", "اظ", "ان",
    "ال", "من", "الي", "علي", "عن",
];

/// Normalised first words of administrative units and quarters, dropped from town names
/// (قضاء أبو غريب, حي الحفة).
const ADMIN_PREFIXES: &[&str] = &[
    "قضاء",
    "ناحيه",
    "دايره",
    "اقليم",
    "ولايه",
    "بلديه",
    "معتمديه",
    "محافظه",
    "مديريه",
    "منطقه",
    "مركز",
    "حي",
];

/// Countries whose first-level regions are kept.
fn keeps_regions_of(country: &str) -> bool {
    FOCUS_COUNTRIES.contains(&country) || REGION_COUNTRIES.contains(&country)
}

fn read(path: &Path) -> Result<String, BuildError> {
    std::fs::read_to_string(path).map_err(|e| BuildError::Io {
        path: path.display().to_string(),
        source: e,
    })
}

/// Split a TSV with a header row into maps from column name to value.
fn rows<'a>(path: &Path, text: &'a str) -> Result<Vec<HashMap<&'a str, &'a str>>, BuildError> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let mut out = Vec::new();
    for (i, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != header.len() {
            return Err(BuildError::Columns {
                path: path.display().to_string(),
                line: i + 2,
                found: cols.len(),
                expected: header.len(),
            });
        }
        out.push(header.iter().copied().zip(cols).collect());
    }
    Ok(out)
}

fn field<'a>(row: &HashMap<&str, &'a str>, name: &str) -> &'a str {
    row.get(name).copied().unwrap_or("")
}

/// What a build produced: row counts, and the candidate town names for `--town-names`.
struct Built {
    places: usize,
    regions: usize,
    towns: usize,
    /// Normalised candidate town name → countries it names a town in (before the word filter).
    town_names: BTreeMap<String, BTreeSet<String>>,
}

fn run(geo: &Path, out: &Path, write_tables: bool) -> Result<Built, BuildError> {
    // Countries first: their capitals mark GeoNames rows as national capitals.
    let cpath = geo.join("dr5hn_csc/countries.tsv");
    let ctext = read(&cpath)?;
    let countries = rows(&cpath, &ctext)?;
    let capitals: HashMap<String, String> = countries
        .iter()
        .map(|r| {
            (
                field(r, "iso2").to_string(),
                ascii_fold(field(r, "capital")).to_lowercase(),
            )
        })
        .collect();

    let gpath = geo.join("geonames_cities15000/cities15000_arabic.tsv");
    let gtext = read(&gpath)?;
    let cities = rows(&gpath, &gtext)?;
    // The most populous row named like the capital in each country is the capital.
    let mut capital_id: HashMap<&str, (&str, u64)> = HashMap::new();
    for r in &cities {
        let cc = field(r, "country_code");
        let pop: u64 = field(r, "population").parse().unwrap_or(0);
        if capitals
            .get(cc)
            .is_some_and(|c| !c.is_empty() && *c == ascii_fold(field(r, "name")).to_lowercase())
            && capital_id.get(cc).is_none_or(|&(_, p)| pop > p)
        {
            capital_id.insert(cc, (field(r, "geonameid"), pop));
        }
    }

    let mut places = String::from("# Generated by rasd-build-gazetteer from GeoNames cities15000 (arabic_likely names).\n# Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.\nref\tname_en\tkind\tlat\tlon\tcountry\tpopulation\tnames_ar\n");
    let mut n_places = 0;
    let mut known = Known::default();
    for r in &cities {
        let names = clean_arabic_names(field(r, "arabic_likely"));
        if names.is_empty() {
            continue;
        }
        let cc = field(r, "country_code");
        let id = field(r, "geonameid");
        let pop: u64 = field(r, "population").parse().unwrap_or(0);
        let is_capital = capital_id.get(cc).is_some_and(|&(cid, _)| cid == id);
        if !FOCUS_COUNTRIES.contains(&cc) && pop < FOREIGN_MIN_POPULATION && !is_capital {
            continue;
        }
        let kind = if is_capital { "capital" } else { "city" };
        known.add_place(
            cc,
            field(r, "latitude"),
            field(r, "longitude"),
            field(r, "name"),
        );
        known.add_names(&names);
        let _ = writeln!(
            places,
            "geonames:{id}\t{}\t{kind}\t{}\t{}\t{cc}\t{pop}\t{}",
            ascii_fold(field(r, "name")),
            field(r, "latitude"),
            field(r, "longitude"),
            names.join("|")
        );
        n_places += 1;
    }

    let mut regions = String::from("# Generated by rasd-build-gazetteer from dr5hn countries-states-cities-database.\n# Contains data from the Countries States Cities Database by Darshan Gada (dr5hn),\n# https://github.com/dr5hn/countries-states-cities-database, licensed under ODbL 1.0.\n# This derived table is itself offered under the Open Database License (ODbL 1.0); see README.md.\nref\tname_en\tkind\tlat\tlon\tcountry\tpopulation\tnames_ar\n");
    let mut n_regions = 0;
    for r in &countries {
        let mut names = clean_arabic_names(field(r, "name_ar"));
        names.extend(clean_arabic_names(field(r, "native")));
        names.dedup();
        if names.is_empty() {
            continue;
        }
        let country_ref = wikidata_ref(field(r, "wikidata"), "country", field(r, "iso2"));
        known.region_refs.insert(country_ref.clone());
        let _ = writeln!(
            regions,
            "{}\t{}\tcountry\t{}\t{}\t{}\t{}\t{}",
            country_ref,
            field(r, "name_en"),
            trim_coord(field(r, "latitude")),
            trim_coord(field(r, "longitude")),
            field(r, "iso2"),
            field(r, "population"),
            names.join("|")
        );
        known.add_names(&names);
        n_regions += 1;
    }
    let spath = geo.join("dr5hn_csc/states.tsv");
    let stext = read(&spath)?;
    for r in rows(&spath, &stext)? {
        let cc = field(&r, "country_code");
        if !keeps_regions_of(cc) || !field(&r, "parent_id").is_empty() {
            continue;
        }
        let mut names = clean_arabic_names(field(&r, "name_ar"));
        // The native name is Arabic only in Arabic-speaking countries.
        if FOCUS_COUNTRIES.contains(&cc) {
            names.extend(clean_arabic_names(field(&r, "native")));
        }
        names.sort();
        names.dedup();
        if names.is_empty() || field(&r, "latitude").is_empty() {
            continue;
        }
        known.add_names(&names);
        let region_ref = wikidata_ref(field(&r, "wikidata"), "region", field(&r, "iso3166_2"));
        known.region_refs.insert(region_ref.clone());
        let _ = writeln!(
            regions,
            "{}\t{}\tregion\t{}\t{}\t{cc}\t{}\t{}",
            region_ref,
            ascii_fold(field(&r, "name_en")),
            trim_coord(field(&r, "latitude")),
            trim_coord(field(&r, "longitude")),
            field(&r, "population"),
            names.join("|")
        );
        n_regions += 1;
    }

    known.add_curated(&out.join("curated.tsv"))?;
    let town_words = read_town_words(&out.join("town_words.tsv"))?;
    let cpath = geo.join("dr5hn_csc/cities.tsv.gz");
    let ctext = read_gzip(&cpath)?;
    let city_rows = rows(&cpath, &ctext)?;
    let candidates = town_candidates(&city_rows, &known);
    // English names per Wikidata id over the whole file: an id shared by differently named
    // rows (Tremseh and the Tell Abyad district both carry Q7697373) is wrong for some.
    let mut q_names: HashMap<&str, HashSet<String>> = HashMap::new();
    for r in &city_rows {
        q_names
            .entry(field(r, "wikidata"))
            .or_default()
            .insert(english_key(field(r, "name_en")));
    }
    let mut town_names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for t in &candidates {
        for (key, _) in &t.names {
            town_names
                .entry(key.clone())
                .or_default()
                .insert(t.country.to_string());
        }
    }
    let (towns, n_towns) = towns_table(&candidates, &town_words, &known, &q_names);

    if write_tables {
        write(&out.join("places.tsv"), &places)?;
        write(&out.join("regions.tsv"), &regions)?;
        write(&out.join("towns.tsv"), &towns)?;
    }
    Ok(Built {
        places: n_places,
        regions: n_regions,
        towns: n_towns,
        town_names,
    })
}

/// Places, names and ids already in the other tables, which a town must not repeat.
#[derive(Default)]
struct Known {
    /// (country, lat, lon, folded lower-case English name) of every `places.tsv` row and
    /// curated place.
    places: Vec<(String, f64, f64, String)>,
    /// Normalised names of `places.tsv`, `regions.tsv` and `curated.tsv`.
    names: HashSet<String>,
    /// Refs of `regions.tsv`, countries included (a town row carrying one has a wrong id).
    region_refs: HashSet<String>,
    /// Refs of `curated.tsv` (a town with one is already curated).
    curated_refs: HashSet<String>,
}

impl Known {
    fn add_place(&mut self, cc: &str, lat: &str, lon: &str, name_en: &str) {
        if let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) {
            self.places
                .push((cc.to_string(), lat, lon, english_key(name_en)));
        }
    }

    fn add_names(&mut self, names: &[String]) {
        for n in names {
            self.names.insert(match_key(n));
        }
    }

    /// Names and refs of the hand-written table (`names_ar type name_en lat lon country ref …`).
    fn add_curated(&mut self, path: &Path) -> Result<(), BuildError> {
        let text = read(path)?;
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
        {
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            for n in cols.first().copied().unwrap_or("").split('|') {
                let key = match_key(n);
                if !key.is_empty() {
                    self.names.insert(key);
                }
            }
            if let Some(r) = cols.get(6).filter(|r| !r.is_empty()) {
                self.curated_refs.insert((*r).to_string());
            }
            if matches!(cols.get(1).copied(), Some("GPE" | "LOC" | "FAC")) {
                let col = |i: usize| cols.get(i).copied().unwrap_or("");
                self.add_place(col(5), col(3), col(4), col(2));
            }
        }
        Ok(())
    }

    /// Whether a place of `places.tsv` or `curated.tsv` is the same as the town at (lat, lon): in the same
    /// country and within [`SAME_PLACE_KM`], or within [`SAME_NAME_KM`] under the same English name.
    fn has_place(&self, cc: &str, lat: f64, lon: f64, name_en: &str) -> bool {
        let en = english_key(name_en);
        self.places.iter().any(|(c, plat, plon, pen)| {
            c == cc && {
                let d = km(lat, lon, *plat, *plon);
                d <= SAME_PLACE_KM || (d <= SAME_NAME_KM && *pen == en)
            }
        })
    }
}

/// One dr5hn town that survived the source filters.
struct Town<'a> {
    id: &'a str,
    name_en: String,
    country: &'a str,
    lat: f64,
    lon: f64,
    population: u64,
    wikidata: &'a str,
    /// (normalised key, name as written), new names only.
    names: Vec<(String, String)>,
    /// An administrative unit rather than a settlement (type district/province, or a name
    /// that had a prefix such as منطقة).
    district: bool,
}

/// The dr5hn cities of the focus countries that the other tables lack, in source order:
/// an Arabic name (in Arabic script, not a machine-made `في …`/`آش …` form, an administrative
/// prefix such as قضاء dropped), a point, a Wikidata id or a population; not the same place as
/// a `places.tsv` row or curated place, not a curated Wikidata id; names that another table already has are
/// dropped (a town ranks below every other source, so such a name could never resolve to it),
/// and rows of the same name within [`SAME_NAME_KM`] of a more populous one are duplicates.
fn town_candidates<'a>(cities: &[HashMap<&str, &'a str>], known: &Known) -> Vec<Town<'a>> {
    let mut out: Vec<Town<'a>> = Vec::new();
    for r in cities {
        let cc = field(r, "country_code");
        if !FOCUS_COUNTRIES.contains(&cc) || SKIP_TYPES.contains(&field(r, "type")) {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (
            field(r, "latitude").parse::<f64>(),
            field(r, "longitude").parse::<f64>(),
        ) else {
            continue;
        };
        if !(lat.is_finite() && lon.is_finite()) {
            continue;
        }
        let wikidata = field(r, "wikidata");
        let population: u64 = field(r, "population").parse().unwrap_or(0);
        if !(wikidata.starts_with('Q') || population > 0)
            || known.curated_refs.contains(&format!("wikidata:{wikidata}"))
            || known.has_place(cc, lat, lon, field(r, "name_en"))
        {
            continue;
        }
        let mut names: Vec<(String, String)> = Vec::new();
        let mut district = DISTRICT_TYPES.contains(&field(r, "type"));
        for raw in clean_arabic_names(field(r, "name_ar"))
            .into_iter()
            .chain(clean_arabic_names(field(r, "native")))
        {
            let Some((name, prefixed)) = town_name(&raw) else {
                continue;
            };
            district |= prefixed;
            let key = match_key(&name);
            if key.is_empty() || known.names.contains(&key) || names.iter().any(|(k, _)| *k == key)
            {
                continue;
            }
            names.push((key, name));
        }
        if names.is_empty() {
            continue;
        }
        out.push(Town {
            id: field(r, "id"),
            name_en: ascii_fold(field(r, "name_en")),
            country: cc,
            lat,
            lon,
            population,
            wikidata,
            names,
            district,
        });
    }
    // Duplicates: two rows of one name within SAME_NAME_KM (a town and its seat, two
    // spellings), or a district named after a town of its country (منطقة تل أبيض, whose point
    // lies 33 km from the town). Settlements before districts, then the more populous, then
    // the earlier row stays.
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| (out[i].district, std::cmp::Reverse(out[i].population), i));
    let mut keep = vec![false; out.len()];
    for (n, &i) in order.iter().enumerate() {
        let t = &out[i];
        let dup = order[..n].iter().any(|&j| {
            let u = &out[j];
            keep[j]
                && u.country == t.country
                && (t.district || km(u.lat, u.lon, t.lat, t.lon) <= SAME_NAME_KM)
                && u.names
                    .iter()
                    .any(|(k, _)| t.names.iter().any(|(l, _)| k == l))
        });
        keep[i] = !dup;
    }
    out.into_iter()
        .zip(keep)
        .filter_map(|(t, k)| k.then_some(t))
        .collect()
}

/// The `towns.tsv` text and its row count: the candidates without the names of
/// `town_words.tsv`, with `wikidata:Q…` refs where the id is theirs alone (one town, one
/// English name in the whole source, not a region's), else `dr5hn:ID`.
fn towns_table(
    towns: &[Town],
    words: &HashSet<String>,
    known: &Known,
    q_names: &HashMap<&str, HashSet<String>>,
) -> (String, usize) {
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for t in towns {
        *uses.entry(t.wikidata).or_insert(0) += 1;
    }
    let mut text = String::from(
        "# Generated by rasd-build-gazetteer from dr5hn countries-states-cities-database (cities):
# towns of the focus countries that places.tsv lacks; common-word names left out (town_words.tsv).
# Contains data from the Countries States Cities Database by Darshan Gada (dr5hn),
# https://github.com/dr5hn/countries-states-cities-database, licensed under ODbL 1.0.
# This derived table is itself offered under the Open Database License (ODbL 1.0); see README.md.
ref\tname_en\tkind\tlat\tlon\tcountry\tpopulation\tnames_ar\n",
    );
    let mut n = 0;
    for t in towns {
        let names: Vec<&str> = t
            .names
            .iter()
            .filter(|(k, _)| !words.contains(k))
            .map(|(_, name)| name.as_str())
            .collect();
        if names.is_empty() {
            continue;
        }
        let wiki = format!("wikidata:{}", t.wikidata);
        let reference = if t.wikidata.starts_with('Q')
            && uses.get(t.wikidata) == Some(&1)
            && q_names.get(t.wikidata).is_some_and(|n| n.len() == 1)
            && !known.region_refs.contains(&wiki)
        {
            wiki
        } else {
            format!("dr5hn:{}", t.id)
        };
        let _ = writeln!(
            text,
            "{reference}\t{}\ttown\t{}\t{}\t{}\t{}\t{}",
            t.name_en,
            trim_coord(&t.lat.to_string()),
            trim_coord(&t.lon.to_string()),
            t.country,
            t.population,
            names.join("|")
        );
        n += 1;
    }
    (text, n)
}

/// A dr5hn Arabic town name as the news writes it, or None for machine-made forms: Arabic
/// script only, no transliterated article or function word first (في التحالف for At Taḩāluf,
/// كما قيل for As Said, آش شيخان for Ash Shaykhan), an administrative prefix dropped
/// (قضاء أبو غريب → أبو غريب; the entity layer treats such words as cues). The flag says
/// whether a prefix was dropped.
fn town_name(name: &str) -> Option<(String, bool)> {
    if !name.chars().all(|c| c == ' ' || is_arabic_script(c)) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = match_key(words.first()?);
    if MACHINE_FIRST_WORDS.contains(&first.as_str()) {
        return None;
    }
    if words.len() > 1 && ADMIN_PREFIXES.contains(&first.as_str()) {
        Some((words[1..].join(" "), true))
    } else {
        Some((words.join(" "), false))
    }
}

fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Lower-case ASCII letters of an English name, for comparing romanisations.
fn english_key(name: &str) -> String {
    ascii_fold(name)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Distance in km (equirectangular; exact enough at town scale).
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let x = (lon2 - lon1).to_radians() * ((lat1 + lat2) / 2.0).to_radians().cos();
    let y = (lat2 - lat1).to_radians();
    6371.0 * x.hypot(y)
}

/// The normalised names of `town_words.tsv` (first column), written by
/// `tools/town_word_counts.py`; a missing file leaves every name in.
fn read_town_words(path: &Path) -> Result<HashSet<String>, BuildError> {
    if !path.exists() {
        eprintln!(
            "rasd-build-gazetteer: {} not found; no town name is left out as a common word",
            path.display()
        );
        return Ok(HashSet::new());
    }
    let text = read(path)?;
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| match_key(l.split('\t').next().unwrap_or("")))
        .filter(|k| !k.is_empty())
        .collect())
}

/// A gzip file's text, through the system's `gzip -dc` (no compression crate needed).
fn read_gzip(path: &Path) -> Result<String, BuildError> {
    let io = |source: std::io::Error| BuildError::Io {
        path: path.display().to_string(),
        source,
    };
    let out = std::process::Command::new("gzip")
        .arg("-dc")
        .arg(path)
        .output()
        .map_err(io)?;
    if !out.status.success() {
        return Err(io(std::io::Error::other(format!(
            "gzip -dc failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))));
    }
    String::from_utf8(out.stdout)
        .map_err(|e| io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

/// `wikidata:Q…` when the source has an id, else a readable local id.
fn wikidata_ref(q: &str, kind: &str, code: &str) -> String {
    if q.starts_with('Q') {
        format!("wikidata:{q}")
    } else {
        format!("rasd:{kind}-{}", code.to_lowercase())
    }
}

/// Five decimals (about a metre) are plenty and keep the file small.
fn trim_coord(v: &str) -> String {
    v.parse::<f64>()
        .map(|x| {
            format!("{x:.5}")
                .trim_end_matches('0')
                .trim_end_matches('.')
                .to_string()
        })
        .unwrap_or_default()
}

fn write(path: &Path, text: &str) -> Result<(), BuildError> {
    std::fs::write(path, text).map_err(|e| BuildError::Io {
        path: path.display().to_string(),
        source: e,
    })
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let names_only = args.first().is_some_and(|a| a == "--town-names");
    if names_only {
        args.remove(0);
    }
    let (Some(geo), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("usage: rasd-build-gazetteer [--town-names] GEO_DIR OUT_DIR   (e.g. /work/shared/data/geo crates/rasd-gazetteer/data)");
        return ExitCode::from(2);
    };
    match run(Path::new(geo), Path::new(out), !names_only) {
        Ok(b) if names_only => {
            let mut text = String::from("name\tcountries\n");
            for (name, countries) in &b.town_names {
                let cs: Vec<&str> = countries.iter().map(String::as_str).collect();
                let _ = writeln!(text, "{name}\t{}", cs.join(","));
            }
            print!("{text}");
            ExitCode::SUCCESS
        }
        Ok(b) => {
            eprintln!(
                "wrote {} places, {} countries/regions and {} towns to {out}",
                b.places, b.regions, b.towns
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("rasd-build-gazetteer: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row<'a>(cols: &[(&'a str, &'a str)]) -> HashMap<&'a str, &'a str> {
        let mut r: HashMap<&str, &str> = [
            ("id", "1"),
            ("name_en", "Town"),
            ("name_ar", ""),
            ("native", ""),
            ("country_code", "SY"),
            ("latitude", "35.0"),
            ("longitude", "36.0"),
            ("wikidata", "Q1"),
            ("population", ""),
            ("type", "city"),
        ]
        .into_iter()
        .collect();
        r.extend(cols.iter().copied());
        r
    }

    #[test]
    fn machine_made_names_are_refused_and_prefixes_dropped() {
        assert_eq!(town_name("في التحالف"), None);
        assert_eq!(town_name("كما قيل"), None);
        assert_eq!(town_name("آش شيخان"), None);
        assert_eq!(town_name("עפולה"), None);
        assert_eq!(
            town_name("قضاء أبو غريب"),
            Some(("أبو غريب".to_string(), true))
        );
        assert_eq!(town_name("الأتارب"), Some(("الأتارب".to_string(), false)));
        // A prefix alone is the name.
        assert_eq!(town_name("منطقة"), Some(("منطقة".to_string(), false)));
    }

    #[test]
    fn towns_skip_known_places_and_duplicates() {
        let mut known = Known::default();
        known.add_place("SY", "36.0", "37.0", "Aleppo");
        known.add_names(&["حلب".to_string(), "الباب".to_string()]);
        let rows = vec![
            // Kept, with its native spelling.
            row(&[("id", "1"), ("name_ar", "الأتارب"), ("native", "الاتارب")]),
            // 1 km from a places row: the same place.
            row(&[
                ("id", "2"),
                ("name_ar", "حلب القديمة"),
                ("latitude", "36.009"),
                ("longitude", "37.0"),
            ]),
            // Its only name is already known.
            row(&[("id", "3"), ("name_ar", "الباب")]),
            // Not a focus country; no point; no id and no population; Hebrew only.
            row(&[("id", "4"), ("name_ar", "أنقرة"), ("country_code", "TR")]),
            row(&[("id", "5"), ("name_ar", "بتتت"), ("latitude", "")]),
            row(&[("id", "6"), ("name_ar", "بتتت"), ("wikidata", "")]),
            row(&[("id", "7"), ("name_ar", ""), ("native", "עפולה")]),
            // The district of a kept town, far from it: a duplicate.
            row(&[
                ("id", "8"),
                ("name_ar", "منطقة الأتارب"),
                ("latitude", "35.5"),
                ("population", "90000"),
            ]),
            // Same name as a kept town, 50 km away: another town.
            row(&[("id", "9"), ("name_ar", "الأتارب"), ("latitude", "35.45")]),
        ];
        let towns = town_candidates(&rows, &known);
        let ids: Vec<&str> = towns.iter().map(|t| t.id).collect();
        assert_eq!(ids, vec!["1", "9"]);
        assert_eq!(towns[0].names.len(), 1, "one normalised name");
        let words: HashSet<String> = HashSet::new();
        let q: HashMap<&str, HashSet<String>> =
            [("Q1", ["town".to_string()].into_iter().collect())]
                .into_iter()
                .collect();
        let (text, n) = towns_table(&towns, &words, &known, &q);
        assert_eq!(n, 2);
        // Q1 is used by both rows, so neither may claim it.
        assert!(
            text.contains("dr5hn:1\tTown\ttown\t35\t36\tSY\t0\tالأتارب\n"),
            "{text}"
        );
        let words: HashSet<String> = [match_key("الأتارب")].into_iter().collect();
        assert_eq!(towns_table(&towns, &words, &known, &q).1, 0);
    }

    #[test]
    fn distances_are_in_km() {
        assert!((km(36.0, 37.0, 37.0, 37.0) - 111.2).abs() < 0.5);
        assert!(km(36.0, 37.0, 36.0, 37.0).abs() < 1e-9);
    }
}
