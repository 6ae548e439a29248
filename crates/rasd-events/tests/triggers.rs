//! Table-driven trigger/type cases on fragments of real news sentences.

const CASES: &str = include_str!("data/trigger_cases.tsv");

#[test]
fn trigger_cases_yield_their_type() {
    let mut n = 0;
    let mut failures = Vec::new();
    for (i, line) in CASES.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            f.len(),
            3,
            "tests/data/trigger_cases.tsv:{}: expected 3 fields",
            i + 1
        );
        let (want, cue, frag) = (f[0], f[1], f[2]);
        let evs = rasd_events::events(frag, &[], &[], &[], None);
        n += 1;
        let ok = if want == "NONE" {
            // The cue word must not trigger anything.
            let cue_n = rasd_text::normalize(cue).text;
            !evs.iter()
                .any(|e| rasd_text::normalize(&e.trigger.text).text.contains(&cue_n))
        } else {
            evs.iter().any(|e| e.kind == want)
        };
        if !ok {
            let got: Vec<String> = evs
                .iter()
                .map(|e| format!("{}:{}", e.kind, e.trigger.text))
                .collect();
            failures.push(format!(
                "line {}: want {want} ({cue}) in «{frag}», got {got:?}",
                i + 1
            ));
        }
    }
    assert!(n >= 100, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
