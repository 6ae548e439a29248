//! Loaders for the linguistic data files under `data/` (embedded at build time).
//!
//! Every file is a small TSV with `#` comments; each loader normalises the Arabic with
//! [`rasd_text::normalize()`] so the files can be written in ordinary spelling, and reports a
//! typed error naming the file, line and field when a row is malformed.

use std::collections::{HashMap, HashSet};

use rasd_text::normalize;

/// A malformed row in one of the embedded data files.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct DataError {
    /// The data file.
    pub file: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

fn err(file: &'static str, line: usize, message: impl Into<String>) -> DataError {
    DataError {
        file,
        line,
        message: message.into(),
    }
}

/// Normalise one Arabic word or phrase for matching (whitespace collapsed).
pub fn norm(s: &str) -> String {
    let n = normalize(s.trim()).text;
    n.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Data rows: non-empty, non-comment lines split on tabs, with their 1-based line numbers.
fn rows(src: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    src.lines().enumerate().filter_map(|(i, l)| {
        let t = l.trim_end_matches('\r');
        if t.trim().is_empty() || t.trim_start().starts_with('#') {
            None
        } else {
            Some((i + 1, t.split('\t').map(str::trim).collect()))
        }
    })
}

fn opt(s: &str) -> Option<String> {
    if s == "-" || s.is_empty() {
        None
    } else {
        Some(s.to_string())
    }
}

fn list(s: &str, sep: char) -> Vec<String> {
    if s == "-" {
        return Vec::new();
    }
    s.split(sep).map(norm).filter(|w| !w.is_empty()).collect()
}

/// How a trigger form is written in the lexicon, which decides the clitics it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A verb: takes و ف س, never the article or a preposition.
    Verb,
    /// A verbal noun: takes و ف ب ل ك and the article.
    Noun,
    /// An exact word (plural adjectives used as nouns …): takes every proclitic but س.
    Word,
}

/// Flags of a trigger entry (see the header of `data/triggers.tsv`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// A genitive after the noun is the doer.
    pub gen_actor: bool,
    /// A genitive after the noun is the one acted upon.
    pub gen_target: bool,
    /// The word reports deaths.
    pub kill: bool,
    /// The word reports injuries.
    pub injure: bool,
    /// The grammatical subject is the victim.
    pub passive: bool,
    /// Describes an attack already named nearby (استهدفت، طالت).
    pub attach: bool,
    /// Needs protest vocabulary in the sentence.
    pub ctx_protest: bool,
    /// Not when the previous word is one of these.
    pub not_prev: Vec<String>,
    /// Not when the next word is one of these.
    pub not_next: Vec<String>,
    /// The next word must be a ل-phrase naming someone (سمحت للطائرات), not a pronoun.
    pub next_lam: bool,
    /// Only without the article: «5 معتقلين» reports arrests, «المعتقلين» names detainees.
    pub indef: bool,
    /// Names the outbreak of fighting (اندلعت الحرب): an attack told after it in the sentence
    /// is an action of its own, not a detail of it.
    pub onset: bool,
    /// May be a verbal attack: with a saying or accusing participle after it in its clause
    /// («فهاجم السلطة الفلسطينية قائلا»، «شنت الرياض هجوما على إيران، متهمة إياها») it is an
    /// accusation.
    pub verbal: bool,
    /// Kills whom it is done to (اغتيال، إعدام): one named victim is one death.
    pub lethal: bool,
    /// Only with a count of people right after it or just before it: «قضى 20 شخصا» died,
    /// «قضى 20 عاما» spent.
    pub counted: bool,
}

/// One row of the trigger lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// PLOVER category.
    pub plover: String,
    /// Verb, noun or exact word.
    pub kind: Kind,
    /// Words of which one must follow within three words; empty when none is needed.
    pub next: Vec<String>,
    /// The `next` word may be up to eight words away (written `~word` in the file).
    pub next_wide: bool,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// ACLED event type.
    pub acled_type: Option<String>,
    /// ACLED sub-event type.
    pub acled_sub: Option<String>,
    /// Behaviour flags.
    pub flags: Flags,
}

/// A generated surface form pointing at its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormRef {
    /// Index into [`Lexicon::entries`].
    pub entry: usize,
    /// The form is an imperfect (present/future) verb.
    pub imperfect: bool,
    /// The form is a noun with a possessive pronoun (قتله، هجماتهم), which never takes the
    /// article: «القتلة» is "the killers", not «قتل» + «ه».
    pub possessive: bool,
}

/// The trigger lexicon: entries and every generated surface form (without proclitics).
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Rows in file order.
    pub entries: Vec<Entry>,
    /// Normalised surface form → entries that produce it.
    pub forms: HashMap<String, Vec<FormRef>>,
}

const PLOVER: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

const OBJ_SUFFIXES: [&str; 5] = ["ه", "ها", "هم", "هما", "هن"];

/// Conjugated forms of a verb given its perfect stem and imperfect stem (without prefix).
pub fn verb_forms(perf: &str, imperf: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    // Perfect: final ا/ي of defective verbs drops before most endings (دعا → دعت، التقى → التقوا).
    let (pbase, defective) = match perf.chars().last() {
        Some('ا') | Some('ي') if perf.chars().count() > 2 => (
            perf[..perf.len() - perf.chars().last().map_or(0, char::len_utf8)].to_string(),
            true,
        ),
        _ => (perf.to_string(), false),
    };
    out.push((perf.to_string(), false));
    let perf_end: &[&str] = if defective {
        &["ت", "وا", "يا", "تا", "يت", "ينا", "يتم", "ا"]
    } else {
        &["ت", "وا", "ا", "تا", "ن", "نا", "تم", "تا"]
    };
    for e in perf_end {
        out.push((format!("{pbase}{e}"), false));
    }
    let (ibase, idef) = match imperf.chars().last() {
        Some('ي') | Some('و') | Some('ا') if imperf.chars().count() > 2 => (
            imperf[..imperf.len() - imperf.chars().last().map_or(0, char::len_utf8)].to_string(),
            true,
        ),
        _ => (imperf.to_string(), false),
    };
    // First person singular (ا-) is left out: rare in news, and it collides with nouns (ادين).
    for p in ["ي", "ت", "ن"] {
        out.push((format!("{p}{imperf}"), true));
        let ends: &[&str] = if idef {
            &["ون", "ان", "ين", "وا", "يان", "يا"]
        } else {
            &["ون", "ان", "ين", "ن", "وا", "ا"]
        };
        for e in ends {
            out.push((format!("{p}{ibase}{e}"), true));
        }
    }
    let base: Vec<(String, bool)> = out.clone();
    for (f, imp) in base {
        for s in OBJ_SUFFIXES {
            // وا loses its alif before a pronoun (قتلوه).
            let stem = f
                .strip_suffix("وا")
                .map(|b| format!("{b}و"))
                .unwrap_or_else(|| f.clone());
            out.push((format!("{stem}{s}"), imp));
        }
    }
    out
}

/// Forms of a noun: itself, duals, and with possessive pronouns (ة → ت before them).
pub fn noun_forms(noun: &str) -> Vec<String> {
    noun_forms_marked(noun)
        .into_iter()
        .map(|(f, _)| f)
        .collect()
}

/// [`noun_forms`], each with whether it carries a possessive pronoun.
fn noun_forms_marked(noun: &str) -> Vec<(String, bool)> {
    let mut out = vec![(noun.to_string(), false)];
    if let Some(b) = noun.strip_suffix('ه') {
        for s in ["تان", "تين", "ته", "تها", "تهم", "تهما", "تنا"] {
            out.push((format!("{b}{s}"), !s.starts_with("تا") && s != "تين"));
        }
    } else {
        for s in ["ان", "ين", "ه", "ها", "هم", "هما", "نا", "ا"] {
            out.push((format!("{noun}{s}"), !matches!(s, "ان" | "ين" | "ا")));
        }
    }
    out
}

/// Parse the trigger lexicon (`data/triggers.tsv` format).
pub fn parse_lexicon(src: &str, file: &'static str) -> Result<Lexicon, DataError> {
    let mut lex = Lexicon::default();
    for (line, f) in rows(src) {
        if f.len() < 9 {
            return Err(err(
                file,
                line,
                format!("expected 9 tab-separated fields, found {}", f.len()),
            ));
        }
        let plover = f[0].to_string();
        if !PLOVER.contains(&plover.as_str()) {
            return Err(err(
                file,
                line,
                format!("field plover: unknown PLOVER category {plover:?}"),
            ));
        }
        let kind = match f[1] {
            "V" => Kind::Verb,
            "N" => Kind::Noun,
            "W" => Kind::Word,
            k => {
                return Err(err(
                    file,
                    line,
                    format!("field kind: expected V, N or W, found {k:?}"),
                ))
            }
        };
        let mut flags = Flags::default();
        for fl in f[8]
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty() && *s != "-")
        {
            match fl {
                "gen_actor" => flags.gen_actor = true,
                "gen_target" => flags.gen_target = true,
                "kill" => flags.kill = true,
                "injure" => flags.injure = true,
                "passive" => flags.passive = true,
                "attach" => flags.attach = true,
                "ctx_protest" => flags.ctx_protest = true,
                "next_lam" => flags.next_lam = true,
                "indef" => flags.indef = true,
                "onset" => flags.onset = true,
                "verbal" => flags.verbal = true,
                "lethal" => flags.lethal = true,
                "counted" => flags.counted = true,
                other => {
                    if let Some(v) = other.strip_prefix("notprev:") {
                        flags.not_prev = list(v, '|');
                    } else if let Some(v) = other.strip_prefix("notnext:") {
                        flags.not_next = list(v, '|');
                    } else {
                        return Err(err(
                            file,
                            line,
                            format!("field flags: unknown flag {other:?}"),
                        ));
                    }
                }
            }
        }
        let entry = Entry {
            plover,
            kind,
            next: list(&f[3].replace('~', ""), '|'),
            next_wide: f[3].contains('~'),
            mode: opt(f[4]),
            cameo: opt(f[5]),
            acled_type: opt(f[6]),
            acled_sub: opt(f[7]),
            flags,
        };
        let idx = lex.entries.len();
        let mut add = |form: String, imperfect: bool, possessive: bool| {
            if form.chars().count() >= 2 {
                let v = lex.forms.entry(form).or_default();
                if let Some(r) = v.iter_mut().find(|r| r.entry == idx) {
                    // A form the entry makes both bare and with a pronoun may take the article.
                    r.possessive &= possessive;
                } else {
                    v.push(FormRef {
                        entry: idx,
                        imperfect,
                        possessive,
                    });
                }
            }
        };
        for item in f[2].split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match kind {
                Kind::Verb => {
                    let (p, i) = item.split_once('/').ok_or_else(|| {
                        err(
                            file,
                            line,
                            format!("field forms: verb {item:?} needs perfect/imperfect"),
                        )
                    })?;
                    for (form, imp) in verb_forms(&norm(p), &norm(i)) {
                        add(form, imp, false);
                    }
                }
                Kind::Noun => {
                    for (form, possessive) in noun_forms_marked(&norm(item)) {
                        add(form, false, possessive);
                    }
                }
                Kind::Word => add(norm(item), false, false),
            }
        }
        lex.entries.push(entry);
    }
    Ok(lex)
}

/// A head noun or adjective of the gloss lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gloss {
    /// English gloss.
    pub en: String,
    /// CAMEO sector code, if the word implies one.
    pub sector: Option<String>,
    /// A typical casualty noun.
    pub victim: bool,
    /// A title (وزير، مدير) that takes a following office word and the holder's name.
    pub title: bool,
    /// A head that names a party only with an adjective (المجتمع الدولي, not المجتمع).
    pub qualified: bool,
    /// A head that names a party only with the article, an adjective or a genitive after it
    /// (الطيران، طيران التحالف); bare it is part of a compound (حظر طيران، مضاد طيران).
    pub described: bool,
    /// People who suffer violence and do not wage it (civilians, detainees, hostages).
    pub noncombatant: bool,
    /// Members of the party its genitive names (رجال المقاومة، عناصر الشرطة): that party
    /// names the phrase.
    pub member: bool,
}

/// A country with its names and nationality adjectives.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 (also CAMEO's country code).
    pub iso3: String,
    /// ISO 3166-1 alpha-2.
    pub iso2: String,
    /// English name.
    pub name_en: String,
    /// English adjective.
    pub demonym_en: String,
    /// Rough centroid latitude.
    pub lat: f64,
    /// Rough centroid longitude.
    pub lon: f64,
}

/// Head nouns, adjectives and countries used to describe participants.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    /// Surface form → head noun gloss.
    pub heads: HashMap<String, Gloss>,
    /// Surface form → adjective gloss.
    pub adjectives: HashMap<String, Gloss>,
    /// Countries in file order.
    pub countries: Vec<Country>,
    /// Surface nationality adjective → index into `countries`.
    pub demonyms: HashMap<String, usize>,
    /// Normalised country name (Arabic or lower-case English) → index into `countries`.
    pub country_names: HashMap<String, usize>,
}

/// Parse `data/glosses.tsv` into `g`.
pub fn parse_glosses(src: &str, file: &'static str, g: &mut Glossary) -> Result<(), DataError> {
    for (line, f) in rows(src) {
        if f.len() < 5 {
            return Err(err(
                file,
                line,
                format!("expected 5 tab-separated fields, found {}", f.len()),
            ));
        }
        let gloss = Gloss {
            en: f[2].to_string(),
            sector: opt(f[3]),
            victim: f[4].split(',').any(|x| x == "victim"),
            title: f[4].split(',').any(|x| x == "title"),
            qualified: f[4].split(',').any(|x| x == "qualified"),
            described: f[4].split(',').any(|x| x == "described"),
            noncombatant: f[4].split(',').any(|x| x == "noncombatant"),
            member: f[4].split(',').any(|x| x == "member"),
        };
        let map = match f[0] {
            "H" => &mut g.heads,
            "A" => &mut g.adjectives,
            k => {
                return Err(err(
                    file,
                    line,
                    format!("field kind: expected H or A, found {k:?}"),
                ))
            }
        };
        for w in list(f[1], ',') {
            let bare = w
                .strip_prefix("ال")
                .filter(|b| b.chars().count() >= 2)
                .map(str::to_string);
            map.insert(w, gloss.clone());
            if let Some(b) = bare {
                map.entry(b).or_insert_with(|| gloss.clone());
            }
        }
    }
    Ok(())
}

/// Parse `data/countries.tsv` into `g`.
pub fn parse_countries(src: &str, file: &'static str, g: &mut Glossary) -> Result<(), DataError> {
    for (line, f) in rows(src) {
        if f.len() < 8 {
            return Err(err(
                file,
                line,
                format!("expected 8 tab-separated fields, found {}", f.len()),
            ));
        }
        let num = |i: usize, name: &str| -> Result<f64, DataError> {
            f[i].parse::<f64>().map_err(|_| {
                err(
                    file,
                    line,
                    format!("field {name}: not a number: {:?}", f[i]),
                )
            })
        };
        let c = Country {
            iso3: f[0].to_string(),
            iso2: f[1].to_string(),
            name_en: f[2].to_string(),
            demonym_en: f[3].to_string(),
            lat: num(4, "lat")?,
            lon: num(5, "lon")?,
        };
        let idx = g.countries.len();
        for n in list(f[6], ',') {
            g.country_names.insert(n.clone(), idx);
            if let Some(b) = n.strip_prefix("ال") {
                g.country_names.entry(b.to_string()).or_insert(idx);
            }
        }
        g.country_names.insert(c.name_en.to_lowercase(), idx);
        g.country_names.insert(c.iso3.to_lowercase(), idx);
        for a in list(f[7], ',') {
            for s in ["", "ه", "ين", "ون", "ا", "تين", "تان", "ان"] {
                g.demonyms.insert(format!("{a}{s}"), idx);
            }
        }
        g.countries.push(c);
    }
    Ok(())
}

/// Classified context cues.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    /// Class → token sequences.
    pub by_class: HashMap<String, Vec<Vec<String>>>,
    /// Class → the first words of its sequences (a fast test before matching them).
    pub firsts: HashMap<String, HashSet<String>>,
    /// Mode cues in priority order: (tokens, mode, cameo, acled type, acled sub-type).
    pub modes: Vec<ModeCue>,
}

/// One mode cue row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModeCue {
    /// Token sequence.
    pub words: Vec<String>,
    /// PLOVER mode.
    pub mode: String,
    /// CAMEO code.
    pub cameo: String,
    /// ACLED event type.
    pub acled_type: String,
    /// ACLED sub-event type.
    pub acled_sub: String,
}

const CUE_CLASSES: [&str; 68] = [
    "noun_support",
    "planned",
    "negated",
    "hypothetical",
    "postponed",
    "ongoing",
    "aggregate",
    "consequence",
    "cause",
    "anaphor",
    "trend",
    "protest_ctx",
    "today",
    "boundary",
    "agent",
    "mode",
    "single",
    "topic",
    "gen_skip",
    "rank",
    "not_object",
    "reciprocal",
    "war",
    "response",
    "title_word",
    "stop",
    "riot",
    "intervention",
    "denial",
    "aggregate_count",
    "vague",
    "locative",
    "speech",
    "complementiser",
    "reporter",
    "lam_object",
    "feminine",
    "human_plural",
    "content",
    "not_victim",
    "attributive",
    "support",
    "accident",
    "subset",
    "witness",
    "undergo",
    "aggregate_unit",
    "affiliation",
    "crowd_count",
    "not_verb",
    "target_prep",
    "operation",
    "place_noun",
    "not_future",
    "campaign",
    "another",
    "disaster",
    "holder",
    "quantifier",
    "new_clause",
    "verbal_cue",
    "attempt",
    "not_lam_object",
    "doer_verb",
    "between_head",
    "no_casualty",
    "casualties_both",
    "doer_support",
];

/// Parse `data/cues.tsv`.
pub fn parse_cues(src: &str, file: &'static str) -> Result<Cues, DataError> {
    let mut c = Cues::default();
    for (line, f) in rows(src) {
        if f.len() < 2 {
            return Err(err(file, line, "expected at least 2 tab-separated fields"));
        }
        if !CUE_CLASSES.contains(&f[0]) {
            return Err(err(
                file,
                line,
                format!("field class: unknown cue class {:?}", f[0]),
            ));
        }
        let words: Vec<String> = norm(f[1]).split(' ').map(str::to_string).collect();
        if words.iter().all(|w| w.is_empty()) {
            return Err(err(file, line, "field words: empty"));
        }
        if f[0] == "mode" {
            let v: Vec<&str> = f.get(2).copied().unwrap_or("").split('|').collect();
            if v.len() != 4 {
                return Err(err(
                    file,
                    line,
                    "field value: mode cues need mode|cameo|acled_type|acled_sub",
                ));
            }
            c.modes.push(ModeCue {
                words,
                mode: v[0].to_string(),
                cameo: v[1].to_string(),
                acled_type: v[2].to_string(),
                acled_sub: v[3].to_string(),
            });
        } else {
            if let Some(w) = words.first() {
                c.firsts
                    .entry(f[0].to_string())
                    .or_default()
                    .insert(w.clone());
            }
            c.by_class.entry(f[0].to_string()).or_default().push(words);
        }
    }
    Ok(c)
}

/// Actor dictionary: normalised name → CAMEO code (country + sector, e.g. `IRQGOV`).
pub fn parse_actors(src: &str, file: &'static str) -> Result<HashMap<String, String>, DataError> {
    let mut m = HashMap::new();
    for (line, f) in rows(src) {
        if f.len() < 2 || f[1].is_empty() {
            return Err(err(file, line, "expected name<TAB>code"));
        }
        if !f[1].chars().all(|c| c.is_ascii_uppercase()) || f[1].len() % 3 != 0 {
            return Err(err(
                file,
                line,
                format!("field code: not a CAMEO code: {:?}", f[1]),
            ));
        }
        m.insert(norm(f[0]), f[1].to_string());
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_load() {
        let r = crate::Resources::load().expect("embedded data parses");
        assert!(r.lexicon.entries.len() > 150);
        assert!(r.lexicon.forms.len() > 3000);
        assert!(r.glossary.countries.len() > 30);
        assert!(r.cues.modes.len() > 20);
        assert!(r
            .cues
            .by_class
            .get("locative")
            .is_some_and(|v| v.iter().any(|w| w == &["في"])));
        assert!(r.actors.len() > 3000);
        // Every PLOVER category has at least one trigger.
        for p in PLOVER {
            assert!(
                r.lexicon.entries.iter().any(|e| e.plover == p),
                "no trigger for {p}"
            );
        }
    }

    #[test]
    fn verbs_are_conjugated_and_nouns_inflected() {
        let lex = parse_lexicon("ASSAULT\tV\tقتل/قتل\t-\t-\t193\t-\t-\tkill\nASSAULT\tN\tغارة\t-\taerial\t195\t-\t-\t-\n", "t").unwrap();
        for f in ["قتل", "قتلت", "قتلوا", "يقتل", "تقتلون", "قتلوه", "قتلها"]
        {
            assert!(lex.forms.contains_key(f), "{f}");
        }
        assert!(lex.forms.get("يقتل").is_some_and(|v| v[0].imperfect));
        for f in ["غاره", "غارتين", "غارتها"] {
            assert!(lex.forms.contains_key(f), "{f}");
        }
        assert!(lex.entries[0].flags.kill);
    }

    #[test]
    fn defective_verbs_drop_their_last_letter() {
        let forms: Vec<String> = verb_forms("التقي", "لتقي")
            .into_iter()
            .map(|f| f.0)
            .collect();
        for f in ["التقي", "التقت", "التقوا", "يلتقي", "يلتقون"] {
            assert!(forms.iter().any(|x| x == f), "{f}");
        }
    }

    #[test]
    fn malformed_rows_name_file_line_and_field() {
        let e = parse_lexicon("# c\nFOO\tV\tx/y\t-\t-\t-\t-\t-\t-\n", "data/t.tsv").unwrap_err();
        assert_eq!((e.file, e.line), ("data/t.tsv", 2));
        assert!(e.message.contains("plover"), "{e}");
        let e = parse_lexicon("ASSAULT\tV\tقتل\t-\t-\t-\t-\t-\t-\n", "t").unwrap_err();
        assert!(e.message.contains("perfect/imperfect"));
        let e = parse_lexicon("ASSAULT\tQ\tقتل\t-\t-\t-\t-\t-\t-\n", "t").unwrap_err();
        assert!(e.message.contains("kind"));
        let e = parse_lexicon("ASSAULT\tN\tقتل\t-\t-\t-\t-\t-\tbogus\n", "t").unwrap_err();
        assert!(e.message.contains("bogus"));
        assert!(parse_cues("nosuch\tكلمة\n", "t").is_err());
        assert!(parse_cues("mode\tجوي\taerial|195\n", "t").is_err());
        assert!(parse_actors("حماس\tpse\n", "t").is_err());
        let mut g = Glossary::default();
        assert!(parse_countries(
            "IRQ\tIQ\tIraq\tIraqi\tnorth\t44\tالعراق\tعراقي\n",
            "t",
            &mut g
        )
        .is_err());
        assert!(parse_glosses("X\tجنود\tsoldiers\tMIL\t-\n", "t", &mut g).is_err());
    }

    #[test]
    fn glosses_and_countries_are_normalised() {
        let mut g = Glossary::default();
        parse_countries(
            "USA\tUS\tUnited States\tUS\t39.8\t-98.6\tأمريكا\tأميركي\n",
            "t",
            &mut g,
        )
        .unwrap();
        parse_glosses(
            "H\tقوات\tforces\tMIL\t-\nA\tمسلحة\tarmed\t-\t-\n",
            "t",
            &mut g,
        )
        .unwrap();
        assert!(g.demonyms.contains_key("اميركيين"));
        assert!(g.demonyms.contains_key("اميركيه"));
        assert!(g.country_names.contains_key("امريكا"));
        assert!(g.adjectives.contains_key("مسلحه"));
        assert_eq!(
            g.heads.get("قوات").map(|h| h.sector.as_deref()),
            Some(Some("MIL"))
        );
    }
}
