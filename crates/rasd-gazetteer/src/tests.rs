//! Loader and matching tests over the embedded tables.

use super::*;
use rasd_text::normalize;

fn gaz() -> &'static Gazetteer {
    match Gazetteer::global() {
        Ok(g) => g,
        Err(e) => panic!("gazetteer failed to load: {e}"),
    }
}

/// (surface, English name, country) of the best entry for each match in `text`.
fn resolved(text: &str) -> Vec<(String, String, Option<String>)> {
    let g = gaz();
    let norm = normalize(text);
    let found = g.find(&norm.text);
    let mut ctx = CountryContext::new();
    for m in &found {
        if let Some(c) = g.sure_country(&m.candidates) {
            ctx.add(c);
        }
    }
    found
        .iter()
        .filter_map(|m| {
            let e = g.entry(g.resolve(&m.candidates, &ctx)?)?;
            Some((
                norm.text[m.start..m.end].to_string(),
                e.name_en.clone(),
                e.country.clone(),
            ))
        })
        .collect()
}

#[test]
fn every_table_loads() {
    let t = tables::load_all().expect("tables load");
    assert!(
        t.entries
            .iter()
            .filter(|e| e.source == Source::Curated)
            .count()
            >= 400
    );
    assert!(
        t.entries
            .iter()
            .filter(|e| e.source == Source::City || e.source == Source::Capital)
            .count()
            > 3000
    );
    assert!(t.entries.iter().any(|e| e.source == Source::Country));
    assert!(t.entries.iter().any(|e| e.source == Source::Region));
    assert!(t.cues.len() > 30);
    assert!(tables::load_nationalities().expect("nationalities").len() >= 80);
    assert_eq!(tables::load_suffixes().len(), 9);
    assert!(tables::load_stopnames().contains("المدينه"));
}

#[test]
fn curated_places_have_points_and_refs() {
    for e in gaz()
        .entries()
        .iter()
        .filter(|e| e.source == Source::Curated)
    {
        if e.kind.is_place() {
            let (lat, lon) = (e.lat.unwrap_or(999.0), e.lon.unwrap_or(999.0));
            assert!(
                (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon),
                "{}",
                e.name_ar
            );
        }
        assert!(!e.reference.is_empty());
    }
}

#[test]
fn nationality_inflections_are_generated() {
    let n = tables::Nationality {
        stem: "عراق".into(),
        country: "IQ".into(),
        adjective: "Iraqi".into(),
        extra: vec![],
        institution_adj: None,
    };
    let forms = tables::inflect(&n, &tables::load_suffixes());
    for f in [
        "عراقي",
        "العراقي",
        "عراقيه",
        "العراقيه",
        "عراقيون",
        "العراقيين",
        "عراقيات",
        "عراقيان",
        "عراقيتين",
    ] {
        assert!(forms.iter().any(|x| x == f), "missing {f}");
    }
    let g = gaz();
    for w in [
        "أميركيين",
        "الأمريكية",
        "أمريكيون",
        "الأميركان",
        "العراقيين",
        "الفلسطينية",
        "الأكراد",
    ] {
        let ids = g.lookup(&normalize(w).text);
        assert!(
            ids.iter()
                .any(|&i| g.entry(i).is_some_and(|e| e.kind == Kind::Norp)),
            "{w}"
        );
    }
}

#[test]
fn institutions_compose_with_nationalities() {
    let g = gaz();
    let ids = g.lookup(&normalize("وزارة الخارجية العراقية").text);
    let e = ids.first().and_then(|&i| g.entry(i)).expect("entry");
    assert_eq!(e.name_en, "Iraqi Ministry of Foreign Affairs");
    assert_eq!(e.country.as_deref(), Some("IQ"));
    let army = g.lookup(&normalize("الجيش الإسرائيلي").text);
    assert!(army
        .iter()
        .any(|&i| g.entry(i).is_some_and(|e| e.name_en == "Israeli Army")));
    let us = g.lookup(&normalize("البحرية الأمريكية").text);
    assert!(us
        .iter()
        .any(|&i| g.entry(i).is_some_and(|e| e.name_en == "US Navy")));
    // The metonym shares the ministry's id.
    let met = g.lookup(&normalize("الخارجية العراقية").text);
    assert_eq!(
        met.first().and_then(|&i| g.entry(i)).map(|e| &e.reference),
        Some(&e.reference)
    );
}

#[test]
fn washington_is_the_capital() {
    let r = resolved("وصل الوفد إلى واشنطن");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, "Washington, D.C.");
}

#[test]
fn tripoli_follows_the_article() {
    let libya = resolved("اشتباكات في طرابلس بين فصائل ليبية وقوات حكومة ليبيا");
    assert!(libya
        .iter()
        .any(|(s, en, c)| s == "طرابلس" && en == "Tripoli" && c.as_deref() == Some("LY")));
    let lebanon = resolved("انفجار في طرابلس شمال لبنان قرب بيروت");
    assert!(
        lebanon
            .iter()
            .any(|(s, en, c)| s == "طرابلس" && en == "Tripoli" && c.as_deref() == Some("LB")),
        "{lebanon:?}"
    );
}

#[test]
fn whole_words_and_proclitics() {
    let r = resolved("قال العراقيين وبالعراق وللأمم المتحدة");
    let surfaces: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(surfaces, vec!["العراقيين", "العراق", "للامم المتحده"]);
    assert_eq!(r[1].1, "Iraq");
    assert_eq!(r[2].1, "United Nations");
}

#[test]
fn longest_match_first() {
    let r = resolved("مؤتمر التحالف الدولي ضد داعش في الولايات المتحدة الأمريكية");
    assert_eq!(r[0].0, "التحالف الدولي ضد داعش");
    assert_eq!(r[1].0, "الولايات المتحده الامريكيه");
    assert_eq!(r[1].1, "United States");
}

#[test]
fn countries_beat_cities_and_stop_names_do_not_match() {
    let r = resolved("زار تونس والكويت");
    assert_eq!(
        r.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
        vec!["Tunisia", "Kuwait"]
    );
    assert!(resolved("في المدينة كان بيان الخميس").is_empty());
    // Syria's Levantine spelling and the dr5hn bird-name for Turkey.
    assert_eq!(resolved("في سورية")[0].1, "Syria");
    assert!(resolved("ديك رومي").is_empty());
}

#[test]
fn cues_load_with_roles() {
    let g = gaz();
    let c = g.cue(&normalize("قاعدة").text).expect("cue");
    assert_eq!((c.role, c.kind), (CueRole::Keep, Kind::Fac));
    assert_eq!(
        g.cue(&normalize("مدينة").text).map(|c| c.role),
        Some(CueRole::Strip)
    );
    assert_eq!(g.cue("شمال").map(|c| c.role), Some(CueRole::Direction));
}

#[test]
fn generated_english_names_are_ascii() {
    for e in gaz()
        .entries()
        .iter()
        .filter(|e| e.source == Source::City || e.source == Source::Capital)
    {
        assert!(e.name_en.is_ascii(), "{}", e.name_en);
    }
}

proptest::proptest! {
    #[test]
    fn find_never_panics_and_spans_are_boundaries(s in "\\PC{0,80}") {
        let norm = normalize(&s);
        for m in gaz().find(&norm.text) {
            proptest::prop_assert!(norm.text.is_char_boundary(m.start) && norm.text.is_char_boundary(m.end));
            proptest::prop_assert!(m.start < m.end);
        }
    }
}
