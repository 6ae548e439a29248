//! Checks that the hand-written world-knowledge names (`rasd-entities/data/world_names.tsv`,
//! which owns them for their English names and checks their form) are built into this crate's
//! `data/names.tsv` (`tools/build_names.py`), through the embedded gazetteer.

use rasd_ner::lexicon::Gazetteer;

const WORLD_TSV: &str = include_str!("../../rasd-entities/data/world_names.tsv");

/// Titles the build strips from the front of a name (kept in sync with build_names.py).
const TITLES: [&str; 21] = [
    "الملك",
    "الملكة",
    "الأمير",
    "الأميرة",
    "البابا",
    "الشيخ",
    "الشيخة",
    "السلطان",
    "الرئيس",
    "الإمام",
    "البطريرك",
    "السيدة",
    "الملا",
    "العقيد",
    "المشير",
    "الجنرال",
    "السير",
    "المهاتما",
    "آية",
    "الله",
    "سمو",
];

/// (line number, spellings, class, English) of each data row.
fn rows() -> Vec<(usize, Vec<&'static str>, &'static str, &'static str)> {
    WORLD_TSV
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "world_names.tsv:{}: want 3 columns", n + 1);
            (n + 1, cols[0].split('|').collect(), cols[1], cols[2])
        })
        .collect()
}

#[test]
fn names_tsv_is_built_from_world_names() {
    let g = rasd_ner::embedded_gazetteer().expect("embedded gazetteer loads");
    for (line, spellings, _, _) in rows() {
        for s in spellings {
            if TITLES.iter().any(|t| s.starts_with(&format!("{t} "))) {
                continue;
            }
            let key = Gazetteer::key(s.split_whitespace());
            assert!(
                g.get(&key).is_some(),
                "world_names.tsv:{line}: {s} missing from names.tsv; rerun tools/build_names.py"
            );
        }
    }
}

#[test]
fn world_classes_fold_into_gazetteer_classes() {
    let g = rasd_ner::embedded_gazetteer().expect("embedded gazetteer loads");
    let class = |name: &str| {
        g.get(&Gazetteer::key(name.split_whitespace()))
            .and_then(|id| g.class_name(id))
            .map(str::to_string)
    };
    assert_eq!(class("فولكسفاغن").as_deref(), Some("ORGNAME"));
    assert_eq!(class("فولكس فاجن").as_deref(), Some("ORGNAME"));
    assert_eq!(class("ريال مدريد").as_deref(), Some("ORGNAME"));
    assert_eq!(class("وكالة الأناضول").as_deref(), Some("ORGNAME"));
    assert_eq!(class("كأس العالم").as_deref(), Some("MISCNAME"));
    assert_eq!(class("نتانياهو").as_deref(), Some("PERNAME"));
    // Proclitics and the article are stripped from a token before lookup.
    assert_eq!(class("والأهلي").as_deref(), Some("ORGNAME_AMBIG"));
    // A name listed earlier (here a given name) keeps its class.
    assert_eq!(class("النصر").as_deref(), Some("GIVEN"));
    // A place keeps its place class.
    assert_eq!(class("برشلونة").as_deref(), Some("STATE"));
}
