//! Assembly tests: typing, merging with tagger spans, clustering, offsets.

use super::*;

/// A tagger span over the first occurrence of `surface` in `text` (code points).
fn span(text: &str, surface: &str, label: &str) -> NameSpan {
    let b = text.find(surface).expect("surface in text");
    let start = text[..b].chars().count();
    NameSpan {
        start,
        end: start + surface.chars().count(),
        label: label.into(),
    }
}

/// The span of `surface` where it opens `context`, a stretch found once in `text`: a later
/// occurrence of a name than [`span`] finds («وقال حسين إن» → حسين).
fn span_in(text: &str, context: &str, surface: &str, label: &str) -> NameSpan {
    assert!(context.starts_with(surface), "{surface} opens {context}");
    let mut s = span(text, context, label);
    s.end = s.start + surface.chars().count();
    s
}

fn find<'a>(es: &'a [Entity], mention: &str) -> &'a Entity {
    es.iter()
        .find(|e| e.mentions.iter().any(|m| m.text == mention))
        .unwrap_or_else(|| panic!("no entity with mention {mention}: {es:#?}"))
}

#[test]
fn context_table_loads() {
    assert!(prepositions().contains("في"));
    assert!(prepositions().len() > 20);
}

#[test]
fn org_tables_load() {
    assert!(org_heads().len() >= 25);
    // Longest heads first, so قيادة عمليات wins over قيادة.
    assert!(org_heads()
        .windows(2)
        .all(|w| w[0].words.len() >= w[1].words.len()));
    assert!(generic_org_words().contains("ارهابيه"));
    assert!(is_generic_org("منظمه ارهابيه") && !is_generic_org("منظمه ابعاد"));
}

#[test]
fn person_clusters_with_later_surname() {
    let t = "استقبل فؤاد حسين السفيرة. وقال حسين إن اللقاء مهم.";
    let es = entities(
        t,
        &[
            span(t, "فؤاد حسين", "PERS"),
            span_in(t, "حسين إن", "حسين", "PERS"),
        ],
    );
    let e = find(&es, "فؤاد حسين");
    assert_eq!(e.kind, EntityType::Per);
    assert_eq!(e.name, "فؤاد حسين");
    assert_eq!(e.name_en.as_deref(), Some("Fuad Hussein"));
    assert_eq!(e.mentions.len(), 2);
    assert_eq!(e.mentions[1].text, "حسين");
}

#[test]
fn coalition_and_isis_cluster_by_reference() {
    let t = "مؤتمر التحالف الدولي ضد داعش. ويضم التحالف الدولي 87 شريكا لمحاربة تنظيم داعش.";
    let es = entities(t, &[]);
    let c = find(&es, "التحالف الدولي ضد داعش");
    assert_eq!(c.mentions.len(), 2);
    assert_eq!(c.mentions[1].text, "التحالف الدولي");
    assert_eq!(c.name, "التحالف الدولي ضد داعش");
    let isis = find(&es, "تنظيم داعش");
    assert_eq!(isis.kind, EntityType::Org);
    assert_eq!(isis.name_en.as_deref(), Some("ISIS"));
}

#[test]
fn different_entities_stay_apart() {
    let t = "وتجري بغداد وواشنطن مفاوضات، وتنشر الولايات المتحدة قوات في العراق.";
    let es = entities(t, &[]);
    let w = find(&es, "واشنطن");
    let us = find(&es, "الولايات المتحدة");
    assert_ne!(w.id, us.id);
    assert_eq!(w.name_en.as_deref(), Some("Washington, D.C."));
    assert!((w.lat.unwrap_or(0.0) - 38.895).abs() < 0.01);
    assert_eq!(us.country.as_deref(), Some("US"));
    // ids follow first mention
    let ids: Vec<&str> = es.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids[..2], ["E1", "E2"]);
    assert_eq!(es[0].name, "بغداد");
}

#[test]
fn spans_exclude_proclitics() {
    let t = "وصل إلى بالعراق وللأمم المتحدة";
    let es = entities(t, &[]);
    assert_eq!(find(&es, "العراق").mentions[0].start, 9);
    assert!(es
        .iter()
        .any(|e| e.name_en.as_deref() == Some("United Nations")));
}

#[test]
fn tagger_loc_spans_are_typed_by_cues() {
    let t = "قصفت الطائرات قاعدة انجرليك الجوية ومستشفى عفرين ومدينة سامراء.";
    let tagged = [
        span(t, "قاعدة انجرليك الجوية", "LOC"),
        span(t, "مستشفى عفرين", "LOC"),
        span(t, "مدينة سامراء", "LOC"),
    ];
    let es = entities(t, &tagged);
    assert_eq!(find(&es, "قاعدة انجرليك الجوية").kind, EntityType::Fac);
    let h = find(&es, "مستشفى عفرين");
    assert_eq!(h.kind, EntityType::Fac);
    assert_eq!(h.name_en.as_deref(), Some("Afrin Hospital"));
    assert!(h.lat.is_some());
    // مدينة is not part of the name.
    let s = find(&es, "سامراء");
    assert_eq!(s.kind, EntityType::Gpe);
    assert_eq!(s.name_en.as_deref(), Some("Samarra"));
}

#[test]
fn gazetteer_cue_extension_without_tagger() {
    let t = "هبطت الطائرة في مطار أربيل وعبرت صحراء الأنبار.";
    let es = entities(t, &[]);
    let a = find(&es, "مطار أربيل");
    assert_eq!(a.kind, EntityType::Fac);
    assert_eq!(a.name_en.as_deref(), Some("Erbil Airport"));
    assert_eq!(find(&es, "صحراء الأنبار").kind, EntityType::Loc);
    let r = entities("قصف في ريف حلب وريف دمشق", &[]);
    assert_eq!(
        find(&r, "ريف حلب").name_en.as_deref(),
        Some("Aleppo countryside")
    );
    assert_eq!(find(&r, "ريف دمشق").kind, EntityType::Gpe);
}

#[test]
fn direction_words_leave_the_place() {
    let t = "سيطروا على مناطق في شمال سوريا";
    let es = entities(t, &[span(t, "شمال سوريا", "LOC")]);
    let s = find(&es, "سوريا");
    assert_eq!(s.kind, EntityType::Gpe);
    assert!(es
        .iter()
        .all(|e| e.mentions.iter().all(|m| m.text != "شمال سوريا")));
}

#[test]
fn misc_nationality_becomes_norp_and_syria_is_decided_by_context() {
    let t = "قاتلت فصائل سورية في سورية مع جنود أميركيين.";
    let es = entities(t, &[span(t, "أميركيين", "MISC")]);
    assert_eq!(find(&es, "أميركيين").kind, EntityType::Norp);
    let kinds: Vec<EntityType> = es
        .iter()
        .filter(|e| e.mentions.iter().any(|m| m.text == "سورية"))
        .map(|e| e.kind)
        .collect();
    assert!(
        kinds.contains(&EntityType::Norp) && kinds.contains(&EntityType::Gpe),
        "{kinds:?}"
    );
}

#[test]
fn definite_forms_follow_agreement() {
    let t = "وقالت السعودية إن الحكومة السعودية ترفض. ورفع يده اليمنى.";
    let es = entities(t, &[]);
    let kinds: Vec<(String, EntityType)> = es
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (m.text.clone(), e.kind)))
        .collect();
    assert!(
        kinds.contains(&("السعودية".to_string(), EntityType::Gpe)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("السعودية".to_string(), EntityType::Norp)),
        "{kinds:?}"
    );
    assert!(kinds.iter().all(|(m, _)| m != "اليمنى"));
}

#[test]
fn tripoli_by_article_context() {
    let ly = entities(
        "اشتباكات في طرابلس بين قوات حكومة ليبيا ومسلحين في بنغازي",
        &[],
    );
    assert_eq!(find(&ly, "طرابلس").country.as_deref(), Some("LY"));
    let lb = entities("انفجار في طرابلس شمال لبنان وتوتر في بيروت", &[]);
    assert_eq!(find(&lb, "طرابلس").country.as_deref(), Some("LB"));
}

#[test]
fn curated_names_beat_generated_institutions() {
    let es = entities("ونقلت وكالة الأنباء السعودية عن الخارجية الأمريكية", &[]);
    assert_eq!(
        find(&es, "وكالة الأنباء السعودية").name_en.as_deref(),
        Some("Saudi Press Agency")
    );
    assert_eq!(
        find(&es, "الخارجية الأمريكية").name_en.as_deref(),
        Some("US State Department")
    );
}

#[test]
fn tagger_person_is_romanised_and_proclitic_stripped() {
    let t = "وقالت وآلينا رومانسكي إن الحوار مهم";
    let es = entities(t, &[span(t, "وآلينا رومانسكي", "PERS")]);
    let p = find(&es, "آلينا رومانسكي");
    assert_eq!(p.name_en.as_deref(), Some("Alina Romanski"));
}

#[test]
fn tagger_org_longer_than_nested_place_wins() {
    let t = "أعلنت قيادة عمليات بغداد مقتل مسلحين";
    let es = entities(t, &[span(t, "قيادة عمليات بغداد", "ORG")]);
    assert_eq!(find(&es, "قيادة عمليات بغداد").kind, EntityType::Org);
    assert!(es.iter().all(|e| e.name != "بغداد"));
}

#[test]
fn unknown_organisations_get_english_from_their_head() {
    let t = "قالت مديرة مؤسسة أبعاد إن قيادة عمليات بغداد أعلنت";
    let es = entities(
        t,
        &[
            span(t, "مؤسسة أبعاد", "ORG"),
            span(t, "قيادة عمليات بغداد", "ORG"),
        ],
    );
    assert_eq!(
        find(&es, "مؤسسة أبعاد").name_en.as_deref(),
        Some("Abaad Foundation")
    );
    assert_eq!(
        find(&es, "قيادة عمليات بغداد").name_en.as_deref(),
        Some("Baghdad Operations Command")
    );
}

#[test]
fn tagger_span_inside_a_proclitic_word() {
    let t = "في مناطق البوشجل والملاحمة";
    let es = entities(t, &[span(t, "الملاحمة", "LOC")]);
    assert_eq!(
        find(&es, "الملاحمة").mentions[0].start,
        t.chars().count() - 8
    );
}

#[test]
fn generic_organisation_descriptions_are_dropped() {
    let t = "تعتبرها أنقرة منظمة إرهابية بينما أعلنت منظمة أطباء بلا حدود";
    let es = entities(
        t,
        &[
            span(t, "منظمة إرهابية", "ORG"),
            span(t, "منظمة أطباء بلا حدود", "ORG"),
        ],
    );
    assert!(es
        .iter()
        .all(|e| e.mentions.iter().all(|m| m.text != "منظمة إرهابية")));
    assert!(es.iter().any(|e| e.kind == EntityType::Org));
}

#[test]
fn bad_tagger_spans_are_ignored() {
    let t = "في العراق";
    let es = entities(
        t,
        &[
            NameSpan {
                start: 50,
                end: 60,
                label: "LOC".into(),
            },
            NameSpan {
                start: 3,
                end: 1,
                label: "PERS".into(),
            },
        ],
    );
    assert_eq!(es.len(), 1);
}

#[test]
fn reference_article_snapshot() {
    let text = include_str!("../tests/fixtures/alarab-2024-09-01.txt");
    let es = entities(text, &[]);
    for e in &es {
        for m in &e.mentions {
            let got: String = text.chars().skip(m.start).take(m.end - m.start).collect();
            assert_eq!(got, m.text);
        }
    }
    insta::assert_json_snapshot!("alarab_2024_09_01_gazetteer_only", es);
}

proptest::proptest! {
    #[test]
    fn never_panics_and_spans_map_to_original(s in "[\\p{Arabic} ،.\"a-z0-9\n]{0,120}", a in 0usize..130, b in 0usize..130) {
        let tagged = [NameSpan { start: a.min(b), end: a.max(b), label: "LOC".into() }];
        for e in entities(&s, &tagged) {
            for m in &e.mentions {
                let got: String = s.chars().skip(m.start).take(m.end - m.start).collect();
                proptest::prop_assert_eq!(&got, &m.text);
                proptest::prop_assert!(m.start < m.end && m.end <= s.chars().count());
            }
        }
    }

    #[test]
    fn never_panics_on_any_text(s in "\\PC{0,100}") {
        let _ = entities(&s, &[]);
    }
}

#[test]
fn world_knowledge_names_are_mentions_without_the_tagger() {
    // Regression: only the nationality «الليبي» was found inside the army's name.
    let t = "أعلن قائد الجيش الوطني الليبي المشير خليفة حفتر وقف القتال.";
    let es = entities(t, &[]);
    let e = find(&es, "الجيش الوطني الليبي");
    assert_eq!(e.kind, EntityType::Org);
    assert_eq!(e.name_en.as_deref(), Some("Libyan National Army"));
    assert!(!es.iter().any(|e| e.kind == EntityType::Norp), "{es:#?}");
}

#[test]
fn ambiguous_world_names_wait_for_the_tagger() {
    // «طلائع الجيش» is a Cairo club and also "the army's vanguard".
    let t = "وباتت طلائع الجيش الوطني على بعد 10 كيلومترات من المدينة.";
    let es = entities(t, &[]);
    assert!(!es.iter().any(|e| e.kind == EntityType::Org), "{es:#?}");
}

#[test]
fn tagger_extension_of_a_known_person_wins() {
    let t = "ورئيس البرلمان عقيلة صالح عيسى ورئيس الحكومة.";
    let es = entities(t, &[span(t, "عقيلة صالح عيسى", "PERS")]);
    let e = find(&es, "عقيلة صالح عيسى");
    assert_eq!(e.kind, EntityType::Per);
    assert_eq!(e.mentions.len(), 1);
}

#[test]
fn known_person_gets_its_english_name() {
    // Regression: «Maamar Gaddafi».
    let t = "وافق الزعيم الليبي الراحل معمر القذافي على التخلي عن برنامجه.";
    let es = entities(t, &[span(t, "معمر القذافي", "PERS")]);
    assert_eq!(
        find(&es, "معمر القذافي").name_en.as_deref(),
        Some("Muammar Gaddafi")
    );
}

#[test]
fn proclitic_forms_cluster_and_the_bare_form_names() {
    // Regression: «للاتفاق النووي» and «الاتفاق النووي» were two entities, named with ل.
    let t = "وهو معارض شرس للاتفاق النووي الذي أبرم. وناقش مستقبل الاتفاق النووي أمس.";
    let es = entities(t, &[]);
    let e = find(&es, "الاتفاق النووي");
    assert_eq!(e.mentions.len(), 2, "{es:#?}");
    assert_eq!(e.name, "الاتفاق النووي");
    assert_eq!(e.kind, EntityType::Misc);
}

#[test]
fn a_place_after_a_verb_particle_is_a_verb() {
    // Regression: «قد تدمر الأدلة» ("may destroy the evidence") gave Palmyra.
    let t = "إن الضربات قد تدمر الأدلة. وسيطر التنظيم على تدمر.";
    let es = entities(t, &[]);
    let palmyra: Vec<&Entity> = es.iter().filter(|e| e.kind == EntityType::Gpe).collect();
    assert_eq!(palmyra.len(), 1, "{es:#?}");
    assert_eq!(palmyra[0].mentions.len(), 1);
    assert!(palmyra[0].mentions[0].start > t.chars().count() / 2);
}

#[test]
fn person_forms_cluster_by_last_words_english_name_and_proclitic() {
    // Regression: Le Drian came out as three entities, «لنادين لبكي» apart from «نادين لبكي».
    let t = "قال جان-إيف لو دريان إن فرنسا مستعدة. وأضاف لو دريان أمس. وكان لودريان قد زار. \
             وفازت نادين لبكي بالجائزة. وقدمت لنادين لبكي التهنئة.";
    let es = entities(
        t,
        &[
            span(t, "جان-إيف لو دريان", "PERS"),
            span_in(t, "لو دريان أمس", "لو دريان", "PERS"),
            span(t, "لودريان", "PERS"),
            span(t, "نادين لبكي", "PERS"),
            span(t, "لنادين لبكي", "PERS"),
        ],
    );
    let drian = find(&es, "جان-إيف لو دريان");
    assert_eq!(drian.mentions.len(), 3, "{es:#?}");
    assert_eq!(drian.name_en.as_deref(), Some("Jean-Yves Le Drian"));
    let labaki = find(&es, "نادين لبكي");
    assert_eq!(labaki.mentions.len(), 2, "{es:#?}");
    assert_eq!(labaki.name, "نادين لبكي");
}

#[test]
fn macro_regions_are_regions_not_their_continent() {
    // Regression: «جنوب شرق آسيا» was Asia at the continent's centre, 2,800 km off.
    let t = "تنتشر الظاهرة في جنوب شرق آسيا وفي منطقة الساحل.";
    let es = entities(t, &[]);
    let sea = find(&es, "جنوب شرق آسيا");
    assert_eq!(sea.kind, EntityType::Loc);
    assert_eq!(sea.name_en.as_deref(), Some("Southeast Asia"));
    assert_eq!(find(&es, "منطقة الساحل").name_en.as_deref(), Some("Sahel"));
}

#[test]
fn a_known_facility_stands_at_the_place_in_its_name() {
    let t = "أقيمت المباراة على ستاد القاهرة الدولي مساء الجمعة.";
    let es = entities(t, &[]);
    let e = find(&es, "ستاد القاهرة الدولي");
    assert_eq!(e.kind, EntityType::Fac);
    assert_eq!(e.name_en.as_deref(), Some("Cairo International Stadium"));
    assert_eq!(e.country.as_deref(), Some("EG"));
    assert!(e.lat.is_some_and(|lat| (lat - 30.05).abs() < 0.5), "{e:?}");
    assert_eq!(es.len(), 1, "{es:#?}");
}

#[test]
fn currencies_and_place_nouns_the_tagger_marks_are_not_names() {
    // Regression: ANERcorp's MISC currencies came out as entities («Dolar»).
    assert!(not_names().len() > 10);
    assert!(is_not_name("دولارا") && is_not_name("بالدولار") && is_not_name("بضاحيه"));
    assert!(!is_not_name("دبي") && !is_not_name("الدولار الامريكي"));
    let t = "بلغ سعر البرميل 60 دولارا في بضاحية شمبات.";
    let es = entities(t, &[span(t, "دولارا", "MISC"), span(t, "بضاحية", "MISC")]);
    assert!(es.iter().all(|e| e.kind != EntityType::Misc), "{es:#?}");
}

#[test]
fn tear_gas_and_good_neighbourliness_are_not_names() {
    // Regression: «القنابل المسيلة للدموع» gave M'Sila (Algeria), and «حسن تعاون» a person.
    let t = "وأطلقت الشرطة القنابل المسيلة للدموع على المحتجين، ودعا إلى حسن الجوار. وزار المسيلة.";
    let es = entities(t, &[span(t, "حسن", "PERS")]);
    assert!(es.iter().all(|e| e.kind != EntityType::Per), "{es:#?}");
    let msila: Vec<&Entity> = es.iter().filter(|e| e.kind == EntityType::Gpe).collect();
    assert_eq!(msila.len(), 1, "{es:#?}");
    assert_eq!(msila[0].mentions.len(), 1);
    assert_eq!(msila[0].mentions[0].text, "المسيلة");
    assert!(msila[0].mentions[0].start > t.chars().count() - 10);
    let t = "وشن الجيش هجوما جويا وبريا على المدينة بعد مخاض عسير.";
    let es = entities(t, &[]);
    assert!(es.iter().all(|e| e.kind != EntityType::Gpe), "{es:#?}");
}

#[test]
fn person_spans_cut_at_kinship_descriptor_and_second_name() {
    // Regression: «رهام وشقيقها أحمد» was one person «Raham Washqiqa Ahmed», «المدعو عمر
    // عبدالخالق» kept the descriptor, and «مئير اتينغر وافيتار سلونيم» merged two people.
    let t = "أصيبت رهام وشقيقها أحمد بجروح. وقال المدعو عمر عبدالخالق إن مئير اتينغر وافيتار سلونيم اعتقلا.";
    let es = entities(
        t,
        &[
            span(t, "رهام وشقيقها أحمد", "PERS"),
            span(t, "المدعو عمر عبدالخالق", "PERS"),
            span(t, "مئير اتينغر وافيتار سلونيم", "PERS"),
        ],
    );
    let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "رهام",
            "أحمد",
            "عمر عبدالخالق",
            "مئير اتينغر",
            "افيتار سلونيم"
        ]
    );
    assert!(es.iter().all(|e| e.kind == EntityType::Per));
    let e = find(&es, "افيتار سلونيم");
    assert_eq!(
        t.chars()
            .skip(e.mentions[0].start)
            .take(e.mentions[0].end - e.mentions[0].start)
            .collect::<String>(),
        "افيتار سلونيم"
    );
}

#[test]
fn person_span_keeps_names_that_start_with_waw() {
    // وليد is a name, not و + ليد; a span with no stop word comes back whole.
    let t = "قال أحمد وليد حسن إن الوضع صعب.";
    let es = entities(t, &[span(t, "أحمد وليد حسن", "PERS")]);
    assert_eq!(es.len(), 1, "{es:#?}");
    assert_eq!(es[0].name, "أحمد وليد حسن");
}

#[test]
fn person_surname_clusters_either_way_and_by_middle_name() {
    // Regression: a hashtag's «بري» before «نبيه بري», and «كير» after «سلفا كير ميارديت»,
    // were entities of their own.
    let t = "بري يرد. وقال نبيه بري إن سلفا كير ميارديت التقى الوفد، وإن كير راض.";
    let es = entities(
        t,
        &[
            span(t, "بري", "PERS"),
            span(t, "نبيه بري", "PERS"),
            span(t, "سلفا كير ميارديت", "PERS"),
            span_in(t, "كير راض", "كير", "PERS"),
        ],
    );
    assert_eq!(es.len(), 2, "{es:#?}");
    assert_eq!(es[0].name, "نبيه بري");
    assert_eq!(es[0].mentions.len(), 2);
    assert_eq!(es[1].mentions.len(), 2);
}

#[test]
fn middle_given_name_is_not_the_person() {
    // A middle علي is a father's name: a later bare علي is not this person.
    let t = "قال محمد علي حسن إن الوفد وصل. وقال علي إن الوضع صعب.";
    let es = entities(
        t,
        &[
            span(t, "محمد علي حسن", "PERS"),
            span_in(t, "علي إن", "علي", "PERS"),
        ],
    );
    assert_eq!(es.len(), 2, "{es:#?}");
}

#[test]
fn quoted_name_after_head_noun_is_a_name() {
    // Regression: «تنظيم "المرابطين"» and «عصابات "تدفيع الثمن"» were missed; the later bare
    // «المرابطين» is the same organisation.
    let t = "أعلن تنظيم \"المرابطين\" مسؤوليته، ونفذت عصابات «تدفيع الثمن» الهجوم. وقال إن المرابطين هاجموا.";
    let es = entities(t, &[]);
    let e = find(&es, "المرابطين");
    assert_eq!(e.kind, EntityType::Org);
    assert_eq!(e.mentions.len(), 2, "{e:#?}");
    assert_eq!(find(&es, "تدفيع الثمن").kind, EntityType::Org);
    // The head stays out of the span.
    assert!(es
        .iter()
        .all(|e| e.mentions.iter().all(|m| !m.text.contains("تنظيم"))));
}

#[test]
fn quoted_description_after_head_is_not_a_name() {
    let t = "وصنفت الحكومة الجماعة كجماعة \"إرهابية\" وأطلقت عملية \"واسعة النطاق\" أمس.";
    let es = entities(t, &[]);
    assert!(es.iter().all(|e| e.name != "إرهابية"), "{es:#?}");
}

#[test]
fn person_last_name_repeats_unless_shared() {
    // Regression: «القذافي» after «معمر القذافي» was not a mention; a family name two people
    // share is not propagated, and a bare name before them joins neither.
    let t = "قال معمر القذافي إن الوضع صعب. وأضاف القذافي أن الحل قريب.";
    let es = entities(t, &[span(t, "معمر القذافي", "PERS")]);
    assert_eq!(es.len(), 1, "{es:#?}");
    assert_eq!(es[0].mentions.len(), 2);
    assert_eq!(es[0].mentions[1].text, "القذافي");

    let t = "قال سعد دوابشة إن إبراهيم دوابشة وصل، وإن دوابشة غادر.";
    let es = entities(
        t,
        &[
            span(t, "سعد دوابشة", "PERS"),
            span(t, "إبراهيم دوابشة", "PERS"),
        ],
    );
    assert_eq!(es.len(), 2, "{es:#?}");
    assert!(es.iter().all(|e| e.mentions.len() == 1), "{es:#?}");
}

#[test]
fn quoted_or_bracketed_alias_joins_its_organisation() {
    // Regression: «وكالة الأنباء الإماراتية "وام"» came out as two entities.
    let t = "ذكرت وكالة الأنباء الإماراتية \"وام\" أن الوفد وصل. وقالت وام إن المحادثات بدأت.";
    let later = {
        let mut s = span(t, "وام إن", "ORG");
        s.start = t.chars().count() - "وام إن المحادثات بدأت.".chars().count();
        s.end = s.start + 3;
        s
    };
    let es = entities(t, &[span(t, "وام", "ORG"), later]);
    let e = find(&es, "وكالة الأنباء الإماراتية");
    assert_eq!(e.mentions.len(), 3, "{es:#?}");
    // A quotation after a name is no alias unless it closes right after a short name.
    let t = "وقالت وكالة الأنباء الإماراتية \"وام نقلت الخبر عن مصادر\" أمس.";
    let es = entities(t, &[]);
    let e = find(&es, "وكالة الأنباء الإماراتية");
    assert_eq!(e.mentions.len(), 1, "{es:#?}");
}

#[test]
fn tagged_place_after_keep_cue_is_the_facility() {
    // Regression: «مستشفى رفيديا» came out as the place «رفيديا», the hospital lost.
    let t = "ونقل المصابون إلى مستشفى رفيديا في نابلس.";
    let es = entities(t, &[span(t, "رفيديا", "LOC")]);
    let e = find(&es, "مستشفى رفيديا");
    assert_eq!(e.kind, EntityType::Fac);
    assert!(
        e.name_en
            .as_deref()
            .is_some_and(|n| n.ends_with(" Hospital")),
        "{e:#?}"
    );
}

#[test]
fn unknown_place_takes_the_point_of_its_anchor() {
    // Regression: «دوما جنوب نابلس» had no point (and before that, Douma in Syria's).
    let t = "هاجم مستوطنون قرية دوما الفلسطينية جنوب نابلس. وقالت الشرطة إن دوما هادئة.";
    let es = entities(t, &[span(t, "دوما", "LOC")]);
    let duma = find(&es, "دوما");
    let nablus = find(&es, "نابلس");
    assert_eq!((duma.lat, duma.lon), (nablus.lat, nablus.lon));
    assert_eq!(duma.reference, None);
    // A country is no anchor: its point says nothing about a village.
    let t = "وقعت الحادثة في قرية عين برقاش في سوريا.";
    let es = entities(t, &[span(t, "عين برقاش", "LOC")]);
    assert_eq!(find(&es, "عين برقاش").lat, None);
}

#[test]
fn given_name_before_a_tagged_person_is_his_first_name() {
    // Regression: «علي يوسف» came out as «يوسف», the tagger having left علي (also «على») out.
    let t = "وقال علي يوسف إن الوضع صعب.";
    let es = entities(t, &[span(t, "يوسف", "PERS")]);
    assert_eq!(es[0].name, "علي يوسف", "{es:#?}");
    // Written with ى it is the preposition: «على يوسف» is "on Yousef".
    let t = "وأطلق النار على يوسف أمس.";
    let es = entities(t, &[span(t, "يوسف", "PERS")]);
    assert_eq!(es[0].name, "يوسف", "{es:#?}");
}

#[test]
fn father_and_family_name_is_another_person() {
    // Regression: the baby «علي سعد دوابشة» and his father «سعد دوابشة» were one entity.
    let t = "استشهد الرضيع علي سعد دوابشة، وأصيب والده سعد دوابشة بجروح.";
    let es = entities(
        t,
        &[
            span(t, "علي سعد دوابشة", "PERS"),
            span_in(t, "سعد دوابشة بجروح", "سعد دوابشة", "PERS"),
        ],
    );
    assert_eq!(es.len(), 2, "{es:#?}");
}

#[test]
fn quoted_newspaper_is_no_place() {
    // Regression: «صحيفة "الرياض"» was the city of Riyadh.
    let t = "وقال مصدر لصحيفة \"الرياض\" إن الاجتماع انتهى في الرياض.";
    let es = entities(t, &[]);
    let paper = es
        .iter()
        .find(|e| e.kind == EntityType::Org)
        .expect("the newspaper");
    assert_eq!(paper.mentions[0].text, "الرياض");
    assert_eq!(paper.lat, None);
    assert!(
        es.iter()
            .any(|e| e.kind == EntityType::Gpe && e.name == "الرياض"),
        "{es:#?}"
    );
}

#[test]
fn name_and_name_after_its_head_are_one_entity() {
    // Regression: «حزب "الدعوة"» and «حزب الدعوة» were two entities.
    let t = "وقال حزب \"الدعوة\" إن الانتخابات نزيهة، وأكد حزب الدعوة ذلك.";
    let es = entities(t, &[span(t, "حزب الدعوة", "ORG")]);
    assert_eq!(es.len(), 1, "{es:#?}");
    assert_eq!(es[0].mentions.len(), 2);
}

#[test]
fn accusative_tanween_is_no_place() {
    // Regression: «سورياً» ("Syrian", accusative) was the country Syria.
    let t = "التقى لاجئاً سورياً في المخيم.";
    let es = entities(t, &[]);
    assert!(es.iter().all(|e| e.kind != EntityType::Gpe), "{es:#?}");
}

#[test]
fn hashtag_mark_splits_a_tagged_name() {
    // Regression: «معمر #القذافي» was tagged «معمر #»; a tagger's name never runs across a #
    // (a name the tables know in full does: see the test below).
    let t = "وقال سالم #العبيدي إن الأمر انتهى.";
    let es = entities(t, &[span(t, "سالم #العبيدي", "PERS")]);
    assert!(
        es.iter()
            .all(|e| e.mentions.iter().all(|m| !m.text.contains('#'))),
        "{es:#?}"
    );
    assert!(es
        .iter()
        .any(|e| e.mentions.iter().any(|m| m.text == "العبيدي")));
}

#[test]
fn a_known_name_runs_across_a_hashtag_mark() {
    // Gold round 11: annotators mark «معمر #القذافي» whole (its parts as shorter forms); the
    // world-names table knows the full name, which also makes the later «القذافي» his.
    let t = "تلقت الحملة تبرعا من الراحل معمر #القذافي. وكان القذافي زار كييف.";
    let es = entities(t, &[span(t, "معمر", "PERS")]);
    let g = find(&es, "معمر #القذافي");
    assert_eq!(g.name, "معمر القذافي");
    assert_eq!(g.name_en.as_deref(), Some("Muammar Gaddafi"));
    assert!(g.mentions.iter().any(|m| m.text == "القذافي"), "{es:#?}");
}

#[test]
fn hashtag_underscores_join_a_name() {
    // Regression: «#الجيش_اليمني» gave only the nationality and «#أليكس_كوتي» was romanised
    // as one word; a hashtag's «_» is a space between its words.
    let t = "وقال #الجيش_اليمني إن #أليكس_كوتي وصل.";
    let es = entities(t, &[span(t, "أليكس_كوتي", "PERS")]);
    let army = find(&es, "الجيش_اليمني");
    assert_eq!(army.kind, EntityType::Org);
    assert_eq!(army.name_en.as_deref(), Some("Yemeni Army"));
    assert_eq!(
        find(&es, "أليكس_كوتي").name_en.as_deref(),
        Some("Alex Kouti")
    );
}

#[test]
fn squares_schools_and_dams_are_facilities() {
    // Regression: «ساحة الحبوبي» and «مدرسة تراسنطا» came out as towns without their heads.
    let t = "تجمع المحتجون في ساحة الحبوبي قرب مدرسة تراسنطا.";
    let es = entities(t, &[span(t, "الحبوبي", "LOC"), span(t, "تراسنطا", "LOC")]);
    let square = find(&es, "ساحة الحبوبي");
    assert_eq!(square.kind, EntityType::Fac);
    assert!(
        square
            .name_en
            .as_deref()
            .is_some_and(|n| n.ends_with(" Square")),
        "{square:#?}"
    );
    assert_eq!(find(&es, "مدرسة تراسنطا").kind, EntityType::Fac);
}

#[test]
fn kunya_in_the_genitive_is_the_same_person() {
    // Regression: «أبو عياض» and «أبي عياض» were two people.
    let t = "قال أبو عياض إن الهجوم فشل. ونقل عن أبي عياض قوله إنه سيعود.";
    let second = {
        let mut s = span(t, "أبو عياض", "PERS");
        s.start = t[..t.find("أبي عياض").unwrap()].chars().count();
        s.end = s.start + "أبي عياض".chars().count();
        s
    };
    let es = entities(t, &[span(t, "أبو عياض", "PERS"), second]);
    assert_eq!(es.len(), 1, "{es:#?}");
    assert_eq!(es[0].mentions.len(), 2);
}

#[test]
fn family_name_of_a_person_beats_a_namesake_place() {
    // Regression: «ليون» after «برناردينو ليون» was León, Spain, or Olympique Lyonnais.
    let t = "قال المبعوث برناردينو ليون إن الحوار مستمر. وأضاف ليون أن الأطراف وافقت.";
    let later = {
        let mut s = span(t, "ليون أن", "PERS");
        s.end -= 3;
        s
    };
    let es = entities(t, &[span(t, "برناردينو ليون", "PERS"), later]);
    let e = find(&es, "برناردينو ليون");
    assert_eq!(e.mentions.len(), 2, "{es:#?}");
    assert_eq!(es.len(), 1, "{es:#?}");
}

#[test]
fn first_and_last_name_without_the_middle_is_the_person() {
    // Regression: «علي صالح» and «علي عبد الله صالح» were two people.
    let t = "قال علي عبد الله صالح إن الحرب انتهت، وأكد علي صالح ذلك.";
    let es = entities(
        t,
        &[
            span(t, "علي عبد الله صالح", "PERS"),
            span(t, "علي صالح", "PERS"),
        ],
    );
    assert_eq!(es.len(), 1, "{es:#?}");
}

#[test]
fn militia_descriptor_is_not_part_of_the_name() {
    // Regression: «ميليشيات الحوثي» was the mention; the name is الحوثي.
    let t = "وقصفت ميليشيات الحوثي المدينة.";
    let es = entities(t, &[]);
    let e = find(&es, "الحوثي");
    assert_eq!(e.name_en.as_deref(), Some("Houthis"));
}

#[test]
fn quoted_outlet_spoken_to_is_an_organisation() {
    // Regression: «قال … لـ"الوطن"» (the newspaper) was no entity, and «لـ«الشرق الأوسط»» was
    // the region.
    let t = "وقال المتحدث الرسمي باسم المكتب الإعلامي سعد الحديثي لـ\"الوطن\" إن الاجتماع انتهى. وقال الوزير لـ«الشرق الأوسط» إن الحل قريب.";
    let es = entities(t, &[]);
    assert_eq!(find(&es, "الوطن").kind, EntityType::Org);
    assert_eq!(find(&es, "الشرق الأوسط").kind, EntityType::Org);
    // Without a speech verb before it, a quoted word after لـ is nothing.
    let t = "ودعا إلى التصدي لـ\"الإرهاب\" في المنطقة.";
    assert!(entities(t, &[]).iter().all(|e| e.name != "الإرهاب"));
}

#[test]
fn common_word_place_after_its_administrative_noun_is_the_place() {
    // Regression: «محافظة حجة» had no entity (حجة "pretext" is no place alone).
    let t = "قصفت الطائرات محافظة حجة، وقال إن الحجة واهية.";
    let es = entities(t, &[]);
    let e = find(&es, "حجة");
    assert_eq!(e.kind, EntityType::Gpe);
    assert_eq!(e.country.as_deref(), Some("YE"));
    assert_eq!(e.mentions.len(), 1, "{es:#?}");
}

#[test]
fn platforms_are_misc_unless_named_as_companies() {
    // Regression: «على تويتر» was an organisation; the guidelines type platforms MISC (إكس).
    let t = "وكتب الوزير على تويتر أن الاجتماع انتهى.";
    assert_eq!(find(&entities(t, &[]), "تويتر").kind, EntityType::Misc);
    let t = "وقالت شركة فيسبوك إنها حذفت الحساب.";
    assert_eq!(find(&entities(t, &[]), "فيسبوك").kind, EntityType::Org);
}

#[test]
fn state_form_before_a_country_is_part_of_its_name() {
    // Regression: «بجمهورية جنوب السودان» gave a place «Bajmhouria» beside South Sudan.
    let t = "وصل الوفد إلى بجمهورية جنوب السودان أمس، ثم إلى جنوب السودان.";
    let es = entities(t, &[span(t, "بجمهورية", "LOC")]);
    let e = find(&es, "جمهورية جنوب السودان");
    assert_eq!(e.name_en.as_deref(), Some("South Sudan"));
    assert_eq!(e.mentions.len(), 2, "{es:#?}");
    assert_eq!(es.len(), 1, "{es:#?}");
}

#[test]
fn state_form_before_a_city_is_left_out() {
    let t = "وصل الوفد إلى دولة بغداد.";
    let es = entities(t, &[]);
    assert!(
        es.iter()
            .any(|e| e.mentions.iter().any(|m| m.text == "بغداد")),
        "{es:#?}"
    );
}

#[test]
fn proclitic_before_a_head_word_is_not_part_of_the_name() {
    // Regression: «لحزب» and «لمنظمة حقوق الإنسان» kept their ل («Lahazab»).
    let t = "وقال مسؤول لحزب التجمع الوطني ولمنظمة رقابة الحدود إن الوضع صعب.";
    let es = entities(
        t,
        &[
            span(t, "لحزب التجمع الوطني", "ORG"),
            span(t, "ولمنظمة رقابة الحدود", "ORG"),
        ],
    );
    assert!(
        es.iter()
            .any(|e| e.mentions.iter().any(|m| m.text == "حزب التجمع الوطني")),
        "{es:#?}"
    );
    assert!(
        es.iter()
            .any(|e| e.mentions.iter().any(|m| m.text == "منظمة رقابة الحدود")),
        "{es:#?}"
    );
}

#[test]
fn head_word_alone_is_no_name() {
    let t = "وأعلن الحزب أن بجمهورية الموز مشاكل.";
    let es = entities(t, &[span(t, "بجمهورية", "LOC")]);
    assert!(
        es.iter()
            .all(|e| !e.mentions.iter().any(|m| m.text.contains("جمهورية"))),
        "{es:#?}"
    );
}

#[test]
fn one_word_person_name_that_is_a_common_word_needs_support() {
    // Regression: «ألم في الصدر» (chest pain) was Muqtada al-Sadr.
    let t = "شعر الرجل بألم في الصدر ونقل إلى المستشفى.";
    let es = entities(t, &[]);
    assert!(es.iter().all(|e| e.kind != EntityType::Per), "{es:#?}");
    // The article naming his country, or the tagger reading a person, supports it.
    let t = "وقال الصدر إن الحكومة العراقية ستتشكل قريبا.";
    let es = entities(t, &[]);
    assert_eq!(
        find(&es, "الصدر").name_en.as_deref(),
        Some("Muqtada al-Sadr")
    );
    let t = "وقال الصدر إن الحكومة ستتشكل قريبا.";
    let es = entities(t, &[span(t, "الصدر", "PERS")]);
    assert_eq!(find(&es, "الصدر").kind, EntityType::Per);
}

#[test]
fn given_name_before_a_known_family_name_is_another_person() {
    // Regression: «الناشط عمر الحريري» in Daraa was Saad Hariri.
    let t = "وقال الناشط عمر الحريري من درعا إن القصف مستمر في سوريا ولبنان.";
    let es = entities(t, &[]);
    let e = find(&es, "عمر الحريري");
    assert_ne!(e.name_en.as_deref(), Some("Saad Hariri"));
    // But the known person's own first name keeps him (أنطونيو غوتيريس, a spelling variant).
    let t = "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريس إن الحل سياسي في البرتغال.";
    let es = entities(t, &[]);
    assert_eq!(
        find(&es, "أنطونيو غوتيريس").name_en.as_deref(),
        Some("Antonio Guterres")
    );
}

#[test]
fn person_name_after_a_facility_cue_or_a_body_head_names_it() {
    // Regression: «سجن كوبر» was the person «Cooper», «صحيفة جونغ أنغ دايلي» a person.
    let t = "ونقل المعتقلون إلى سجن كوبر في الخرطوم. ونقلت صحيفة جونغ أنغ دايلي عن مسؤول.";
    let es = entities(
        t,
        &[span(t, "كوبر", "PERS"), span(t, "جونغ أنغ دايلي", "PERS")],
    );
    assert_eq!(find(&es, "سجن كوبر").kind, EntityType::Fac);
    assert_eq!(find(&es, "صحيفة جونغ أنغ دايلي").kind, EntityType::Org);
    // Forces named by a person are that person's followers: the name stays the person.
    let t = "واشتبكت المقاومة مع قوات صالح في المدينة.";
    let es = entities(t, &[span(t, "صالح", "PERS")]);
    assert_eq!(find(&es, "صالح").kind, EntityType::Per);
}

#[test]
fn adjective_ending_in_hamza_is_no_person() {
    // Regression: «الوضع هادئ» ("calm") was the person Hadi: هادئ normalises to هادي.
    let t = "وقال المسؤول إن الوضع هادئ في المدينة.";
    let es = entities(t, &[span(t, "هادئ", "PERS")]);
    assert!(es.iter().all(|e| e.kind != EntityType::Per), "{es:#?}");
}

#[test]
fn long_and_short_forms_with_one_english_name_are_one_entity() {
    // Regression: «وكالة أنباء الأناضول» and «الأناضول» were two entities, both Anadolu Agency.
    let t = "ونقلت وكالة أنباء الأناضول عن مصدر أن الأناضول تملك الصور.";
    let es = entities(t, &[]);
    let e = find(&es, "وكالة أنباء الأناضول");
    assert!(e.mentions.iter().any(|m| m.text == "الأناضول"), "{es:#?}");
}

#[test]
fn list_markers_and_a_definite_head_alone_are_no_names() {
    // Regression: «خامسا» was a place, «المنظمة» alone an organisation «al-Manazama».
    let t = "خامسا: دعت المنظمة إلى الحوار.";
    let es = entities(t, &[span(t, "خامسا", "LOC"), span(t, "المنظمة", "ORG")]);
    assert!(es.is_empty(), "{es:#?}");
}

#[test]
fn country_name_after_a_number_is_its_people() {
    // Regression: «حوالي 850 بريطانيا» (850 Britons) was the United Kingdom.
    let t = "وانضم حوالي 850 بريطانيا إلى التنظيم، وعاد نصفهم إلى بريطانيا.";
    let es = entities(t, &[]);
    let kinds: Vec<EntityType> = es
        .iter()
        .filter(|e| e.mentions.iter().any(|m| m.text == "بريطانيا"))
        .map(|e| e.kind)
        .collect();
    assert!(
        kinds.contains(&EntityType::Norp) && kinds.contains(&EntityType::Gpe),
        "{es:#?}"
    );
}

#[test]
fn military_rank_and_speech_verb_are_not_part_of_a_name() {
    // Regression: «فرح عثمان الرائد» kept the rank «الرائد» (Major), «واشترط بن دغر» the verb.
    let t = "وقال فرح عثمان الرائد في الجيش إن الوضع هادئ. واشترط بن دغر الانسحاب.";
    let es = entities(
        t,
        &[
            span(t, "فرح عثمان الرائد", "PERS"),
            span(t, "واشترط بن دغر", "PERS"),
        ],
    );
    assert!(
        es.iter().all(|e| e
            .mentions
            .iter()
            .all(|m| !m.text.contains("الرائد") && !m.text.contains("اشترط"))),
        "{es:#?}"
    );
}

#[test]
fn person_split_by_a_hashtag_is_one_person() {
    // Regression: «معمر #القذافي» gave a person «Muammar» beside Muammar Gaddafi.
    // A name the tables lack: the two tagger pieces are one person.
    let t = "وكان الزعيم الراحل سالم #العبيدي قد دعم الحملة.";
    let es = entities(t, &[span(t, "سالم", "PERS"), span(t, "العبيدي", "PERS")]);
    let e = find(&es, "سالم");
    assert!(e.mentions.iter().any(|m| m.text == "العبيدي"), "{es:#?}");
}

#[test]
fn name_after_a_naming_word_is_a_person() {
    // Regression: «المزارع القتيل يدعى عمر وحيد سمور ويبلغ …» was missed (dev gold, bbc-1).
    let t = "فإن المزارع القتيل يدعى عمر وحيد سمور ويبلغ من العمر 30 عاما.";
    let es = entities(t, &[]);
    assert_eq!(find(&es, "عمر وحيد سمور").kind, EntityType::Per);
    // «طلب عدم نشر اسمه أن …» names no one.
    let t = "وأضاف الساكن الذي طلب عدم نشر اسمه أن اشتباكات ضارية اندلعت.";
    assert!(entities(t, &[]).iter().all(|e| e.kind != EntityType::Per));
}

#[test]
fn facility_noun_ends_a_person_span() {
    // A tagger span «جولي مستشفى الشفاء» runs a person into a hospital's name.
    let t = "وزارت جولي مستشفى الشفاء في المدينة.";
    let es = entities(t, &[span(t, "جولي مستشفى الشفاء", "PERS")]);
    assert!(
        es.iter()
            .any(|e| e.kind == EntityType::Per && e.mentions.iter().any(|m| m.text == "جولي")),
        "{es:#?}"
    );
    assert!(
        es.iter()
            .all(|e| e.mentions.iter().all(|m| m.text != "جولي مستشفى الشفاء")),
        "{es:#?}"
    );
}

#[test]
fn body_head_before_a_known_place_is_that_places_body() {
    // Regression: «قيادة عمليات بغداد» was only the city (a dev miss, was-1).
    let t = "وقالت قيادة عمليات بغداد إن القوات تقدمت نحو جامعة الموصل.";
    let es = entities(t, &[]);
    let e = find(&es, "قيادة عمليات بغداد");
    assert_eq!(
        (e.kind, e.name_en.as_deref()),
        (EntityType::Org, Some("Baghdad Operations Command"))
    );
    assert_eq!(find(&es, "جامعة الموصل").kind, EntityType::Org);
}

#[test]
fn name_in_brackets_after_its_head_is_typed_by_the_head() {
    // Regression: «بوكالة (سوا)» was a place; «جماعة (الاعتصام بالكتاب والسنة)» was missed.
    let t = "وقال مصدر لوكالة (سوا) إن جماعة (الاعتصام بالكتاب والسنة) أعلنت البيعة.";
    let es = entities(t, &[span(t, "سوا", "LOC")]);
    assert_eq!(find(&es, "سوا").kind, EntityType::Org);
    assert_eq!(find(&es, "الاعتصام بالكتاب والسنة").kind, EntityType::Org);
}

#[test]
fn an_unknown_place_without_an_english_name_keeps_its_anchors_point() {
    // Regression: «قرية حدنان قرب تعز» anchored the village at Taiz, but the point was lost
    // because the village had no English name to carry it; a chain of anchors (… بمديرية
    // مشرعة وحدنان في تعز) resolves from its last link.
    let t = "وقتل شخصان في قرية حدنان قرب تعز.";
    let es = entities(t, &[span(t, "حدنان", "LOC")]);
    assert_eq!(find(&es, "حدنان").lat, find(&es, "تعز").lat);
    assert!(find(&es, "حدنان").name_en.is_some());
}

#[test]
fn a_place_the_tables_lack_is_found_by_its_cue() {
    // Review round 8: «مديرية الدريهمي» (4 times in one article) and «مطار هركليون» were missed.
    let t = "وسيطرت القوات على مديرية الدريهمي بمحافظة الحديدة. وتقدمت القوات في الدريهمي أمس. \
             وهبطت الطائرة في مطار هركليون.";
    let es = entities(t, &[]);
    let d = find(&es, "الدريهمي");
    assert_eq!(d.kind, EntityType::Gpe);
    assert_eq!(d.mentions.len(), 2, "{d:#?}");
    assert_eq!(find(&es, "مطار هركليون").kind, EntityType::Fac);
}

#[test]
fn words_after_a_place_cue_that_are_no_names() {
    // «بلده للتسلح» (his country), «وأدى الهجوم» (led to), an adjective, a verb, a second noun
    // and a title after the cue name nothing.
    for (t, word) in [
        ("تخلى عن برنامج بلده للتسلح النووي.", "للتسلح"),
        ("وأدى الهجوم إلى مقتل خمسة.", "الهجوم"),
        ("وهي مدينة ساحلية تسيطر عليها جماعة مسلحة.", "ساحلية"),
        ("وهي بلدة يقطنها خليط من العرب.", "يقطنها"),
        ("هدفه تحرير المدينة مدينة وميناء.", "وميناء"),
        ("وزار مدينة الملك عبدالله الاقتصادية.", "الملك"),
        ("ونقل إلى قرية صغيرة قرب الحدود.", "صغيرة"),
        // Review round 9: a passive participle (مفعولة) after the cue describes it.
        ("وكانت آخر مدينة مأهولة قرب الحدود.", "مأهولة"),
    ] {
        let es = entities(t, &[]);
        assert!(
            es.iter()
                .all(|e| e.mentions.iter().all(|m| !m.text.contains(word))),
            "{t}: {es:#?}"
        );
    }
}

#[test]
fn a_name_quoted_after_a_press_statement_is_the_outlet() {
    // Review round 8: «في تصريح لـ«الشرق الأوسط»» far from its speech verb was the region.
    let t = "وقال ناصر العجي، أحد أبرز مشايخ قبيلة مراد والقائد العام للمقاومة في مأرب، في تصريح \
             لـ«الشرق الأوسط» إن الوضع صعب.";
    let es = entities(t, &[]);
    assert_eq!(find(&es, "الشرق الأوسط").kind, EntityType::Org, "{es:#?}");
}

#[test]
fn a_prince_title_is_no_part_of_the_name() {
    // «الأمير» describes the person after it, as «الشيخ» and ranks do.
    let t = "واستقبل الأمير عبد الكريم الزبيدي الوفد.";
    let es = entities(t, &[span(t, "الأمير عبد الكريم الزبيدي", "PERS")]);
    assert_eq!(find(&es, "عبد الكريم الزبيدي").kind, EntityType::Per);
}

#[test]
fn latin_capitals_in_brackets_or_after_a_head_are_an_organisation() {
    // Review round 9: «(CNN)--», «لـCNN» and «شبكة CNN» were missed; a time zone is no name.
    let t = "واشنطن (CNN)-- كشفت مصادر لـCNN أن الخطة جاهزة. وقالت شبكة CNN إن الاجتماع انتهى \
             في الساعة 10 (GMT).";
    let es = entities(t, &[]);
    let cnn = find(&es, "CNN");
    assert_eq!(cnn.kind, EntityType::Org);
    assert_eq!(cnn.mentions.len(), 3, "{cnn:#?}");
    assert!(es.iter().all(|e| e.name != "GMT"), "{es:#?}");
}

#[test]
fn a_persons_name_runs_on_over_its_lineage() {
    // Review round 9: «الملك سلمان بن عبدالعزيز» and «محمد بن سلمان بن عبدالعزيز آل سعود» were
    // cut after their first known words; «ابن عم» (a cousin) is no lineage.
    let t =
        "قال الملك سلمان بن عبدالعزيز إن بلاده ستتصدى. والتقى محمد بن سلمان بن عبدالعزيز آل سعود \
             الوفد. وكان علي حسن المجيد ابن عم صدام.";
    let es = entities(t, &[span(t, "علي حسن المجيد", "PERS")]);
    assert_eq!(find(&es, "الملك سلمان بن عبدالعزيز").kind, EntityType::Per);
    assert_eq!(
        find(&es, "محمد بن سلمان بن عبدالعزيز آل سعود").kind,
        EntityType::Per
    );
    assert_eq!(find(&es, "علي حسن المجيد").kind, EntityType::Per);
}

#[test]
fn a_compound_family_name_refers_to_the_person_named_in_full() {
    // Review round 9: «عبد المهدي» after «عادل عبد المهدي» was a second person (6 mentions).
    let t = "وكلف الرئيس عادل عبد المهدي بتشكيل الحكومة. ودخل عبد المهدي عالم السياسة مبكرا.";
    let second = t.rfind("عبد المهدي").map_or(0, |b| t[..b].chars().count());
    let tagged = [
        span(t, "عادل عبد المهدي", "PERS"),
        NameSpan {
            start: second,
            end: second + "عبد المهدي".chars().count(),
            label: "PERS".into(),
        },
    ];
    let es = entities(t, &tagged);
    let people: Vec<&Entity> = es.iter().filter(|e| e.kind == EntityType::Per).collect();
    assert_eq!(people.len(), 1, "{es:#?}");
    assert_eq!(people[0].mentions.len(), 2);
}

#[test]
fn an_entity_seen_only_after_lil_is_named_with_its_article() {
    // Review round 9: the entity names «لليمن» and «للبرلمان العراقي» kept the preposition.
    let t = "وقدمت السعودية مساعدات لليمن.";
    let es = entities(t, &[]);
    let y = find(&es, "لليمن");
    assert_eq!(y.name, "اليمن");
}

#[test]
fn a_verb_of_mourning_or_appeal_ends_a_person() {
    // Review round 9: «وكان النجيفي نعى مساء الجمعة» gave the person «النجيفي نعى».
    let t = "وكان النجيفي نعى مساء الجمعة الضحايا.";
    let es = entities(t, &[span(t, "النجيفي نعى", "PERS")]);
    assert_eq!(find(&es, "النجيفي").kind, EntityType::Per);
}

#[test]
fn an_unknown_word_the_tagger_runs_on_to_after_a_place_is_no_place() {
    // Review round 9: «في لبنان بيرنيل كارديل» gave a place «بيرنيل» with no point.
    let t = "وقالت ممثلة المفوضية في لبنان بيرنيل كارديل إن العودة طوعية.";
    let es = entities(t, &[span(t, "بيرنيل", "LOC")]);
    assert!(
        es.iter()
            .all(|e| e.mentions.iter().all(|m| m.text != "بيرنيل") || e.kind == EntityType::Per),
        "{es:#?}"
    );
}

#[test]
fn an_embassy_police_or_parliament_of_a_known_place_is_its_body() {
    // Review round 9: «سفارة الولايات المتحدة», «شرطة ديالى» and «برلمان طرابلس» were missed
    // (only the place was found).
    let t = "وقالت سفارة الولايات المتحدة إن الوضع هادئ. وأعلنت شرطة عدن اعتقال مسلحين.";
    let es = entities(t, &[]);
    let emb = find(&es, "سفارة الولايات المتحدة");
    assert_eq!(emb.kind, EntityType::Org);
    assert_eq!(emb.name_en.as_deref(), Some("United States Embassy"));
    assert_eq!(find(&es, "شرطة عدن").kind, EntityType::Org);
}

#[test]
fn a_body_named_by_head_adjective_and_lil_noun_is_an_organisation() {
    // Review round 9: «المعهد الدولي للإدارة العامة» was cut to «المعهد الدولي»; «القوات الموالية
    // للحكومة» stays a description.
    let t = "وحصل على شهادة من المعهد الدولي للإدارة العامة بباريس. وهاجمت القوات الموالية للحكومة \
             المدينة.";
    let es = entities(t, &[span(t, "المعهد الدولي", "ORG")]);
    assert_eq!(
        find(&es, "المعهد الدولي للإدارة العامة").kind,
        EntityType::Org
    );
    assert!(
        es.iter()
            .all(|e| e.mentions.iter().all(|m| !m.text.contains("الموالية"))),
        "{es:#?}"
    );
}

#[test]
fn an_organisation_named_with_its_nationality_recurs_without_it() {
    // Gold round 10: «الجيش الوطني» after «الجيش الوطني الليبي» had been missed; «قادة سلاح
    // الجو لـ20 دولة» names other air forces.
    let t = "أعلن قائد الجيش الوطني الليبي تحرير درنة. وبدأ الجيش الوطني عملياته قبل أسابيع.";
    let es = entities(t, &[]);
    let lna = find(&es, "الجيش الوطني الليبي");
    assert_eq!(lna.mentions.len(), 2, "{es:#?}");
    assert_eq!(lna.mentions[1].text, "الجيش الوطني");
    let t = "وقال قائد سلاح الجو الإسرائيلي إن قادة سلاح الجو لـ20 دولة اجتمعوا.";
    let es = entities(t, &[]);
    let iaf = find(&es, "سلاح الجو الإسرائيلي");
    assert_eq!(iaf.mentions.len(), 1, "{es:#?}");
}

#[test]
fn a_person_recurs_without_the_fathers_name() {
    // Gold round 10: «علي دوابشة» had given the family name alone.
    let t = "واستشهد الرضيع علي سعد دوابشة. وقالت القيادة إنها ستلاحق قتلة الطفل علي دوابشة.";
    let tagged = [span(t, "علي سعد دوابشة", "PERS")];
    let es = entities(t, &tagged);
    let ali = find(&es, "علي سعد دوابشة");
    let texts: Vec<&str> = ali.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["علي سعد دوابشة", "علي دوابشة"], "{es:#?}");
}

#[test]
fn a_camp_noun_ends_a_persons_name() {
    // Gold round 10: the tagger's «جولي مخيم دوميز» had been one person.
    let t = "وزارت أنجلينا جولي المخيمات. وزارت جولي مخيم دوميز في إقليم كردستان العراق.";
    let tagged = [
        span(t, "أنجلينا جولي", "PERS"),
        span(t, "جولي مخيم دوميز", "PERS"),
    ];
    let es = entities(t, &tagged);
    assert!(
        es.iter()
            .all(|e| !e.name.contains("مخيم") || e.kind != EntityType::Per),
        "{es:#?}"
    );
    assert_eq!(find(&es, "أنجلينا جولي").mentions.len(), 2, "{es:#?}");
}

#[test]
fn seats_of_government_have_their_point() {
    let t = "وقال الكرملين إن قصر الإليزيه والبيت الأبيض تلقوا الرسالة.";
    let es = entities(t, &[]);
    for name in ["الكرملين", "قصر الإليزيه", "البيت الأبيض"] {
        let e = find(&es, name);
        assert!(e.lat.is_some() && e.lon.is_some(), "{name}: {e:#?}");
    }
}

#[test]
fn a_security_council_with_a_nationality_is_no_un_body() {
    // Gold round 10: «لمجلس الأمن البريطاني» had been the UN Security Council.
    let t =
        "وقالت إنها سترأس اجتماعا لمجلس الأمن البريطاني اليوم. ودعا مجلس الأمن الدولي إلى الهدوء.";
    let es = entities(t, &[]);
    let uk = find(&es, "مجلس الأمن البريطاني");
    assert_eq!(uk.name_en.as_deref(), Some("UK National Security Council"));
    let un = find(&es, "مجلس الأمن الدولي");
    assert_eq!(
        un.name_en.as_deref(),
        Some("United Nations Security Council")
    );
}

#[test]
fn places_the_tagger_ran_together_over_wa_are_two() {
    // Gold round 11: «جبهتي المليل والعطفين» had been one place «al-Malil al-Atfin».
    let t = "والتحمت جبهات الصوح مع جبهتي المليل والعطفين في منطقة الفرع.";
    let es = entities(t, &[span(t, "المليل والعطفين", "LOC")]);
    find(&es, "المليل");
    find(&es, "العطفين");
}

#[test]
fn a_quoted_outlet_after_a_reporter_or_a_told_verb_is_an_organisation() {
    // Gold round 11: «لمراسل «الشرق الأوسط»» and «بحسب ما قاله شهود … لـ«الشرق الأوسط»»
    // had been the region.
    for t in [
        "بدا منزل الدوابشة لمراسل «الشرق الأوسط» كما لو أن النيران اشتعلت فيه للتو.",
        "ساعدوني، بحسب ما قاله شهود عيان من أهالي الضحايا لـ«الشرق الأوسط».",
    ] {
        let es = entities(t, &[]);
        assert_eq!(find(&es, "الشرق الأوسط").kind, EntityType::Org, "{t}");
    }
}

#[test]
fn bodies_with_two_adjectives_or_a_construct_complement_are_organisations() {
    // Gold rounds 10–12: «اللجنة العليا للإغاثة», «المكتب الوطني لمكافحة الفساد», «الهيئة العامة
    // للأرصاد الجوية» were missed; «الجيش الوطني الموالي للرئيس» stays a description.
    let t = "وقال رئيس اللجنة العليا للإغاثة إن المكتب الوطني لمكافحة الفساد والهيئة العامة للأرصاد الجوية تلقوا الطلب.";
    let es = entities(t, &[]);
    for name in ["اللجنة العليا للإغاثة", "المكتب الوطني لمكافحة الفساد"]
    {
        assert_eq!(find(&es, name).kind, EntityType::Org, "{name}");
    }
    assert!(
        es.iter().any(|e| e.name == "الهيئة العامة للأرصاد الجوية"),
        "{es:#?}"
    );
    let t = "بمساندة الجيش الوطني الموالي للرئيس عبد ربه منصور هادي.";
    let es = entities(t, &[]);
    assert!(es.iter().all(|e| !e.name.contains("الموالي")), "{es:#?}");
}

#[test]
fn embassies_consulates_and_resistance_take_their_nationality() {
    let t = "وأعربت السفارة الأمريكية في الخرطوم عن قلقها، ورفضت القنصلية الإيرانية الطلب.";
    let es = entities(t, &[]);
    assert_eq!(
        find(&es, "السفارة الأمريكية").name_en.as_deref(),
        Some("US Embassy")
    );
    assert_eq!(
        find(&es, "القنصلية الإيرانية").name_en.as_deref(),
        Some("Iranian Consulate")
    );
}

#[test]
fn a_listed_name_after_ba_loses_the_ba() {
    // Gold round 11: «الإطاحة بمعمر القذافي» had been «Bamaamar Gaddafi»; «ليون» stays whole.
    let t = "منذ الإطاحة بمعمر القذافي عام 2011.";
    let es = entities(t, &[span(t, "بمعمر القذافي", "PERS")]);
    let g = find(&es, "معمر القذافي");
    assert_eq!(g.name_en.as_deref(), Some("Muammar Gaddafi"));
    let t = "وكان ليون دعا في بيان إلى الحوار.";
    let es = entities(t, &[span(t, "ليون", "PERS")]);
    find(&es, "ليون");
}

#[test]
fn a_quoted_dotted_abbreviation_is_one_name() {
    // Gold round 16: «قالت قناة "إن.بي.سي نيوز"» gave two organisations, «بي» and «سي نيوز»:
    // the dots made the quoted name look longer than five words.
    let t = "وقالت قناة \"إن.بي.سي نيوز\" التلفزيونية إن المحققين يبحثون الأمر.";
    let es = entities(t, &[span(t, "بي", "ORG"), span(t, "سي نيوز", "ORG")]);
    let e = find(&es, "إن.بي.سي نيوز");
    assert_eq!(e.kind, EntityType::Org, "{es:#?}");
    assert_eq!(es.len(), 1, "{es:#?}");
}

#[test]
fn a_nickname_clause_ends_the_name_and_a_kunya_sheds_its_preposition() {
    // Gold round 16: «سيف الله بن حسين المكنى بأبي عياض» was one person; «بأبي عياض» kept
    // its ب and stood apart from «أبو عياض».
    let t = "ظهر سيف الله بن حسين المكنى بأبي عياض في شريط. وقال أبو عياض إن التنظيم باق.";
    let es = entities(
        t,
        &[
            span(t, "سيف الله بن حسين المكنى بأبي عياض", "PERS"),
            span(t, "أبو عياض", "PERS"),
        ],
    );
    let saif = find(&es, "سيف الله بن حسين");
    let abu = find(&es, "أبو عياض");
    assert_ne!(saif.id, abu.id, "{es:#?}");
    assert!(abu.mentions.iter().any(|m| m.text == "أبي عياض"), "{es:#?}");
}

#[test]
fn a_name_given_in_both_scripts_is_called_by_its_latin_form() {
    // Gold round 16: «قناة "إن.بي.سي نيوز NBC News"» was split, then romanised «Inbisi Niwz».
    let t = "وقالت قناة \"إن.بي.سي نيوز NBC News\" التلفزيونية إن المحققين يبحثون الأمر.";
    let es = entities(t, &[span(t, "بي", "ORG")]);
    let e = find(&es, "إن.بي.سي نيوز NBC News");
    assert_eq!(e.name_en.as_deref(), Some("NBC News"), "{es:#?}");
}

#[test]
fn an_outlet_named_bare_takes_its_papers_english_name() {
    // Gold round 17: «النقاب أمس لـ«الشرق الأوسط»» far after its verb, and «مصادر تحدثت إليها
    // «الشرق الأوسط»», were the region; told outlets were romanised («al-Sharaq al-Awst»).
    for t in [
        "وكشف عمر حميدان الناطق الرسمي باسم المؤتمر الوطني العام (البرلمان) السابق والمنتهية ولايته في ليبيا، النقاب أمس لـ«الشرق الأوسط» عن أن البرلمان يشترط إقالة حفتر.",
        "وقالت مصادر سياسية يمنية تحدثت إليها «الشرق الأوسط» إن الزيارة مهمة.",
    ] {
        let es = entities(t, &[]);
        let e = find(&es, "الشرق الأوسط");
        assert_eq!(e.kind, EntityType::Org, "{t}");
        assert_eq!(e.name_en.as_deref(), Some("Asharq Al-Awsat"), "{t}");
    }
    // The text's own head is the only one tried: a news agency is no radio station.
    let t = "وقال في تصريح خاص بوكالة (سوا) الإخبارية المحلية إن الوضع هادئ.";
    let es = entities(t, &[]);
    assert_ne!(find(&es, "سوا").name_en.as_deref(), Some("Radio Sawa"));
}

#[test]
fn yemens_popular_resistance_and_a_general_staff_are_organisations() {
    // Gold round 17: «المقاومة الشعبية» (four times in one article) and «هيئة الأركان العامة»
    // were missed.
    let t = "وقال رئيس هيئة الأركان العامة إن المقاومة الشعبية سيطرت على المدينة.";
    let es = entities(t, &[]);
    let e = find(&es, "المقاومة الشعبية");
    assert_eq!(e.kind, EntityType::Org);
    assert_eq!(e.name_en.as_deref(), Some("Popular Resistance"));
    assert_eq!(find(&es, "هيئة الأركان العامة").kind, EntityType::Org);
}

#[test]
fn a_name_opening_with_fa_and_alif_lam_keeps_its_fa() {
    // Raw-corpus round 19: the tagged «فالون» (Fallon) lost its ف as if it were ف + «الون», so
    // it became a person «الون» apart from مايكل فالون.
    let t = "وقال وزير الدفاع مايكل فالون إن الطائرات باقية. لكن فالون صرح أثناء زيارة.";
    let es = entities(
        t,
        &[
            span(t, "مايكل فالون", "PERS"),
            span_in(t, "فالون صرح", "فالون", "PERS"),
        ],
    );
    let e = find(&es, "مايكل فالون");
    assert_eq!(e.mentions.len(), 2, "{es:#?}");
    assert!(es.iter().all(|x| x.name != "الون"), "{es:#?}");
}

#[test]
fn a_full_name_the_tables_know_is_not_renamed_by_its_bare_family_name() {
    // Raw-corpus round 19: «تركي المالكي … المالكي» was called Nouri al-Maliki, the English name
    // the bare «المالكي» links to, though the tables know Turki al-Maliki by his full name.
    let t = "وقال المتحدث تركي المالكي إن الصاروخين اعترضا. وأضاف المالكي أن الهجوم فشل.";
    let es = entities(
        t,
        &[
            span(t, "تركي المالكي", "PERS"),
            span_in(t, "المالكي أن", "المالكي", "PERS"),
        ],
    );
    let e = find(&es, "تركي المالكي");
    assert_eq!(e.name_en.as_deref(), Some("Turki al-Maliki"), "{es:#?}");
}

#[test]
fn dotted_initials_are_one_name() {
    // Raw-corpus round 19: «(بي.بي.سي)» and «سي.إن.إن» fell apart into the organisations «بي»
    // and «سي», since the text's tokens split at each dot and the tables kept it.
    let t = "وقالت شبكة سي.إن.إن الأمريكية إن الطائرة سقطت.";
    // The tagger marks each initial as a name of its own.
    let first = span(t, "سي.إن.إن", "ORG");
    let pieces = [(0, 2), (3, 5), (6, 8)].map(|(a, b)| NameSpan {
        start: first.start + a,
        end: first.start + b,
        label: "ORG".into(),
    });
    let es = entities(t, &pieces);
    assert!(
        es.iter()
            .any(|e| e.mentions.iter().any(|m| m.text.contains("سي.إن.إن"))),
        "{es:#?}"
    );
    assert!(
        es.iter().all(|e| e.name != "إن" && e.name != "سي"),
        "{es:#?}"
    );
}

#[test]
fn an_age_or_a_nickname_descriptor_ends_a_person_name() {
    // Raw-corpus round 19: «الطفل سلطان حميد سعيد محمد البالغ من العمر 9 سنوات» gave the name
    // «سلطان حميد سعيد محمد البالغ».
    let t = "واستهدف قناص الطفل سلطان حميد سعيد محمد البالغ من العمر 9 سنوات.";
    let es = entities(t, &[span(t, "سلطان حميد سعيد محمد البالغ", "PERS")]);
    assert!(
        es.iter().any(|e| e.name == "سلطان حميد سعيد محمد"),
        "{es:#?}"
    );
}

#[test]
fn the_islamic_republic_alone_is_iran_but_not_inside_mauritanias_name() {
    // Raw-corpus round 19: «العقوبات على الجمهورية الإسلامية» named no country.
    let t = "إعادة فرض العقوبات على الجمهورية الإسلامية. وزار الرئيس الجمهورية الإسلامية الموريتانية.";
    let es = entities(t, &[]);
    let names: Vec<_> = es.iter().filter_map(|e| e.name_en.as_deref()).collect();
    assert!(
        names.contains(&"Iran") && names.contains(&"Mauritania"),
        "{es:#?}"
    );
    assert_eq!(find(&es, "الجمهورية الإسلامية").mentions.len(), 1, "{es:#?}");
}

#[test]
fn the_verb_dan_opening_a_sentence_is_no_person() {
    // Regression (raw-corpus round 20 diagnostics, bbc-22): «ودان مجلس الأمن الدولي العنف»
    // was a person «Wadan», which hid the condemnation from the events layer.
    let t = "ودان مجلس الأمن الدولي العنف.";
    let es = entities(t, &[span(t, "ودان", "PERS")]);
    assert!(es.iter().all(|e| e.kind != EntityType::Per), "{es:#?}");
}

#[test]
fn mali_after_a_preposition_ibb_after_its_noun_and_no_muscat_in_a_birthplace() {
    // Raw-corpus round 21: «في مالي» (Mali, a stop name for "financial") and «محافظة إب» (a
    // two-letter name the generated tables dropped) named no place, «مسقط رأسها» (her
    // birthplace) was Muscat, and «ميليشا الحوثي» was a person.
    let t = "يمتلك آلاف الجنود في مالي. وقدم دعم مالي. وسقط قتلى في محافظة إب من ميليشا الحوثي. \
             وزارت مسقط رأسها.";
    let es = entities(t, &[]);
    let en = |m: &str| {
        es.iter()
            .find(|e| e.mentions.iter().any(|x| x.text == m))
            .and_then(|e| e.name_en.clone())
    };
    assert_eq!(en("مالي").as_deref(), Some("Mali"), "{es:#?}");
    assert_eq!(find(&es, "مالي").mentions.len(), 1, "{es:#?}");
    assert_eq!(en("إب").as_deref(), Some("Ibb"), "{es:#?}");
    assert_eq!(en("ميليشا الحوثي").as_deref(), Some("Houthis"), "{es:#?}");
    assert!(en("مسقط").is_none(), "{es:#?}");
}

#[test]
fn a_known_family_nisba_after_a_tagged_person_is_part_of_the_name() {
    // Raw-corpus round 21: «يحيى بدر الدين الحوثي» was the person «يحيى بدر الدين» and a
    // stray «الحوثي»; a listed nisba (محمد علي الحوثي) carries the name on. A common word
    // (اليمين "the oath") does not.
    let t = "وقال يحيى بدر الدين الحوثي إن الحرب مستمرة. بعد أداء بومبيو اليمين.";
    let es = entities(
        t,
        &[span(t, "يحيى بدر الدين", "PERS"), span(t, "بومبيو", "PERS")],
    );
    let e = find(&es, "يحيى بدر الدين الحوثي");
    assert_eq!(e.name_en.as_deref(), Some("Yahya Badr al-Din al-Houthi"));
    assert_eq!(find(&es, "بومبيو").mentions[0].text, "بومبيو");
}

#[test]
fn a_hashtag_mark_after_a_head_or_descriptor_is_no_part_of_the_name() {
    // Raw-corpus round 21: «محافظة #البيضاء» named no place (the # broke the headed name), and
    // round 19's «ميليشيات #الحوثي» gave the mention «#الحوثي».
    let t = "وقتل جنود في محافظة #البيضاء. وقصفت ميليشيات #الحوثي القرية.";
    let es = entities(t, &[]);
    let texts: Vec<&str> = es
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
        .collect();
    assert!(texts.contains(&"البيضاء"), "{es:#?}");
    assert!(texts.contains(&"الحوثي"), "{es:#?}");
    assert!(texts.iter().all(|m| !m.contains('#')), "{es:#?}");
}
