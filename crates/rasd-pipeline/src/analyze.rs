//! One article through every stage.

use rasd_doc::{Article, TimeType};

/// An article as read, before analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    /// Id from the input; `None` gives a content hash.
    pub id: Option<String>,
    /// Title, if known.
    pub title: Option<String>,
    /// Publication date (YYYY-MM-DD) from the input, if any.
    pub published: Option<String>,
    /// Source outlet.
    pub source: Option<String>,
    /// Original URL.
    pub url: Option<String>,
    /// The text to analyse, passed through unchanged.
    pub text: String,
}

/// Settings that apply to every article of a run.
#[derive(Debug, Clone, Default)]
pub struct AnalyzeOptions {
    /// Anchor date (YYYY-MM-DD) that overrides the input's `published` (`--date`).
    pub anchor: Option<String>,
}

/// Analyse one article.
pub fn analyze(input: Input, options: &AnalyzeOptions) -> Article {
    let id = input
        .id
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| content_id(&input.text));
    let text = input.text;
    // The anchor: `--date` first, then the input's own date, then the article's dateline.
    let published = options
        .anchor
        .clone()
        .or(input.published)
        .or_else(|| rasd_time::dateline_date(&text));
    let norm = rasd_text::normalize(&text);
    let times = rasd_time::recognise_normalized(&text, &norm, published.as_deref());
    // Years, dates and clock times are not counts: the quantity stage skips their spans.
    // Durations stay eligible, since an age («30 عاما») is a quantity too.
    let time_spans: Vec<(usize, usize)> = times
        .iter()
        .filter(|t| matches!(t.kind, TimeType::Date | TimeType::Time))
        .map(|t| (t.start, t.end))
        .collect();
    let quantities = rasd_quantity::recognise(&text, &time_spans);
    // A one-word name inside a date is its month (نيسان 2014 is April, not Nissan).
    let in_date = |s: usize, e: usize| time_spans.iter().any(|&(a, b)| a <= s && e <= b);
    // The tagger reads a hashtag's «_» as a space (#تيريزا_ماي is one name); offsets hold.
    let names: Vec<rasd_entities::NameSpan> =
        rasd_ner::tag_text(&rasd_text::underscores_as_spaces(&text))
            .into_iter()
            .filter(|n| !in_date(n.start, n.end) || n.text.contains(char::is_whitespace))
            .map(|n| rasd_entities::NameSpan {
                start: n.start,
                end: n.end,
                label: n.label.as_str().to_string(),
            })
            .collect();
    let entities = rasd_entities::entities(&text, &names);
    let quotes = rasd_quotes::quotes(&text, &entities);
    let events = rasd_events::events_with_quotes(
        &text,
        &entities,
        &times,
        &quantities,
        &quotes,
        published.as_deref(),
    );
    Article {
        id,
        published,
        title: input.title,
        source: input.source,
        url: input.url,
        text,
        entities,
        times,
        quantities,
        quotes,
        events,
    }
}

/// A stable id for an article without one: FNV-1a over its text.
fn content_id(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("sha-fnv1a-{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_passes_through_and_id_defaults_to_hash() {
        let input = Input {
            text: "نص المقال".into(),
            ..Default::default()
        };
        let a = analyze(input.clone(), &AnalyzeOptions::default());
        assert_eq!(a.text, "نص المقال");
        assert!(a.id.starts_with("sha-fnv1a-"));
        assert_eq!(a.id, analyze(input, &AnalyzeOptions::default()).id);
    }

    #[test]
    fn month_name_inside_a_date_is_no_entity() {
        // Regression: «شهر أبريل (نيسان)» gave an organisation «Nisan» (the tagger's Nissan).
        let input = Input {
            text: "ونقل الأكراد أكثر من 500 ألف برميل يوميا خلال شهر أبريل (نيسان)، لم تزد الحكومة المركزية حصتهم.".into(),
            published: Some("2015-05-01".into()),
            ..Default::default()
        };
        let a = analyze(input, &AnalyzeOptions::default());
        assert!(
            a.times.iter().any(|t| t.text.contains("نيسان")),
            "{:?}",
            a.times
        );
        assert!(
            a.entities.iter().all(|e| e.name != "نيسان"),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn anchor_option_overrides_published() {
        let input = Input {
            text: "x".into(),
            published: Some("2018-01-01".into()),
            ..Default::default()
        };
        let opts = AnalyzeOptions {
            anchor: Some("2024-09-01".into()),
        };
        assert_eq!(
            analyze(input, &opts).published.as_deref(),
            Some("2024-09-01")
        );
    }
}
