//! Recall check on UniversalPetrarch's Arabic gold-standard records (ASSAULT / PROTEST).
//!
//! Reads the two XML files at run time (they are not copied into the repository) and reports
//! the share of sentences that yield an event of the gold PLOVER category whose trigger
//! overlaps the gold trigger. Gold triggers are sometimes several words, listed out of order
//! (`صواريخ باطلاق`), so "covers" is read as: the predicted trigger overlaps an occurrence of
//! one of the gold trigger's words. Records with an empty gold trigger (190 of 645) only need
//! an event of the right category. No entity/time/quantity layers are given to the coder.
//!
//! `cargo run -p rasd-events --example gsr_eval -- /work/shared/data/events/universalpetrarch-arabic-gsr`

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let s = tag.find(&key)? + key.len();
    let e = tag[s..].find('"')? + s;
    Some(&tag[s..e])
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

struct Tally {
    n: usize,
    category: usize,
    trigger: usize,
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/work/shared/data/events/universalpetrarch-arabic-gsr".into());
    let verbose = std::env::args().any(|a| a == "-v");
    let mut all = Tally {
        n: 0,
        category: 0,
        trigger: 0,
    };
    for file in [
        "arabic_assault_gsr_validation.xml",
        "arabic_protest_gsr_validation.xml",
    ] {
        let path = format!("{dir}/{file}");
        let xml = match std::fs::read_to_string(&path) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        let mut t = Tally {
            n: 0,
            category: 0,
            trigger: 0,
        };
        for rec in xml.split("<Sentence ").skip(1) {
            let cat = attr(rec, "category").unwrap_or("");
            let trig = rec
                .find("<EventText")
                .and_then(|i| attr(&rec[i..], "eventtext"))
                .map(unescape)
                .unwrap_or_default();
            let Some(ts) = rec.find("<Text>") else {
                continue;
            };
            let Some(te) = rec[ts..].find("</Text>") else {
                continue;
            };
            let text = unescape(rec[ts + 6..ts + te].trim());
            let evs = rasd_events::events(&text, &[], &[], &[], None);
            let of_cat: Vec<&rasd_doc::Event> = evs.iter().filter(|e| e.kind == cat).collect();
            t.n += 1;
            if !of_cat.is_empty() {
                t.category += 1;
            }
            // Code-point spans of every occurrence of each gold trigger word.
            let mut spans = Vec::new();
            for w in trig.split_whitespace() {
                let mut from = 0;
                while let Some(b) = text[from..].find(w) {
                    let s = text[..from + b].chars().count();
                    spans.push((s, s + w.chars().count()));
                    from += b + w.len();
                }
            }
            let hit = if trig.trim().is_empty() {
                !of_cat.is_empty()
            } else {
                of_cat.iter().any(|e| {
                    spans
                        .iter()
                        .any(|&(s, en)| e.trigger.start < en && s < e.trigger.end)
                })
            };
            if hit {
                t.trigger += 1;
            } else if verbose {
                let got: Vec<String> = evs
                    .iter()
                    .map(|e| format!("{}:{}", e.kind, e.trigger.text))
                    .collect();
                println!("MISS {cat} [{trig}] {got:?} {text}");
            }
        }
        println!(
            "{file}: {} sentences, event of the category {:.3}, and trigger overlapping gold {:.3}",
            t.n,
            t.category as f64 / t.n.max(1) as f64,
            t.trigger as f64 / t.n.max(1) as f64
        );
        all.n += t.n;
        all.category += t.category;
        all.trigger += t.trigger;
    }
    println!(
        "all: {} sentences, event of the category {:.3}, and trigger overlapping gold {:.3}",
        all.n,
        all.category as f64 / all.n.max(1) as f64,
        all.trigger as f64 / all.n.max(1) as f64
    );
}
