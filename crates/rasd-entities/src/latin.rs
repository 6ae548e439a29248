//! Organisations named in Latin capitals inside Arabic text: «(CNN)--», «لـCNN», «شبكة CNN»,
//! «حلف NATO». The tables know few of them, and Arabic news writes them only for agencies,
//! networks and alliances, so a short run of capitals in such a place is an organisation.

use std::collections::HashSet;
use std::sync::OnceLock;

use rasd_gazetteer::Kind;

use crate::{first_words, is_not_name, overlaps, Doc, Link, Mention, ORG_HEADS};

/// Heads after which a Latin name is the body's own (the org_heads.tsv words: شبكة، وكالة …).
fn heads() -> &'static HashSet<String> {
    static H: OnceLock<HashSet<String>> = OnceLock::new();
    H.get_or_init(|| first_words(ORG_HEADS, |_| true))
}

/// The Latin capitals of token `w` after at most two Arabic proclitic letters (لCNN → CNN).
fn capitals(w: &str) -> Option<(usize, &str)> {
    let latin = w.find(|c: char| c.is_ascii_uppercase())?;
    let (pre, rest) = w.split_at(latin);
    let proclitics = pre.chars().count() <= 2 && pre.chars().all(|c| "لبوف".contains(c));
    let caps = (3..=6).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_uppercase());
    (proclitics && caps).then_some((latin, rest))
}

/// Latin-capital names where no mention in `found` is: in brackets, after ل/ب, or after an
/// organisation head.
pub(crate) fn latin_names(doc: &Doc, found: &[Mention]) -> Vec<Mention> {
    let covered = |a: usize, b: usize| overlaps(found, a, b);
    let mut out = Vec::new();
    for i in 0..doc.toks.len() {
        let w = doc.tok(i);
        let Some((skip, name)) = capitals(w) else {
            continue;
        };
        let bracketed = i > 0 && doc.tok(i - 1) == "(" && doc.tok(i + 1) == ")";
        let after_head = doc.prev_word(i).is_some_and(|p| {
            heads().contains(p) || crate::without_proclitic(p).is_some_and(|r| heads().contains(r))
        });
        if !(bracketed || skip > 0 || after_head) || is_not_name(name) {
            continue;
        }
        let (s, e) = doc.toks[i];
        if covered(s + skip, e) {
            continue;
        }
        out.push(Mention {
            start: s + skip,
            end: e,
            kind: Kind::Org,
            link: Link {
                name_en: Some(name.to_string()),
                ..Link::default()
            },
            source: None,
        });
    }
    out
}
