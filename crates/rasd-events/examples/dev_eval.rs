//! Run the event coder on gold articles with *oracle* inputs (gold entities, times and
//! quantities) and print contract JSONL for `score.py`.
//!
//! ```text
//! python3 /work/shared/eval/goldmake.py /work/shared/eval/dev/*.json > /tmp/evgold.jsonl
//! cargo run -p rasd-events --example dev_eval -- /tmp/evgold.jsonl > /tmp/evpred.jsonl
//! python3 /work/shared/eval/score.py /tmp/evgold.jsonl /tmp/evpred.jsonl
//! ```
//! Only the `events` layer is produced by this crate; the other layers are copied from the gold
//! so that event arguments can refer to entity ids.

use std::io::{BufRead, Write};

use rasd_doc::{Approx, Article, Calendar, Entity, EntityType, Quantity, Span, Time, TimeType};
use serde_json::Value;

fn etype(s: &str) -> EntityType {
    match s {
        "PER" => EntityType::Per,
        "ORG" => EntityType::Org,
        "GPE" => EntityType::Gpe,
        "LOC" => EntityType::Loc,
        "FAC" => EntityType::Fac,
        "NORP" => EntityType::Norp,
        _ => EntityType::Misc,
    }
}

fn approx(s: &str) -> Approx {
    match s {
        "about" => Approx::About,
        "more_than" => Approx::MoreThan,
        "less_than" => Approx::LessThan,
        "at_least" => Approx::AtLeast,
        "at_most" => Approx::AtMost,
        _ => Approx::Exact,
    }
}

fn convert(g: &Value) -> Option<Article> {
    let text = g.get("text")?.as_str()?.to_string();
    let mut entities = Vec::new();
    for (k, e) in g.get("entities")?.as_array()?.iter().enumerate() {
        let spans: Vec<(usize, usize)> = e["spans"]
            .as_array()?
            .iter()
            .filter_map(|s| Some((s.get(0)?.as_u64()? as usize, s.get(1)?.as_u64()? as usize)))
            .collect();
        // Alternative (nested) spans of one mention are dropped: keep maximal spans.
        let mentions: Vec<Span> = spans
            .iter()
            .filter(|(a, b)| {
                !spans
                    .iter()
                    .any(|(c, d)| c <= a && b <= d && (c, d) != (a, b))
            })
            .map(|&(a, b)| rasd_doc::span_of(&text, a, b))
            .collect();
        let geo = e.get("geo").and_then(Value::as_array);
        entities.push(Entity {
            id: format!("E{}", k + 1),
            kind: etype(e["types"].get(0).and_then(Value::as_str).unwrap_or("MISC")),
            name: e["text"].as_str().unwrap_or("").to_string(),
            name_en: e["en"].get(0).and_then(Value::as_str).map(str::to_string),
            reference: None,
            lat: geo.and_then(|g| g.first()).and_then(Value::as_f64),
            lon: geo.and_then(|g| g.get(1)).and_then(Value::as_f64),
            country: None,
            mentions,
        });
    }
    let times = g["times"]
        .as_array()?
        .iter()
        .filter_map(|t| {
            Some(Time {
                start: t["start"].as_u64()? as usize,
                end: t["end"].as_u64()? as usize,
                text: t["text"].as_str()?.to_string(),
                kind: TimeType::Date,
                value: t["values"].get(0)?.as_str()?.to_string(),
                calendar: Calendar::Gregorian,
            })
        })
        .collect::<Vec<_>>();
    let quantities = g["quantities"]
        .as_array()?
        .iter()
        .filter_map(|q| {
            Some(Quantity {
                start: q["start"].as_u64()? as usize,
                end: q["end"].as_u64()? as usize,
                text: q["text"].as_str()?.to_string(),
                value: q["value"].as_f64()?,
                approx: approx(q["approx"].as_str().unwrap_or("exact")),
                unit: None,
                unit_en: q["unit_en"]
                    .get(0)
                    .and_then(Value::as_str)
                    .map(str::to_string),
            })
        })
        .collect::<Vec<_>>();
    let published = g
        .get("published")
        .and_then(Value::as_str)
        .map(str::to_string);
    let events = rasd_events::events(&text, &entities, &times, &quantities, published.as_deref());
    Some(Article {
        id: g["id"].as_str().unwrap_or("").to_string(),
        published,
        text,
        entities,
        times,
        quantities,
        events,
        ..Default::default()
    })
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dev_eval GOLD.jsonl > PRED.jsonl");
        std::process::exit(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let out = std::io::stdout();
    let mut out = out.lock();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let Ok(line) = line else { continue };
        let Ok(v) = serde_json::from_str::<Value>(&line) else {
            eprintln!("{path}:{}: not JSON", n + 1);
            continue;
        };
        match convert(&v) {
            Some(a) => {
                let _ = writeln!(out, "{}", serde_json::to_string(&a).unwrap_or_default());
            }
            None => eprintln!("{path}:{}: not a goldmake record", n + 1),
        }
    }
}
