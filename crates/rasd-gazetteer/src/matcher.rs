//! Whole-word, longest-first name matching over a token stream with Aho-Corasick.
//!
//! The normalised text is re-written as its tokens joined by single spaces with a trailing
//! space, and every name likewise, so a pattern can only end where a word ends; anchored
//! leftmost-longest searches at each word start (and after one or two proclitics) then give
//! the longest name starting there. Names never cross punctuation or line breaks, which
//! are tokens of their own.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use crate::GazetteerError;

/// A name found in normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Byte offset in the normalised text where the name starts (after proclitics).
    pub start: usize,
    /// Byte offset one past the name's end (a word end).
    pub end: usize,
    /// Index of the first token of the name (see [`tokens`]).
    pub first_token: usize,
    /// Index one past the last token of the name.
    pub end_token: usize,
    /// Entries the name can refer to (indices into `Gazetteer::entries`).
    pub candidates: Vec<usize>,
}

/// Byte ranges of the tokens of normalised text: runs of letters and digits, and every other
/// non-space character (punctuation, line breaks) on its own.
pub fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s, i));
        }
        if c == '\n' || !c.is_whitespace() {
            out.push((i, i + c.len_utf8()));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The canonical form a name is matched in: tokens joined by spaces, plus a trailing space.
pub(crate) fn canonical(normalized_name: &str) -> String {
    let mut s = String::with_capacity(normalized_name.len() + 1);
    for (a, b) in tokens(normalized_name) {
        s.push_str(&normalized_name[a..b]);
        s.push(' ');
    }
    s
}

const PROCLITICS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// Aho-Corasick over canonical names, with the entries each name stands for.
pub(crate) struct NameMatcher {
    ac: AhoCorasick,
    /// Entries per pattern.
    targets: Vec<Vec<usize>>,
    /// Pattern index per canonical name, for exact look-ups.
    index: HashMap<String, usize>,
}

impl NameMatcher {
    /// Build from (normalised name, entry) pairs. A name with ال also gets its لل form.
    pub(crate) fn new(names: &[(String, usize)]) -> Result<Self, GazetteerError> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<usize>> = Vec::new();
        let mut add = |pattern: String, entry: usize| {
            if pattern.trim().is_empty() {
                return;
            }
            let id = *index.entry(pattern.clone()).or_insert_with(|| {
                patterns.push(pattern);
                targets.push(Vec::new());
                targets.len() - 1
            });
            if let Some(t) = targets.get_mut(id) {
                if !t.contains(&entry) {
                    t.push(entry);
                }
            }
        };
        for (name, entry) in names {
            let c = canonical(name);
            if let Some(rest) = c.strip_prefix("ال") {
                if rest.chars().count() > 2 {
                    add(format!("لل{rest}"), *entry);
                }
            }
            add(c, *entry);
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .map_err(|e| GazetteerError::Automaton(e.to_string()))?;
        Ok(NameMatcher { ac, targets, index })
    }

    /// Entries of the exact name `name` (normalised).
    pub(crate) fn lookup(&self, name: &str) -> Vec<usize> {
        self.index
            .get(&canonical(name))
            .and_then(|&i| self.targets.get(i))
            .cloned()
            .unwrap_or_default()
    }

    /// Non-overlapping whole-word matches, longest first, left to right.
    pub(crate) fn find(&self, text: &str) -> Vec<Match> {
        let toks = tokens(text);
        // The token stream and, per token, its start in the stream.
        let mut stream = String::with_capacity(text.len() + 1);
        let mut starts = Vec::with_capacity(toks.len());
        // A hashtag's # glued to the word after it is left out of the stream, so a name runs
        // across it («محافظة #البيضاء» is محافظة البيضاء); no match starts on it.
        let hashtag = |k: usize| {
            toks.get(k).is_some_and(|&(a, b)| &text[a..b] == "#")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| Some(n.0) == toks.get(k).map(|t| t.1))
        };
        for (k, &(a, b)) in toks.iter().enumerate() {
            starts.push(stream.len());
            if hashtag(k) {
                continue;
            }
            stream.push_str(&text[a..b]);
            stream.push(' ');
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if hashtag(i) {
                i += 1;
                continue;
            }
            let (ta, tb) = toks[i];
            let word = &text[ta..tb];
            let mut best: Option<(usize, usize, usize)> = None; // (stream end, skip bytes, pattern)
            for skip in proclitic_skips(word) {
                let at = starts[i] + skip;
                let input = Input::new(&stream).range(at..).anchored(Anchored::Yes);
                if let Some(m) = self.ac.find(input) {
                    if best.is_none_or(|(e, _, _)| m.end() > e) {
                        best = Some((m.end(), skip, m.pattern().as_usize()));
                    }
                }
            }
            let Some((stream_end, skip, pattern)) = best else {
                i += 1;
                continue;
            };
            // The last token is the one whose stream span ends just before `stream_end`.
            let last = starts
                .partition_point(|&s| s < stream_end)
                .saturating_sub(1);
            let end = toks.get(last).map_or(tb, |t| t.1);
            out.push(Match {
                start: ta + skip,
                end,
                first_token: i,
                end_token: last + 1,
                candidates: self.targets.get(pattern).cloned().unwrap_or_default(),
            });
            i = last + 1;
        }
        out
    }
}

/// Byte offsets into `word` where a name may start: 0, and after one or two proclitics
/// (و ف first, then ب ل ك), leaving at least two letters.
/// ك ("like") is taken as a proclitic only before the article (كالعراق): before a bare name
/// it is far more often the name's own first letter (كردفان is not ك + ردفان).
fn proclitic_skips(word: &str) -> Vec<usize> {
    let mut skips = vec![0];
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let n = chars.len();
    let clitic_at = |i: usize| {
        PROCLITICS.contains(&chars[i].1)
            && (chars[i].1 != 'ك' || word[chars[i].0..].starts_with("كال"))
    };
    if n >= 3 && clitic_at(0) {
        skips.push(chars[1].0);
        if n >= 4 && matches!(chars[0].1, 'و' | 'ف') && clitic_at(1) && chars[1].1 != chars[0].1 {
            skips.push(chars[2].0);
        }
    }
    skips
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_words_and_punctuation() {
        let t = "في بغداد، امس\nثم";
        let toks: Vec<&str> = tokens(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(toks, vec!["في", "بغداد", "،", "امس", "\n", "ثم"]);
    }

    #[test]
    fn skips_cover_one_and_two_proclitics() {
        assert_eq!(proclitic_skips("والعراق").len(), 2);
        // Regression: «غربي كردفان» was Radfan (Yemen), ك read as a proclitic.
        assert_eq!(proclitic_skips("كردفان").len(), 1);
        assert_eq!(proclitic_skips("كالعراق").len(), 2);
        assert_eq!(proclitic_skips("وكالعراق").len(), 3);
        assert_eq!(proclitic_skips("وبالعراق").len(), 3);
        assert_eq!(proclitic_skips("في").len(), 1);
    }

    fn matcher(names: &[&str]) -> NameMatcher {
        let v: Vec<(String, usize)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.to_string(), i))
            .collect();
        NameMatcher::new(&v).unwrap()
    }

    #[test]
    fn whole_words_only() {
        let m = matcher(&["عراق", "العراق"]);
        assert!(m.find("العراقيين هنا").is_empty());
        let found = m.find("في العراق");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].candidates, vec![1]);
    }

    #[test]
    fn longest_name_wins_and_shorter_survives_a_longer_miss() {
        let m = matcher(&["التحالف الدولي", "التحالف الدولي ضد داعش", "داعش"]);
        let t = "مؤتمر التحالف الدولي ضد داعش و التحالف الدولي ضدهم";
        let found = m.find(t);
        let names: Vec<&str> = found.iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(names, vec!["التحالف الدولي ضد داعش", "التحالف الدولي"]);
    }

    #[test]
    fn proclitics_are_excluded_and_lil_matches() {
        let m = matcher(&["العراق", "الامم المتحده"]);
        let t = "وبالعراق وللامم المتحده";
        let names: Vec<&str> = m.find(t).iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(names, vec!["العراق", "للامم المتحده"]);
    }

    #[test]
    fn names_do_not_cross_punctuation_or_lines() {
        let m = matcher(&["قطاع غزه"]);
        assert!(m.find("قطاع، غزه").is_empty());
        assert!(m.find("قطاع\nغزه").is_empty());
        assert_eq!(m.find("قطاع  غزه").len(), 1);
    }
}
