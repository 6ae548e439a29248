//! Calendar arithmetic: proleptic Gregorian days, ISO weeks, and Umm al-Qura conversion.
//!
//! The Gregorian part is a few lines of integer arithmetic (days since 1970-01-01), enough
//! for resolving relative expressions; Hijri dates go through `icu_calendar`'s Umm al-Qura
//! tables, the calendar Saudi and most Gulf media date by.

use icu_calendar::islamic::IslamicUmmAlQura;
use icu_calendar::{Date, Gregorian};

/// A Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Ymd {
    /// Year.
    pub y: i32,
    /// Month, 1–12.
    pub m: u32,
    /// Day, 1–31.
    pub d: u32,
}

/// Whether `y` is a Gregorian leap year.
pub(crate) fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` of year `y` (0 for a bad month).
pub(crate) fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Month `n` months after (y, m); `n` may be negative.
pub(crate) fn add_months(y: i32, m: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

impl Ymd {
    /// A valid date, or `None`.
    pub(crate) fn new(y: i32, m: u32, d: u32) -> Option<Ymd> {
        ((1..=9999).contains(&y) && d >= 1 && d <= days_in_month(y, m)).then_some(Ymd { y, m, d })
    }

    /// Parse `YYYY-MM-DD`.
    pub(crate) fn parse(s: &str) -> Option<Ymd> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.get(..2)?.parse().ok()?;
        Ymd::new(y, m, d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub(crate) fn days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `z` days after 1970-01-01.
    pub(crate) fn from_days(z: i64) -> Ymd {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Ymd { y, m, d }
    }

    /// This date plus `n` days.
    pub(crate) fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.days() + n)
    }

    /// ISO weekday, 1 = Monday … 7 = Sunday.
    pub(crate) fn weekday(self) -> u32 {
        ((self.days() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO week-numbering year and week.
    pub(crate) fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Ymd {
            y: thursday.y,
            m: 1,
            d: 1,
        };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        (thursday.y, week as u32)
    }

    /// `YYYY-MM-DD`.
    pub(crate) fn fmt(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// Gregorian date of Umm al-Qura day `d` of month `m`, year `y` AH.
pub(crate) fn hijri_to_gregorian(y: i32, m: u32, d: u32) -> Option<Ymd> {
    // Keep to the range the calendar tables and arithmetic are meant for.
    if !(1..=2000).contains(&y) || !(1..=12).contains(&m) || !(1..=30).contains(&d) {
        return None;
    }
    let h = Date::try_new_ummalqura_date(y, m as u8, d as u8, IslamicUmmAlQura::new()).ok()?;
    let g = h.to_calendar(Gregorian);
    Ymd::new(g.year().number, g.month().ordinal, g.day_of_month().0)
}

/// Umm al-Qura (year, month, day) of a Gregorian date.
pub(crate) fn gregorian_to_hijri(date: Ymd) -> Option<(i32, u32, u32)> {
    if !(600..=2500).contains(&date.y) {
        return None;
    }
    let g = Date::try_new_gregorian_date(date.y, date.m as u8, date.d as u8).ok()?;
    let h = g.to_calendar(IslamicUmmAlQura::new());
    Some((h.year().number, h.month().ordinal, h.day_of_month().0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(s: &str) -> Ymd {
        Ymd::parse(s).expect("valid test date")
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(ymd("1970-01-01").days(), 0);
        for z in [-800_000, -1, 0, 59, 10_957, 19_967, 2_932_896] {
            assert_eq!(Ymd::from_days(z).days(), z);
        }
        assert_eq!(ymd("2024-03-01").add_days(-1), ymd("2024-02-29"));
    }

    #[test]
    fn weekdays_and_iso_weeks() {
        assert_eq!(ymd("2024-09-01").weekday(), 7);
        assert_eq!(ymd("2024-08-31").weekday(), 6);
        assert_eq!(ymd("2024-09-01").iso_week(), (2024, 35));
        assert_eq!(ymd("2021-01-03").iso_week(), (2020, 53));
        assert_eq!(ymd("2018-12-31").iso_week(), (2019, 1));
    }

    #[test]
    fn months_wrap() {
        assert_eq!(add_months(2024, 1, -1), (2023, 12));
        assert_eq!(add_months(2024, 12, 1), (2025, 1));
        assert_eq!(add_months(2024, 9, -21), (2022, 12));
        assert!(Ymd::new(2023, 2, 29).is_none());
        assert!(Ymd::parse("2024-13-01").is_none());
    }

    #[test]
    fn umm_al_qura_conversion() {
        assert_eq!(hijri_to_gregorian(1446, 9, 5), Some(ymd("2025-03-05")));
        assert_eq!(hijri_to_gregorian(1436, 10, 25), Some(ymd("2015-08-10")));
        assert_eq!(hijri_to_gregorian(1446, 1, 1), Some(ymd("2024-07-07")));
        assert_eq!(gregorian_to_hijri(ymd("2015-08-10")), Some((1436, 10, 25)));
        assert_eq!(hijri_to_gregorian(1446, 13, 1), None);
    }
}
