//! Places the tables lack, found by the cue before them: «مديرية الدريهمي», «مطار هركليون»,
//! «بلدة عبسان الكبيرة». The gazetteer's `cues.tsv` says which cues (column `unknown`) name a
//! place after them; `data/place_name_parts.tsv` says how far the name runs.

use std::collections::HashMap;
use std::sync::OnceLock;

use rasd_gazetteer::{CueRole, Gazetteer};

use crate::{
    clause_words, is_not_name, overlaps, prepositions, table_rows, without_proclitic, Doc, Link,
    Mention,
};

const PARTS: &str = include_str!("../data/place_name_parts.tsv");

/// An indefinite word seen this often in the news is a common word («قرية صغيرة»), no name.
const COMMON: u32 = 100;

/// What a word does in a place name (`data/place_name_parts.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Compound,
    Adjective,
    Stop,
}

fn parts() -> &'static HashMap<String, Part> {
    static P: OnceLock<HashMap<String, Part>> = OnceLock::new();
    P.get_or_init(|| {
        table_rows(PARTS)
            .filter_map(|c| {
                let part = match *c.get(1)? {
                    "compound" => Part::Compound,
                    "adjective" => Part::Adjective,
                    "stop" => Part::Stop,
                    _ => return None,
                };
                Some((rasd_text::normalize(c.first()?).text, part))
            })
            .collect()
    })
}

/// Whether token `i` can be a word of a place name: letters only, no function word.
fn name_word(doc: &Doc, i: usize) -> bool {
    let w = doc.tok(i);
    w.chars().count() >= 2
        && w.chars().all(char::is_alphabetic)
        && !prepositions().contains(w)
        && !clause_words().contains(w)
        && !is_not_name(w)
}

/// Places named right after a cue whose `unknown` column says so, where no mention in `found`
/// is: the name alone after a strip cue (مديرية الدريهمي → الدريهمي), with the cue after a
/// keep cue (مطار هركليون). The name must be definite, or a word the news seldom uses.
pub(crate) fn headed_places(g: &Gazetteer, doc: &Doc, found: &[Mention]) -> Vec<Mention> {
    let lex = rasd_text::Lexicon::embedded();
    let covered = |a: usize, b: usize| overlaps(found, a, b);
    let mut out: Vec<Mention> = Vec::new();
    for i in 0..doc.toks.len().saturating_sub(1) {
        let w = doc.tok(i);
        let (cue, head) = match g.cue(w) {
            Some(c) => (c, w),
            None => match without_proclitic(w).and_then(|r| g.cue(r).map(|c| (c, r))) {
                Some(x) => x,
                None => continue,
            },
        };
        // «المدينة القديمة»: a definite cue is described, not named.
        if !cue.names_unknown || head.starts_with("ال") || !name_word(doc, i + 1) {
            continue;
        }
        // The cue as written, not a word that only normalises like it (بلده "his country",
        // وأدى "led to" for وادي).
        let (ts, te) = doc.toks[i];
        let written = doc.span(ts + (w.len() - head.len()), te).text;
        let written: String = written
            .chars()
            .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0640}'))
            .collect();
        if written != cue.spelling {
            continue;
        }
        let first = doc.tok(i + 1);
        let part = parts().get(first).copied();
        let definite = first.starts_with("ال");
        // «مدينة ساحلية»: an indefinite nisba adjective; «بلدة يقطنها»: a verb with its object;
        // «مدينة وميناء»: a second noun, not a name.
        // «مدينة مأهولة»، «منطقة منكوبة»: a passive participle (مفعولة) describes.
        let letters: Vec<char> = first.chars().collect();
        let passive = letters.len() == 6
            && letters.first() == Some(&'م')
            && letters.get(3) == Some(&'و')
            && letters.last() == Some(&'ه');
        let adjective = !definite && (first.ends_with("يه") || passive);
        let pronoun = ["ها", "هم", "هما", "هن"].iter().any(|x| first.ends_with(x));
        let clitic = first.starts_with(['و', 'ف'])
            || first.starts_with("لل")
            || without_proclitic(first).is_some_and(|r| lex.count(r) >= COMMON);
        if part == Some(Part::Stop)
            || (!definite && lex.count(first) >= COMMON)
            || adjective
            || pronoun
            || clitic
        {
            continue;
        }
        let mut last = i + 1;
        if part == Some(Part::Compound) {
            if !name_word(doc, i + 2) {
                continue;
            }
            last = i + 2;
        }
        if name_word(doc, last + 1) && parts().get(doc.tok(last + 1)) == Some(&Part::Adjective) {
            last += 1;
        }
        let (Some(&(name_start, _)), Some(&(_, end))) = (doc.toks.get(i + 1), doc.toks.get(last))
        else {
            continue;
        };
        let (head_start, _) = doc.toks[i];
        let head_start = head_start + (w.len() - head.len());
        if covered(head_start, end) || overlaps(&out, head_start, end) {
            continue;
        }
        let keep = cue.role == CueRole::Keep;
        let name = doc.norm.text.get(name_start..end).unwrap_or("");
        let name_en = keep
            .then(|| cue.en_template.replace("{}", &crate::romanize_place(name)))
            .filter(|s| !s.trim().is_empty());
        out.push(Mention {
            start: if keep { head_start } else { name_start },
            end,
            kind: cue.kind,
            link: Link {
                name_en,
                ..Link::default()
            },
            source: None,
        });
    }
    out
}
