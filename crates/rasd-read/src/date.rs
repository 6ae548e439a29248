//! Calendar-date checks for the `published` field: strict `YYYY-MM-DD`, and a lenient
//! normaliser for the many date shapes found in HTML metadata.

/// True when `s` is exactly a valid Gregorian date written `YYYY-MM-DD`.
pub fn is_valid_ymd(s: &str) -> bool {
    s.as_bytes().get(4) == Some(&b'-')
        && parse_ymd_prefix(s).is_some_and(|(_, used)| used == s.len())
}

/// Normalises a metadata date to `YYYY-MM-DD`.
///
/// Accepts ISO 8601 dates and date-times (`2024-09-01T10:00:00+03:00`), slashes or dots as
/// separators (`2024/09/01`) and the compact `20240901`. The date is taken as written: a
/// publisher's local date is what the article's relative expressions are anchored to, so the
/// time zone is deliberately not applied.
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    if let Some(((y, m, d), _)) = parse_ymd_prefix(s) {
        return Some(format!("{y:04}-{m:02}-{d:02}"));
    }
    // Compact form `YYYYMMDD`, possibly followed by a time (`20240901T1000`).
    let digits: Vec<u8> = s.bytes().take_while(u8::is_ascii_digit).collect();
    if digits.len() == 8 || (digits.len() > 8 && s.as_bytes().get(8) == Some(&b'T')) {
        let y = number(&digits[0..4])?;
        let m = number(&digits[4..6])?;
        let d = number(&digits[6..8])?;
        if valid(y, m, d) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    None
}

/// Parses `YYYY-MM-DD` (or with `/` or `.`) at the start of `s`; returns the date and the bytes
/// used. The date must not run on into more digits.
fn parse_ymd_prefix(s: &str) -> Option<((u32, u32, u32), usize)> {
    let b = s.as_bytes();
    let year = number(b.get(0..4)?)?;
    let sep = *b.get(4)?;
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let month = number(b.get(5..7)?)?;
    if *b.get(7)? != sep {
        return None;
    }
    let day = number(b.get(8..10)?)?;
    if b.get(10).is_some_and(u8::is_ascii_digit) || !valid(year, month, day) {
        return None;
    }
    Some(((year, month, day), 10))
}

/// Decimal value of an all-ASCII-digit slice.
fn number(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(
        digits
            .iter()
            .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0')),
    )
}

/// Whether year/month/day form a real Gregorian date (year 1 to 9999).
fn valid(year: u32, month: u32, day: u32) -> bool {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1 && (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_dates() {
        let table = [
            ("2024-09-01", true),
            ("2024-02-29", true),
            ("2023-02-29", false),
            ("1900-02-29", false),
            ("2000-02-29", true),
            ("2024-13-01", false),
            ("2024-00-10", false),
            ("2024-04-31", false),
            ("2024-9-1", false),
            ("2024/09/01", false),
            ("2024-09-01T10:00", false),
            ("", false),
            ("٢٠٢٤-٠٩-٠١", false),
        ];
        for (input, want) in table {
            assert_eq!(is_valid_ymd(input), want, "{input}");
        }
    }

    #[test]
    fn metadata_dates() {
        let table = [
            ("2024-09-01T10:00:00+03:00", Some("2024-09-01")),
            ("2024-09-01T23:30:00-05:00", Some("2024-09-01")),
            (" 2024-09-01 ", Some("2024-09-01")),
            ("2024/09/01 10:00", Some("2024-09-01")),
            ("2024.09.01", Some("2024-09-01")),
            ("20240901", Some("2024-09-01")),
            ("20240901T100000Z", Some("2024-09-01")),
            ("2024-09-011", None),
            ("2024-09", None),
            ("Sun, 01 Sep 2024", None),
            ("2024-02-30", None),
            ("202409011", None),
        ];
        for (input, want) in table {
            assert_eq!(normalize_date(input).as_deref(), want, "{input}");
        }
    }
}
