//! Helpers shared by the table builder and the loader: name cleaning and ASCII folding.

use unicode_normalization::UnicodeNormalization;

/// Countries whose every GeoNames city (population ≥ 15,000) is kept: the Arab world, Israel
/// and Palestine, whose town names are Arabic. Elsewhere (Iran and Turkey included: their small
/// towns' names collide with Arabic words, إبادة = Abadeh) only big cities and capitals are kept.
pub const FOCUS_COUNTRIES: &[&str] = &[
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA",
    "SO", "SD", "SY", "TN", "AE", "YE", "IL",
];

/// Countries whose first-level regions are kept besides the focus countries.
pub const REGION_COUNTRIES: &[&str] = &["US", "TR", "IR", "AF", "PK", "SS", "ET", "ER", "TD"];

/// Errors of the table builder, with the file and line they concern.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// A source file could not be read or an output file written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A row has the wrong number of columns.
    #[error("{path}:{line}: {found} columns, expected {expected}")]
    Columns {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// Columns found.
        found: usize,
        /// Columns in the header.
        expected: usize,
    },
}

/// Fold a romanised name to plain ASCII the way English news writes it
/// (`Al Fallūjah` → `Al Fallujah`, `Ţarţūs` → `Tartus`, `Sāmarrā’` → `Samarra`).
pub fn ascii_fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        match c {
            '\u{0300}'..='\u{036F}' | '‘' | '’' | 'ʼ' | 'ʻ' | '`' | '\u{02BE}' | '\u{02BF}' =>
                {}
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'ø' => out.push('o'),
            'đ' => out.push('d'),
            'ł' => out.push('l'),
            'Ł' => out.push('L'),
            'Đ' => out.push('D'),
            'Ø' => out.push('O'),
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("AE"),
            'œ' => out.push_str("oe"),
            c if c.is_ascii() => out.push(c),
            // Anything else has no conventional ASCII form; dropping it keeps names ASCII.
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key a name is matched by: `rasd_text::normalize`d, words joined by single spaces.
/// The loader and the table builder share it, so a built table and its filters agree.
pub fn match_key(s: &str) -> String {
    rasd_text::normalize(s)
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Split a `|`-separated list of Arabic names, dropping names with Latin letters, notes in
/// parentheses, stray marks and one-letter names.
pub fn clean_arabic_names(field: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in field.split('|') {
        let base = raw.split('(').next().unwrap_or("");
        let name: String = base
            .chars()
            .filter(|c| {
                !matches!(
                    c,
                    '\u{200E}' | '\u{200F}' | '\u{200B}'..='\u{200D}' | '\u{FEFF}'
                )
            })
            .collect();
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.chars().any(|c| c.is_ascii_alphabetic())
            || name.chars().filter(|c| c.is_alphabetic()).count() < 2
            || !name
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c.is_mark_like())
        {
            continue;
        }
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

trait MarkLike {
    fn is_mark_like(&self) -> bool;
}

impl MarkLike for char {
    /// Arabic diacritics and tatweel, which normalisation drops later.
    fn is_mark_like(&self) -> bool {
        matches!(*self, '\u{064B}'..='\u{065F}' | '\u{0670}' | 'ـ')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_romanisations() {
        assert_eq!(ascii_fold("Al Fallūjah"), "Al Fallujah");
        assert_eq!(ascii_fold("Ţarţūs"), "Tartus");
        assert_eq!(ascii_fold("Sāmarrā’"), "Samarra");
        assert_eq!(ascii_fold("Dar‘ā"), "Dara");
    }

    #[test]
    fn cleans_name_lists() {
        assert_eq!(
            clean_arabic_names("الدويم (مدينة)|x|nazarې|بَيْرُوت|بيروت"),
            vec!["الدويم", "بَيْرُوت", "بيروت"]
        );
        assert!(clean_arabic_names("د|").is_empty());
    }
}
