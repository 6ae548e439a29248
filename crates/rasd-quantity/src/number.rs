//! Reading one number phrase: digits, number words, scale words and their combinations
//! («ثلاثة آلاف وخمسمائة», «240 ألفا و381», «2.5 مليون», «مئات الآلاف»).

use crate::lexicon::{Lexicon, NumKind, Role, UnitClass};
use crate::token::{Kind, Token};

/// Proclitics that may stick to a number word or a hedge (و ف ب ل ك).
pub const PROCLITICS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// A number word found in a token, with what was stripped off to find it.
#[derive(Debug, Clone, Copy)]
pub struct WordHit {
    /// Value from the lexicon.
    pub value: f64,
    /// Role from the lexicon.
    pub kind: NumKind,
    /// Bytes of proclitic (not the article) before the number word.
    pub prefix: usize,
    /// The proclitic is the conjunction و.
    pub conj: bool,
    /// The word carries the article ال.
    pub definite: bool,
}

/// Strip at most one proclitic (و ف ب ل; ك is left out: كميات is not ك + مئات) and an
/// optional article; yields (stem, proclitic bytes, conj, definite).
pub fn analyses(w: &str) -> Vec<(&str, usize, bool, bool)> {
    let mut out = vec![(w, 0, false, false)];
    if let Some(rest) = w.strip_prefix("ال") {
        out.push((rest, 0, false, true));
    }
    if let Some(c) = w.chars().next() {
        if PROCLITICS.contains(&c) && c != 'ك' {
            let n = c.len_utf8();
            let rest = &w[n..];
            out.push((rest, n, c == 'و', false));
            if let Some(r2) = rest.strip_prefix("ال") {
                out.push((r2, n, c == 'و', true));
            }
            // ل + ال is written لل.
            if c == 'ل' {
                if let Some(r2) = rest.strip_prefix('ل') {
                    out.push((r2, n, false, true));
                }
            }
        }
    }
    out
}

/// The number word in a word token, if any. Only vague and plural-scale words may carry
/// the article (العشرات، مئات الآلاف): a definite cardinal (الثلاثة) is not a count here.
pub fn number_word(lex: &Lexicon, t: &Token) -> Option<WordHit> {
    if t.kind != Kind::Word || lex.is(Role::NotNumber, t.text) {
        return None;
    }
    analyses(t.text)
        .into_iter()
        .find_map(|(stem, prefix, conj, definite)| {
            let n = lex.number(stem)?;
            if definite && !matches!(n.kind, NumKind::Vague | NumKind::ScalePl) {
                return None;
            }
            Some(WordHit {
                value: n.value,
                kind: n.kind,
                prefix,
                conj,
                definite,
            })
        })
}

/// The value of a digit group, telling thousands separators from decimal points.
///
/// `12,500` and `1.250.000` group thousands; `2.5` is a decimal. A single `.` followed by
/// exactly three digits reads as thousands only when `count_follows` (a counted noun comes
/// next: `2.500 جندي`); prices and rates keep it decimal (`1.985 دينار`, `0.290`).
/// Anything else with several dots (a dotted date) is not a number.
pub fn digits_value(s: &str, count_follows: bool) -> Option<f64> {
    let (int_part, frac) = if s.contains(',') && s.contains('.') {
        // 12,500.5: commas group, the dot is decimal.
        let (a, b) = s.split_once('.')?;
        (a.replace(',', ""), Some(b.to_string()))
    } else if s.contains(',') {
        let groups: Vec<&str> = s.split(',').collect();
        if groups.iter().skip(1).all(|g| g.len() == 3)
            && groups.first().is_some_and(|g| g.len() <= 3)
        {
            (groups.concat(), None)
        } else if groups.len() == 2 {
            // 15,3: a decimal comma.
            (
                groups.first()?.to_string(),
                Some(groups.get(1)?.to_string()),
            )
        } else {
            return None;
        }
    } else if s.contains('.') {
        let groups: Vec<&str> = s.split('.').collect();
        let thousands = groups.iter().skip(1).all(|g| g.len() == 3)
            && groups.first().is_some_and(|g| g.len() <= 3);
        if groups.len() > 2 {
            if !thousands {
                return None;
            }
            (groups.concat(), None)
        } else if thousands && count_follows && groups.first().is_some_and(|g| !g.starts_with('0'))
        {
            (groups.concat(), None)
        } else {
            (
                groups.first()?.to_string(),
                Some(groups.get(1)?.to_string()),
            )
        }
    } else {
        (s.to_string(), None)
    };
    let text = match frac {
        Some(f) if f.chars().all(|c| c.is_ascii_digit()) => format!("{int_part}.{f}"),
        Some(_) => return None,
        None => int_part,
    };
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The kind of one component of a number phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AKind {
    /// Written in digits.
    Digits,
    /// 1..10 in words.
    Unit,
    /// 11..19.
    Teen,
    /// 20..90.
    Ten,
    /// 100..900.
    Hundred,
    /// ألف, مليون …
    Scale,
    /// ألفين, مليوني …
    Scale2,
    /// آلاف, ملايين …
    ScalePl,
    /// عشرات, مئات, بضعة.
    Vague,
    /// نصف, ربع.
    Fraction,
}

/// One component of a number phrase.
#[derive(Debug, Clone, Copy)]
pub struct Atom {
    /// Its value (the scale, for scale words).
    pub value: f64,
    /// Its kind.
    pub kind: AKind,
    /// Token index after it.
    pub next: usize,
    /// Proclitic bytes on its first token.
    pub prefix: usize,
    /// Its proclitic is و.
    pub conj: bool,
    /// It carries the article.
    pub definite: bool,
}

/// Whether the token is a counted noun of people or things (not money, measures or time).
fn is_count_noun(lex: &Lexicon, t: Option<&Token>) -> bool {
    t.filter(|t| t.kind == Kind::Word)
        .and_then(|t| lex.noun(t.text))
        .is_some_and(|(e, _)| e.class == UnitClass::Count)
}

/// The component starting at token `i`.
pub fn atom(lex: &Lexicon, toks: &[Token], i: usize) -> Option<Atom> {
    let t = toks.get(i)?;
    if t.kind == Kind::Digits {
        // «9ر53» is how some agency copy stores 53.9 (the decimal sign ٫ became ر, and the
        // two digit groups swapped places in the right-to-left text).
        if let (Some(r), Some(int)) = (toks.get(i + 1), toks.get(i + 2)) {
            let plain = |x: &Token| x.text.bytes().all(|b| b.is_ascii_digit());
            if r.kind == Kind::Word
                && r.text == "ر"
                && int.kind == Kind::Digits
                && r.start == t.end
                && int.start == r.end
                && plain(t)
                && plain(int)
            {
                let value: f64 = format!("{}.{}", int.text, t.text).parse().ok()?;
                return Some(Atom {
                    value,
                    kind: AKind::Digits,
                    next: i + 3,
                    prefix: 0,
                    conj: false,
                    definite: false,
                });
            }
        }
        let value = digits_value(t.text, is_count_noun(lex, toks.get(i + 1)))?;
        return Some(Atom {
            value,
            kind: AKind::Digits,
            next: i + 1,
            prefix: 0,
            conj: false,
            definite: false,
        });
    }
    let h = number_word(lex, t)?;
    let mk = |value, kind, next| Atom {
        value,
        kind,
        next,
        prefix: h.prefix,
        conj: h.conj,
        definite: h.definite,
    };
    let next_hit = toks
        .get(i + 1)
        .and_then(|n| number_word(lex, n))
        .filter(|n| n.prefix == 0 && !n.definite);
    match h.kind {
        NumKind::Unit | NumKind::TeenOnly
            if h.value < 10.0 && next_hit.is_some_and(|n| n.kind == NumKind::TeenTail) =>
        {
            Some(mk(10.0 + h.value, AKind::Teen, i + 2))
        }
        NumKind::TeenOnly => None,
        NumKind::Unit
            if h.value >= 3.0
                && next_hit.is_some_and(|n| n.kind == NumKind::Hundred && n.value == 100.0) =>
        {
            Some(mk(h.value * 100.0, AKind::Hundred, i + 2))
        }
        NumKind::Unit | NumKind::TeenTail => Some(mk(h.value, AKind::Unit, i + 1)),
        NumKind::Ten => Some(mk(h.value, AKind::Ten, i + 1)),
        NumKind::Hundred => Some(mk(h.value, AKind::Hundred, i + 1)),
        NumKind::Scale => Some(mk(h.value, AKind::Scale, i + 1)),
        NumKind::Scale2 => Some(mk(h.value, AKind::Scale2, i + 1)),
        NumKind::ScalePl => Some(mk(h.value, AKind::ScalePl, i + 1)),
        NumKind::Vague => Some(mk(h.value, AKind::Vague, i + 1)),
        NumKind::Fraction => Some(mk(h.value, AKind::Fraction, i + 1)),
    }
}

/// A whole number phrase.
#[derive(Debug, Clone, Copy)]
pub struct Phrase {
    /// Its value.
    pub value: f64,
    /// Token index where it starts.
    pub first: usize,
    /// Token index after it.
    pub next: usize,
    /// Proclitic bytes on its first token.
    pub prefix: usize,
    /// The count is vague (عشرات، آلاف alone).
    pub vague: bool,
    /// Number of components.
    pub atoms: usize,
    /// The kind of its first component.
    pub first_kind: AKind,
    /// Its first component carries the article (العشرات، الآلاف).
    pub definite: bool,
    /// The last scale word applied (1 when none): «ستة إلى سبعة مليارات» shares it.
    pub scale: f64,
}

struct Acc {
    total: f64,
    current: f64,
    last: AKind,
    last_scale: f64,
    vague: bool,
}

impl Acc {
    fn apply(&mut self, a: &Atom) {
        match a.kind {
            AKind::Digits | AKind::Unit | AKind::Teen | AKind::Ten | AKind::Hundred => {
                self.current += a.value
            }
            AKind::Vague => {
                self.current += a.value;
                self.vague = true;
            }
            AKind::Scale => {
                let c = if self.current == 0.0 {
                    1.0
                } else {
                    self.current
                };
                self.total += c * a.value;
                self.current = 0.0;
                self.last_scale = a.value;
            }
            AKind::Scale2 => {
                self.total += 2.0 * a.value;
                self.current = 0.0;
                self.last_scale = a.value;
            }
            AKind::ScalePl => {
                if self.current == 0.0 {
                    // آلاف alone: "thousands", a vague count.
                    self.current = 2.0;
                    self.vague = true;
                }
                self.total += self.current * a.value;
                self.current = 0.0;
                self.last_scale = a.value;
            }
            AKind::Fraction => {
                if matches!(self.last, AKind::Scale | AKind::Scale2 | AKind::ScalePl) {
                    self.total += a.value * self.last_scale;
                } else {
                    self.current += a.value;
                }
            }
        }
        self.last = a.kind;
    }
}

fn is_count(k: AKind) -> bool {
    matches!(
        k,
        AKind::Digits | AKind::Unit | AKind::Teen | AKind::Ten | AKind::Hundred | AKind::Vague
    )
}

/// Whether component `b`, joined by و, may continue a phrase whose last component is `last`.
fn joins(last: AKind, last_value: f64, last_scale: f64, b: &Atom) -> bool {
    match last {
        AKind::Scale | AKind::Scale2 | AKind::ScalePl => {
            matches!(
                b.kind,
                AKind::Digits
                    | AKind::Unit
                    | AKind::Teen
                    | AKind::Ten
                    | AKind::Hundred
                    | AKind::Fraction
            ) && b.value < last_scale
        }
        AKind::Hundred => matches!(
            b.kind,
            AKind::Unit | AKind::Teen | AKind::Ten | AKind::Fraction
        ),
        AKind::Unit => b.kind == AKind::Ten || (b.kind == AKind::Fraction && last_value < 10.0),
        AKind::Digits | AKind::Teen | AKind::Ten => b.kind == AKind::Fraction,
        AKind::Vague | AKind::Fraction => false,
    }
}

/// Read the number phrase that starts at token `i`, if one does.
pub fn phrase(lex: &Lexicon, toks: &[Token], i: usize) -> Option<Phrase> {
    let mut a = atom(lex, toks, i)?;
    // «نصف مليون», «ربع مليون»: a fraction counts a scale word right after it.
    if a.kind == AKind::Fraction
        && !a.definite
        && atom(lex, toks, a.next)
            .is_some_and(|b| b.prefix == 0 && !b.definite && b.kind == AKind::Scale)
    {
        a.kind = AKind::Unit;
    }
    if a.kind == AKind::Fraction
        || (a.definite && a.kind != AKind::Vague && a.kind != AKind::ScalePl)
    {
        return None;
    }
    let mut acc = Acc {
        total: 0.0,
        current: 0.0,
        last: a.kind,
        last_scale: f64::INFINITY,
        vague: false,
    };
    acc.apply(&a);
    let mut last_value = a.value;
    let mut next = a.next;
    let mut atoms = 1;
    loop {
        // A scale word right after a count: «ثلاثة آلاف», «2.5 مليون», «مئات الآلاف».
        if is_count(acc.last) {
            if let Some(b) = atom(lex, toks, next) {
                let definite_ok = !b.definite || acc.last == AKind::Vague;
                if b.prefix == 0
                    && definite_ok
                    && matches!(b.kind, AKind::Scale | AKind::ScalePl)
                    && b.value < acc.last_scale
                {
                    acc.apply(&b);
                    last_value = b.value;
                    next = b.next;
                    atoms += 1;
                    continue;
                }
            }
        }
        // A component joined by و: a separate «و 381», or attached «و381» / «وخمسمائة».
        let b = match toks.get(next) {
            Some(t) if t.kind == Kind::Word && t.text == "و" => atom(lex, toks, next + 1)
                .filter(|b| b.prefix == 0)
                .map(|b| (b, next)),
            Some(t) if t.kind == Kind::Word => atom(lex, toks, next)
                .filter(|b| b.conj && !b.definite)
                .map(|b| (b, next)),
            _ => None,
        };
        // «3.6 تريليون و6 تريليونات»: a count that takes its own, not smaller, scale is a
        // second number, not part of this one.
        let own_scale = |b: &Atom| {
            atom(lex, toks, b.next).is_some_and(|c| {
                c.prefix == 0
                    && matches!(c.kind, AKind::Scale | AKind::Scale2 | AKind::ScalePl)
                    && c.value >= acc.last_scale
            })
        };
        match b {
            Some((b, _)) if joins(acc.last, last_value, acc.last_scale, &b) && !own_scale(&b) => {
                acc.apply(&b);
                last_value = b.value;
                next = b.next;
                atoms += 1;
            }
            _ => break,
        }
    }
    Some(Phrase {
        value: acc.total + acc.current,
        first: i,
        next,
        prefix: a.prefix,
        vague: acc.vague,
        atoms,
        first_kind: a.kind,
        definite: a.definite,
        scale: if acc.last_scale.is_finite() {
            acc.last_scale
        } else {
            1.0
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;
    use crate::token::tokenize;
    use rasd_text::normalize;

    fn val(s: &str) -> Option<(f64, bool)> {
        let lex = lexicon().ok()?;
        let n = normalize(s);
        let toks = tokenize(&n.text);
        phrase(lex, &toks, 0).map(|p| (p.value, p.vague))
    }

    #[test]
    fn digit_separators() {
        assert_eq!(digits_value("12,500", false), Some(12500.0));
        assert_eq!(digits_value("2.5", true), Some(2.5));
        assert_eq!(digits_value("2.500", true), Some(2500.0));
        assert_eq!(digits_value("1.250", false), Some(1.25));
        assert_eq!(digits_value("0.290", true), Some(0.29));
        assert_eq!(digits_value("1.250.000", false), Some(1_250_000.0));
        assert_eq!(digits_value("01.09.2024", false), None);
        assert_eq!(digits_value("15,3", false), Some(15.3));
    }

    #[test]
    fn words_and_combinations() {
        let cases: &[(&str, f64)] = &[
            ("ثلاثة آلاف وخمسمائة", 3500.0),
            ("خمسة وعشرون", 25.0),
            ("واحد وعشرين", 21.0),
            ("أحد عشر", 11.0),
            ("اثني عشر", 12.0),
            ("سبعة عشر", 17.0),
            ("ثلاث مئة", 300.0),
            ("تسعمائة", 900.0),
            ("مئتين", 200.0),
            ("ألفين", 2000.0),
            ("مليوني", 2_000_000.0),
            ("240 ألفا و381", 240_381.0),
            ("2.5 مليون", 2_500_000.0),
            ("3 آلاف", 3000.0),
            ("12 ألف", 12000.0),
            ("مليون ونصف", 1_500_000.0),
            ("مائة وخمسون ألفا", 150_000.0),
            ("مليون و500 ألف", 1_500_000.0),
            ("١٢٬٥٠٠", 12500.0),
        ];
        for (s, v) in cases {
            assert_eq!(val(s).map(|x| x.0), Some(*v), "{s}");
        }
    }

    #[test]
    fn vague_counts() {
        assert_eq!(val("العشرات"), Some((24.0, true)));
        assert_eq!(val("مئات الآلاف"), Some((200_000.0, true)));
        assert_eq!(val("آلاف"), Some((2000.0, true)));
        assert_eq!(val("ثلاثة آلاف"), Some((3000.0, false)));
    }

    #[test]
    fn non_numbers() {
        assert!(val("الثلاثة").is_none());
        assert!(val("أحد").is_none());
        assert!(val("لست").is_none());
        assert!(val("الثالث").is_none());
        assert!(val("كميات").is_none());
    }

    #[test]
    fn lists_do_not_join() {
        // «3 و4» is a list, not 7.
        assert_eq!(val("3 و4").map(|x| x.0), Some(3.0));
        assert_eq!(val("3.6 تريليون و6 تريليونات").map(|x| x.0), Some(3.6e12));
        assert_eq!(val("2.500 جندي").map(|x| x.0), Some(2500.0));
        assert_eq!(val("1.985 دينار").map(|x| x.0), Some(1.985));
        assert_eq!(val("5ر6 مليون طن").map(|x| x.0), Some(6_500_000.0));
    }
}
