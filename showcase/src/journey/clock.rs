//! Time for people in the Netherlands: "tot 15:42" must be Dutch clock time (CET in winter, CEST
//! in summer), whatever zone the server runs in. The EU rule is fixed (summer time from the last
//! Sunday of March, 01:00 UTC, to the last Sunday of October, 01:00 UTC), so no time-zone database
//! is needed.

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in Unix milliseconds.
pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// Today's date in the Netherlands, by the server's clock (never the browser's): (year, month, day).
pub fn today() -> (i32, u32, u32) {
    amsterdam(now_ms()).0
}

/// The date `days` days after (or, negative, before) `date`.
pub fn add_days((year, month, day): (i32, u32, u32), days: i64) -> (i32, u32, u32) {
    civil_from_days(days_from_civil(year, month, day) + days)
}

/// Julian day number of 1970-01-01.
const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;

/// (year, month, day) of the Unix day `days` (days since 1970-01-01), proleptic Gregorian.
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let julian = i32::try_from(days + UNIX_EPOCH_JULIAN_DAY).expect("a day within the calendar's range");
    let date = time::Date::from_julian_day(julian).expect("a day within the calendar's range");
    (date.year(), u32::from(u8::from(date.month())), u32::from(date.day()))
}

/// Days since 1970-01-01 of a date. A day past the month's end runs on into the next month and a
/// month 13 is January of the next year (the summer-time rule asks for "the day before the 1st of
/// month + 1").
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let (year, month) = if month > 12 { (year + 1, month - 12) } else { (year, month) };
    let month = time::Month::try_from(month as u8).expect("a month from 1 to 12");
    let first = time::Date::from_calendar_date(year, month, 1).expect("a year within the calendar's range");
    i64::from(first.to_julian_day()) - UNIX_EPOCH_JULIAN_DAY + i64::from(day) - 1
}

/// Unix seconds of the last Sunday of `month` in `year`, 01:00 UTC.
fn last_sunday_1am_utc(year: i32, month: u32) -> i64 {
    let last_day = days_from_civil(year, month + 1, 1) - 1;
    // 1970-01-01 was a Thursday: weekday 0 = Sunday is (days + 4) % 7.
    let sunday = last_day - (last_day + 4).rem_euclid(7);
    sunday * 86_400 + 3_600
}

/// The offset of Dutch clock time from UTC at Unix second `secs`, in seconds.
pub fn amsterdam_offset(secs: i64) -> i64 {
    let (year, _, _) = civil_from_days(secs.div_euclid(86_400));
    let summer = last_sunday_1am_utc(year, 3) <= secs && secs < last_sunday_1am_utc(year, 10);
    if summer { 7_200 } else { 3_600 }
}

/// Dutch local date and time of Unix milliseconds `ms`: ((year, month, day), hour, minute).
pub fn amsterdam(ms: u64) -> ((i32, u32, u32), u32, u32) {
    let secs = (ms / 1000) as i64;
    let local = secs + amsterdam_offset(secs);
    let date = civil_from_days(local.div_euclid(86_400));
    let of_day = local.rem_euclid(86_400);
    (date, (of_day / 3600) as u32, ((of_day % 3600) / 60) as u32)
}

/// "15:42": the Dutch clock time of `ms`.
pub fn clock_time(ms: u64) -> String {
    let (_, hour, minute) = amsterdam(ms);
    format!("{hour:02}:{minute:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for days in [-1000, 0, 19_000, 20_000, 30_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn dutch_clock_time_follows_summer_time() {
        // 2026-01-15 12:00 UTC is 13:00 in Amsterdam; 2026-07-15 12:00 UTC is 14:00.
        let winter = days_from_civil(2026, 1, 15) * 86_400 + 12 * 3600;
        let summer = days_from_civil(2026, 7, 15) * 86_400 + 12 * 3600;
        assert_eq!(clock_time(winter as u64 * 1000), "13:00");
        assert_eq!(clock_time(summer as u64 * 1000), "14:00");
        // Summer time 2026 starts on 29 March at 01:00 UTC.
        let switch = days_from_civil(2026, 3, 29) * 86_400 + 3600;
        assert_eq!(amsterdam_offset(switch - 1), 3600);
        assert_eq!(amsterdam_offset(switch), 7200);
    }
}
