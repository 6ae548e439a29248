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
        let (adj, comp) = (doc.tok(i + 1), doc.tok(i + 2));
        // «القوات الموالية للحكومة»، «للمرة»: a describing participle or a word of no name.
        let generic = |w: &str| {
            w.strip_prefix("ال")
                .or_else(|| w.strip_prefix("لل"))
                .is_some_and(|r| descriptors().contains(r))
        };
        if !adjective(adj) || !comp.starts_with("لل") || comp.chars().count() < 5 {
            continue;
        }
        if generic(adj) || generic(comp) {
            continue;
        }
        let mut last = i + 2;
        // «للإدارة العامة»، «للثورة الإسلامية»: a definite adjective closes the complement.
        let closing = doc.tok(i + 3);
        if adjective(closing) || (closing.starts_with("ال") && closing.ends_with('ه')) {
            last = i + 3;
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
