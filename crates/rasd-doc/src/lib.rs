//! The analysed article, as the output contract (`spec/OUTPUT.md`) defines it.
//!
//! Every stage of rasd fills part of one [`Article`]; every consumer (JSONL, store, HTTP)
//! reads the same type. Keeping the contract in one small crate with no logic means a field
//! is named once, and changing its meaning is a visible change here.
//!
//! All `start`/`end` offsets are Unicode code points into [`Article::text`], `end` exclusive.

use serde::{Deserialize, Serialize};

/// One analysed article: the input text and every layer recognised in it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// From the input; else the file name, or a content hash.
    pub id: String,
    /// Anchor date (YYYY-MM-DD) used to resolve relative time expressions.
    pub published: Option<String>,
    /// Title, when the input has one (extra field, not in the contract).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Source outlet, when the input names one (extra field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// URL of the original, when known (extra field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The exact text analysed; for JSONL input it equals the input's text.
    pub text: String,
    /// Distinct real-world entities with all their mentions.
    pub entities: Vec<Entity>,
    /// Time expressions, TIMEX3 style.
    pub times: Vec<Time>,
    /// Counts and measures.
    pub quantities: Vec<Quantity>,
    /// Quoted or reported speech with its speaker.
    pub quotes: Vec<Quote>,
    /// Coded events.
    pub events: Vec<Event>,
}

/// A code-point span of the article text, with the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The covered text, exactly as in the article.
    pub text: String,
}

/// A span without its text (used for whole sentences).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// Entity types of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// People.
    Per,
    /// Organisations, groups, ministries, armed groups, parties, companies, media.
    Org,
    /// Countries, cities, provinces.
    Gpe,
    /// Other places: deserts, rivers, regions.
    Loc,
    /// Facilities: bases, airports, crossings, buildings.
    Fac,
    /// Nationalities, religious and political groups.
    Norp,
    /// Other names: operations, platforms, events.
    Misc,
}

/// One distinct real-world entity and all its mentions in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Article-local id, `E1`, `E2`, …
    pub id: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Canonical Arabic name.
    pub name: String,
    /// English name, if known.
    pub name_en: Option<String>,
    /// Knowledge-base id, e.g. `geonames:98182`.
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    /// Latitude in degrees, for places.
    pub lat: Option<f64>,
    /// Longitude in degrees, for places.
    pub lon: Option<f64>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// Every mention of the entity.
    pub mentions: Vec<Span>,
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimeType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurring time.
    Set,
}

/// The calendar an expression was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    /// Gregorian (including Syriac month names).
    Gregorian,
    /// Islamic (Umm al-Qura), converted to a Gregorian value.
    Hijri,
}

/// A time expression resolved to a TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Time {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Surface text.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimeType,
    /// TIMEX3 value (`2024-10`, `2024-08-31TEV`, `P3M`, `PAST_REF` …).
    pub value: String,
    /// Calendar of the surface form.
    pub calendar: Calendar,
}

/// How exact a quantity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// As stated.
    Exact,
    /// حوالي، نحو، قرابة …
    About,
    /// أكثر من …
    MoreThan,
    /// أقل من …
    LessThan,
    /// على الأقل …
    AtLeast,
    /// على الأكثر …
    AtMost,
}

/// A count or measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Surface text.
    pub text: String,
    /// The number.
    pub value: f64,
    /// Hedge.
    pub approx: Approx,
    /// Counted noun (Arabic, singular).
    pub unit: Option<String>,
    /// Counted noun in English.
    pub unit_en: Option<String>,
}

/// Quoted or reported content and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// First code point of the content.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The content.
    pub text: String,
    /// Entity id of the speaker.
    pub speaker: Option<String>,
    /// Surface of the speaker.
    pub speaker_text: Option<String>,
    /// The speech verb or attribution phrase.
    pub cue: Option<Span>,
}

/// A participant of an event: an entity or a descriptive phrase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// Entity id, when the participant is a named entity.
    pub entity: Option<String>,
    /// Surface text.
    pub text: String,
    /// English name or gloss.
    pub name_en: Option<String>,
    /// Country of the actor, ISO 3166-1 alpha-3 (as CAMEO codes it), or `IGO` (extra field).
    #[serde(default)]
    pub country: Option<String>,
    /// CAMEO sector: GOV, MIL, COP, REB, CVL, IGO, MED … (extra field).
    #[serde(default)]
    pub sector: Option<String>,
    /// Whether the text names no one and this is the act's implied doer (a protest's
    /// unnamed protesters, as ACLED codes them); `text` is then the gloss, not a surface.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub implied: bool,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Entity id of the place.
    pub entity: Option<String>,
    /// Surface text.
    pub text: String,
    /// English name.
    pub name_en: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
}

/// Factuality of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// Happened.
    Occurred,
    /// Still going on.
    Ongoing,
    /// Scheduled or intended.
    Planned,
    /// Put off.
    Postponed,
    /// Said not to have happened.
    Negated,
    /// Conditional or speculative.
    Hypothetical,
    /// Many events reported as one.
    Aggregate,
}

/// Who did what to whom, when, where, how many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Article-local id, `V1`, `V2`, …
    pub id: String,
    /// PLOVER category.
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// ACLED event type.
    pub acled_event_type: Option<String>,
    /// ACLED sub-event type.
    pub acled_sub_event_type: Option<String>,
    /// The word naming the action.
    pub trigger: Span,
    /// Who acts.
    pub actors: Vec<Participant>,
    /// Who is acted upon.
    pub targets: Vec<Participant>,
    /// Most specific place.
    pub location: Option<Location>,
    /// Whether `location` was taken from the story (the paragraph's last located act, the
    /// article's theatre or the place it is about) rather than told with this one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub location_inferred: bool,
    /// TIMEX3 value.
    pub date: Option<String>,
    /// Whether `date` was carried over from the story's nearest earlier dated event rather
    /// than told with this one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub date_inferred: bool,
    /// People killed, when the text gives a number.
    pub fatalities: Option<u64>,
    /// People injured, when the text gives a number.
    pub injuries: Option<u64>,
    /// Factuality.
    pub status: EventStatus,
    /// The sentence the event was read from.
    pub sentence: Range,
}

/// Convert a code-point span of `text` into a [`Span`] carrying its text.
///
/// Out-of-range ends are clamped, so a buggy recogniser cannot make output panic.
pub fn span_of(text: &str, start: usize, end: usize) -> Span {
    let covered: String = text
        .chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect();
    Span {
        start,
        end,
        text: covered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_article_serialises_every_contract_field() {
        let a = Article {
            id: "x".into(),
            text: "نص".into(),
            ..Default::default()
        };
        let v: serde_json::Value = serde_json::to_value(&a).unwrap();
        for key in [
            "id",
            "published",
            "text",
            "entities",
            "times",
            "quantities",
            "quotes",
            "events",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert!(v["published"].is_null());
        assert!(v.get("title").is_none());
    }

    #[test]
    fn enums_use_contract_spelling() {
        assert_eq!(
            serde_json::to_string(&EntityType::Norp).unwrap(),
            "\"NORP\""
        );
        assert_eq!(
            serde_json::to_string(&Approx::MoreThan).unwrap(),
            "\"more_than\""
        );
        assert_eq!(
            serde_json::to_string(&Calendar::Hijri).unwrap(),
            "\"hijri\""
        );
        assert_eq!(
            serde_json::to_string(&EventStatus::Aggregate).unwrap(),
            "\"aggregate\""
        );
    }

    #[test]
    fn span_of_counts_code_points_and_clamps() {
        let s = span_of("في بغداد", 3, 8);
        assert_eq!(s.text, "بغداد");
        assert_eq!(span_of("abc", 2, 99).text, "c");
    }
}
