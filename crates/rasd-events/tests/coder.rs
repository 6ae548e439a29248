//! Unit tests of arguments, casualties, status, mode, place and date, with hand-built layers.

use rasd_doc::{
    Approx, Calendar, Entity, EntityType, Event, EventStatus, Quantity, Span, Time, TimeType,
};

/// Code-point offset of the `nth` occurrence of `needle` in `text`.
fn at(text: &str, needle: &str) -> usize {
    let b = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in {text}"));
    text[..b].chars().count()
}

fn ent(
    text: &str,
    id: &str,
    kind: EntityType,
    name: &str,
    en: &str,
    geo: Option<(f64, f64)>,
) -> Entity {
    let mut mentions = Vec::new();
    let mut from = 0;
    while let Some(b) = text[from..].find(name) {
        let s = text[..from + b].chars().count();
        mentions.push(Span {
            start: s,
            end: s + name.chars().count(),
            text: name.to_string(),
        });
        from += b + name.len();
    }
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        name_en: Some(en.into()),
        reference: None,
        lat: geo.map(|g| g.0),
        lon: geo.map(|g| g.1),
        country: None,
        mentions,
    }
}

/// A place entity (GPE) with its point.
fn gpe(text: &str, id: &str, name: &str, en: &str, geo: (f64, f64)) -> Entity {
    ent(text, id, EntityType::Gpe, name, en, Some(geo))
}

fn qty(text: &str, surface: &str, value: f64) -> Quantity {
    let s = at(text, surface);
    Quantity {
        start: s,
        end: s + surface.chars().count(),
        text: surface.into(),
        value,
        approx: Approx::Exact,
        unit: None,
        unit_en: None,
    }
}

fn time(text: &str, surface: &str, value: &str) -> Time {
    let s = at(text, surface);
    Time {
        start: s,
        end: s + surface.chars().count(),
        text: surface.into(),
        kind: TimeType::Date,
        value: value.into(),
        calendar: Calendar::Gregorian,
    }
}

/// A quote of `content` (a substring of `text`) spoken by entity `speaker`.
fn quote(text: &str, content: &str, speaker: &str, speaker_text: &str) -> rasd_doc::Quote {
    let s = at(text, content);
    rasd_doc::Quote {
        start: s,
        end: s + content.chars().count(),
        text: content.into(),
        speaker: Some(speaker.into()),
        speaker_text: Some(speaker_text.into()),
        cue: None,
    }
}

fn only(evs: &[Event], kind: &str) -> Event {
    let v: Vec<&Event> = evs.iter().filter(|e| e.kind == kind).collect();
    assert_eq!(v.len(), 1, "want one {kind} event, got {evs:#?}");
    v[0].clone()
}

fn names(ps: &[rasd_doc::Participant]) -> Vec<String> {
    ps.iter()
        .map(|p| p.name_en.clone().unwrap_or_else(|| p.text.clone()))
        .collect()
}

#[test]
fn vso_verb_takes_subject_and_object() {
    let t = "اتهمت حركة حماس إسرائيل بقتل المزارع.";
    let es = [
        ent(t, "E1", EntityType::Org, "حركة حماس", "Hamas", None),
        gpe(t, "E2", "إسرائيل", "Israel", (31.5, 34.9)),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ACCUSE");
    assert_eq!(e.actors[0].entity.as_deref(), Some("E1"));
    assert_eq!(e.targets[0].entity.as_deref(), Some("E2"));
    assert_eq!(e.trigger.text, "اتهمت");
}

#[test]
fn svo_subject_before_the_verb() {
    let t = "وقال إن فؤاد حسين استقبل السفير الأميركي.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "فؤاد حسين",
        "Fuad Hussein",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "CONSULT");
    assert_eq!(e.actors[0].entity.as_deref(), Some("E1"));
}

#[test]
fn descriptive_actor_gets_an_english_gloss() {
    let t = "استهدفت فصائل مسلحة قواعد في العراق تضم قوات أميركية.";
    let es = [gpe(t, "E1", "العراق", "Iraq", (33.0, 44.0))];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(names(&e.actors), ["armed factions"]);
    assert_eq!(names(&e.targets), ["US forces"]);
    assert_eq!(
        e.location.as_ref().and_then(|l| l.name_en.as_deref()),
        Some("Iraq")
    );
}

#[test]
fn killed_are_targets_with_a_count() {
    let t = "كان أعنفها بعد مقتل ثلاثة جنود أميركيين في هجوم بشمال الأردن.";
    let es = [gpe(t, "E1", "الأردن", "Jordan", (31.2, 36.5))];
    let qs = [qty(t, "ثلاثة جنود", 3.0)];
    let evs = rasd_events::events(t, &es, &[], &qs, None);
    let e = only(&evs, "ASSAULT");
    assert_eq!(e.fatalities, Some(3));
    assert_eq!(names(&e.targets), ["US soldiers"]);
    assert_eq!(e.location.and_then(|l| l.entity), Some("E1".into()));
}

#[test]
fn injuries_as_a_consequence_join_the_attack() {
    let t = "سجل إطلاق صواريخ استهدفت قاعدة عين الأسد، ما أدى إلى إصابة سبعة أميركيين.";
    let es = [ent(
        t,
        "E1",
        EntityType::Fac,
        "قاعدة عين الأسد",
        "Ain al-Asad Air Base",
        Some((33.8, 42.44)),
    )];
    let qs = [qty(t, "سبعة أميركيين", 7.0)];
    let e = only(&rasd_events::events(t, &es, &[], &qs, None), "ASSAULT");
    assert_eq!(e.injuries, Some(7));
    assert_eq!(e.fatalities, None);
    assert_eq!(e.mode.as_deref(), Some("missile"));
    assert_eq!(
        e.acled_sub_event_type.as_deref(),
        Some("Shelling/artillery/missile attack")
    );
}

#[test]
fn passive_plural_counts_the_subject() {
    let t = "وأوضحت القيادة أن 7 عناصر من تنظيم داعش قتلوا وجرح أربعة منهم.";
    let es = [ent(t, "E1", EntityType::Org, "داعش", "ISIS", None)];
    let qs = [qty(t, "7 عناصر", 7.0), qty(t, "أربعة", 4.0)];
    let e = only(&rasd_events::events(t, &es, &[], &qs, None), "ASSAULT");
    assert_eq!((e.fatalities, e.injuries), (Some(7), Some(4)));
    assert_eq!(e.targets[0].entity.as_deref(), Some("E1"));
}

#[test]
fn counts_of_attacks_are_not_casualties_but_make_an_aggregate() {
    let t = "وتبنت الفصائل أكثر من 175 عملية إطلاق صواريخ وطائرات مسيرة.";
    let mut q = qty(t, "175 عملية", 175.0);
    q.unit = Some("عملية".into());
    let e = only(&rasd_events::events(t, &[], &[], &[q], None), "ASSAULT");
    assert_eq!(e.fatalities, None);
    assert_eq!(e.status, EventStatus::Aggregate);
    assert_eq!(e.mode.as_deref(), Some("drone"));
}

#[test]
fn a_count_after_among_them_is_part_of_the_total() {
    // Regression: «48 شخصا بينهم 15 طفلا قتلوا» gave 15 dead.
    let t = "وقال إن 48 شخصا على الأقل بينهم 15 طفلا قتلوا في قصف على المدينة.";
    let qs = [qty(t, "48 شخصا", 48.0), qty(t, "15 طفلا", 15.0)];
    let e = only(&rasd_events::events(t, &[], &[], &qs, None), "ASSAULT");
    assert_eq!(e.fatalities, Some(48));
}

#[test]
fn one_person_without_a_number() {
    let t = "قتل مزارع فلسطيني بقصف إسرائيلي على قطاع غزة.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    assert_eq!(e.fatalities, Some(1));
    assert_eq!(names(&e.actors), ["Israel"]);
}

#[test]
fn status_cues() {
    let cases = [
        (
            "ومن المقرر أن تنظم احتجاجات في المنطقة.",
            "PROTEST",
            EventStatus::Planned,
        ),
        // Regression: «قوى سياسية» read as س + a verb made a past attack planned.
        (
            "وقالت قوى سياسية إن مسلحين هاجموا المدينة.",
            "ASSAULT",
            EventStatus::Occurred,
        ),
        (
            "وأكد أن الجيش لم يقصف المدينة.",
            "ASSAULT",
            EventStatus::Negated,
        ),
        (
            "وقال إن الحكومة ستفرج عن المعتقلين.",
            "CONCEDE",
            EventStatus::Planned,
        ),
        (
            "وأعلن العراق تأجيل انسحاب القوات الأجنبية.",
            "RETREAT",
            EventStatus::Postponed,
        ),
        (
            "وحذر من رد قاس في حال هاجم المسلحون القاعدة.",
            "ASSAULT",
            EventStatus::Hypothetical,
        ),
        (
            "وتشن تركيا عملية عسكرية منذ الشهر الماضي في عفرين.",
            "ASSAULT",
            EventStatus::Ongoing,
        ),
        (
            "وشنت الطائرات سلسلة من الغارات على المدينة.",
            "ASSAULT",
            EventStatus::Aggregate,
        ),
        (
            "واعتقلت الشرطة ثلاثة أشخاص في المدينة.",
            "COERCE",
            EventStatus::Occurred,
        ),
    ];
    for (t, kind, want) in cases {
        let e = only(&rasd_events::events(t, &[], &[], &[], None), kind);
        assert_eq!(e.status, want, "{t}");
    }
}

#[test]
fn modes_and_acled_types() {
    let cases = [
        (
            "فجر انتحاري نفسه في سوق المدينة.",
            "suicide",
            "Suicide bomb",
        ),
        (
            "انفجرت سيارة مفخخة قرب مقر الشرطة.",
            "explosives",
            "Remote explosive/landmine/IED",
        ),
        (
            "شنت المقاتلات غارة جوية على القرية.",
            "aerial",
            "Air/drone strike",
        ),
        (
            "قصفت المدفعية مواقع المسلحين.",
            "artillery",
            "Shelling/artillery/missile attack",
        ),
        ("اغتال مسلحون قائدا في المدينة.", "assassination", "Attack"),
    ];
    for (t, mode, sub) in cases {
        let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
        assert_eq!(e.mode.as_deref(), Some(mode), "{t}");
        assert_eq!(e.acled_sub_event_type.as_deref(), Some(sub), "{t}");
        assert!(e.cameo.is_some());
    }
    // An abduction takes people by force: PLOVER COERCE (the gold rounds' annotators coded it
    // so 10 times of 12), still CAMEO 181 and ACLED's abduction.
    let t = "خطف مسلحون عشرات العمال الأجانب.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "COERCE");
    assert_eq!(e.mode.as_deref(), Some("abduction"));
    assert_eq!(e.cameo.as_deref(), Some("181"));
    assert_eq!(
        e.acled_sub_event_type.as_deref(),
        Some("Abduction/forced disappearance")
    );
}

#[test]
fn verb_and_its_noun_are_one_event() {
    let t = "مقتل 49 مسلحا، بقصف جوي استهدف أوكارهم شمال سامراء.";
    let qs = [qty(t, "49 مسلحا", 49.0)];
    let evs = rasd_events::events(t, &[], &[], &qs, None);
    assert_eq!(
        evs.iter().filter(|e| e.kind == "ASSAULT").count(),
        1,
        "{evs:#?}"
    );
    assert_eq!(evs[0].fatalities, Some(49));
}

#[test]
fn anaphoric_and_demanded_actions_are_not_new_events() {
    let t = "وردت الولايات المتحدة على هذه الهجمات. وتطالب الفصائل بانسحاب القوات.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(
        evs.iter()
            .all(|e| e.kind != "ASSAULT" && e.kind != "RETREAT"),
        "{evs:#?}"
    );
    assert_eq!(only(&evs, "REQUEST").trigger.text, "وتطالب");
}

#[test]
fn date_from_clause_then_sentence_then_today() {
    let t = "وصدر البيان مساء السبت، فإن الوزير استقبل السفير. وقتل جندي في هجوم اليوم. وقتل جندي آخر في هجوم.";
    let times = [time(t, "مساء السبت", "2024-08-31TEV")];
    let evs = rasd_events::events(t, &[], &times, &[], Some("2024-09-01"));
    assert_eq!(only(&evs, "CONSULT").date.as_deref(), Some("2024-08-31"));
    let assaults: Vec<&Event> = evs.iter().filter(|e| e.kind == "ASSAULT").collect();
    assert_eq!(assaults.len(), 2);
    assert_eq!(assaults[0].date.as_deref(), Some("2024-09-01"));
    assert!(!assaults[0].date_inferred);
    // The last act tells no time: it takes the story's last one, marked as carried.
    assert_eq!(assaults[1].date.as_deref(), Some("2024-09-01"));
    assert!(assaults[1].date_inferred);
}

#[test]
fn an_undated_act_takes_the_storys_nearest_earlier_date() {
    // Regression: «وتجمع مئات من المتظاهرين …» told after «مساء الاثنين» had no date at all.
    let t = "استجوبت الشرطة الوزير في قضية فساد. وقتل محتج مساء الاثنين في البصرة. \
             وتجمع مئات من المتظاهرين قرب مقر الإدارة المحلية. وسيعقد الوزيران اجتماعا في بغداد.";
    let times = [time(t, "مساء الاثنين", "2018-09-03TEV")];
    let evs = rasd_events::events(t, &[], &times, &[], Some("2018-09-04"));
    let assault = only(&evs, "ASSAULT");
    assert_eq!(assault.date.as_deref(), Some("2018-09-03"));
    assert!(!assault.date_inferred);
    let protest = only(&evs, "PROTEST");
    assert_eq!(protest.date.as_deref(), Some("2018-09-03"), "{evs:#?}");
    assert!(protest.date_inferred);
    // The lead told before any date takes the story's first one.
    let lead = only(&evs, "COERCE");
    assert_eq!(lead.date.as_deref(), Some("2018-09-03"));
    // What is still to come is not dated by what happened.
    let planned = only(&evs, "CONSULT");
    assert_eq!(planned.status, EventStatus::Planned);
    assert_eq!(planned.date, None);
}

#[test]
fn dateline_gives_the_place_when_the_text_names_none() {
    let t = "بغداد - قتل جندي في هجوم مساء أمس.";
    let es = [gpe(t, "E1", "بغداد", "Baghdad", (33.34, 44.4))];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(e.location.and_then(|l| l.name_en), Some("Baghdad".into()));
}

#[test]
fn actor_codes() {
    let c = rasd_events::code_actor("جنود أميركيين").expect("coded");
    assert_eq!(
        (c.country.as_deref(), c.sector.as_deref()),
        (Some("USA"), Some("MIL"))
    );
    let c = rasd_events::code_actor("فصائل عراقية مسلحة").expect("coded");
    assert_eq!(
        (c.country.as_deref(), c.sector.as_deref()),
        (Some("IRQ"), Some("REB"))
    );
    assert_eq!(
        rasd_events::code_actor("Turkey")
            .and_then(|c| c.country)
            .as_deref(),
        Some("TUR")
    );
    assert_eq!(
        rasd_events::code_actor("حماس")
            .and_then(|c| c.country)
            .as_deref(),
        Some("PSE")
    );
    assert_eq!(rasd_events::code_actor("كلمة لا تعني شيئا"), None);
}

#[test]
fn ids_and_spans_point_into_the_text() {
    let t = "اعتقلت الشرطة ثلاثة أشخاص. وتظاهر المئات في الساحة.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert_eq!(
        evs.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        ["V1", "V2"]
    );
    for e in &evs {
        let got: String = t
            .chars()
            .skip(e.trigger.start)
            .take(e.trigger.end - e.trigger.start)
            .collect();
        assert_eq!(got, e.trigger.text);
        assert!(e.sentence.start <= e.trigger.start && e.trigger.end <= e.sentence.end);
    }
}

#[test]
fn protests_with_intervention_and_riots() {
    let t = "وتظاهر المئات في الساحة قبل أن تستخدم الشرطة الغاز المسيل للدموع لتفريقهم.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "PROTEST");
    assert_eq!(
        e.acled_sub_event_type.as_deref(),
        Some("Protest with intervention")
    );
    let t = "وتظاهر المئات في الساحة واحرقوا إطارات السيارات.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "PROTEST");
    assert_eq!(e.acled_event_type.as_deref(), Some("Riots"));
}

#[test]
fn negation_reaches_past_a_complementizer() {
    let t = "ونفت الحكومة أن تكون قواتها قد قصفت المدينة.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    assert_eq!(e.status, EventStatus::Negated);
}

#[test]
fn participants_are_coded() {
    let t = "استهدفت فصائل مسلحة قوات أميركية.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    let c = rasd_events::code_participant(&e.targets[0]).expect("coded");
    assert_eq!(
        (c.country.as_deref(), c.sector.as_deref()),
        (Some("USA"), Some("MIL"))
    );
}

#[test]
fn a_title_stands_for_its_state_and_a_nationality_for_its_country() {
    let t = "واستقبل الوزير سفيرة الولايات المتحدة في بغداد.";
    let es = [
        gpe(t, "E1", "الولايات المتحدة", "United States", (39.8, -98.6)),
        gpe(t, "E2", "بغداد", "Baghdad", (33.34, 44.4)),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "CONSULT");
    assert_eq!(e.targets[0].entity.as_deref(), Some("E1"));
    assert_eq!(e.targets[0].text, "سفيرة الولايات المتحدة");
    assert_eq!(e.location.and_then(|l| l.entity), Some("E2".into()));

    let t = "بعد هجمات دامية على الأراضي التركية.";
    let norp = ent(t, "E1", EntityType::Norp, "التركية", "Turkish", None);
    let e = only(&rasd_events::events(t, &[norp], &[], &[], None), "ASSAULT");
    assert_eq!(e.targets[0].entity.as_deref(), Some("E1"));
    assert_eq!(e.targets[0].name_en.as_deref(), Some("Turkey"));
}

/// Regression: participants were reported with the proclitic glued to their first word
/// («وواشنطن», «لوزارة») and a party named twice in a clause was listed twice.
#[test]
fn participant_text_drops_glued_proclitics_and_repeats() {
    let t = "وتجري بغداد وواشنطن مفاوضات بشأن انسحاب القوات.";
    let es = [
        gpe(t, "E1", "بغداد", "Baghdad", (33.3, 44.4)),
        gpe(t, "E2", "واشنطن", "Washington, D.C.", (38.9, -77.0)),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "CONSULT");
    let texts: Vec<&str> = e
        .actors
        .iter()
        .chain(&e.targets)
        .map(|p| p.text.as_str())
        .collect();
    assert!(texts.contains(&"واشنطن"), "{texts:?}");
    assert!(!texts.iter().any(|x| x.starts_with("وواشنطن")), "{texts:?}");
    for side in [&e.actors, &e.targets] {
        let mut seen: Vec<(&Option<String>, &str)> =
            side.iter().map(|p| (&p.entity, p.text.as_str())).collect();
        let n = seen.len();
        seen.dedup();
        assert_eq!(seen.len(), n, "a party listed twice: {side:?}");
    }
}

#[test]
fn vague_count_words_give_no_casualty_figure() {
    // Regression: «قتل العشرات» gave fatalities 24, the quantity layer's convention for عشرات.
    let t = "وأعلن الجيش أن الغارات أدت إلى مقتل العشرات من المسلحين.";
    let mut q = qty(t, "العشرات", 24.0);
    q.approx = Approx::About;
    let e = only(&rasd_events::events(t, &[], &[], &[q], None), "ASSAULT");
    assert_eq!(e.fatalities, None);
    // A counted scale word is a number: «ثلاثة آلاف».
    let t = "وأدت الغارات إلى مقتل ثلاثة آلاف شخص.";
    let e = only(
        &rasd_events::events(t, &[], &[], &[qty(t, "ثلاثة آلاف شخص", 3000.0)], None),
        "ASSAULT",
    );
    assert_eq!(e.fatalities, Some(3000));
}

#[test]
fn outlet_or_source_reporting_an_action_is_not_its_actor() {
    // Regression: «وقالت وكالة أنباء سبأ … إن الانفجار استهدف …» and «ونقلت رويترز عن شهود
    // إن …» made the outlet or the witnesses the actor.
    let t = "وقالت وكالة أنباء سبأ، التابعة للحركة، إن الطائرات استهدفت مطار المدينة.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "وكالة أنباء سبأ",
        "Saba",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert!(
        e.actors.iter().all(|a| a.entity.as_deref() != Some("E1")),
        "{:?}",
        e.actors
    );
    // The army reporting its own soldiers' fire stays the actor.
    let t = "وقال الجيش الإسرائيلي إن جنوده أطلقوا النار على المحتجين.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "الجيش الإسرائيلي",
        "Israeli army",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(
        e.actors.first().and_then(|a| a.entity.as_deref()),
        Some("E1")
    );
    // A speaker whose name starts with ل is not an addressee (أكد لودريان أن بلاده ترفض …).
    let t = "وأكد لودريان أن بلاده ترفض التدخل في ليبيا.";
    let es = [ent(t, "E1", EntityType::Per, "لودريان", "Le Drian", None)];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "REJECT");
    assert_eq!(
        e.actors.first().and_then(|a| a.entity.as_deref()),
        Some("E1")
    );
}

#[test]
fn clause_initial_kill_verb_takes_a_named_doer_or_its_victims() {
    // Regression: «وقتل الجيش الإسرائيلي، الجمعة، شابين» was the masdar «قتل» with the army
    // as its genitive victim.
    let t = "وقتل الجيش الإسرائيلي، الجمعة، شابين في المنطقة.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "الجيش الإسرائيلي",
        "Israeli army",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(
        e.actors.first().and_then(|a| a.entity.as_deref()),
        Some("E1")
    );
    assert!(e.targets.iter().all(|a| a.entity.as_deref() != Some("E1")));
    // Before its victims it is passive: «وقتل فلسطيني».
    let t = "وقتل فلسطيني برصاص الجيش الإسرائيلي.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "الجيش الإسرائيلي",
        "Israeli army",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert!(
        e.actors.iter().all(|a| a.text != "فلسطيني"),
        "{:?}",
        e.actors
    );
}

#[test]
fn partner_after_ma_is_no_location_but_a_border_is() {
    // Regression: «محادثات مع روسيا» was located in Russia.
    let t = "وتسعى إسرائيل إلى إخراج الإيرانيين عبر إجراء محادثات مع روسيا.";
    let es = [gpe(t, "E1", "روسيا", "Russia", (60.0, 90.0))];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "CONSULT");
    assert!(
        e.location.as_ref().is_none_or(|l| l.text != "روسيا"),
        "{:?}",
        e.location
    );
    let t = "وعززت السلطات انتشار قوات الجيش على الحدود مع قطاع غزة.";
    let es = [gpe(t, "E1", "قطاع غزة", "Gaza Strip", (31.4, 34.4))];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "MOBILIZE");
    assert_eq!(
        e.location.as_ref().map(|l| l.text.as_str()),
        Some("قطاع غزة")
    );
}

fn qty_of(text: &str, surface: &str, value: f64, unit: &str) -> Quantity {
    Quantity {
        unit: Some(unit.into()),
        ..qty(text, surface, value)
    }
}

#[test]
fn ages_houses_and_a_dual_casualty_word() {
    // Regression: «موقعاً قتيلين في الـ15 والـ16 من عمرهما» gave 16 dead (an age).
    let t = "شن الجيش غارات جوية موقعاً قتيلين في الـ15 والـ16 من عمرهما في القطاع.";
    let qs = [
        qty_of(t, "قتيلين", 2.0, "قتيل"),
        qty_of(t, "16", 16.0, "قتيل"),
    ];
    let evs = rasd_events::events(t, &[], &[], &qs, None);
    let e = evs.iter().find(|e| e.kind == "ASSAULT").expect("assault");
    assert_eq!(e.fatalities, Some(2));
    // Regression: «مما أدى إلى سقوط قتلى وجرحى وتضرر أكثر من ألفي منزل» gave 2000 dead.
    let t = "وقصفت الطائرات الحي، مما أدى إلى سقوط قتلى وجرحى وتضرر أكثر من ألفي منزل.";
    let qs = [qty_of(t, "ألفي منزل", 2000.0, "منزل")];
    let evs = rasd_events::events(t, &[], &[], &qs, None);
    assert!(
        evs.iter()
            .all(|e| e.fatalities != Some(2000) && e.injuries != Some(2000)),
        "{evs:?}"
    );
}

#[test]
fn fire_of_an_armed_force_names_the_actor() {
    // Regression: «الأشخاص الذين قتلوا برصاص إسرائيلي» made the victims the actor, and
    // «قتل ثلاثة أشخاص برصاص الجيش» had no actor.
    let t = "وأعلن الحداد على الأشخاص الذين قتلوا برصاص الجيش الإسرائيلي.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "الجيش الإسرائيلي",
        "Israeli army",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(
        e.actors.first().and_then(|a| a.entity.as_deref()),
        Some("E1")
    );
    // Strikes the doer carried out: «غداة ضربات شنتها الولايات المتحدة».
    let t = "وانعقدت القمة غداة ضربات شنتها الولايات المتحدة على سوريا.";
    let es = [ent(
        t,
        "E1",
        EntityType::Gpe,
        "الولايات المتحدة",
        "United States",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(
        e.actors.first().and_then(|a| a.entity.as_deref()),
        Some("E1")
    );
}

#[test]
fn a_retold_action_is_one_event_and_another_one_is_not() {
    // Regression: one air strike told in two sentences was two events.
    let t = "شنت القوات الجوية العراقية الخميس ضربات جوية ضد مواقع التنظيم. \
             وقال بيان إن القوات الجوية العراقية نفذت ضربات جوية ضد مواقع التنظيم.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "القوات الجوية العراقية",
        "Iraqi Air Force",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert_eq!(
        evs.iter().filter(|e| e.kind == "ASSAULT").count(),
        1,
        "{evs:?}"
    );
    assert!(evs
        .iter()
        .enumerate()
        .all(|(k, e)| e.id == format!("V{}", k + 1)));
    // «غارة أخرى» is a further strike.
    let t = "ودمرت غارة للتحالف عربة في الجبهة. كما دمرت غارة أخرى للتحالف طقما في الجبهة.";
    let es = [ent(t, "E1", EntityType::Org, "التحالف", "coalition", None)];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert_eq!(
        evs.iter().filter(|e| e.kind == "ASSAULT").count(),
        2,
        "{evs:?}"
    );
}

#[test]
fn feminine_noun_after_a_masculine_verb_is_its_object() {
    // Regression: «وطالب إيران بوقف تدخلاتها» and «ودعا الحكومة إلى …» made the addressee the
    // actor; a masculine verb does not agree with a country or a feminine body.
    let t = "وطالب إيران بوقف تدخلاتها في المنطقة.";
    let es = [gpe(t, "E1", "إيران", "Iran", (32.0, 53.0))];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "REQUEST");
    assert!(
        e.actors.iter().all(|a| a.entity.as_deref() != Some("E1")),
        "{:?}",
        e.actors
    );
    assert_eq!(
        e.targets.first().and_then(|a| a.entity.as_deref()),
        Some("E1")
    );
    // With the feminine verb the country is the subject.
    let t = "وطالبت إيران بوقف التدخلات في المنطقة.";
    let es = [gpe(t, "E1", "إيران", "Iran", (32.0, 53.0))];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "REQUEST");
    assert_eq!(
        e.actors.first().and_then(|a| a.entity.as_deref()),
        Some("E1")
    );
}

#[test]
fn nationality_in_a_title_before_a_name_is_no_party() {
    // Regression: «يطالب الرئيس الأمريكي دونالد ترامب الرياض» gave actor «الأمريكي» and target
    // Trump.
    let t = "ويطالب الرئيس الأمريكي دونالد ترامب الرياض بزيادة إنتاج النفط.";
    let es = [
        ent(t, "E1", EntityType::Norp, "الأمريكي", "American", None),
        ent(
            t,
            "E2",
            EntityType::Per,
            "دونالد ترامب",
            "Donald Trump",
            None,
        ),
        gpe(t, "E3", "الرياض", "Riyadh", (24.7, 46.7)),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "REQUEST");
    assert_eq!(
        e.actors.first().and_then(|a| a.entity.as_deref()),
        Some("E2")
    );
    assert_eq!(
        e.targets.first().and_then(|a| a.entity.as_deref()),
        Some("E3")
    );
}

#[test]
fn each_casualty_word_keeps_its_own_count() {
    // Regression: «قتل محتج وأصيب 14» gave 14 dead; «وقتل خلاله 6 حوثيين وجرح آخرون» gave 6
    // wounded.
    let t = "قتل محتج وأصيب 14 آخرون في الاشتباكات.";
    let qs = [qty_of(t, "14", 14.0, "آخر")];
    let e = only(&rasd_events::events(t, &[], &[], &qs, None), "ASSAULT");
    assert_eq!((e.fatalities, e.injuries), (Some(1), Some(14)));
    let t = "وقتل خلاله 6 حوثيين وجرح آخرون في المواجهات.";
    let qs = [qty_of(t, "6 حوثيين", 6.0, "حوثي")];
    let e = only(&rasd_events::events(t, &[], &[], &qs, None), "ASSAULT");
    assert_eq!((e.fatalities, e.injuries), (Some(6), None));
}

#[test]
fn a_place_in_brackets_glosses_the_place_before_it() {
    // Regression: «منطقة عفرين (شمال غربي سوريا)» located the shelling in Syria, not Afrin.
    let t = "وقصفت الطائرات منطقة عفرين (شمال غربي سوريا) الأربعاء.";
    let es = [
        gpe(t, "E1", "عفرين", "Afrin", (36.5, 36.9)),
        gpe(t, "E2", "سوريا", "Syria", (35.0, 38.0)),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(e.location.as_ref().map(|l| l.text.as_str()), Some("عفرين"));
}

#[test]
fn a_time_set_off_by_commas_does_not_end_the_clause() {
    // Regression: «واتهمت الحكومة، الجمعة، ميليشيات الحوثي» lost its target at the comma.
    let t = "واتهمت الحكومة اليمنية، الجمعة، ميليشيات الحوثي بقصف المدينة.";
    let es = [
        ent(
            t,
            "E1",
            EntityType::Org,
            "الحكومة اليمنية",
            "Yemeni government",
            None,
        ),
        ent(t, "E2", EntityType::Org, "ميليشيات الحوثي", "Houthis", None),
    ];
    let ts = [time(t, "الجمعة", "2018-07-06")];
    let e = only(&rasd_events::events(t, &es, &ts, &[], None), "ACCUSE");
    assert_eq!(
        e.targets.first().and_then(|a| a.entity.as_deref()),
        Some("E2")
    );
}

#[test]
fn a_time_in_a_relative_clause_dates_that_clause_not_the_event() {
    // Regression: «… حصاراً … قبل محادثات السلام لإنهاء الحرب الأهلية الدائرة منذ نهاية 2013»
    // dated the siege 2013; «عن المعتقلين، من الذين اعتقلوا الشهر الماضي» dated the release.
    let t = "أفرجت السلطات عن عشرات المعتقلين، من الذين اعتقلوا الشهر الماضي، خلال الأسبوع.";
    let ts = [time(t, "الشهر الماضي", "2018-01")];
    let e = only(&rasd_events::events(t, &[], &ts, &[], None), "CONCEDE");
    assert_ne!(e.date.as_deref(), Some("2018-01"));
    // A relative clause right after a noun trigger describes the event itself.
    let t = "القمة التاريخية التي ستنعقد يوم غد بين الرئيسين في سنغافورة.";
    let ts = [time(t, "يوم غد", "2018-06-12")];
    let e = only(&rasd_events::events(t, &[], &ts, &[], None), "CONSULT");
    assert_eq!(e.date.as_deref(), Some("2018-06-12"));
}

#[test]
fn a_definite_event_noun_refers_back_unless_a_support_verb_makes_it_new() {
    // «الاجتماع» after a reported meeting is that meeting; «عقد … الاجتماع» holds another one.
    let t = "التقى الوزيران في بغداد يوم الأحد. وبحث الاجتماع العلاقات بين البلدين.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert_eq!(
        evs.iter().filter(|e| e.kind == "CONSULT").count(),
        1,
        "{evs:?}"
    );
    let t = "التقى الوزيران في بغداد يوم الأحد. ثم عقد الوزيران الاجتماع في أربيل يوم الاثنين.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert_eq!(
        evs.iter().filter(|e| e.kind == "CONSULT").count(),
        2,
        "{evs:?}"
    );
}

#[test]
fn the_subject_of_shahida_is_the_place_not_the_actor() {
    // Regression: «وتشهد البصرة مظاهرات» made Basra the protesters.
    let t = "وتشهد البصرة، ثاني أهم محافظة في البلاد، مظاهرات واحتجاجات.";
    let es = [gpe(t, "E1", "البصرة", "Basra", (30.5, 47.8))];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "PROTEST");
    // (Only the implied protesters an unnamed protest gets.)
    assert!(e.actors.iter().all(|a| a.implied), "{:?}", e.actors);
    assert_eq!(e.location.as_ref().map(|l| l.text.as_str()), Some("البصرة"));
}

#[test]
fn who_underwent_an_action_is_no_doer() {
    // Regression: «وتعرضت القوات العراقية لهجوم» made the attacked forces the attackers, and
    // «كما تعرض 46 شخصاً لاعتداء» took the sentence's first party as the doer.
    let t = "وقالت الحكومة إن الوضع مستقر، وتعرضت القوات العراقية لهجوم في الموصل.";
    let es = [
        ent(t, "E1", EntityType::Org, "الحكومة", "government", None),
        ent(
            t,
            "E2",
            EntityType::Org,
            "القوات العراقية",
            "Iraqi forces",
            None,
        ),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert!(e.actors.is_empty(), "{:?}", e.actors);
    assert_eq!(
        e.targets.first().and_then(|a| a.entity.as_deref()),
        Some("E2")
    );
}

#[test]
fn a_source_that_reports_is_no_party() {
    // Regression: «وأكد مصدر في المقاومة اليمنية مصرع العشرات … في قصف جوي لمقاتلات التحالف»
    // made the source a doer of the strike.
    let t = "وأكد مصدر في المقاومة اليمنية مصرع العشرات من الحوثيين في قصف جوي لمقاتلات التحالف، \
             استهدف تجمعاتهم شرق المدينة.";
    let es = [ent(t, "E1", EntityType::Org, "الحوثيين", "Houthis", None)];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert!(
        evs.iter()
            .all(|e| e.actors.iter().all(|a| !a.text.contains("مصدر"))),
        "{evs:#?}"
    );
}

#[test]
fn counted_cases_are_an_aggregate() {
    // Review round 8: «وثقت 16 حالة اعتقال» is a tally of arrests, not one arrest.
    let t = "وتقول إنها وثقت 16 حالة اعتقال غير قانوني لدى الحوثيين.";
    let mut q = qty(t, "16 حالة", 16.0);
    q.unit = Some("حالة".into());
    let e = only(&rasd_events::events(t, &[], &[], &[q], None), "COERCE");
    assert_eq!(e.status, EventStatus::Aggregate);
}

#[test]
fn an_act_named_by_a_noun_and_dated_after_the_article_is_planned() {
    // Review round 8: «القمة التاريخية التي ستنعقد يوم غد» and «انعقاد مباحثات … الاثنين القادم»
    // came out as occurred.
    let t = "وأعلنت الحكومة عن انعقاد مباحثات بين الأطراف الاثنين القادم في جنيف.";
    let tm = time(t, "الاثنين القادم", "2018-06-25");
    let e = only(
        &rasd_events::events(t, &[], std::slice::from_ref(&tm), &[], Some("2018-06-20")),
        "CONSULT",
    );
    assert_eq!(e.status, EventStatus::Planned);
    // Dated the same day, it is what happened.
    let tm = Time {
        value: "2018-06-20".into(),
        ..tm
    };
    let e = only(
        &rasd_events::events(t, &[], &[tm], &[], Some("2018-06-20")),
        "CONSULT",
    );
    assert_eq!(e.status, EventStatus::Occurred);
}

#[test]
fn a_definite_title_takes_no_body_after_it_as_its_own() {
    // Review round 9: «وانتقد الوزير الحكومة، متهما إياها» made «الوزير الحكومة» one actor and
    // the participle a second accusation.
    let t = "وانتقد الوزير الحكومة متهما إياها بالتقصير.";
    let es = [ent(t, "E1", EntityType::Org, "الحكومة", "government", None)];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ACCUSE");
    assert_eq!(
        e.targets.first().and_then(|a| a.entity.as_deref()),
        Some("E1"),
        "{e:#?}"
    );
    assert!(
        e.actors.iter().all(|a| a.entity.is_none()),
        "{:?}",
        e.actors
    );
}

#[test]
fn the_dateline_place_is_no_party() {
    // Review round 9: every CNN dateline «دبي، الإمارات العربية المتحدة (CNN)--» made Dubai the
    // fallback actor of events with no named doer.
    let t = "دبي، الإمارات العربية المتحدة (CNN)-- وصف وزير الدول الإماراتي للشؤون الخارجية أنور \
             قرقاش، الأحد، تصريحات عبدالملك الحوثي زعيم الجماعة، التي هدد فيها المملكة العربية \
             السعودية باستخدام طائرات دون طيار، بأنها كلمات فارغة.";
    let es = [
        gpe(t, "E1", "دبي", "Dubai", (25.2, 55.3)),
        gpe(t, "E2", "الإمارات العربية المتحدة", "UAE", (24.0, 54.0)),
        ent(
            t,
            "E3",
            EntityType::Per,
            "أنور قرقاش",
            "Anwar Gargash",
            None,
        ),
        ent(
            t,
            "E4",
            EntityType::Per,
            "عبدالملك الحوثي",
            "Abdul-Malik al-Houthi",
            None,
        ),
        gpe(
            t,
            "E5",
            "المملكة العربية السعودية",
            "Saudi Arabia",
            (25.0, 45.0),
        ),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert!(
        evs.iter().all(|e| e
            .actors
            .iter()
            .chain(&e.targets)
            .all(|a| a.entity.as_deref() != Some("E1"))),
        "{evs:#?}"
    );
}

#[test]
fn a_genitive_before_a_lam_object_is_the_doer() {
    // Review round 9: «إعدام تنظيم داعش لرهائن» had داعش as the one executed.
    let t = "وقال الجيش إن إعدام تنظيم داعش لرهائن في الموصل جريمة.";
    let es = [ent(t, "E1", EntityType::Org, "تنظيم داعش", "ISIS", None)];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(
        e.actors.first().and_then(|a| a.entity.as_deref()),
        Some("E1"),
        "{e:#?}"
    );
    assert!(e.targets.iter().all(|a| a.entity.as_deref() != Some("E1")));
}

#[test]
fn whom_a_party_belongs_to_is_no_place_and_no_doer() {
    // Review round 9: «الميليشيا الحوثية التابعة لإيران من داخل الأراضي اليمنية من صعدة» was
    // located in Iran, and «القوات المدعومة من الإمارات» made the UAE the attacker.
    let t = "وأعلن التحالف أن قواته رصدت إطلاق صاروخين بالستيين من قبل الميليشيا الحوثية التابعة \
             لإيران من داخل الأراضي اليمنية من صعدة.";
    let es = [
        ent(t, "E1", EntityType::Org, "التحالف", "coalition", None),
        gpe(t, "E2", "إيران", "Iran", (32.0, 53.0)),
        gpe(t, "E3", "صعدة", "Saada", (16.9, 43.8)),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert!(
        e.actors.iter().all(|a| a.entity.as_deref() != Some("E1")),
        "{:?}",
        e.actors
    );
    assert_eq!(
        e.location.as_ref().and_then(|l| l.entity.as_deref()),
        Some("E3")
    );
}

#[test]
fn a_nationality_in_a_title_with_a_further_title_word_is_no_party() {
    // Review round 9: «التقى ولي العهد السعودي الأمير محمد بن سلمان» had the target «السعودي».
    let t = "وكان ترامب التقى ولي العهد السعودي الأمير محمد بن سلمان في البيت الأبيض.";
    let es = [
        ent(t, "E1", EntityType::Per, "ترامب", "Trump", None),
        ent(t, "E2", EntityType::Norp, "السعودي", "Saudi", None),
        ent(
            t,
            "E3",
            EntityType::Per,
            "محمد بن سلمان",
            "Mohammed bin Salman",
            None,
        ),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "CONSULT");
    assert_eq!(names(&e.targets), ["Mohammed bin Salman"]);
}

#[test]
fn a_time_after_since_and_a_noun_dates_that_noun() {
    // Review round 9: «دعا … المدنيين الذين يعانون منذ سيطرة التنظيم على الموصل في العاشر من
    // يونيو 2014» dated the call 2014-06-10; «منذ يوم الاثنين» right after the act dates it.
    let t = "ودعا المرجع الحكومة إلى حماية المدنيين منذ سيطرة التنظيم على الموصل في العاشر من يونيو 2014.";
    let tm = time(t, "العاشر من يونيو 2014", "2014-06-10");
    let e = only(&rasd_events::events(t, &[], &[tm], &[], None), "REQUEST");
    assert_eq!(e.date, None);
    let t = "واعتقلت الشرطة 5 مشتبهين منذ يوم الاثنين.";
    let tm = time(t, "يوم الاثنين", "2018-03-19");
    let e = only(&rasd_events::events(t, &[], &[tm], &[], None), "COERCE");
    assert_eq!(e.date.as_deref(), Some("2018-03-19"));
}

#[test]
fn an_agent_after_a_describing_noun_is_the_doer() {
    // Review round 9: «مقتل 2070 شخصا … على يد مسلحي داعش» had داعش as a victim.
    let t = "وأشار التقرير إلى مقتل 2070 شخصا في الموصل على يد مسلحي داعش.";
    let es = [ent(t, "E1", EntityType::Org, "داعش", "ISIS", None)];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(
        e.actors.first().and_then(|a| a.entity.as_deref()),
        Some("E1"),
        "{e:#?}"
    );
    assert!(e.targets.iter().all(|a| a.entity.as_deref() != Some("E1")));
}

#[test]
fn parties_sides_and_delegations_are_participants() {
    // Review round 9: «ورحبت الأطراف اليمنية» had the adjective «اليمنية» as its actor.
    let t = "ورحبت الأطراف اليمنية بالاتفاق.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "SUPPORT");
    assert_eq!(names(&e.actors), ["Yemeni parties"]);
    let t = "والتقى وفد حكومي بالمبعوث الأممي.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "CONSULT");
    assert_eq!(names(&e.actors), ["government delegation"]);
}

#[test]
fn a_count_before_protesters_is_the_crowd_not_an_aggregate() {
    // Caught when the crowd words moved to cues.tsv: «مئات» before «المتظاهرين» had made
    // one gathering a tally of protests.
    // The verb and the protesters are one gathering, not two.
    let t = "واحتشد مئات المتظاهرين أمام مبنى المحافظة.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "PROTEST");
    assert_eq!(e.status, EventStatus::Occurred);
    assert_eq!(e.trigger.text, "واحتشد");
}

#[test]
fn we_demand_has_its_object_after_the_verb() {
    // Gold round 10: in «ونطالب … الحكومة الإسرائيلية» and «نطالب المجتمع الدولي» the noun
    // after a first-person verb had been its actor, and the court of an earlier clause too.
    let t = "وأضاف: هذه الجرائم سنرسلها إلى محكمة الجنايات الدولية ونطالب الحكومة الإسرائيلية باتخاذ إجراءات. كما نطالب المجتمع الدولي بالتحرك.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "محكمة الجنايات الدولية",
        "International Criminal Court",
        None,
    )];
    let evs: Vec<Event> = rasd_events::events(t, &es, &[], &[], None)
        .into_iter()
        .filter(|e| e.kind == "REQUEST")
        .collect();
    assert_eq!(evs.len(), 2, "{evs:#?}");
    assert!(evs.iter().all(|e| e.actors.is_empty()), "{evs:#?}");
    assert_eq!(texts(&evs[0].targets), ["الحكومة الإسرائيلية"]);
    assert_eq!(texts(&evs[1].targets), ["المجتمع الدولي"]);
}

#[test]
fn a_noun_after_the_preposition_of_a_phrase_trigger_is_its_object() {
    // Gold round 10: «تحدثت مع الرئيس الفرنسي إيمانويل ماكرون» had Macron as the actor.
    let t = "وأضافت أنها تحدثت مع الرئيس الفرنسي إيمانويل ماكرون هذا الصباح.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "إيمانويل ماكرون",
        "Emmanuel Macron",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "CONSULT");
    assert!(
        texts(&e.targets).iter().any(|n| n.contains("ماكرون")),
        "{e:#?}"
    );
    assert!(
        texts(&e.actors).iter().all(|n| !n.contains("ماكرون")),
        "{e:#?}"
    );
}

#[test]
fn a_nationality_after_a_city_or_a_head_is_no_party() {
    // Gold round 10: «في مدينة عدن اليمنية» made «اليمنية» the bomber; «ألقت السلطات
    // الإيطالية … القبض على خمسة أشخاص» made «الإيطالية» the arrested.
    let t = "انفجرت سيارة مفخخة الثلاثاء في مدينة عدن اليمنية.";
    let es = [
        gpe(t, "E1", "عدن", "Aden", (12.78, 45.04)),
        ent(t, "E2", EntityType::Norp, "اليمنية", "Yemeni", None),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert!(e.actors.is_empty(), "{e:#?}");
    let t = "ألقت السلطات الإيطالية اليوم القبض على خمسة أشخاص.";
    let es = [ent(t, "E1", EntityType::Norp, "الإيطالية", "Italian", None)];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "COERCE");
    assert_eq!(texts(&e.actors), ["السلطات الإيطالية"]);
    assert_eq!(e.actors[0].name_en.as_deref(), Some("Italian authorities"));
    assert!(
        texts(&e.targets).iter().all(|n| !n.contains("الإيطالية")),
        "{e:#?}"
    );
}

#[test]
fn a_verb_before_its_subject_agrees_with_the_first_conjunct() {
    // «دعا فيه إسرائيل والجيش الإسرائيلي إلى …»: a masculine verb before a feminine first
    // conjunct has it as object, not as subject.
    let t = "ونشر رفلين مقالا، دعا فيه إسرائيل والجيش الإسرائيلي إلى ضبط النفس.";
    let es = [
        ent(t, "E1", EntityType::Per, "رفلين", "Reuven Rivlin", None),
        ent(t, "E2", EntityType::Gpe, "إسرائيل", "Israel", None),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "REQUEST");
    assert!(texts(&e.targets).contains(&"إسرائيل".to_string()), "{e:#?}");
    assert!(!texts(&e.actors).contains(&"إسرائيل".to_string()), "{e:#?}");
}

fn texts(ps: &[rasd_doc::Participant]) -> Vec<String> {
    ps.iter().map(|p| p.text.clone()).collect()
}

#[test]
fn an_attack_after_the_outbreak_of_a_war_is_its_own_event() {
    // «اندلاع الحرب» (flag onset) had absorbed the attack told after it in the reference
    // article, as if «استهدفت» described the war.
    let t = "وفي أعقاب اندلاع الحرب بين إسرائيل وحركة حماس في قطاع غزة، استهدفت فصائل مسلحة قواعد في العراق وسوريا.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(
        evs.iter()
            .any(|e| e.kind == "ASSAULT" && e.trigger.text.contains("استهدفت")),
        "{evs:#?}"
    );
}

#[test]
fn a_death_sentence_is_no_killing_and_a_lifted_siege_no_siege() {
    // Gold round 10: «صدر حكم بإعدامه» had been an ASSAULT; «برفع حصار» a COERCE.
    let t = "ويحاكم مع متحدث سابق الذي صدر حكم بإعدامه في وقت سابق.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "ASSAULT"), "{evs:#?}");
    let t = "ونجحت الجهود في إقناع القوات برفع حصار فرضته على المقر الرئاسي.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "COERCE"), "{evs:#?}");
    assert!(evs.iter().any(|e| e.kind == "CONCEDE"), "{evs:#?}");
}

#[test]
fn settlers_extremists_staff_and_a_single_protester_are_participants() {
    // Gold round 11: these heads were missing from glosses.tsv, so the actors and victims
    // they name were dropped or replaced by a nearby name.
    let t = "وتسلل مستوطنون إسرائيليون إلى القرية وأحرقوا منزلا.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    assert_eq!(texts(&e.actors), ["مستوطنون إسرائيليون"], "{e:#?}");
    let t = "قتل محتج وأصيب ستة آخرون في البصرة.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(
        evs.iter()
            .any(|e| texts(&e.targets).contains(&"محتج".to_string())),
        "{evs:#?}"
    );
    // An affiliation participle keeps the body it names out of the roles (it may close the
    // description of the party it serves).
    let t = "وأقنعت الوساطة قوات الحزام الأمني المؤيدة للانفصاليين برفع حصار فرضته على المقر.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(
        evs.iter().all(|e| !texts(&e.actors)
            .iter()
            .any(|a| a.trim_start_matches('ل').starts_with("الانفصاليين")
                || a.starts_with("انفصاليين"))),
        "{evs:#?}"
    );
}

#[test]
fn a_facility_right_after_an_attack_is_its_target() {
    // Gold round 11: «تصدت القوات السعودية لصاروخ كان يستهدف مطار الرياض الدولي» had no target.
    let t = "وتصدت القوات لصاروخ كان يستهدف مطار الرياض الدولي.";
    let es = [ent(
        t,
        "E1",
        EntityType::Fac,
        "مطار الرياض الدولي",
        "King Khalid International Airport",
        Some((24.96, 46.70)),
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = evs
        .iter()
        .find(|e| e.trigger.text.contains("يستهدف"))
        .expect("an attack on the airport");
    assert_eq!(texts(&e.targets), ["مطار الرياض الدولي"], "{e:#?}");
}

#[test]
fn a_physical_act_with_no_place_happened_where_the_paragraphs_last_one_did() {
    // Gold round 11: «وهاجمت طائرة حربية مواقع …» after clashes «في بلدة أجدابيا» had no place.
    let t = "واندلعت اشتباكات في أجدابيا بين القوات والمسلحين. وهاجمت طائرة حربية مواقع المسلحين.";
    let es = [gpe(t, "E1", "أجدابيا", "Ajdabiya", (30.75, 20.22))];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = evs
        .iter()
        .find(|e| e.trigger.text.contains("وهاجمت"))
        .expect("the air strike");
    assert_eq!(
        e.location.as_ref().map(|l| l.text.as_str()),
        Some("أجدابيا"),
        "{e:#?}"
    );
}

#[test]
fn a_city_joined_to_a_place_or_after_the_capital_is_no_party() {
    // Gold round 12: «بمشاركة الآلاف في البصرة وذي قار» and «وفي العاصمة بغداد، تظاهر العشرات»
    // had the cities as the protesters.
    let t =
        "انطلقت تظاهرات كبيرة بمشاركة الآلاف في البصرة وذي قار. وفي العاصمة بغداد، تظاهر العشرات.";
    let es = [
        gpe(t, "E1", "البصرة", "Basra", (30.5, 47.8)),
        gpe(t, "E2", "ذي قار", "Dhi Qar", (31.0, 46.3)),
        gpe(t, "E3", "بغداد", "Baghdad", (33.3, 44.4)),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    for e in &evs {
        let actors = texts(&e.actors);
        assert!(
            ["البصرة", "ذي قار", "بغداد"]
                .iter()
                .all(|c| !actors.iter().any(|a| a.contains(c))),
            "{e:#?}"
        );
    }
}

#[test]
fn a_plural_with_its_nun_takes_no_genitive() {
    // Gold round 13: «أحرق متظاهرون القنصلية الإيرانية» had made «متظاهرون القنصلية
    // الإيرانية» one party, as if the protesters were the consulate's.
    let t = "حيث أحرق متظاهرون القنصلية الإيرانية في البصرة.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "القنصلية الإيرانية",
        "Iranian Consulate",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "PROTEST");
    assert_eq!(texts(&e.actors), ["متظاهرون"], "{e:#?}");
    assert_eq!(texts(&e.targets), ["القنصلية الإيرانية"], "{e:#?}");
}

#[test]
fn a_physical_act_with_no_place_takes_the_articles_theatre() {
    // Gold round 13: «وأحرقوا مقرا …» in a Basra article had no place.
    let t =
        "واندلعت اشتباكات في البصرة. وقتل محتج في البصرة.\n\nكما أحرق المحتجون مقرا لحركة البشائر.";
    let es = [gpe(t, "E1", "البصرة", "Basra", (30.5, 47.8))];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = evs
        .iter()
        .find(|e| e.trigger.text.contains("أحرق"))
        .expect("the burning");
    assert_eq!(
        e.location.as_ref().map(|l| l.text.as_str()),
        Some("البصرة"),
        "{evs:#?}"
    );
}

#[test]
fn the_party_whose_holding_was_struck_is_the_target() {
    // Gold round 13: «وأحرقوا مقرا لميليشيات الحشد الشعبي» had no target.
    let t = "وأحرق المحتجون مقرا لميليشيات الحشد الشعبي في البصرة.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "الحشد الشعبي",
        "Popular Mobilization Forces",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert!(
        evs.iter()
            .any(|e| texts(&e.targets).iter().any(|x| x.contains("الحشد الشعبي"))),
        "{evs:#?}"
    );
}

#[test]
fn a_plural_verb_or_a_glued_noun_takes_no_subject_after_it() {
    // Gold round 13: «وأحرقوا مقرا لميليشيات الحشد الشعبي» and «اختطفت 3 من العاملين
    // بالأمم المتحدة» had the noun after the verb as its doer.
    let t = "وأحرقوا مقرا لميليشيات الحشد الشعبي.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "الحشد الشعبي",
        "Popular Mobilization Forces",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert!(
        evs.iter()
            .all(|e| texts(&e.actors).iter().all(|a| !a.contains("الحشد"))),
        "{evs:#?}"
    );
    let t = "واختطفت 3 من العاملين بالأمم المتحدة.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "الأمم المتحدة",
        "United Nations",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert!(
        evs.iter()
            .all(|e| texts(&e.actors).iter().all(|a| !a.contains("الأمم"))),
        "{evs:#?}"
    );
}

#[test]
fn an_object_set_off_by_a_comma_is_the_target() {
    // Gold round 13: «وطالبت الحكومة اليمنية، مجلس الأمن …» had no target; «دعا الرئيس
    // اليمني، عبدربه منصور هادي، اليوم الأربعاء، الجيش …» took no object past the apposition.
    let t = "وطالبت الحكومة اليمنية، مجلس الأمن بالعمل على إنهاء الانتهاكات.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "مجلس الأمن",
        "UN Security Council",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let req = evs.iter().find(|e| e.kind == "REQUEST").expect("REQUEST");
    assert_eq!(texts(&req.targets), ["مجلس الأمن"], "{req:#?}");

    let t = "دعا الرئيس اليمني، عبدربه منصور هادي، اليوم، الحكومة اليمنية إلى الحسم.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "عبدربه منصور هادي",
        "Abd Rabbuh Mansur Hadi",
        None,
    )];
    let tm = [time(t, "اليوم", "2018-06-13")];
    let evs = rasd_events::events(t, &es, &tm, &[], None);
    let req = evs.iter().find(|e| e.kind == "REQUEST").expect("REQUEST");
    assert!(
        texts(&req.targets).iter().any(|x| x.contains("الحكومة")),
        "{req:#?}"
    );
    assert!(
        texts(&req.targets).iter().all(|x| !x.contains("هادي")),
        "{req:#?}"
    );

    // «وطالب زعيم التيار الصدري، مقتدى الصدر مجلس النواب»: the name after the comma is the
    // subject's, and the object follows it.
    let t = "وطالب زعيم التيار الصدري، مقتدى الصدر مجلس النواب العراقي بالانعقاد.";
    let es = [
        ent(
            t,
            "E1",
            EntityType::Per,
            "مقتدى الصدر",
            "Muqtada al-Sadr",
            None,
        ),
        ent(
            t,
            "E3",
            EntityType::Org,
            "التيار الصدري",
            "Sadrist Movement",
            None,
        ),
        ent(
            t,
            "E2",
            EntityType::Org,
            "مجلس النواب العراقي",
            "Iraqi Parliament",
            None,
        ),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let req = evs.iter().find(|e| e.kind == "REQUEST").expect("REQUEST");
    assert_eq!(texts(&req.targets), ["مجلس النواب العراقي"], "{req:#?}");
}

#[test]
fn a_noun_after_a_glued_verbal_noun_is_not_the_subject() {
    // Review: «كما طالبهم بمحاسبة السياسيين» had the politicians demand it (here officials).
    let t = "وحض عون اللبنانيين على الاقتراع، كما طالبهم بمحاسبة المسؤولين عبر الانتخابات.";
    let es = [ent(t, "E1", EntityType::Per, "عون", "Michel Aoun", None)];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let req = evs
        .iter()
        .find(|e| e.trigger.text == "طالبهم")
        .expect("REQUEST");
    assert!(
        texts(&req.actors).iter().all(|a| !a.contains("المسؤولين")),
        "{req:#?}"
    );
}

#[test]
fn detainees_after_an_attack_noun_suffer_it() {
    // Review: «وتعذيب معتقلين لديها» had the detainees as the torturers (لديها was read as
    // a ل-object), and «معتقلين سابقين تحدثوا …، وضربهم» had them beat themselves.
    let t = "اتهمت المنظمة الحوثيين بخطف رهائن، وتعذيب معتقلين لديها.";
    let es = [ent(t, "E1", EntityType::Org, "الحوثيين", "Houthis", None)];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let torture = evs
        .iter()
        .find(|e| e.trigger.text.contains("تعذيب"))
        .expect("torture");
    assert!(
        texts(&torture.targets)
            .iter()
            .any(|x| x.contains("معتقلين")),
        "{torture:#?}"
    );
    assert!(
        texts(&torture.actors)
            .iter()
            .all(|x| !x.contains("معتقلين")),
        "{torture:#?}"
    );
    let t = "وتضيف أن معتقلين سابقين تحدثوا عن معاملتهم بوحشية، وضربهم بقضبان من الحديد.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(
        evs.iter()
            .all(|e| texts(&e.actors).iter().all(|x| !x.contains("معتقلين"))),
        "{evs:#?}"
    );
}

#[test]
fn killers_price_and_verbal_attacks_are_no_events() {
    // Gold round 15: «القتلة» ("the killers", not قتل + ه: a noun with a pronoun never takes
    // the article), «يجبي ثمنا باهظا» (a price, not «ثمّن» praised), «من حدة هجومه على»
    // (a verbal attack) and «مركز استهداف تمويل الإرهاب» were coded as events.
    for t in [
        "وترك القتلة وراءهم رسالة مكتوبة تدل على هويتهم.",
        "وقال إن انفلات المستوطنين يجبي ثمنا باهظا بالإرهاب.",
        "وصعد الرئيس من حدة هجومه على المعارض.",
        "وقالت إنها ستتواصل مع حلفائها في مركز استهداف تمويل الإرهاب.",
    ] {
        let evs = rasd_events::events(t, &[], &[], &[], None);
        assert!(
            evs.iter()
                .all(|e| e.kind != "ASSAULT" && e.kind != "SUPPORT"),
            "{t}: {evs:#?}"
        );
    }
}

#[test]
fn an_attempt_to_assassinate_is_an_event() {
    // Gold round 15: «سلسلة محاولات إسرائيل لاغتيال عرفات» was read as a purpose.
    let t = "كتب الصحفي عن سلسلة محاولات إسرائيل لاغتيال عرفات.";
    let es = [
        ent(t, "E1", EntityType::Gpe, "إسرائيل", "Israel", None),
        ent(t, "E2", EntityType::Per, "عرفات", "Yasser Arafat", None),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let a = evs
        .iter()
        .find(|e| e.kind == "ASSAULT")
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(texts(&a.targets), ["عرفات"], "{a:#?}");
}

#[test]
fn a_frozen_budget_share_is_a_sanction() {
    // Gold round 15: «وجمدت الحكومة المركزية مخصصات إقليم كردستان» was missed.
    let t = "وجمدت الحكومة المركزية مخصصات إقليم كردستان في الموازنة.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().any(|e| e.kind == "SANCTION"), "{evs:#?}");
}

#[test]
fn a_title_and_its_holder_are_one_party() {
    // Gold round 15: «الناطق الرسمي باسم الرئاسة الفلسطينية، نبيل أبو ردينة، حمل …» had
    // the bare title as the doer; «زعيم المتمردين عبد الملك الحوثي» had the rebels.
    let t = "لكن الناطق الرسمي باسم الرئاسة الفلسطينية، نبيل أبو ردينة، حمل الحكومة الإسرائيلية المسؤولية الكاملة.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "نبيل أبو ردينة",
        "Nabil Abu Rudeineh",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let acc = evs.iter().find(|e| e.kind == "ACCUSE").expect("ACCUSE");
    assert_eq!(ids(&acc.actors), ["E1"], "{acc:#?}");

    let t = "حث زعيم المتمردين عبد الملك الحوثي مؤيديه على التعبئة.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "عبد الملك الحوثي",
        "Abdul-Malik al-Houthi",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let req = evs.iter().find(|e| e.kind == "REQUEST").expect("REQUEST");
    assert_eq!(ids(&req.actors), ["E1"], "{req:#?}");

    // The holder search stops at another title: the name after «وهاتف الرئيس» is not the
    // prime minister's.
    let t = "وحاول رئيس الوزراء الإسرائيلي امتصاص الغضب وهاتف الرئيس الفلسطيني محمود عباس.";
    let es = [
        ent(
            t,
            "E1",
            EntityType::Per,
            "محمود عباس",
            "Mahmoud Abbas",
            None,
        ),
        ent(t, "E2", EntityType::Norp, "الإسرائيلي", "Israeli", None),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let call = evs.iter().find(|e| e.kind == "CONSULT").expect("CONSULT");
    assert!(
        texts(&call.actors)
            .iter()
            .any(|a| a.contains("رئيس الوزراء")),
        "{call:#?}"
    );
}

#[test]
fn a_name_in_apposition_keeps_the_clause_open() {
    // Review: «هاجم الرئيس التركي، رجب طيب أردوغان، السبت، نظيره الفرنسي» had no doer, and
    // «بقيادة رئيس الوزراء العراقي الأسبق، إياد علاوي» made the coalition's leader the object
    // of its call.
    let t = "هاجم الرئيس التركي، رجب طيب أردوغان، السبت، نظيره الفرنسي.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "رجب طيب أردوغان",
        "Recep Tayyip Erdogan",
        None,
    )];
    let tm = [time(t, "السبت", "2018-03-31")];
    let evs = rasd_events::events(t, &es, &tm, &[], None);
    let a = evs.iter().find(|e| e.kind == "ASSAULT").expect("ASSAULT");
    assert_eq!(ids(&a.actors), ["E1"], "{a:#?}");

    let t =
        "دعا ائتلاف الوطنية بقيادة رئيس الوزراء العراقي الأسبق، إياد علاوي، الأحد، إلى إلغاء النتائج.";
    let es = [
        ent(t, "E1", EntityType::Per, "إياد علاوي", "Ayad Allawi", None),
        ent(
            t,
            "E2",
            EntityType::Org,
            "ائتلاف الوطنية",
            "National Coalition",
            None,
        ),
    ];
    let tm = [time(t, "الأحد", "2018-05-20")];
    let evs = rasd_events::events(t, &es, &tm, &[], None);
    let req = evs.iter().find(|e| e.kind == "REQUEST").expect("REQUEST");
    assert!(
        texts(&req.targets).iter().all(|x| !x.contains("علاوي")),
        "{req:#?}"
    );
}

/// Entity ids of participants (descriptions have none).
fn ids(ps: &[rasd_doc::Participant]) -> Vec<String> {
    ps.iter().filter_map(|p| p.entity.clone()).collect()
}

#[test]
fn wars_overthrows_interceptions_and_damning_descriptions_are_events() {
    // Gold rounds 13–15: «ويشهد اليمن منذ 2014 حربا بين …», «أطاح مسلحون معارضون بالقذافي»,
    // «اعترضت قوات الدفاع الجوي السعودي صاروخا» and «ووصف دميرتاش حكومة أردوغان بـ"دولة تمارس
    // القتل"» were missed; «جريمة حرب» is no war.
    for (t, kind) in [
        (
            "ويشهد اليمن منذ 2014 حربا بين المتمردين الحوثيين والقوات الموالية لهادي.",
            "ASSAULT",
        ),
        (
            "لكن في عام 2011، أطاح مسلحون معارضون بالقذافي من الحكم.",
            "ASSAULT",
        ),
        (
            "اعترضت قوات الدفاع الجوي السعودي صاروخا فوق العاصمة الرياض.",
            "ASSAULT",
        ),
        (
            "ووصف دميرتاش حكومة أردوغان بـ\"دولة تمارس القتل\".",
            "ACCUSE",
        ),
    ] {
        let evs = rasd_events::events(t, &[], &[], &[], None);
        assert!(evs.iter().any(|e| e.kind == kind), "{t}: {evs:#?}");
    }
    let t = "وقال إنها جريمة حرب وجريمة ضد الإنسانية.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "ASSAULT"), "{evs:#?}");
}

#[test]
fn a_pronoun_on_the_act_points_back_to_the_person() {
    // Gold round 15: «واعتقلته السلطات التركية» had the authorities as the one arrested
    // (the pronoun hid the feminine verb), and «فيدات آيدن، الذي سجلت جريمة اغتياله» had
    // the victim as the killer.
    let t = "وأصبح صلاح الدين دميرتاش أحد أبرز السياسيين. واعتقلته السلطات التركية في أكتوبر.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "صلاح الدين دميرتاش",
        "Selahattin Demirtas",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let arrest = evs.iter().find(|e| e.kind == "COERCE").expect("COERCE");
    assert_eq!(ids(&arrest.targets), ["E1"], "{arrest:#?}");
    assert!(
        texts(&arrest.actors).iter().any(|a| a.contains("السلطات")),
        "{arrest:#?}"
    );

    let t = "تأثر باغتيال رئيس الحزب فيدات آيدن، الذي سجلت جريمة اغتياله ضد مجهول.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "فيدات آيدن",
        "Vedat Aydin",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let killing = evs
        .iter()
        .find(|e| e.trigger.text == "اغتياله")
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(ids(&killing.targets), ["E1"], "{killing:#?}");
    assert!(ids(&killing.actors).is_empty(), "{killing:#?}");

    // Whoever reports it is not whom it hit.
    let t = "وقال أشرف القدرة في بيان إن طفلا توفي بعد إصابته بعيار ناري.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "أشرف القدرة",
        "Ashraf al-Qudra",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert!(
        evs.iter()
            .all(|e| !ids(&e.targets).contains(&"E1".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn a_description_keeps_its_genitive_and_relational_adjective() {
    // Gold rounds 10–13: «مع قوات الأمن» gave the party «قوات», «وزير الكهرباء» gave
    // «وزير» and «الجيش الوطني» gave «الجيش»; a relative pronoun after them is no part of
    // the name.
    let t = "واشتبك مئات المحتجين الجمعة الماضي مع قوات الأمن في البصرة.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let a = evs.iter().find(|e| e.kind == "ASSAULT").expect("ASSAULT");
    assert!(texts(&a.targets).iter().any(|x| x == "قوات الأمن"), "{a:#?}");
    let t = "دعا الرئيس الجيش الوطني إلى الحسم، وهاجمت القوات التي تقدمت المدينة.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let all: Vec<String> = evs
        .iter()
        .flat_map(|e| texts(&e.actors).into_iter().chain(texts(&e.targets)))
        .collect();
    assert!(all.iter().any(|x| x == "الجيش الوطني"), "{evs:#?}");
    assert!(all.iter().all(|x| !x.contains("التي")), "{evs:#?}");
}

#[test]
fn a_court_sentences_and_an_indefinite_party_keeps_its_adjectives() {
    // Gold round 10: «قضت محكمة عسكرية … بسجن عشرة جنود» had the soldiers as the doer;
    // «وهاجمت طائرة حربية» gave «طائرة»; a dual verb («وطالبا») holds its subject.
    let t = "قضت محكمة عسكرية في جنوب السودان بسجن عشرة جنود لقتلهم صحفيا.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let c = evs.iter().find(|e| e.kind == "COERCE").expect("COERCE");
    assert_eq!(texts(&c.actors), ["محكمة عسكرية"], "{c:#?}");
    assert!(
        texts(&c.targets).iter().any(|x| x.contains("جنود")),
        "{c:#?}"
    );

    let t = "وهاجمت طائرة حربية مواقع المسلحين جنوبي البلدة.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let a = evs.iter().find(|e| e.kind == "ASSAULT").expect("ASSAULT");
    assert_eq!(texts(&a.actors), ["طائرة حربية"], "{a:#?}");

    let t = "وتوجه الزوجان برسالة إلى الشركة، وطالبا المسؤولين بتعويضهما.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let r = evs.iter().find(|e| e.kind == "REQUEST").expect("REQUEST");
    assert!(
        texts(&r.actors).iter().all(|x| !x.contains("المسؤولين")),
        "{r:#?}"
    );
}

#[test]
fn whom_a_party_serves_is_part_of_its_name() {
    // Gold rounds 13–15: «القوات الموالية للحكومة» gave «القوات الموالية»; whom they serve is
    // no party of its own.
    let t = "وكانت القوات الموالية للحكومة أطلقت هجوما على الحديدة.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let a = evs.iter().find(|e| e.kind == "ASSAULT").expect("ASSAULT");
    assert_eq!(texts(&a.actors), ["القوات الموالية للحكومة"], "{a:#?}");
}

#[test]
fn sanctions_target_without_attacking_and_troops_deploy() {
    // Gold round 16: «وتستهدف عقوبات وزارة الخزانة 3 أشخاص» was an attack, «وينتشر أكثر من
    // خمسين ألف عنصر من الجيش» and «إطلاق عشرات الطائرات الورقية الحارقة» were missed.
    let t = "وتستهدف عقوبات وزارة الخزانة 3 أشخاص و3 شركات.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "ASSAULT"), "{evs:#?}");
    let t = "وينتشر أكثر من خمسين ألف عنصر من الجيش اللبناني في كل المناطق.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().any(|e| e.kind == "MOBILIZE"), "{evs:#?}");
    let t = "وذلك بعد إطلاق عشرات الطائرات الورقية الحارقة على طول الحدود.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().any(|e| e.kind == "ASSAULT"), "{evs:#?}");
}

#[test]
fn a_draft_agreement_is_a_document_not_an_agreement() {
    // Gold round 16: «تحفظه على مسودة وثيقة اتفاق السلام» was an AGREE event.
    let t = "أبدى الرئيس تحفظه على مسودة وثيقة اتفاق السلام النهائي.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "AGREE"), "{evs:#?}");
}

#[test]
fn a_bare_organisation_or_ministry_is_a_party() {
    // Gold round 16: «ودعت المنظمة المسؤولين اللبنانيين إلى …» had the officials as the
    // doer, and «وثمنت الوزارة …» had the Libyan parties.
    let t = "ودعت المنظمة المسؤولين اللبنانيين إلى وقف عمليات الطرد.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let r = evs.iter().find(|e| e.kind == "REQUEST").expect("REQUEST");
    assert_eq!(texts(&r.actors), ["المنظمة"], "{r:#?}");
    assert!(
        texts(&r.targets).iter().any(|x| x.contains("المسؤولين")),
        "{r:#?}"
    );
}

#[test]
fn the_subject_of_a_verb_that_takes_the_attack_as_its_pronoun_is_its_doer() {
    // Gold round 16: «قسد تتصدى منذ أيام لهجمات مضادة يشنها تنظيم داعش» was missed (a ل-noun
    // after تصدى read as a purpose), then had the defenders as its doer.
    let t = "قالت قوات سوريا الديمقراطية إنها تتصدى منذ أيام لهجمات مضادة يشنها تنظيم داعش.";
    let es = [
        ent(
            t,
            "E1",
            EntityType::Org,
            "قوات سوريا الديمقراطية",
            "Syrian Democratic Forces",
            None,
        ),
        ent(t, "E2", EntityType::Org, "تنظيم داعش", "ISIS", None),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let a = evs.iter().find(|e| e.kind == "ASSAULT").expect("ASSAULT");
    assert_eq!(ids(&a.actors), ["E2"], "{a:#?}");
    assert_eq!(ids(&a.targets), ["E1"], "{a:#?}");
}

#[test]
fn expressing_concern_is_an_accusation() {
    // Gold round 13: «إعراب السفارة الأمريكية في الخرطوم عن قلقها إزاء الاعتقالات» was missed.
    for t in [
        "وتأتي الخطوة بعد إعراب السفارة الأمريكية في الخرطوم عن قلقها إزاء الاعتقالات.",
        "وأعربت واشنطن عن قلقها الشديد من التقارير.",
    ] {
        let evs = rasd_events::events(t, &[], &[], &[], None);
        assert!(evs.iter().any(|e| e.kind == "ACCUSE"), "{t}: {evs:#?}");
    }
}

#[test]
fn support_in_the_imperfect_is_an_event() {
    // Gold rounds 10–13: «وتدعم الأمم المتحدة والاتحاد الأوروبي إجراء انتخابات» and «وتدعم
    // قوات الحزام الأمني المجموعة الانفصالية» were missed (دعم was coded in the perfect only).
    let t = "وتدعم الأمم المتحدة والاتحاد الأوروبي إجراء انتخابات في البلاد.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().any(|e| e.kind == "SUPPORT"), "{evs:#?}");
    // Money or arms given are aid, not endorsement.
    let t = "وقال إن طهران تدعم عسكريا جماعة الحوثي.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "SUPPORT"), "{evs:#?}");
}

#[test]
fn an_obligation_laid_on_someone_is_a_request() {
    // Gold rounds 12–16: «يتعين على برلماني طرابلس وطبرق التوصل إلى اتفاق» and «"يتعين على
    // جميع الأطراف الوفاء بالتزاماتها"» were missed; a bare «يجب أن» states no one's duty.
    let t = "وقال إنه يتعين على برلماني طرابلس وطبرق التوصل إلى اتفاق.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().any(|e| e.kind == "REQUEST"), "{evs:#?}");
    let t = "وأكدت أن الحل السياسي يجب أن يقوم على المرجعيات الأساسية.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "REQUEST"), "{evs:#?}");
}

#[test]
fn families_are_parties_and_counted_noncombatants_after_an_act_suffer_it() {
    // Gold round 15: «على إحراق عائلة فلسطينية» had no target; «واقتاد أكثر من 100 عائلة»
    // made the families the doers. A crowd of residents may still attack («هاجم الأهالي»).
    let t = "أقدمت عصابة إرهابية، أمس، على إحراق عائلة فلسطينية في قرية دوما.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let a = evs.iter().find(|e| e.kind == "ASSAULT").expect("ASSAULT");
    assert!(
        texts(&a.targets).iter().any(|x| x.contains("عائلة")),
        "{a:#?}"
    );
    let t = "واقتاد أكثر من 100 عائلة إلى البلدة.";
    let q = [qty(t, "100 عائلة", 100.0)];
    let evs = rasd_events::events(t, &[], &[], &q, None);
    let c = evs.iter().find(|e| e.kind == "COERCE").expect("COERCE");
    assert!(
        texts(&c.actors).iter().all(|x| !x.contains("عائلة")),
        "{c:#?}"
    );
    let t = "كما هاجم الأهالي مندوبي التمرد الذين أوصلوا الجثث.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let a = evs.iter().find(|e| e.kind == "ASSAULT").expect("ASSAULT");
    assert!(
        texts(&a.actors).iter().any(|x| x.contains("الأهالي")),
        "{a:#?}"
    );
}

#[test]
fn a_meetings_other_party_follows_with_ba() {
    // Gold round 10: «لقاء نجمة هوليوود بعائلات من غرب الموصل» had no other party.
    let t = "وجرى أمس لقاء الوزير بعائلات الضحايا في المدينة.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let c = evs.iter().find(|e| e.kind == "CONSULT").expect("CONSULT");
    assert!(
        texts(&c.targets).iter().any(|x| x.contains("عائلات")),
        "{c:#?}"
    );
}

#[test]
fn a_title_over_a_country_names_its_holder_when_one_follows() {
    // Review: «أبرم كل من رئيس جنوب السودان سالفا كير وزعيم المعارضة رياك مشار اتفاقا» had
    // South Sudan as a party and its place; a hyphen inside a name («كيم جونغ-أون») broke
    // the clause and lost the meeting's other party.
    let t = "والتقى رئيس جنوب السودان سالفا كير مع رياك مشار في أديس أبابا.";
    let es = [
        gpe(t, "E1", "جنوب السودان", "South Sudan", (7.0, 30.0)),
        ent(t, "E2", EntityType::Per, "سالفا كير", "Salva Kiir", None),
        ent(t, "E3", EntityType::Per, "رياك مشار", "Riek Machar", None),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let c = evs.iter().find(|e| e.kind == "CONSULT").expect("CONSULT");
    assert_eq!(ids(&c.actors), ["E2"], "{c:#?}");
    let t = "وأعرب ترامب عن اعتقاده بأن اجتماعه المزمع مع زعيم كوريا الشمالية كيم جونغ-أون ممكن.";
    let es = [
        ent(t, "E1", EntityType::Per, "ترامب", "Donald Trump", None),
        ent(
            t,
            "E2",
            EntityType::Gpe,
            "كوريا الشمالية",
            "North Korea",
            None,
        ),
        ent(
            t,
            "E3",
            EntityType::Per,
            "كيم جونغ-أون",
            "Kim Jong-un",
            None,
        ),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let c = evs.iter().find(|e| e.kind == "CONSULT").expect("CONSULT");
    assert_eq!(ids(&c.targets), ["E3"], "{c:#?}");
}

#[test]
fn an_attack_verb_with_its_own_doer_after_a_comma_is_a_new_attack() {
    // Regression: «…، واستهدفت المقاومة تعزيزات …، في غضون ذلك استهدف رجال المقاومة الشعبية
    // القناصة» were folded into the casualties told before them (attach), and the reinforcements
    // hit became a deployment.
    let t = "أسفرت المواجهات عن سقوط 9 قتلى من المقاومة، واستهدفت المقاومة تعزيزات كانت في \
             طريقها للحوثيين، في غضون ذلك استهدف رجال المقاومة الشعبية القناصة في تعز.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let triggers: Vec<&str> = evs
        .iter()
        .filter(|e| e.kind == "ASSAULT")
        .map(|e| e.trigger.text.as_str())
        .collect();
    assert!(triggers.contains(&"واستهدفت"), "{evs:#?}");
    assert!(triggers.contains(&"استهدف"), "{evs:#?}");
    assert!(evs.iter().all(|e| e.kind != "MOBILIZE"), "{evs:#?}");
    let snipers = evs
        .iter()
        .find(|e| e.trigger.text == "استهدف")
        .expect("استهدف");
    assert_eq!(
        snipers.actors[0].text, "رجال المقاومة الشعبية",
        "{snipers:#?}"
    );
    assert_eq!(snipers.actors[0].name_en.as_deref(), Some("resistance"));
    assert_eq!(names(&snipers.targets), ["snipers"]);
    // Without و the verb still describes the strikes before it.
    let t = "شنت الطائرات نحو 20 غارة جوية منذ مساء الخميس، استهدفت مواقع المسلحين في المحافظة.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert_eq!(
        evs.iter().filter(|e| e.kind == "ASSAULT").count(),
        1,
        "{evs:#?}"
    );
}

#[test]
fn a_protest_named_by_its_noun_keeps_it_and_a_renewed_one_is_new() {
    // Regression: «وتجددت المظاهرات …، وأحرق المتظاهرون …» was named by the later verb, and a
    // renewed protest after an earlier one was taken for that one retold.
    let t = "خرجت مظاهرات في البصرة يوم الأربعاء. وتجددت المظاهرات صباح الخميس أمام مبنى \
             الحكومة المحلية، وأحرق المتظاهرون النار في إطارات السيارات. وسد المحتجون الطريق \
             السريع، وأشعلوا النيران في مبنى المحافظة الرئيسي.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(
        evs.iter()
            .any(|e| e.kind == "PROTEST" && e.trigger.text == "المظاهرات"),
        "{evs:#?}"
    );
    assert!(
        evs.iter()
            .any(|e| e.kind == "ASSAULT" && e.trigger.text.starts_with("وأشعلوا")),
        "{evs:#?}"
    );
}

#[test]
fn a_time_between_a_trigger_and_its_phrase_word_takes_no_room() {
    // Regression: «وحذر ترامب أول أمس الاثنين من رد سريع» lost its «من» past the time.
    let t = "وحذر ترامب أول أمس الاثنين من رد سريع وقوي.";
    let ts = [time(t, "أول أمس الاثنين", "2018-04-09")];
    let evs = rasd_events::events(t, &[], &ts, &[], Some("2018-04-11"));
    assert_eq!(only(&evs, "THREATEN").date.as_deref(), Some("2018-04-09"));
    // Without the time the same words are too far apart.
    let t = "وحذر ترامب في كلمة طويلة جدا من رد سريع وقوي.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "THREATEN"), "{evs:#?}");
}

#[test]
fn a_kill_verb_with_a_count_after_it_is_active() {
    // Regression: «جنوده … قتلوا 22 من متشددي الشباب» read قتلوا as passive and made the army
    // that reported it the victim; «قتل الجنود 22 مسلحا» made the soldiers the dead.
    let t = "وقال الجيش إن الجنود قتلوا 22 من المسلحين.";
    let qs = [qty(t, "22 من المسلحين", 22.0)];
    let e = only(&rasd_events::events(t, &[], &[], &qs, None), "ASSAULT");
    assert_eq!(names(&e.actors), ["soldiers"], "{e:#?}");
    assert_eq!(names(&e.targets), ["gunmen"], "{e:#?}");
    let t = "قتل الجنود 22 مسلحا في المواجهات.";
    let qs = [qty(t, "22 مسلحا", 22.0)];
    let e = only(&rasd_events::events(t, &[], &[], &qs, None), "ASSAULT");
    assert_eq!(names(&e.actors), ["soldiers"], "{e:#?}");
    assert_eq!(names(&e.targets), ["gunmen"], "{e:#?}");
    // The count that is the victims' own stays passive.
    let t = "قتل 25 مقاتلا من المعارضة السورية على الأقل.";
    let qs = [qty(t, "25 مقاتلا من المعارضة السورية على الأقل", 25.0)];
    let e = only(&rasd_events::events(t, &[], &[], &qs, None), "ASSAULT");
    assert!(
        names(&e.targets).contains(&"fighters".to_string()),
        "{e:#?}"
    );
}

#[test]
fn a_support_verb_reaches_its_attack_over_a_time_in_commas() {
    // Regression: «شن متطرفون، اليوم الأحد، هجوما على قوات الاتحاد الأفريقي» had the forces
    // attacked as the doer too.
    let t = "شن متطرفون، اليوم الأحد، هجوما على قوات الاتحاد الأفريقي.";
    let ts = [time(t, "اليوم الأحد", "2018-04-01")];
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "الاتحاد الأفريقي",
        "African Union",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &ts, &[], None), "ASSAULT");
    assert_eq!(names(&e.actors), ["extremists"], "{e:#?}");
    assert!(
        e.targets.iter().all(|p| p.text != "متطرفون")
            && e.actors.iter().all(|p| !p.text.contains("قوات")),
        "{e:#?}"
    );
}

#[test]
fn a_conjunct_is_no_genitive_and_causing_deaths_is_one_attack() {
    // Regression: «بين الجيش والحوثيين» made one party «الجيش والحوثيين» named Houthis.
    let t = "ودارت معارك بين الجيش والحوثيين.";
    let es = [ent(t, "E1", EntityType::Org, "الحوثيين", "Houthis", None)];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert!(
        e.actors.iter().all(|p| p.text != "الجيش والحوثيين"),
        "{e:#?}"
    );
    assert_eq!(names(&e.actors), ["army", "Houthis"], "{e:#?}");
    // «…، موقعاً قتيلين»: the deaths the raids caused are theirs, not an attack of their own.
    let t = "وشن الجيش، السبت، عشرات الغارات الجوية، موقعاً قتيلين في القطاع.";
    let qs = [qty(t, "قتيلين", 2.0)];
    let evs = rasd_events::events(t, &[], &[], &qs, None);
    let e = only(&evs, "ASSAULT");
    assert_eq!(e.fatalities, Some(2), "{evs:#?}");
}

#[test]
fn the_place_overtaken_is_the_target() {
    // Regression: «وسيطر المتشددون … على مدينة سرت» had no target; the gold's is Sirte.
    let t = "وسيطر المتشددون الموالون لداعش على مدينة سرت بوسط البلاد.";
    let es = [gpe(t, "E1", "سرت", "Sirte", (31.2, 16.6))];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(names(&e.targets), ["Sirte"], "{e:#?}");
    assert_eq!(
        e.location.as_ref().and_then(|l| l.name_en.as_deref()),
        Some("Sirte")
    );
}

#[test]
fn the_country_visited_hosts_the_visit() {
    // Regression: «زيارته رفقة الوفد التونسي إلى سوريا» had no target; the gold's is Syria.
    let t =
        "وأكد الزميل أن زيارته رفقة الوفد التونسي إلى سوريا كانت بهدف الإطلاع على مصير التونسيين.";
    let es = [gpe(t, "E1", "سوريا", "Syria", (35.0, 38.0))];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "CONSULT");
    assert_eq!(names(&e.targets), ["Syria"], "{e:#?}");
}

#[test]
fn protesters_inside_the_trigger_are_the_doers() {
    // Regression: «وسد المحتجون الطريق السريع بين البصرة وبغداد» had Basra and Baghdad as the
    // protest's doers; «عبر محتجون عن غضبهم» had none.
    let t = "وسد المحتجون أيضا الطريق السريع بين البصرة وبغداد.";
    let es = [
        gpe(t, "E1", "البصرة", "Basra", (30.5, 47.8)),
        gpe(t, "E2", "بغداد", "Baghdad", (33.3, 44.4)),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "PROTEST");
    assert_eq!(names(&e.actors), ["protesters"], "{e:#?}");
    assert!(e.targets.is_empty(), "{e:#?}");
}

#[test]
fn an_attack_in_words_is_an_accusation() {
    // Regression: «فهاجم السلطة الفلسطينية قائلا» and «شنت الرياض هجوما على إيران، متهمة
    // إياها» were armed attacks.
    let t = "وإزاء ذلك، خرج نتنياهو لمواجهة الحملة؛ فهاجم السلطة الفلسطينية قائلا إن الإرهاب مرفوض.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "ASSAULT"), "{evs:#?}");
    assert_eq!(only(&evs, "ACCUSE").trigger.text, "فهاجم");
    let t = "فيما شنت الرياض هجوما على إيران، متهمة إياها بالتدخل في الشؤون العربية.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "ASSAULT"), "{evs:#?}");
    assert_eq!(only(&evs, "ACCUSE").cameo.as_deref(), Some("111"));
    // Gunmen who attack a checkpoint attack it.
    let t = "وهاجم مسلحون نقطة تفتيش للجيش.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert_eq!(only(&evs, "ASSAULT").trigger.text, "وهاجم");
}

#[test]
fn one_named_person_killed_is_one_death() {
    // Regression: «الذي اغتيل العام 1990» (Kahane) and «مقتل عاملة منزل فلبينية» had no count.
    let t = "وأعلنت الشرطة قتل الطفل علي دوابشة حرقا في 31 يوليو.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "علي دوابشة",
        "Ali Dawabsheh",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(e.fatalities, Some(1), "{e:#?}");
    let t = "وأكد أن الحاخام مئير كاهانا اغتيل في نيويورك.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "مئير كاهانا",
        "Meir Kahane",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(e.fatalities, Some(1), "{e:#?}");
    // Only tried or sought: no death.
    let t = "وقال إن وحدته نفذت محاولات لاغتيال ياسر عرفات.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "ياسر عرفات",
        "Yasser Arafat",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert!(evs.iter().all(|e| e.fatalities.is_none()), "{evs:#?}");
}

#[test]
fn each_side_of_clashes_between_two_parties_is_also_a_target() {
    // Raw-corpus round 19 diagnostics: «اشتباكات دامية بين قوات الحزام الأمني والقوات الحكومية»
    // had both sides as actors and no target at all, so the side that was fought was lost.
    let t = "وشهدت عدن اشتباكات دامية بين قوات الحزام الأمني والقوات الحكومية.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "ASSAULT");
    assert_eq!(e.actors.len(), 2, "{e:#?}");
    assert_eq!(texts(&e.targets), texts(&e.actors), "{e:#?}");
}

#[test]
fn a_war_whose_trigger_holds_bain_keeps_both_sides() {
    // «حربا بين» is one trigger, so the بين phrase after its last word was never read: only
    // the nearest side was an actor and neither was a target.
    let t = "ويشهد اليمن منذ 2014 حربا بين الحوثيين والقوات الموالية لهادي.";
    let es = [ent(t, "E1", EntityType::Org, "الحوثيين", "Houthis", None)];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = only(&evs, "ASSAULT");
    assert_eq!(e.actors.len(), 2, "{e:#?}");
    assert_eq!(e.targets.len(), 2, "{e:#?}");
}

#[test]
fn the_ends_of_a_border_or_a_road_are_no_parties() {
    // «الاحتجاجات على الحدود بين قطاع غزة وإسرائيل»: Gaza and Israel had been the protest's
    // actors, then its targets; «فجرت الطريق بين تعز وعدن» made both cities targets.
    let t = "منذ بدء الاحتجاجات على الحدود بين قطاع غزة وإسرائيل.";
    let es = [
        gpe(t, "E1", "قطاع غزة", "Gaza Strip", (31.4, 34.4)),
        gpe(t, "E2", "إسرائيل", "Israel", (31.5, 34.8)),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = only(&evs, "PROTEST");
    assert!(
        e.actors.iter().all(|a| a.implied) && e.targets.is_empty(),
        "{e:#?}"
    );
}

#[test]
fn the_one_released_is_whom_the_pronoun_on_an_or_saraah_points_to() {
    // Gold rounds 13 and 19: «لكن أُفرج عنه لاحقا» had the man released as its doer, and
    // «إطلاق سراحه» had no one released; the pronoun sits on the phrase word or on عن.
    let t = "وفي عام 2012، حكم على قوش بالسجن، لكن أُفرج عنه لاحقا بموجب عفو رئاسي.";
    let es = [ent(t, "E1", EntityType::Per, "قوش", "Salah Gosh", None)];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = only(&evs, "CONCEDE");
    assert_eq!(texts(&e.targets), ["قوش"], "{e:#?}");
    assert!(e.actors.is_empty(), "{e:#?}");
    let t = "وأعادت السلطات الجزولي إلى السجن، وذلك بعد 4 أيام من إطلاق سراحه.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "الجزولي",
        "Mohamed al-Jazouli",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = only(&evs, "CONCEDE");
    assert_eq!(texts(&e.targets), ["الجزولي"], "{e:#?}");
}

#[test]
fn an_imperfect_with_its_plural_ending_has_its_subject_in_it() {
    // Gold round 17: «ويتهمون الحكومة بالتقاعس» had the government accusing; the verb carries
    // its plural subject, so the noun after it is the object (as «وأحرقوا مقرا» already was).
    let t = "ويتهمون الحكومة بالتقاعس عن ملاحقته.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "ACCUSE");
    assert!(e.actors.is_empty(), "{e:#?}");
    assert_eq!(texts(&e.targets), ["الحكومة"], "{e:#?}");
}

#[test]
fn a_country_glued_to_lam_after_a_visit_is_where_it_goes() {
    // Raw-corpus round 19: «فالون صرح أثناء زيارة للعراق» made Iraq the visitor.
    let t = "لكن فالون صرح أثناء زيارة للعراق، أن الطائرات لديها قدرات.";
    let es = [gpe(t, "E1", "العراق", "Iraq", (33.0, 44.0))];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = only(&evs, "CONSULT");
    assert!(e.actors.is_empty(), "{e:#?}");
    assert_eq!(names(&e.targets), ["Iraq"], "{e:#?}");
}

#[test]
fn casualties_said_not_to_have_happened_are_a_zero_not_an_event() {
    // Raw-corpus round 19: «… في بغداد، دون وقوع إصابات» had no injury figure, and «ولم ينتج
    // عن اعتراض الصاروخين أية إصابات» was an attack of its own.
    let t = "أطلقت ثلاث قذائف هاون تجاه المنطقة الخضراء في بغداد، دون وقوع إصابات.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "ASSAULT");
    assert_eq!(e.injuries, Some(0), "{e:#?}");
    let t = "وقال إن الصاروخين اعترضا، ولم ينتج عن اعتراض الصاروخين أية إصابات.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(
        evs.iter().all(|e| !e.trigger.text.contains("إصابات")),
        "{evs:#?}"
    );
    let t = "وانفجرت عبوة في السوق دون أن تسفر عن سقوط ضحايا.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "ASSAULT");
    assert_eq!((e.fatalities, e.injuries), (Some(0), Some(0)), "{e:#?}");
}

#[test]
fn a_summit_that_opens_a_named_event_is_that_meeting() {
    // Gold rounds 13 and 14: «حيث تنعقد القمة العربية الـ29» was no meeting, as its trigger
    // lay inside the name «القمة العربية»; a definite summit also needed a support verb.
    let t = "وتنعقد القمة العربية في مدينة الظهران.";
    let es = [ent(
        t,
        "E1",
        EntityType::Misc,
        "القمة العربية",
        "Arab Summit",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    only(&evs, "CONSULT");
    // Inside another kind of name a trigger word stays no event («جيش الإسلام»).
    let t = "وقال جيش الإسلام إن المعارك مستمرة.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "جيش الإسلام",
        "Jaysh al-Islam",
        None,
    )];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    assert!(
        evs.iter().all(|e| !e.trigger.text.contains("جيش")),
        "{evs:#?}"
    );
}

#[test]
fn the_subject_of_aqdama_or_qama_does_the_act_after_it() {
    // Raw-corpus round 19: «أقدم قناص حوثي على قتل طفل»-like sentences had no doer, as a
    // killing took no support verb's subject and gunmen or snipers count as victims.
    let t = "وقام مسلحون بقتل ثلاثة أشخاص.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "ASSAULT");
    assert_eq!(texts(&e.actors), ["مسلحون"], "{e:#?}");
    let t = "وأقدم مسلحون على اختطاف الصحفي.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "COERCE");
    assert_eq!(texts(&e.actors), ["مسلحون"], "{e:#?}");
}

#[test]
fn an_act_told_with_no_place_happened_in_the_place_the_article_is_about() {
    // Gold rounds g10–g19: 72 matched acts whose gold has a place had none, and the article's
    // most often named country or city was mostly right for them. The place is marked inferred.
    let t = "وصل المبعوث إلى اليمن أمس. وقال إن اليمن يحتاج إلى السلام. ودعا الأطراف إلى الحوار.";
    let es = [gpe(t, "E1", "اليمن", "Yemen", (15.5, 47.5))];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = only(&evs, "REQUEST");
    assert_eq!(
        e.location.as_ref().and_then(|l| l.name_en.as_deref()),
        Some("Yemen"),
        "{e:#?}"
    );
    assert!(e.location_inferred, "{e:#?}");
    // A place named once is no focus.
    let t = "وصل المبعوث إلى اليمن أمس. ودعا الأطراف إلى الحوار.";
    let es = [gpe(t, "E1", "اليمن", "Yemen", (15.5, 47.5))];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = only(&evs, "REQUEST");
    assert!(e.location.is_none(), "{e:#?}");
}

#[test]
fn a_protest_that_names_no_one_was_made_by_implied_protesters() {
    // Gold rounds g10–g19: «وعمت المظاهرات بعض مدن الجنوب», «واندلعت احتجاجات متفرقة في
    // الخرطوم» had no actor; ACLED codes such a protest's actor as protesters.
    let t = "واندلعت احتجاجات متفرقة في الخرطوم.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "PROTEST");
    assert_eq!(names(&e.actors), ["protesters"], "{e:#?}");
    assert!(e.actors[0].implied, "{e:#?}");
    // Named protesters are told, not implied.
    let t = "وتظاهر المحتجون في الخرطوم.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "PROTEST");
    assert!(e.actors.iter().all(|a| !a.implied), "{e:#?}");
}

#[test]
fn forces_of_a_person_are_that_persons_side_not_a_target() {
    // Raw-corpus round 19 diagnostics: in «طردتهم قوات المشير حفتر» and «قوات حفتر» the actor
    // was the bare «قوات» and Haftar himself became the target.
    let t = "وهاجمت قوات المشير خليفة حفتر ميناء السدرة. وقصفت قوات صالح مدينة تعز.";
    let es = [
        ent(
            t,
            "E1",
            EntityType::Per,
            "خليفة حفتر",
            "Khalifa Haftar",
            None,
        ),
        ent(t, "E2", EntityType::Per, "صالح", "Ali Abdullah Saleh", None),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let v: Vec<&Event> = evs.iter().filter(|e| e.kind == "ASSAULT").collect();
    assert_eq!(v.len(), 2, "{evs:#?}");
    assert_eq!(v[0].actors[0].text, "قوات المشير خليفة حفتر", "{:#?}", v[0]);
    assert_eq!(v[0].actors[0].entity.as_deref(), Some("E1"));
    assert!(v[0]
        .targets
        .iter()
        .all(|p| p.entity.as_deref() != Some("E1")));
    assert_eq!(v[1].actors[0].text, "قوات صالح", "{:#?}", v[1]);
    assert!(v[1]
        .targets
        .iter()
        .all(|p| p.entity.as_deref() != Some("E2")));
}

#[test]
fn the_thing_an_attack_struck_is_its_target_when_no_party_is() {
    // Gold rounds 10–19: «شنوا هجمات انتحارية ضد مواقع أمنية» and «غارة جوية على المواقع
    // الحوثية» had no target at all, since only names and known heads could be parties.
    let t = "وشنوا هجمات انتحارية ضد مواقع أمنية في عدن. ونفذت القوات 18 غارة جوية على المواقع الحوثية.";
    let evs = rasd_events::events(t, &[], &[], &[qty(t, "18", 18.0)], None);
    let v: Vec<&Event> = evs.iter().filter(|e| e.kind == "ASSAULT").collect();
    assert_eq!(v.len(), 2, "{evs:#?}");
    assert_eq!(texts(&v[0].targets), ["مواقع أمنية"], "{:#?}", v[0]);
    assert_eq!(texts(&v[1].targets), ["المواقع الحوثية"], "{:#?}", v[1]);
}

#[test]
fn adjectives_weapons_and_subjects_are_no_struck_thing() {
    // What the struck-object rule must not take: an event noun's adjective (حرب أهلية), the
    // weapon used (استخدام أسلحة كيماوية), and the unrecognised subject after a verb (وشن
    // التنظيم …).
    let t = "واندلعت حرب أهلية في جنوب السودان. وتحدثت تقارير عن استخدام أسلحة كيماوية. وشن التنظيم المتطرف هجوما.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(!evs.is_empty());
    for e in &evs {
        assert!(e.targets.is_empty(), "{e:#?}");
    }
}

#[test]
fn a_threatening_participle_with_its_measure_is_a_threat() {
    // Gold rounds 15 and 19: «مهددا بفرض رسوم جمركية», «متوعداً بإجراءات» and «مهددين بتحويل
    // المنطقة» were no event, as only the finite verbs هدد/توعد were triggers.
    for t in [
        "وانتقد الرئيس القمة، مهددا بفرض رسوم جمركية على دول المجموعة.",
        "وأعلن الرئيس وقف الاتصالات، متوعداً بإجراءات ضد الحركة.",
    ] {
        let evs = rasd_events::events(t, &[], &[], &[], None);
        only(&evs, "THREATEN");
    }
    // «مهددة بالتشرد» is threatened, not threatening: no measure follows.
    let t = "وباتت آلاف الأسر مهددة بالتشرد بعد الفيضانات.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "THREATEN"), "{evs:#?}");
}

#[test]
fn culling_poultry_is_no_killing() {
    // Raw-corpus round 20: a bird-flu article («إعدام الدواجن», «بذبح الدفعة الأخيرة من
    // الطيور») gave five ASSAULT events.
    let t = "وتساعد القوات في إعدام الدواجن. وأعلنت الوزارة أنه بذبح الدفعة الأخيرة من الطيور يرتفع العدد.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "ASSAULT"), "{evs:#?}");
    let t = "وأعدم التنظيم ثلاثة رهائن.";
    only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
}

#[test]
fn triggers_missed_in_raw_corpus_round_20() {
    // Raw-corpus round 20: each of these clauses was an event in the gold and none in rasd.
    let cases = [
        ("ويحاول المقاتلون دحر جماعة الحوثي.", "ASSAULT"),
        ("أعلنت السلطات، أمس، عن تفكيك خلية إرهابية.", "COERCE"),
        ("وقالت الوزارة إنها أحالت القضية للنيابة العامة.", "COERCE"),
        ("وأكدت مصادر أن الحوثيين سلموهم 30 أسيرا.", "CONCEDE"),
        ("وقال إن خبراء يقدمون الدعم اللوجيستي للميليشيات.", "AID"),
        ("وقال الأمير إن بلاده تقف إلى جانب تركيا.", "SUPPORT"),
        ("وتناولت مكالمة هاتفية بين الرئيسين ثلاثة ملفات.", "CONSULT"),
    ];
    for (t, kind) in cases {
        let evs = rasd_events::events(t, &[], &[], &[], None);
        assert!(evs.iter().any(|e| e.kind == kind), "{t}: {evs:#?}");
    }
}

#[test]
fn an_adjective_the_glossary_lacks_stays_in_the_party() {
    // Gold rounds 10 and 17: «وشن المسلحون الجهاديون هجمات» gave the actor «المسلحون» and
    // «تلتقي الأطراف المتنافسة الليبية» the actor «الأطراف», which the gold's surfaces miss.
    let t = "وشن المسلحون الجهاديون هجمات على الثكنة.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    assert_eq!(texts(&e.actors), ["المسلحون الجهاديون"], "{e:#?}");
    // A complement after the word (الموالية للحكومة) is still the genitive rules', and a head
    // with another ending is another party («ودعت المنظمة المسؤولين»).
    let t = "وهاجمت القوات الموالية للحكومة الثكنة.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    assert_eq!(texts(&e.actors), ["القوات الموالية للحكومة"], "{e:#?}");
}

#[test]
fn one_plural_naming_both_sides_meets_or_agrees_with_itself() {
    // Gold round 10: «تلتقي الأطراف المتنافسة الليبية» had no target, as only two named
    // parties made a reciprocal act's targets; and an agreement's targets were always dropped
    // when they were its actors.
    let t = "وتلتقي الأطراف المتنافسة الليبية في باريس. واتفق الطرفان على وقف إطلاق النار.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "CONSULT");
    assert_eq!(texts(&e.targets), texts(&e.actors), "{e:#?}");
    let e = only(&evs, "AGREE");
    assert_eq!(texts(&e.targets), ["الطرفان"], "{e:#?}");
}

#[test]
fn a_doer_after_barasas_past_the_clause_is_the_killers() {
    // Raw-corpus round 19: «لقي 110 فلسطينيين مصرعهم وأصيب نحو 12 ألفا آخرين، برصاص الجيش
    // الإسرائيلي» had no doer, the agent phrase standing past the clause's comma.
    let t =
        "ومنذ ذلك الحين، لقي 110 فلسطينيين مصرعهم وأصيب نحو 12 ألفا آخرين، برصاص الجيش الإسرائيلي.";
    let evs = rasd_events::events(t, &[], &[], &[qty(t, "110", 110.0)], None);
    let e = only(&evs, "ASSAULT");
    assert_eq!(texts(&e.actors), ["الجيش الإسرائيلي"], "{e:#?}");
}

#[test]
fn an_envoy_called_mawfid_is_a_party() {
    // Gold round 10: «وكان الموفد الأممي قد زار صنعاء» had no visitor, موفد not being a head.
    let t = "وكان الموفد الأممي قد زار صنعاء في يونيو الماضي.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "CONSULT");
    assert_eq!(texts(&e.actors), ["الموفد الأممي"], "{e:#?}");
}

#[test]
fn a_wars_toll_counts_across_the_country_not_in_the_last_city() {
    // Gold rounds 11, 12, 19, 20: «وأدى النزاع … إلى مقتل نحو عشرة آلاف شخص» took Sanaa from
    // the paragraph before, where the gold has Yemen; one attack's toll keeps its town.
    let t = "وقصفت الطائرات صنعاء أمس. وأدى النزاع إلى مقتل نحو 10000 شخص. ويعيش اليمن أزمة.";
    let mut sanaa = gpe(t, "E1", "صنعاء", "Sanaa", (15.35, 44.2));
    sanaa.country = Some("YE".into());
    let mut yemen = gpe(t, "E2", "اليمن", "Yemen", (15.0, 48.0));
    yemen.country = Some("YE".into());
    let es = [sanaa, yemen];
    let evs = rasd_events::events(t, &es, &[], &[qty(t, "10000", 10000.0)], None);
    let toll = evs
        .iter()
        .find(|e| e.fatalities == Some(10000))
        .unwrap_or_else(|| panic!("{evs:#?}"));
    let l = toll.location.as_ref().expect("a place");
    assert_eq!(l.name_en.as_deref(), Some("Yemen"), "{toll:#?}");
    let t2 = t.replace("النزاع", "الهجوم");
    let evs = rasd_events::events(&t2, &es, &[], &[qty(&t2, "10000", 10000.0)], None);
    let toll = evs
        .iter()
        .find(|e| e.fatalities == Some(10000))
        .expect("toll");
    assert_eq!(
        toll.location.as_ref().and_then(|l| l.name_en.as_deref()),
        Some("Sanaa")
    );
}

#[test]
fn campaigns_fierce_fighting_and_liberating_a_district_are_acts() {
    // Gold rounds 11–20: «حملة القصف التي يشنها التحالف», «احتدام القتال», «تحتدم المعارك»
    // and «تحرير مركز مديرية كتاف» were no event; «حملة أمنية» was a battle, not arrests.
    let cases = [
        ("وتستمر حملة القصف التي يشنها التحالف.", "ASSAULT"),
        (
            "بعد احتدام القتال في بيت سوا بين القوات والفصائل.",
            "ASSAULT",
        ),
        ("بينما تحتدم المعارك بين المقاومة والحوثيين.", "ASSAULT"),
        ("وتتقدم القوات نحو تحرير مركز مديرية كتاف.", "ASSAULT"),
        ("وبدأت الكويت حملة أمنية على المتطرفين.", "COERCE"),
    ];
    for (t, kind) in cases {
        let evs = rasd_events::events(t, &[], &[], &[], None);
        assert!(evs.iter().any(|e| e.kind == kind), "{t}: {evs:#?}");
    }
    let t = "وبدأت الكويت حملة أمنية على المتطرفين.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "ASSAULT"), "{evs:#?}");
}

#[test]
fn we_in_a_quote_are_its_speaker() {
    // Gold rounds 13 and 16: «نطالب المجتمع الدولي بالتحرك» and «نرفض التمييز» in a leader's
    // words had no doer; the quote's speaker is «we».
    let t = "وقال عباس إن الجريمة بشعة. وتابع: \"ونطالب المجتمع الدولي بالتحرك فورا\".";
    let es = [ent(t, "E1", EntityType::Per, "عباس", "Mahmoud Abbas", None)];
    let q = quote(t, "ونطالب المجتمع الدولي بالتحرك فورا", "E1", "عباس");
    let evs = rasd_events::events_with_quotes(t, &es, &[], &[], &[q], None);
    let e = only(&evs, "REQUEST");
    assert_eq!(e.actors[0].entity.as_deref(), Some("E1"), "{e:#?}");
    // Without the quote layer nobody is said to demand it.
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = only(&evs, "REQUEST");
    assert!(e.actors.iter().all(|a| a.entity.is_none()), "{e:#?}");
}

#[test]
fn a_demonstrative_before_the_phrase_word_is_not_the_acts() {
    // Gold rounds 10 and 13: «من تفريق تلك الاحتجاجات» and «منذ استعادة هذه القوات خمس
    // محافظات» were no event: the demonstrative after the trigger was read as «هذه الهجمات».
    let t = "وتمكنت قوات الشرطة من تفريق تلك الاحتجاجات سريعا.";
    only(&rasd_events::events(t, &[], &[], &[], None), "COERCE");
    // A demonstrative that does point back still makes no new act.
    let t = "وقال إن الهجمات هذه لن تمر.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "ASSAULT"), "{evs:#?}");
}

#[test]
fn an_attack_only_answered_in_a_warning_is_a_threat() {
    // Gold rounds 17 and 19: «إنه سيرد على أي ضربة تشنها الولايات المتحدة» and «سترد على أي
    // هجوم» were hypothetical attacks, where the gold has the warning, a THREATEN.
    let t = "وقال الجيش الروسي إنه سيرد على أي ضربة تشنها الولايات المتحدة على سوريا.";
    let es = [
        ent(
            t,
            "E1",
            EntityType::Org,
            "الجيش الروسي",
            "Russian army",
            None,
        ),
        ent(
            t,
            "E2",
            EntityType::Gpe,
            "الولايات المتحدة",
            "United States",
            None,
        ),
    ];
    let content = "إنه سيرد على أي ضربة تشنها الولايات المتحدة على سوريا";
    let q = quote(t, content, "E1", "الجيش الروسي");
    let evs = rasd_events::events_with_quotes(t, &es, &[], &[], &[q], None);
    let e = only(&evs, "THREATEN");
    assert_eq!(e.actors[0].entity.as_deref(), Some("E1"), "{e:#?}");
    assert_eq!(e.targets[0].entity.as_deref(), Some("E2"), "{e:#?}");
    assert!(evs.iter().all(|e| e.kind != "ASSAULT"), "{evs:#?}");
    // A reply to an attack that happened is no threat.
    let t = "وشن الجيش هجوما على المدينة للرد على الهجوم.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert!(evs.iter().all(|e| e.kind != "THREATEN"), "{evs:#?}");
}

#[test]
fn the_party_after_shannahu_is_the_doer_not_a_victim() {
    // Raw-corpus round 20: «قتل شخصان … في هجوم شنه مسلحون» made the gunmen a target, the
    // casualty word reading them as victims.
    let t = "قتل شخصان على الأقل وجرح عدد آخر في هجوم شنه مسلحون على مقر المؤسسة في طرابلس.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    let e = only(&evs, "ASSAULT");
    assert_eq!(texts(&e.actors), ["مسلحون"], "{e:#?}");
    assert!(!texts(&e.targets).contains(&"مسلحون".to_string()), "{e:#?}");
}

/// A count of `surface` whose counted noun is `unit`.
fn counted(text: &str, surface: &str, value: f64, unit: &str) -> Quantity {
    let mut q = qty(text, surface, value);
    q.unit = Some(unit.into());
    q
}

#[test]
fn qada_with_a_count_of_people_is_a_death() {
    // Raw-corpus search: «قضى 20 شخصا» (20 people died) made no event; «قضى 20 عاما» (spent
    // 20 years) must stay none.
    let t = "وقضى 20 شخصا في الهجوم على السوق.";
    let qs = [counted(t, "20 شخصا", 20.0, "شخص")];
    let e = only(&rasd_events::events(t, &[], &[], &qs, None), "ASSAULT");
    assert_eq!(e.fatalities, Some(20), "{e:#?}");
    assert_eq!(texts(&e.targets), ["شخصا"], "{e:#?}");
    assert!(e.actors.is_empty(), "{e:#?}");
    // The count before it: «إن 22 مدنيا على الأقل قضوا».
    let t = "وقال مسؤول إن 22 مدنيا على الأقل قضوا بالقصف.";
    let qs = [counted(t, "22 مدنيا على الأقل", 22.0, "مدني")];
    let e = only(&rasd_events::events(t, &[], &[], &qs, None), "ASSAULT");
    assert_eq!(e.fatalities, Some(22), "{e:#?}");
    for (t, q) in [
        ("قضى 20 عاما في السجن.", Some(("20 عاما", "عام"))),
        ("وقضى ثلاثة أشهر في المعهد.", Some(("ثلاثة أشهر", "شهر"))),
        ("قضي الأمر.", None),
    ] {
        let qs: Vec<Quantity> = q.map(|(s, u)| counted(t, s, 3.0, u)).into_iter().collect();
        let evs = rasd_events::events(t, &[], &[], &qs, None);
        assert!(evs.is_empty(), "{t}: {evs:#?}");
    }
    // «قضوا نحبهم» needs no count.
    let t = "وذكر شهود أن القتلى قضوا نحبهم في انفجار وقع داخل منزل.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert_eq!(evs.len(), 1, "{evs:#?}");
}

#[test]
fn a_toll_after_a_fronted_attack_is_that_attacks() {
    // Raw-corpus round 19: «وفي غارة …، في الملاحيظ بمحافظة صعدة، قضى 27 حوثيا» made the
    // deaths an act of their own, beside the strike.
    let t = "وفي 17 من يوليو وفي غارة مركزة للتحالف، في الملاحيظ بمحافظة صعدة، قتل 27 حوثيا.";
    let ts = [time(t, "17 من يوليو", "2018-07-17")];
    let qs = [counted(t, "27 حوثيا", 27.0, "حوثي")];
    let evs = rasd_events::events(t, &[], &ts, &qs, None);
    let e = only(&evs, "ASSAULT");
    assert_eq!(e.fatalities, Some(27), "{e:#?}");
}

#[test]
fn a_title_over_a_place_or_body_with_its_holder_named_is_the_holder() {
    // Raw-corpus round 20 (antms1-1569): «واتهم وكيل محافظة إب (وسط اليمن)، محمد الدعام،
    // الأحد، الميليشيا» lost its accuser once إب was a place: the bracketed aside stopped the
    // search for the holder. «محافظ عدن، محمد الدعام،» stood for Aden, and «رئيس حزب الله حسن
    // نصر الله» for the party with the person as the accused.
    let cases = [
        (
            "واتهم وكيل محافظة إب (وسط اليمن)، محمد الدعام، الأحد، الميليشيا الانقلابية بتجنيد الأطفال.",
            "إب",
            EntityType::Gpe,
        ),
        (
            "واتهم محافظ عدن، محمد الدعام، الميليشيا الانقلابية بتجنيد الأطفال.",
            "عدن",
            EntityType::Gpe,
        ),
        (
            "واتهم رئيس حزب الله محمد الدعام الميليشيا الانقلابية بتجنيد الأطفال.",
            "حزب الله",
            EntityType::Org,
        ),
    ];
    for (t, body, kind) in cases {
        let es = [
            ent(t, "E1", kind, body, "Body", Some((13.9, 44.1))),
            ent(
                t,
                "E2",
                EntityType::Per,
                "محمد الدعام",
                "Mohammed al-Daam",
                None,
            ),
        ];
        let e = only(&rasd_events::events(t, &es, &[], &[], None), "ACCUSE");
        assert_eq!(e.actors.len(), 1, "{t}: {e:#?}");
        assert_eq!(e.actors[0].entity.as_deref(), Some("E2"), "{t}: {e:#?}");
        assert_eq!(texts(&e.targets), ["الميليشيا الانقلابية"], "{t}: {e:#?}");
    }
}

#[test]
fn destruction_after_a_consequence_cue_is_the_attacks_and_a_since_year_dates_nothing() {
    // Raw-corpus round 21: «غارات …، ما أدى الى تدمير ثلاث مركبات» made the destruction an
    // attack of its own; «اندلعت مواجهة … منذ العام 2014، قتل خلالها فلسطينيان» dated the
    // deaths 2014 and made the two Palestinians the killers.
    let t =
        "ونفذت مقاتلات التحالف سلسلة غارات استهدفت تجمعات المتمردين، ما أدى الى تدمير ثلاث مركبات.";
    let evs = rasd_events::events(t, &[], &[], &[], None);
    assert_eq!(evs.len(), 1, "{evs:#?}");
    let t = "والأسبوع الماضي، اندلعت أعنف مواجهة في قطاع غزة منذ العام 2014، قتل خلالها فلسطينيان.";
    let es = [ent(
        t,
        "E1",
        EntityType::Norp,
        "فلسطينيان",
        "Palestinians",
        None,
    )];
    let ts = [
        time(t, "الأسبوع الماضي", "2018-W28"),
        time(t, "العام 2014", "2014"),
    ];
    let evs = rasd_events::events(t, &es, &ts, &[], None);
    let e = evs
        .iter()
        .find(|e| e.trigger.text == "قتل")
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(e.date.as_deref(), Some("2018-W28"), "{e:#?}");
    assert!(e.actors.is_empty(), "{e:#?}");
    assert_eq!(e.targets[0].entity.as_deref(), Some("E1"), "{e:#?}");
}

#[test]
fn a_leaders_death_and_one_of_his_soldiers_count_one() {
    // Raw-corpus round 21: «مقتل القيادي الحوثي البارز صالح الصماد» had no target (قيادي was
    // no title) and «مقتل أحد جنوده» no count.
    let t = "أعلن التحالف مقتل القيادي الحوثي البارز صالح الصماد في غارة.";
    let es = [ent(
        t,
        "E1",
        EntityType::Per,
        "صالح الصماد",
        "Saleh al-Sammad",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(e.targets[0].entity.as_deref(), Some("E1"), "{e:#?}");
    assert_eq!(e.fatalities, Some(1), "{e:#?}");
    let t = "وأعلن الجيش في بيان مقتل أحد جنوده في إطلاق نار.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    assert_eq!(e.fatalities, Some(1), "{e:#?}");
}

#[test]
fn the_party_between_an_attack_verb_and_its_phrase_word_is_the_doer() {
    // Raw-corpus round 21: «عادت مالالا يوسفزاي … منذ أن أطلق مسلحو طالبان النار عليها» made
    // Malala the shooter: مسلحو (construct) was no head and the SVO reading took her.
    let t = "عادت الناشطة مالالا يوسفزاي إلى باكستان منذ أن أطلق مسلحو طالبان النار عليها.";
    let es = [
        ent(
            t,
            "E1",
            EntityType::Per,
            "مالالا يوسفزاي",
            "Malala Yousafzai",
            None,
        ),
        ent(t, "E2", EntityType::Org, "طالبان", "Taliban", None),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(texts(&e.actors), ["مسلحو طالبان"], "{e:#?}");
    // The blamed party between حمّل and المسؤولية stays the target.
    let t = "وقال الوزير إن الولايات المتحدة ستحمل إيران المسؤولية عن أي هجوم.";
    let es = [
        ent(
            t,
            "E1",
            EntityType::Gpe,
            "الولايات المتحدة",
            "United States",
            None,
        ),
        ent(t, "E2", EntityType::Gpe, "إيران", "Iran", None),
    ];
    let evs = rasd_events::events(t, &es, &[], &[], None);
    let e = only(&evs, "ACCUSE");
    assert_eq!(e.targets[0].entity.as_deref(), Some("E2"), "{e:#?}");
}

#[test]
fn members_of_a_body_named_with_its_descriptor_are_its_members() {
    // Raw-corpus round 21: «قتل 12 عنصراً من ميليشيات الحوثي» and «مقتل قيادي ميداني بارز في
    // ميليشيات الحوثي» struck bare members, the Houthis unnamed (the entity starts at الحوثي,
    // after its descriptor); «قتلى في صفوف عناصر الميليشيا الحوثية» struck none.
    for (t, want) in [
        (
            "كما قتل 12 عنصراً من ميليشيات الحوثي في منطقة فضحة.",
            "عنصراً من ميليشيات الحوثي",
        ),
        (
            "وأعلن الجيش مقتل قيادي ميداني بارز في ميليشيات الحوثي ومعه آخرون.",
            "قيادي ميداني بارز في ميليشيات الحوثي",
        ),
    ] {
        let es = [ent(t, "E1", EntityType::Org, "الحوثي", "Houthis", None)];
        let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
        assert_eq!(texts(&e.targets), [want], "{t}: {e:#?}");
        assert_eq!(e.targets[0].entity.as_deref(), Some("E1"), "{t}: {e:#?}");
    }
    let t = "وأكدت المقاومة سقوط قتلى وجرحى في صفوف عناصر الميليشيا الحوثية.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    assert_eq!(texts(&e.targets), ["عناصر الميليشيا الحوثية"], "{e:#?}");
    // A meeting held in a command is no genitive of it.
    let t = "وقال العبادي خلال اجتماع في قيادة العمليات المشتركة إن القوات ستقتص.";
    let es = [
        ent(t, "E1", EntityType::Per, "العبادي", "Haider al-Abadi", None),
        ent(
            t,
            "E2",
            EntityType::Org,
            "قيادة العمليات المشتركة",
            "Joint Operations Command",
            None,
        ),
    ];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "CONSULT");
    assert!(
        e.actors.iter().all(|a| a.entity.as_deref() != Some("E2")),
        "{e:#?}"
    );
}

#[test]
fn capture_in_battle_is_coercion_but_families_are_not() {
    // Raw-corpus round 21: «أسر» (captured) made no event, and «وأسر آخرون» was read as a
    // party, «families».
    let t = "وتمكنت القوات من أسر عدد من المسلحين الحوثيين.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "COERCE");
    assert_eq!(texts(&e.targets), ["المسلحين الحوثيين"], "{e:#?}");
    assert!(e.actors.is_empty(), "{e:#?}");
    let t = "قتل 12 مسلحا في الهجوم، فيما أسر أربعة آخرون.";
    let qs = [counted(t, "12 مسلحا", 12.0, "مسلح")];
    let evs = rasd_events::events(t, &[], &[], &qs, None);
    assert!(evs.iter().any(|e| e.kind == "COERCE"), "{evs:#?}");
    for t in [
        "وزار الوزير أسر الشهداء وقدم لهم التعازي.",
        "وقدمت الجمعية مساعدات لأسر فقيرة.",
    ] {
        let evs = rasd_events::events(t, &[], &[], &[], None);
        assert!(evs.iter().all(|e| e.kind != "COERCE"), "{t}: {evs:#?}");
    }
}

#[test]
fn aviation_putschists_and_the_doer_of_battles_are_parties() {
    // Raw-corpus round 21: «استهدف طيران التحالف آليات» had no doer, «25 انقلابياً قتلوا إثر
    // معارك عنيفة خاضها الجيش» made the army the victim, and bare طيران in a compound must stay
    // no party (مضاد طيران).
    let t = "كما استهدف طيران التحالف آليات متحركة للمسلحين.";
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "التحالف",
        "Saudi-led coalition",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &[], None), "ASSAULT");
    assert_eq!(e.actors[0].entity.as_deref(), Some("E1"), "{e:#?}");
    let t = "وأضاف أن 25 انقلابياً قتلوا إثر معارك عنيفة خاضها الجيش في مناطق متفرقة.";
    let qs = [counted(t, "25 انقلابياً", 25.0, "انقلابي")];
    let e = only(&rasd_events::events(t, &[], &[], &qs, None), "ASSAULT");
    assert_eq!(texts(&e.actors), ["الجيش"], "{e:#?}");
    assert_eq!(texts(&e.targets), ["انقلابياً"], "{e:#?}");
    let t = "كما دمرت غارة طقما عسكريا على متنه مضاد طيران عيار 23.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    assert!(e.actors.iter().all(|a| !a.text.contains("طيران")), "{e:#?}");
}

#[test]
fn accusative_militants_are_victims_not_the_raid_they_died_in() {
    // Raw-corpus round 21 follow-up: «وقتل 58 متشددا في غارات للتحالف الدولي» made the
    // coalition the victim; متشددا (accusative) was no head.
    let t = "وقتل 58 متشددا في غارات للتحالف الدولي.";
    let qs = [counted(t, "58 متشددا", 58.0, "متشدد")];
    let es = [ent(
        t,
        "E1",
        EntityType::Org,
        "للتحالف الدولي",
        "International coalition",
        None,
    )];
    let e = only(&rasd_events::events(t, &es, &[], &qs, None), "ASSAULT");
    assert_eq!(texts(&e.targets), ["متشددا"], "{e:#?}");
    assert_eq!(texts(&e.actors), ["للتحالف الدولي"], "{e:#?}");
}

#[test]
fn after_a_support_verb_the_genitive_of_an_attack_is_its_object() {
    // Regression (review of the change): once مسلحي was a head, «تقوم المقاتلات التركية
    // والأميركية بقصف مسلحي التنظيم» made the gunmen the doers of the shelling.
    let t = "وبحيث تقوم المقاتلات التركية والأميركية بقصف مسلحي التنظيم انطلاقا من قواعد عسكرية.";
    let e = only(&rasd_events::events(t, &[], &[], &[], None), "ASSAULT");
    assert_eq!(texts(&e.targets), ["مسلحي التنظيم"], "{e:#?}");
    assert!(e.actors.iter().all(|a| a.text != "مسلحي التنظيم"), "{e:#?}");
}
