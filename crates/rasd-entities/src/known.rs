//! World-knowledge names with their conventional English names (`data/world_names.tsv`).
//!
//! The gazetteer links places and the main actors with ids; news also names thousands of
//! people, clubs, companies, channels and events it does not list. For those a romanisation
//! would read «Maamar Gaddafi» where English news writes «Muammar Gaddafi», so a tagged span
//! whose whole text is a listed spelling takes the listed English name. The same table also
//! teaches the romaniser how English news spells single name parts ([`KnownNames::part`]).

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use rasd_gazetteer::Kind;
use rasd_text::normalize;

use crate::EntitiesError;

const WORLD: &str = include_str!("../data/world_names.tsv");

/// What kind of thing a world-knowledge row names (the table's class column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnownClass {
    /// PERSON.
    Person,
    /// GOV, CLUB, COMPANY, MEDIA, PARTY, IGO.
    Org,
    /// EVENT, HOLIDAY, PRODUCT.
    Misc,
    /// FACILITY.
    Facility,
}

impl KnownClass {
    fn parse(class: &str) -> Option<KnownClass> {
        Some(match class {
            "PERSON" => KnownClass::Person,
            "GOV" | "CLUB" | "COMPANY" | "MEDIA" | "PARTY" | "IGO" => KnownClass::Org,
            "EVENT" | "HOLIDAY" | "PRODUCT" => KnownClass::Misc,
            "FACILITY" => KnownClass::Facility,
            _ => return None,
        })
    }

    /// The entity kind of a standalone match.
    pub fn kind(self) -> Kind {
        match self {
            KnownClass::Person => Kind::Per,
            KnownClass::Org => Kind::Org,
            KnownClass::Misc => Kind::Misc,
            KnownClass::Facility => Kind::Fac,
        }
    }

    /// Whether a mention typed `kind` can be this row's name.
    pub fn fits(self, kind: Kind) -> bool {
        match self {
            KnownClass::Person => kind == Kind::Per,
            KnownClass::Org => kind == Kind::Org,
            KnownClass::Misc => kind == Kind::Misc,
            KnownClass::Facility => matches!(kind, Kind::Fac | Kind::Loc),
        }
    }
}

/// The world-knowledge table, keyed by normalised spelling.
#[derive(Debug, Clone, Default)]
pub struct KnownNames {
    /// Normalised spelling (hyphens as spaces) → class and English name. Rows marked
    /// `_AMBIG` (spellings that are also common words or another name's usual form) are never
    /// mentions on their own, but name a span the tagger typed (القاعدة tagged ORG → Al-Qaeda).
    full: HashMap<String, Known>,
    /// Most words in a whole-name spelling.
    max_words: usize,
    /// First words of the standalone spellings (most text words start none).
    firsts: HashSet<String>,
    /// Single normalised name part → English part, aligned word by word from person rows.
    parts: HashMap<String, String>,
    /// First word of person rows → how many rows start with it (علي: many; كير: one).
    given: HashMap<String, usize>,
}

/// One whole-name row.
#[derive(Debug, Clone)]
struct Known {
    class: KnownClass,
    english: String,
    /// Whether a match of two or more words is a mention without the tagger's support:
    /// people, organisations, named events and facilities are; holidays and products
    /// (عيد الفطر, آيفون) are names the guidelines do not ask for, so they wait for the tagger,
    /// and so do `_AMBIG` rows.
    standalone: bool,
    /// An `_AMBIG` row: the spelling is also a common word or names different things.
    ambiguous: bool,
}

/// A whole-name match found in text by [`KnownNames::find`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownMatch {
    /// First token of the match.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Byte offset where the name starts in the first token (after a proclitic).
    pub skip: usize,
    /// The row's class.
    pub class: KnownClass,
    /// The row's English name.
    pub english: String,
}

/// Normalised words of a spelling; hyphens separate words (جونغ-أون = جونغ أون).
pub(crate) fn key_words(s: &str) -> Vec<String> {
    normalize(s)
        .text
        // «بي.بي.سي»: dotted initials are words as the text's tokens split them.
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}' | '.'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

impl KnownNames {
    /// Parse a table in the `world_names.tsv` format.
    pub fn parse(text: &str) -> Result<KnownNames, EntitiesError> {
        let mut k = KnownNames::default();
        // Part → English spelling → votes; the most frequent spelling wins, the first on ties.
        let mut votes: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let err = |message: &str| EntitiesError::Table {
                file: "world_names.tsv",
                line: line_no,
                message: message.to_string(),
            };
            let [spellings, class, english] = cols[..] else {
                return Err(err("expected 3 columns: spellings, class, English name"));
            };
            if english.is_empty() {
                return Err(err("empty English name"));
            }
            let (base, ambiguous) = match class.strip_suffix("_AMBIG") {
                Some(b) => (b, true),
                None => (class, false),
            };
            let Some(class) = KnownClass::parse(base) else {
                return Err(err(&format!("unknown class {class}")));
            };
            let standalone = !matches!(base, "HOLIDAY" | "PRODUCT");
            // Each row votes once per part, however many of its spellings normalise alike.
            let mut row_parts: Vec<(String, String)> = Vec::new();
            let mut row_firsts: Vec<String> = Vec::new();
            let mut full_len = None;
            for spelling in spellings.split('|') {
                let words = key_words(spelling);
                if words.is_empty() {
                    return Err(err("empty spelling"));
                }
                // A shorter alias lines up with the English of the full name by accident:
                // «بدر الدين حسون» against "Ahmad Badreddin Hassoun" taught بدر = Ahmad.
                let full = *full_len.get_or_insert(words.len()) == words.len();
                if class == KnownClass::Person && words.len() > 1 && !row_firsts.contains(&words[0])
                {
                    row_firsts.push(words[0].clone());
                }
                if class == KnownClass::Person && full {
                    for pair in aligned_parts(&words, english) {
                        if !row_parts.contains(&pair) {
                            row_parts.push(pair);
                        }
                    }
                }
                let row = Known {
                    class,
                    english: english.to_string(),
                    standalone: standalone && !ambiguous,
                    ambiguous,
                };
                k.max_words = k.max_words.max(words.len());
                // The first row of a spelling wins, except that a plain row beats an _AMBIG one.
                match k.full.entry(words.join(" ")) {
                    Entry::Vacant(v) => {
                        v.insert(row);
                    }
                    Entry::Occupied(mut o) if o.get().ambiguous && !ambiguous => {
                        o.insert(row);
                    }
                    Entry::Occupied(_) => {}
                }
            }
            for f in row_firsts {
                *k.given.entry(f).or_default() += 1;
            }
            for (ar, en) in row_parts {
                let v = votes.entry(ar).or_default();
                match v.iter_mut().find(|(e, _)| *e == en) {
                    Some((_, c)) => *c += 1,
                    None => v.push((en, 1)),
                }
            }
        }
        k.firsts = k
            .full
            .iter()
            .filter(|(_, v)| v.standalone)
            .filter_map(|(key, _)| key.split(' ').next().map(str::to_string))
            .collect();
        k.parts = votes
            .into_iter()
            .filter_map(|(part, mut v)| {
                // Stable: among equal counts the first-seen spelling stays first.
                v.sort_by_key(|(_, c)| std::cmp::Reverse(*c));
                v.into_iter().next().map(|(en, _)| (part, en))
            })
            .collect();
        Ok(k)
    }

    /// The embedded table, loaded once (empty if it failed to load; its loader has tests).
    pub fn global() -> &'static KnownNames {
        static K: OnceLock<KnownNames> = OnceLock::new();
        K.get_or_init(|| KnownNames::parse(WORLD).unwrap_or_default())
    }

    /// The English name of a whole mention text (any spelling; normalised here) typed `kind`.
    pub fn english(&self, text: &str, kind: Kind) -> Option<&str> {
        self.full
            .get(&key_words(text).join(" "))
            .filter(|k| k.class.fits(kind))
            .map(|k| k.english.as_str())
    }

    /// Standalone names of two or more words in normalised `text` split into `tokens` (byte
    /// ranges), longest first, left to right. The first token may carry one proclitic
    /// (وحكومة الوفاق الوطني); لل before a name is ل + ال (للجيش الوطني الليبي).
    pub fn find(&self, text: &str, tokens: &[(usize, usize)]) -> Vec<KnownMatch> {
        let tok = |t: usize| {
            tokens
                .get(t)
                .and_then(|&(a, b)| text.get(a..b))
                .unwrap_or("")
        };
        let is_word = |t: usize| tok(t).chars().next().is_some_and(char::is_alphanumeric);
        let is_hyphen = |t: usize| {
            let w = tok(t);
            !w.is_empty()
                && w.chars()
                    .all(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        };
        // A dot glued to the words on both sides joins initials (سي.إن.إن).
        let is_joining_dot = |t: usize| {
            tok(t) == "."
                && t > 0
                && tokens.get(t - 1).is_some_and(|p| p.1 == tokens[t].0)
                && tokens.get(t + 1).is_some_and(|n| n.0 == tokens[t].1)
        };
        let mut out = Vec::new();
        let mut key = String::new();
        let mut i = 0;
        while i < tokens.len() {
            // The first word's possible forms; most words start no listed name.
            let first = tok(i);
            let forms: Vec<(Cow<str>, usize)> = if is_word(i) {
                proclitic_skips(first)
                    .map(|skip| {
                        let rest = &first[skip..];
                        // لل is ل + ال: the match keeps both letters (للاتفاق النووي), as the
                        // article has no letters of its own there to start at.
                        if skip > 0 && first[..skip].ends_with('ل') && rest.starts_with('ل') {
                            (Cow::Owned(format!("ا{rest}")), 0)
                        } else {
                            (Cow::Borrowed(rest), skip)
                        }
                    })
                    .filter(|(form, _)| self.firsts.contains(form.as_ref()))
                    .collect()
            } else {
                Vec::new()
            };
            let mut found = None;
            'len: for n in (2..=self.max_words.min(tokens.len() - i)).rev() {
                if forms.is_empty() {
                    break;
                }
                // Words only, a hyphen or a hashtag's # allowed between two of them («معمر
                // #القذافي»); never across a line.
                let ok = is_word(i + n - 1)
                    && (i + 1..i + n - 1)
                        .all(|t| is_word(t) || is_hyphen(t) || tok(t) == "#" || is_joining_dot(t));
                if !ok {
                    continue;
                }
                for (form, skip) in &forms {
                    key.clear();
                    key.push_str(form);
                    for t in (i + 1..i + n).filter(|&t| is_word(t)) {
                        key.push(' ');
                        key.push_str(tok(t));
                    }
                    if let Some(k) = self.full.get(key.as_str()).filter(|k| k.standalone) {
                        found = Some((n, *skip, k));
                        break 'len;
                    }
                }
            }
            match found {
                Some((n, skip, k)) => {
                    out.push(KnownMatch {
                        first: i,
                        end: i + n,
                        skip,
                        class: k.class,
                        english: k.english.clone(),
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// English spelling of one normalised name part, as the table's people write it
    /// (معمر → Muammar, from «معمر القذافي → Muammar Gaddafi»).
    pub fn part(&self, normalized: &str) -> Option<&str> {
        self.parts.get(normalized).map(String::as_str)
    }

    /// Whether a normalised word is a given name: at least two listed people of two or more
    /// words start with it (علي, فؤاد; not كير, which only Keir Starmer's row starts with).
    pub fn is_given_name(&self, normalized: &str) -> bool {
        // A title left on a row (الشيخ, الرئيس) is no given name.
        !normalized.starts_with("ال") && self.given.get(normalized).is_some_and(|&n| n >= 2)
    }

    /// Number of whole-name spellings.
    pub fn len(&self) -> usize {
        self.full.len()
    }

    /// Whether the table has no names.
    pub fn is_empty(&self) -> bool {
        self.full.is_empty()
    }
}

/// Where the name may start in its first token: at 0, or after one proclitic letter; لل (ل +
/// ال) also counts, its ال being restored by the caller.
fn proclitic_skips(span: &str) -> impl Iterator<Item = usize> + '_ {
    let mut cs = span.chars();
    let one = match cs.next() {
        Some(c @ ('و' | 'ف' | 'ب' | 'ل' | 'ك')) if cs.as_str().chars().count() >= 3 => {
            Some(c.len_utf8())
        }
        _ => None,
    };
    std::iter::once(0).chain(one)
}

/// Part → English pairs of a person spelling whose words line up one to one with the English
/// name's (split at spaces, or else also at hyphens: Kim Jong-un). Initials («George W.
/// Bush») and names that do not line up teach nothing.
fn aligned_parts(words: &[String], english: &str) -> Vec<(String, String)> {
    let by_space: Vec<&str> = english.split_whitespace().collect();
    let en: Vec<&str> = if by_space.len() == words.len() {
        by_space
    } else {
        english
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .collect()
    };
    if en.len() != words.len() || en.iter().any(|w| w.ends_with('.') || w.chars().count() < 2) {
        return Vec::new();
    }
    words
        .iter()
        .zip(en)
        .map(|(ar, en)| (ar.clone(), en.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_loads() {
        let k = KnownNames::parse(WORLD).expect("world_names.tsv parses");
        assert!(k.len() > 3000, "{}", k.len());
        assert!(k.parts.len() > 500, "{}", k.parts.len());
    }

    #[test]
    fn spellings_hold_no_descriptor_after_the_name() {
        // Regression: «برنامج الأغذية العالمي التابع للأمم المتحدة» was one mention; the name
        // ends before التابع (the UN is a name of its own).
        let k = KnownNames::global();
        let bad: Vec<&String> = k
            .full
            .keys()
            .filter(|s| s.split(' ').any(|w| w.starts_with("التابع")))
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
    }

    #[test]
    fn given_names_are_first_words_of_several_people() {
        let k = KnownNames::parse(
            "علي خامنئي\tPERSON\tAli Khamenei\nعلي عبد الله صالح|علي صالح\tPERSON\tAli Abdullah Saleh\nكير ستارمر\tPERSON\tKeir Starmer\nعلي بابا\tCOMPANY\tAlibaba\n",
        )
        .unwrap();
        assert!(k.is_given_name("علي"));
        // One row, however many spellings; companies do not count.
        assert!(!k.is_given_name("كير"));
        let k = KnownNames::parse("علي خامنئي\tPERSON\tx\nعلي بابا\tCOMPANY\ty\n").unwrap();
        assert!(!k.is_given_name("علي"));
        assert!(KnownNames::global().is_given_name("محمد"));
    }

    #[test]
    fn whole_names_need_a_fitting_type() {
        let k = KnownNames::global();
        assert_eq!(
            k.english("معمر القذافي", Kind::Per),
            Some("Muammar Gaddafi")
        );
        // Hyphens and spaces are the same separator, and spelling variants normalise.
        assert_eq!(k.english("كيم جونغ-أون", Kind::Per), Some("Kim Jong-un"));
        assert_eq!(
            k.english("معمر القذافى", Kind::Per),
            Some("Muammar Gaddafi")
        );
        assert_eq!(k.english("معمر القذافي", Kind::Org), None);
        assert_eq!(k.english("نوكيا", Kind::Org), Some("Nokia"));
        // An _AMBIG spelling names a span the tagger typed, but is no mention on its own.
        assert_eq!(k.english("القاعدة", Kind::Org), Some("Al-Qaeda"));
        let found = |t: &str| {
            let text = normalize(t).text;
            let toks = rasd_gazetteer::tokens(&text);
            k.find(&text, &toks)
        };
        assert!(found("وباتت طلائع الجيش الوطني قريبة").is_empty());
        assert_eq!(found("قائد الجيش الوطني الليبي").len(), 1);
    }

    #[test]
    fn parts_are_aligned_from_person_rows() {
        let k = KnownNames::parse(
            "# test\nمعمر القذافي\tPERSON\tMuammar Gaddafi\n\
             كيم جونغ أون\tPERSON\tKim Jong-un\n\
             جورج بوش الأب\tPERSON\tGeorge H. W. Bush\n\
             نوكيا\tCOMPANY\tNokia\n",
        )
        .expect("parses");
        assert_eq!(k.part("معمر"), Some("Muammar"));
        assert_eq!(k.part("القذافي"), Some("Gaddafi"));
        assert_eq!(k.part("اون"), Some("un"));
        // Three words against four English ones: nothing learned.
        assert_eq!(k.part("جورج"), None);
        // Organisations are translated, not spelled: nothing learned.
        assert_eq!(k.part("نوكيا"), None);
    }

    #[test]
    fn a_shorter_alias_teaches_no_parts() {
        // Raw-corpus round 21: the alias «بدر الدين حسون» lined up with "Ahmad Badreddin
        // Hassoun", so every «بدر الدين» was romanised "Ahmad al-Din".
        let k = KnownNames::parse(
            "# test\nأحمد بدر الدين حسون|بدر الدين حسون\tPERSON\tAhmad Badreddin Hassoun\n\
             عبد ربه منصور هادي|عبدربه منصور هادي\tPERSON\tAbd Rabbuh Mansur Hadi\n",
        )
        .expect("parses");
        assert_eq!(k.part("بدر"), None);
        assert_eq!(k.part("منصور"), Some("Mansur"));
    }

    #[test]
    fn majority_spelling_wins() {
        let k = KnownNames::parse(
            "حسين علي\tPERSON\tHussein Ali\nصدام حسين\tPERSON\tSaddam Hussein\n\
             حسين كامل\tPERSON\tHussain Kamel\n",
        )
        .expect("parses");
        assert_eq!(k.part("حسين"), Some("Hussein"));
    }

    #[test]
    fn bad_rows_name_their_line() {
        let e = KnownNames::parse("# c\nفلان\tPERSON\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "world_names.tsv:2: expected 3 columns: spellings, class, English name"
        );
        let e = KnownNames::parse("فلان\tWIZARD\tX\n").unwrap_err();
        assert!(
            e.to_string()
                .contains("world_names.tsv:1: unknown class WIZARD"),
            "{e}"
        );
        let e = KnownNames::parse("فلان\tPERSON\t\n").unwrap_err();
        assert!(e.to_string().contains("empty English name"), "{e}");
    }

    #[test]
    fn rows_are_well_formed() {
        for (n, line) in WORLD.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            for s in line.split('\t').next().unwrap_or("").split('|') {
                assert!(
                    !s.is_empty() && s.trim() == s && !s.contains("  "),
                    "world_names.tsv:{}: bad spelling {s:?}",
                    n + 1
                );
            }
        }
    }
}
