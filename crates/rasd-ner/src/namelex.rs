//! Large name lexicon (feature flag [`crate::features::flags::LEXICON`]): dr5hn cities in
//! population bands, persons, organisations and places of the UniversalPetrarch Arabic actor
//! dictionary, and given-name / surname parts (`data/lexicon.tsv`, built by
//! `tools/build_lexicon.py`).
//!
//! Unlike the place gazetteer, an entry may carry several classes (a bit mask), since the
//! sources overlap («عمان» is a city and a country-coded actor), and the tagger learns how far
//! to trust each class. Every word of a name is keyed by its normalised, clitic-stripped stem
//! (the dictionary is lemmatised: «مجلس_أمن_دولي_» must meet «مجلس الأمن الدولي»), and after
//! the first word a final feminine ه is dropped («منظمة التحرير الفلسطينية» meets the
//! dictionary's «منظمة تحرير فلسطيني»).

use rustc_hash::FxHashMap;

use crate::error::NerError;

/// Classes that are name *parts*, looked up per token rather than as names.
const PART_CLASSES: [&str; 2] = ["GIVEN", "SURNAME"];

/// How one token relates to the lexicon.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LexMark {
    /// Class bits of the longest name covering the token (0: none).
    pub classes: u16,
    /// Position in that name: 0 none, 1 single word, 2 first, 3 inside, 4 last, 5 single word
    /// matched after dropping a proclitic letter the stemmer kept (بدارفور).
    pub pos: u8,
    /// Part-class bits of the token itself (GIVEN, SURNAME).
    pub parts: u16,
    /// Coarse corpus-frequency band of the token (0–3), set by the caller: a frequent word
    /// listed as a small town is more likely an ordinary word.
    pub freq: u8,
}

/// Multi-class name lexicon with per-token name parts.
#[derive(Debug, Default, Clone)]
pub struct NameLexicon {
    names: FxHashMap<Box<str>, u16>,
    parts: FxHashMap<Box<str>, u16>,
    /// First words of multi-word names → the most words a name starting with it has.
    firsts: FxHashMap<Box<str>, u8>,
    classes: Vec<Box<str>>,
}

/// Append the key form of one (normalised) word: its stem, with a final feminine ه dropped
/// after the first word.
fn push_word(key: &mut String, stem: &str, first: bool) {
    if !first {
        key.push(' ');
        if let Some(s) = stem.strip_suffix('ه') {
            if s.chars().count() >= 3 {
                key.push_str(s);
                return;
            }
        }
    }
    key.push_str(stem);
}

impl NameLexicon {
    /// Parse the TSV `name<TAB>class`; `#` lines are comments; at most 16 classes.
    pub fn parse(src: &str, file: &str) -> Result<Self, NerError> {
        let mut lex = NameLexicon::default();
        for mut row in crate::lexicon::rows(src, file) {
            let name = row.trimmed("empty name")?;
            let class = row.trimmed("missing class")?;
            let id = match lex.classes.iter().position(|c| &**c == class) {
                Some(i) => i,
                None if lex.classes.len() < 16 => {
                    lex.classes.push(class.into());
                    lex.classes.len() - 1
                }
                None => return Err(row.err("more than 16 classes")),
            };
            let bit = 1u16 << id;
            let key = Self::key(name.split_whitespace());
            if key.is_empty() {
                continue;
            }
            let words = key.split(' ').count();
            if words == 1 && PART_CLASSES.contains(&class) {
                *lex.parts.entry(key.into()).or_default() |= bit;
                continue;
            }
            if let Some((first, _)) = key.split_once(' ') {
                let w = lex.firsts.entry(first.into()).or_default();
                *w = (*w).max(words.min(u8::MAX as usize) as u8);
            }
            *lex.names.entry(key.into()).or_default() |= bit;
        }
        Ok(lex)
    }

    /// The lookup key of a name given as (unnormalised) words.
    pub fn key<'a>(words: impl Iterator<Item = &'a str>) -> String {
        let mut key = String::new();
        for (i, w) in words.enumerate() {
            let norm = rasd_text::normalize(w).text;
            let stem = crate::features::strip_proclitics(&norm, None).stem;
            push_word(&mut key, stem, i == 0);
        }
        key
    }

    /// Class bits of a key built like [`NameLexicon::key`] (0: absent).
    pub fn get(&self, key: &str) -> u16 {
        self.names.get(key).copied().unwrap_or(0)
    }

    /// Part-class bits of a stem (0: absent).
    pub fn part(&self, stem: &str) -> u16 {
        self.parts.get(stem).copied().unwrap_or(0)
    }

    /// Name of a class bit index.
    pub fn class_name(&self, id: usize) -> Option<&str> {
        self.classes.get(id).map(|c| &**c)
    }

    /// Number of names (parts not counted).
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are no names and no parts.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.parts.is_empty()
    }

    /// Marks of a sentence given each token's stem and optional alternative stem
    /// (longest match, left to right).
    pub fn mark(&self, stems: &[&str], alts: &[Option<&str>]) -> Vec<LexMark> {
        let mut marks = vec![LexMark::default(); stems.len()];
        if self.is_empty() {
            return marks;
        }
        let mut key = String::new();
        let mut i = 0;
        while i < stems.len() {
            let max = self
                .firsts
                .get(stems[i])
                .map_or(1, |&w| (w as usize).min(stems.len() - i));
            let mut hit = None;
            for n in (1..=max).rev() {
                key.clear();
                for (k, s) in stems[i..i + n].iter().enumerate() {
                    push_word(&mut key, s, k == 0);
                }
                let c = self.get(&key);
                if c != 0 {
                    hit = Some((n, c));
                    break;
                }
            }
            match hit {
                Some((n, c)) => {
                    for (k, m) in marks[i..i + n].iter_mut().enumerate() {
                        m.classes = c;
                        m.pos = if n == 1 {
                            1
                        } else if k == 0 {
                            2
                        } else if k + 1 == n {
                            4
                        } else {
                            3
                        };
                    }
                    i += n;
                }
                None => {
                    if let Some(c) = alts.get(i).copied().flatten().map(|a| self.get(a)) {
                        if c != 0 {
                            marks[i].classes = c;
                            marks[i].pos = 5;
                        }
                    }
                    i += 1;
                }
            }
        }
        for (i, (m, s)) in marks.iter_mut().zip(stems).enumerate() {
            m.parts = self.part(s);
            if m.parts == 0 {
                if let Some(a) = alts.get(i).copied().flatten() {
                    m.parts = self.part(a);
                }
            }
        }
        marks
    }
}

/// Template ids of the lexicon features (the crate's range 110–119).
mod t {
    pub const NAME: u8 = 110; // + slot (3): class bit * 8 + position
    pub const PART: u8 = 113; // + slot (3): part bits
    pub const PART_PAIR: u8 = 116; // previous token's parts × this token's parts
    pub const NAME_PART: u8 = 117; // previous token's parts × this token's name classes
    pub const NAME_FREQ: u8 = 118; // this token's name class bit × position × frequency band
    pub const PART_FREQ: u8 = 119; // this token's parts × frequency band
}

/// Push the lexicon feature keys of token `i`.
pub(crate) fn push_features(marks: &[LexMark], i: usize, keys: &mut Vec<u64>) {
    use crate::features::key_num;
    let at = |d: isize| crate::features::neighbour(marks, i, d);
    for d in -1isize..=1 {
        let slot = (d + 1) as u8;
        let Some(m) = at(d) else { continue };
        let mut c = m.classes;
        while c != 0 {
            let bit = c.trailing_zeros() as u64;
            keys.push(key_num(t::NAME + slot, bit * 8 + m.pos as u64));
            c &= c - 1;
        }
        if m.parts != 0 {
            keys.push(key_num(t::PART + slot, m.parts as u64));
        }
    }
    let prev = at(-1).map_or(0, |m| m.parts) as u64;
    let Some(me) = marks.get(i) else { return };
    let mut c = me.classes;
    while c != 0 {
        let bit = c.trailing_zeros() as u64;
        keys.push(key_num(
            t::NAME_FREQ,
            (bit * 8 + me.pos as u64) * 4 + me.freq as u64,
        ));
        c &= c - 1;
    }
    if me.parts != 0 {
        keys.push(key_num(
            t::PART_FREQ,
            (me.parts as u64) * 4 + me.freq as u64,
        ));
    }
    if prev != 0 || me.parts != 0 {
        keys.push(key_num(t::PART_PAIR, prev << 16 | me.parts as u64));
    }
    if prev != 0 && me.classes != 0 {
        keys.push(key_num(t::NAME_PART, prev << 16 | me.classes as u64));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> NameLexicon {
        NameLexicon::parse(
            "# test\nمنظمة تحرير فلسطيني\tDORG\nعمان\tCITY1\nعمان\tDLOC\nمحمد\tGIVEN\n\
             مبارك\tSURNAME\nعبد العزيز\tGIVEN\nدارفور\tCITY2\n",
            "lexicon.tsv",
        )
        .unwrap()
    }

    #[test]
    fn lemmatised_names_meet_inflected_text() {
        let l = lex();
        let key = NameLexicon::key(["منظمة", "التحرير", "الفلسطينية"].into_iter());
        assert_eq!(l.get(&key), 1);
        assert_eq!(l.get(&NameLexicon::key(["عمان"].into_iter())), 0b110);
        assert_eq!(l.part("محمد"), 1 << 3);
        assert_eq!(l.get("محمد"), 0, "single-word parts are not names");
        assert_ne!(l.get(&NameLexicon::key(["عبد", "العزيز"].into_iter())), 0);
    }

    #[test]
    fn marks_longest_match_and_parts() {
        let l = lex();
        let stems = [
            "قال",
            "منظمه",
            "تحرير",
            "فلسطينيه",
            "محمد",
            "مبارك",
            "بدارفور",
        ];
        let alts = [None, None, None, None, None, None, Some("دارفور")];
        let m = l.mark(&stems, &alts);
        assert_eq!(m[0], LexMark::default());
        assert_eq!((m[1].pos, m[2].pos, m[3].pos), (2, 3, 4));
        assert_eq!(m[1].classes, 1);
        assert_ne!(m[4].parts, 0);
        assert_ne!(m[5].parts, 0);
        assert_eq!(m[6].pos, 5);
        let mut keys = Vec::new();
        push_features(&m, 5, &mut keys);
        assert!(keys.len() >= 3, "{keys:?}");
        let mut k2 = Vec::new();
        push_features(&m, 0, &mut k2);
        assert!(k2.len() < keys.len());
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = NameLexicon::parse("a\tX\nb\n", "lexicon.tsv")
            .unwrap_err()
            .to_string();
        assert!(e.contains("lexicon.tsv:2"), "{e}");
        let many: String = (0..17).map(|i| format!("n{i}\tC{i}\n")).collect();
        assert!(NameLexicon::parse(&many, "x").is_err());
        assert!(NameLexicon::default().mark(&["a"], &[None])[0] == LexMark::default());
    }
}
