//! Print the events coded in each line of stdin (no entity, time or quantity layers): a quick
//! way to see what the trigger lexicon and argument patterns do with a sentence.
//!
//! `echo "قتل ثلاثة جنود في هجوم" | cargo run -p rasd-events --example probe`

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let evs = rasd_events::events(&line, &[], &[], &[], None);
        let desc: Vec<String> = evs
            .iter()
            .map(|e| {
                let who = |ps: &[rasd_doc::Participant]| {
                    ps.iter()
                        .map(|p| p.text.as_str())
                        .collect::<Vec<_>>()
                        .join("+")
                };
                format!(
                    "{}:{}[{}>{}]{:?}",
                    e.kind,
                    e.trigger.text,
                    who(&e.actors),
                    who(&e.targets),
                    e.status
                )
            })
            .collect();
        println!("{}\t{}", desc.join(" | "), line);
    }
}
