//! Property: the recogniser never panics, and every span lies on the original text's code
//! points and reproduces its text.

use proptest::prelude::*;

fn check(text: &str) {
    let n = text.chars().count();
    for q in rasd_quantity::recognise(text, &[]) {
        assert!(
            q.start < q.end && q.end <= n,
            "span {}..{} of {n}",
            q.start,
            q.end
        );
        let covered: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(covered, q.text);
        assert!(q.value.is_finite());
    }
}

const PIECES: &[&str] = &[
    "حوالي",
    "نحو",
    "أكثر من",
    "على الأقل",
    "2500",
    "٢٥٠٠",
    "١٢٬٥٠٠",
    "2.5",
    "12,500",
    "ثلاثة",
    "آلاف",
    "وخمسمائة",
    "مليون",
    "دولار",
    "جندي",
    "جنديين",
    "اثنين",
    "عشر",
    "الثاني",
    "%",
    "بالمئة",
    "في",
    "المئة",
    "عام",
    "2014",
    "أغسطس",
    "15",
    "/",
    "-",
    ":",
    "(",
    ")",
    "ال",
    "واحد",
    "و",
    "ﻻ",
    "ـ",
    "\u{200F}",
    "ً",
    "\n",
    ".",
    "F",
    "16",
    "العشرات",
    "من",
    "العمر",
    "عاما",
    "ألفا",
    "و381",
];

proptest! {
    #[test]
    fn never_panics_on_any_text(s in "\\PC{0,80}") {
        check(&s);
    }

    #[test]
    fn never_panics_on_number_soup(parts in prop::collection::vec(prop::sample::select(PIECES), 0..24), spaces in prop::collection::vec(any::<bool>(), 24)) {
        let mut s = String::new();
        for (i, p) in parts.iter().enumerate() {
            s.push_str(p);
            if spaces.get(i).copied().unwrap_or(true) {
                s.push(' ');
            }
        }
        check(&s);
    }

    #[test]
    fn exclusions_remove_what_they_cover(n in 1u32..100000) {
        let text = format!("قتل {n} شخصا");
        let all = rasd_quantity::recognise(&text, &[]);
        prop_assert_eq!(all.len(), 1);
        let span = (all[0].start, all[0].end);
        prop_assert!(rasd_quantity::recognise(&text, &[span]).is_empty());
    }
}
