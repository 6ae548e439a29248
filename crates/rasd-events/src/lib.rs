//! Event coding for rasd: who did what to whom, when, where and how many.
//!
//! News reports actions — attacks, arrests, meetings, demands, protests — and analysts want them
//! as rows: a PLOVER category (with CAMEO and ACLED codes), the word that names the action, the
//! actors and targets, the place, the date, the dead and wounded, and whether it happened at
//! all. This crate reads those rows from Arabic text, given the layers other crates already
//! found (entities, time expressions, quantities), with a trigger lexicon and a few argument
//! patterns for Arabic word order, all kept in data files under `data/`.
//!
//! The entry point is [`events`]; [`code_actor`] / [`code_participant`] give a participant's
//! CAMEO-style country and sector, which the output contract has no field for yet.
//!
//! How an article is coded:
//! 1. The text is normalised (`rasd_text::normalize()`) and cut into word and punctuation
//!    tokens that keep their original code-point spans; sentences end at `. ! ? ؟` and line
//!    breaks, clauses at `، ; :` and connectors such as فيما، بينما، لكن.
//! 2. Triggers are looked up word by word, every proclitic reading tried (و ف ب ل ك س ال),
//!    against forms generated from `data/triggers.tsv` (verbs conjugated, nouns inflected);
//!    phrases (إطلاق + صواريخ، وقف + إطلاق النار) win over single words.
//! 3. Mentions that name no new action are dropped: back-references (هذه الهجمات، a later
//!    «اللقاء»), trends (تراجع في هجمات), purposes (لمحاربة), topics (بشأن وقف إطلاق النار),
//!    demanded or praised actions (طالب بانسحاب، أشاد بالتعاون), words inside names (فجر ليبيا).
//! 4. Triggers of one type in one sentence are merged when they tell one action: a verb and its
//!    noun in one clause, casualties and the attack that caused them (مقتل … بقصف، ما أدى إلى
//!    إصابة), a targeting verb after an attack noun.
//! 5. Actors and targets come from entity mentions and descriptive phrases (head noun +
//!    adjectives from `data/glosses.tsv`): subject before the verb (SVO) or after it (VSO),
//!    object after it; a noun's genitive, its ل-, على-, ضد-, مع- and بين-phrases; passives and
//!    casualty words make the subject a target; من قبل / على يد name the doer.
//! 6. Place: the first place after the trigger in the clause, else before it, else in the
//!    sentence, else a country named by its adjective (المدن العراقية), else the dateline; else
//!    (marked `location_inferred`) the paragraph's last place for a physical act, the article's
//!    theatre, or the country or city the article names most often.
//!    Date: a time in the clause, else in the sentence (before the trigger first: the date of
//!    the report that carries it), else the publication date when the sentence says اليوم,
//!    else a wire dateline's date, else (for an act that happened) the date of the story's
//!    nearest earlier dated act, marked `date_inferred`. Casualties: a quantity next to a death or injury word.
//!    Status and ASSAULT mode come from the cues in `data/cues.tsv`.

mod coder;
pub mod data;
pub mod text;

use std::sync::OnceLock;

pub use coder::{events, events_with_quotes};
pub use data::DataError;

/// The embedded data, parsed once.
#[derive(Debug)]
pub struct Resources {
    /// Trigger lexicon.
    pub lexicon: data::Lexicon,
    /// Participant glosses and countries.
    pub glossary: data::Glossary,
    /// Context cues.
    pub cues: data::Cues,
    /// Actor dictionary (name → CAMEO code).
    pub actors: std::collections::HashMap<String, String>,
}

const TRIGGERS: &str = include_str!("../data/triggers.tsv");
const GLOSSES: &str = include_str!("../data/glosses.tsv");
const COUNTRIES: &str = include_str!("../data/countries.tsv");
const CUES: &str = include_str!("../data/cues.tsv");
const ACTORS: &str = include_str!("../data/actors.tsv");

impl Resources {
    /// Parse the embedded data files.
    pub fn load() -> Result<Resources, DataError> {
        let lexicon = data::parse_lexicon(TRIGGERS, "data/triggers.tsv")?;
        let mut glossary = data::Glossary::default();
        data::parse_countries(COUNTRIES, "data/countries.tsv", &mut glossary)?;
        data::parse_glosses(GLOSSES, "data/glosses.tsv", &mut glossary)?;
        let cues = data::parse_cues(CUES, "data/cues.tsv")?;
        let actors = data::parse_actors(ACTORS, "data/actors.tsv")?;
        Ok(Resources {
            lexicon,
            glossary,
            cues,
            actors,
        })
    }

    /// The embedded data, parsed on first use. The files are tested, so a parse error is a
    /// build defect; it is reported once on stderr and the coder then finds no events.
    pub fn embedded() -> &'static Resources {
        static R: OnceLock<Resources> = OnceLock::new();
        R.get_or_init(|| {
            Resources::load().unwrap_or_else(|e| {
                eprintln!("rasd-events: bad embedded data: {e}");
                Resources {
                    lexicon: data::Lexicon::default(),
                    glossary: data::Glossary::default(),
                    cues: data::Cues::default(),
                    actors: Default::default(),
                }
            })
        })
    }
}

/// A participant's CAMEO-style actor code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCode {
    /// ISO 3166-1 **alpha-3** country code (CAMEO's country code, e.g. `IRQ`, `USA`), or
    /// CAMEO's `IGO` for international bodies; None when the text names no country.
    pub country: Option<String>,
    /// CAMEO sector code (`GOV`, `MIL`, `COP`, `REB`, `UAF`, `CVL`, `IGO`, `MED`, `OPP` …);
    /// None when the text implies none.
    pub sector: Option<String>,
}

/// Code a participant's surface text (Arabic, or an English country name) as country + sector.
///
/// «جنود أميركيين» → USA/MIL, «فصائل عراقية مسلحة» → IRQ/REB, «حماس» → PSE/REB (from
/// UniversalPetrarch's actor dictionary), «تركيا» or "Turkey" → TUR. Returns None when
/// nothing is known.
pub fn code_actor(text: &str) -> Option<ActorCode> {
    coder::code_actor_with(Resources::embedded(), text)
}

/// Code an event participant: its surface text first, then its English name.
pub fn code_participant(p: &rasd_doc::Participant) -> Option<ActorCode> {
    code_actor(&p.text).or_else(|| p.name_en.as_deref().and_then(code_actor))
}
