//! Organisations the tables lack, found by the shape of their names: a body's head with the
//! article, a describing adjective and a لل-complement, «المعهد الوطني للإحصاء»، «المجلس الأعلى
//! للقضاء». Descriptions rarely take that shape: «اللجنة المكلفة بالتحقيق» has no لل-noun after
//! an adjective, «مجلس الأمن» no adjective.

use rasd_gazetteer::Kind;

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::{first_words, is_org_head_word, overlaps, Doc, Link, Mention};

const DESCRIPTORS: &str = include_str!("../data/body_descriptors.tsv");

/// Words that make the shape a description (`data/body_descriptors.tsv`), normalised.
fn descriptors() -> &'static HashSet<String> {
    static D: OnceLock<HashSet<String>> = OnceLock::new();
    D.get_or_init(|| first_words(DESCRIPTORS, |_| true))
}

/// Whether word `w` reads as a definite describing adjective: a nisba (الوطني، الدولية) or an
/// elative (الأعلى).
fn adjective(w: &str) -> bool {
    w.starts_with("ال")
        && w.chars().count() >= 5
        && (w.ends_with('ي') || w.ends_with("يه") || (w.starts_with("الا") && w.ends_with('ي')))
}

/// Definite adjectives of rank that are no nisba (normalised): «الهيئة العامة»، «اللجنة العليا».
const ELATIVES: [&str; 5] = ["العام", "العامه", "العليا", "الاعلي", "الكبري"];

/// Whether mention `m` has no link to the tables (a tagger's own span).
pub(crate) fn unlinked(m: &Mention) -> bool {
    m.source.is_none() && m.link.name_en.is_none() && m.link.reference.is_none()
}

/// Head + adjective + لل-noun (+ adjective) names where no mention in `found` is but a
/// shorter unlinked organisation inside them (the caller drops those).
pub(crate) fn shaped_bodies(doc: &Doc, found: &[Mention]) -> Vec<Mention> {
    // A shorter unlinked organisation inside the name (the tagger's «المعهد الوطني») gives way.
    let covered = |a: usize, b: usize| {
        found.iter().any(|m| {
            m.start < b
                && a < m.end
                && !(a <= m.start && m.end <= b && m.kind == Kind::Org && unlinked(m))
        })
    };
    let mut out: Vec<Mention> = Vec::new();
    for i in 0..doc.toks.len().saturating_sub(2) {
        let w = doc.tok(i);
        // The head with its article, a proclitic before it allowed (وأعلن المعهد، للمعهد);
        // the mention starts at the article, or at ل + article (لل) where the alif is gone.
        let (skip, bare) = if let Some(b) = w.strip_prefix("ال") {
            (0, b)
        } else if let Some(b) = w.strip_prefix("لل") {
            (0, b)
        } else if let Some(b) = ["وال", "بال", "فال"].iter().find_map(|p| w.strip_prefix(p))
        {
            ('و'.len_utf8(), b)
        } else {
            continue;
        };
        if !is_org_head_word(bare) {
            continue;
        }
        // «القوات الموالية للحكومة»، «للمرة»: a describing participle or a word of no name.
        let generic = |w: &str| {
            w.strip_prefix("ال")
                .or_else(|| w.strip_prefix("لل"))
                .or_else(|| w.strip_prefix('ل'))
                .is_some_and(|r| descriptors().contains(r))
        };
        // One or two adjectives: «الهيئة الوطنية العليا لمسيرات العودة».
        let mut c = i + 1;
        while c < i + 3 && (adjective(doc.tok(c)) || ELATIVES.contains(&doc.tok(c))) {
            c += 1;
        }
        let comp = doc.tok(c);
        if c == i + 1 || (i + 1..=c).any(|k| generic(doc.tok(k))) {
            continue;
        }
        // The complement: a لل-noun («للقضاء»), or ل + a noun in construct with a definite
        // one («لحظر الأسلحة الكيمياوية»، «لمكافحة الفساد»).
        let mut last = if comp.starts_with("لل") && comp.chars().count() >= 5 {
            c
        } else if comp.starts_with('ل')
            && comp.chars().count() >= 4
            && doc.tok(c + 1).starts_with("ال")
            && doc.tok(c + 1).chars().count() >= 4
        {
            c + 1
        } else {
            continue;
        };
        // «للإدارة العامة»، «للثورة الإسلامية»: a definite adjective closes the complement.
        let closing = doc.tok(last + 1);
        if adjective(closing) || (closing.starts_with("ال") && closing.ends_with('ه')) {
            last += 1;
        }
        let (Some(&(ts, _)), Some(&(_, end))) = (doc.toks.get(i), doc.toks.get(last)) else {
            continue;
        };
        let start = ts + skip;
        if covered(start, end) || overlaps(&out, start, end) {
            continue;
        }
        out.push(Mention {
            start,
            end,
            kind: Kind::Org,
            link: Link::default(),
            source: None,
        });
    }
    out
}
