//! Run the quote recogniser over gold articles with the GOLD entities as an oracle.
//!
//! Usage: `cargo run -p rasd-quotes --example gold_oracle -- GOLD.jsonl [--entities ENT.jsonl]
//! > PRED.jsonl`, where GOLD.jsonl is made by `shared/eval/goldmake.py`. Each gold entity row
//! (one name with its spans) becomes one [`rasd_doc::Entity`]; the output lines follow the
//! output contract with only `entities` and `quotes` filled, for `shared/eval/score.py`.
//!
//! With `--entities ENT.jsonl` (contract JSONL from an entity recogniser, matched by `id`), those
//! predicted entities are used instead of the gold ones: the end-to-end figure.

use std::collections::HashMap;
use std::io::{BufRead, Write};

use rasd_doc::{Article, Entity, EntityType, Span};
use serde_json::Value;

fn kind(t: &str) -> EntityType {
    match t {
        "PER" => EntityType::Per,
        "ORG" => EntityType::Org,
        "GPE" => EntityType::Gpe,
        "LOC" => EntityType::Loc,
        "FAC" => EntityType::Fac,
        "NORP" => EntityType::Norp,
        _ => EntityType::Misc,
    }
}

fn entities(text: &str, gold: &[Value]) -> Vec<Entity> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for g in gold {
        let name = g["text"].as_str().unwrap_or_default().to_string();
        let t = g["types"].get(0).and_then(Value::as_str).unwrap_or("MISC");
        let mentions: Vec<Span> = g["spans"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| {
                let (a, b) = (s.get(0)?.as_u64()? as usize, s.get(1)?.as_u64()? as usize);
                let text: String = chars.get(a..b)?.iter().collect();
                Some(Span {
                    start: a,
                    end: b,
                    text,
                })
            })
            .collect();
        if mentions.is_empty() {
            continue;
        }
        out.push(Entity {
            id: format!("E{}", out.len() + 1),
            kind: kind(t),
            name,
            name_en: g["en"].get(0).and_then(Value::as_str).map(String::from),
            reference: None,
            lat: None,
            lon: None,
            country: None,
            mentions,
        });
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: gold_oracle GOLD.jsonl [--entities ENT.jsonl]")?
        .clone();
    let mut predicted: HashMap<String, Vec<Entity>> = HashMap::new();
    if let Some(k) = args.iter().position(|a| a == "--entities") {
        let ep = args.get(k + 1).ok_or("--entities needs a file")?;
        for (n, line) in std::io::BufReader::new(std::fs::File::open(ep)?)
            .lines()
            .enumerate()
        {
            let a: Article =
                serde_json::from_str(&line?).map_err(|e| format!("{ep}:{}: {e}", n + 1))?;
            predicted.insert(a.id, a.entities);
        }
    }
    let file = std::io::BufReader::new(std::fs::File::open(&path)?);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (n, line) in file.lines().enumerate() {
        let g: Value =
            serde_json::from_str(&line?).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = g["text"]
            .as_str()
            .ok_or_else(|| format!("{path}:{}: no text", n + 1))?
            .to_string();
        let id = g["id"].as_str().unwrap_or_default().to_string();
        let ents = match predicted.get(&id) {
            Some(p) => p.clone(),
            None => entities(
                &text,
                g["entities"]
                    .as_array()
                    .map(Vec::as_slice)
                    .unwrap_or_default(),
            ),
        };
        let quotes = rasd_quotes::quotes(&text, &ents);
        let art = Article {
            id,
            published: g["published"].as_str().map(String::from),
            text,
            entities: ents,
            quotes,
            ..Default::default()
        };
        writeln!(out, "{}", serde_json::to_string(&art)?)?;
    }
    Ok(())
}
