//! Table-driven check on real news clauses: `tests/cases.tsv` lists, for each clause, every
//! quantity expected in it (value, hedge, English unit), in order.

use rasd_doc::Approx;

fn approx_name(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "exact",
        Approx::About => "about",
        Approx::MoreThan => "more_than",
        Approx::LessThan => "less_than",
        Approx::AtLeast => "at_least",
        Approx::AtMost => "at_most",
    }
}

fn render(text: &str) -> String {
    rasd_quantity::recognise(text, &[])
        .iter()
        .map(|q| {
            let v = if q.value.fract() == 0.0 && q.value.abs() < 1e15 {
                format!("{}", q.value as i64)
            } else {
                format!("{}", q.value)
            };
            format!(
                "{v}|{}|{}",
                approx_name(q.approx),
                q.unit_en.as_deref().unwrap_or("-")
            )
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}

#[test]
fn corpus_cases() {
    let table = include_str!("cases.tsv");
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (text, expected) = line.split_once('\t').unwrap_or((line, ""));
        n += 1;
        let got = render(text);
        if got != expected.trim() {
            failures.push(format!(
                "cases.tsv:{}: {text}\n  expected: {expected}\n  got:      {got}",
                i + 1
            ));
        }
    }
    assert!(n >= 150, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn spans_cover_the_number_and_keep_the_original_text() {
    let text = "وتنشر الولايات المتحدة حوالي ٢٥٠٠ جنديّ في العراق ونحو 900 في سوريا.";
    let qs = rasd_quantity::recognise(text, &[]);
    assert_eq!(qs.len(), 2);
    let first: String = text
        .chars()
        .skip(qs[0].start)
        .take(qs[0].end - qs[0].start)
        .collect();
    assert_eq!(first, "حوالي ٢٥٠٠ جنديّ");
    assert_eq!(qs[0].text, first);
    assert_eq!(qs[0].value, 2500.0);
    assert_eq!(qs[1].text, "نحو 900");
    assert_eq!(qs[1].unit.as_deref(), Some("جندي"));
}
