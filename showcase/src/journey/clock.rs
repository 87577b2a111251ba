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

/// (year, month, day) of the Unix day `days` (days since 1970-01-01), proleptic Gregorian.
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    // Howard Hinnant's algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Days since 1970-01-01 of a date.
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let month = i64::from(month);
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
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
