//! Regressions caught on whole articles, where the tagger and the tables meet.

use rasd_pipeline::{analyze, AnalyzeOptions, Input};

fn run(text: &str) -> rasd_doc::Article {
    analyze(
        Input {
            text: text.to_string(),
            published: Some("2015-08-04".into()),
            ..Default::default()
        },
        &AnalyzeOptions::default(),
    )
}

#[test]
fn a_family_name_does_not_make_two_people_one() {
    // Gold round 15: «العميد عبد الله الصبيحي» was Mahmoud al-Subaihi (the tables know
    // «محمود الصبيحي|الصبيحي»), and the defence minister named later joined his entity.
    let a = run("عنوان\n\nقال العميد عبد الله الصبيحي قائد اللواء إن الألغام كثيرة. وأضاف الصبيحي أن العمل مستمر.\n\nوقال وزير الدفاع محمود الصبيحي إن القوات تتقدم.\n");
    let of = |m: &str| {
        a.entities
            .iter()
            .find(|e| e.mentions.iter().any(|x| x.text == m))
            .unwrap_or_else(|| panic!("no {m}: {:#?}", a.entities))
    };
    let abdullah = of("عبد الله الصبيحي");
    let mahmoud = of("محمود الصبيحي");
    assert_ne!(abdullah.id, mahmoud.id, "{:#?}", a.entities);
    assert_ne!(abdullah.name_en.as_deref(), Some("Mahmoud al-Subaihi"));
    assert_eq!(mahmoud.name_en.as_deref(), Some("Mahmoud al-Subaihi"));
}
