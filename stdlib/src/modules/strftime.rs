//! `strftime` in the C locale, as glibc formats it for CPython's `time.strftime`
//! (and, after `%f`/`%z`/`%Z` are substituted, `datetime.strftime`). Directives
//! glibc does not know are copied through unchanged, as glibc does.

use chrono::{Datelike, NaiveDate, Timelike};

/// A broken-down time (`struct tm`): CPython's `struct_time` fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Tm {
    pub year: i64,
    /// 1..=12
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Monday is 0, as Python's `tm_wday`.
    pub wday: i64,
    /// 1..=366
    pub yday: i64,
    pub isdst: i64,
    /// Seconds east of UTC.
    pub gmtoff: i64,
    pub zone: String,
}

impl Tm {
    /// The fields of a chrono date and time, with the zone facts given.
    pub fn of(dt: &(impl Datelike + Timelike), isdst: i64, gmtoff: i64, zone: String) -> Tm {
        Tm {
            year: dt.year() as i64,
            mon: dt.month() as i64,
            mday: dt.day() as i64,
            hour: dt.hour() as i64,
            min: dt.minute() as i64,
            sec: dt.second() as i64,
            wday: dt.weekday().num_days_from_monday() as i64,
            yday: dt.ordinal() as i64,
            isdst,
            gmtoff,
            zone,
        }
    }
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS[tm.wday.rem_euclid(7) as usize]
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS[(tm.mon - 1).clamp(0, 11) as usize]
}

/// `%c`: `Tue Nov 14 22:13:20 2023` (also `asctime`, with the day space-padded).
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        &day_name(tm)[..3],
        &month_name(tm)[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn hour12(h: i64) -> i64 {
    match h % 12 {
        0 => 12,
        x => x,
    }
}

/// ISO 8601 year and week of the date, when it is a valid date.
fn iso_week(tm: &Tm) -> (i64, i64) {
    match NaiveDate::from_ymd_opt(tm.year as i32, tm.mon as u32, tm.mday as u32) {
        Some(d) => {
            let w = d.iso_week();
            (w.year() as i64, w.week() as i64)
        }
        None => (tm.year, 1),
    }
}

/// Seconds since the epoch for `tm` taken as a time at offset `gmtoff`.
fn epoch_seconds(tm: &Tm) -> i64 {
    let days = NaiveDate::from_ymd_opt(tm.year as i32, tm.mon as u32, tm.mday as u32)
        .map(|d| d.num_days_from_ce() as i64 - 719_163)
        .unwrap_or(0);
    days * 86_400 + tm.hour * 3_600 + tm.min * 60 + tm.sec - tm.gmtoff
}

/// `+hhmm` for an offset in seconds.
pub fn offset_text(gmtoff: i64) -> String {
    let sign = if gmtoff < 0 { '-' } else { '+' };
    let a = gmtoff.abs();
    format!("{sign}{:02}{:02}", a / 3600, (a / 60) % 60)
}

/// Formats `tm` by `fmt`.
pub fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let sunday_wday = (tm.wday + 1) % 7;
        let yday0 = tm.yday - 1;
        match d {
            'a' => out.push_str(&day_name(tm)[..3]),
            'A' => out.push_str(day_name(tm)),
            'b' | 'h' => out.push_str(&month_name(tm)[..3]),
            'B' => out.push_str(month_name(tm)),
            'c' => out.push_str(&asctime(tm)),
            'C' => out.push_str(&format!("{:02}", tm.year.div_euclid(100))),
            'd' => out.push_str(&format!("{:02}", tm.mday)),
            'D' => out.push_str(&format!(
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            )),
            'e' => out.push_str(&format!("{:>2}", tm.mday)),
            'F' => out.push_str(&format!("{}-{:02}-{:02}", tm.year, tm.mon, tm.mday)),
            'g' => out.push_str(&format!("{:02}", iso_week(tm).0.rem_euclid(100))),
            'G' => out.push_str(&iso_week(tm).0.to_string()),
            'H' => out.push_str(&format!("{:02}", tm.hour)),
            'I' => out.push_str(&format!("{:02}", hour12(tm.hour))),
            'j' => out.push_str(&format!("{:03}", tm.yday)),
            'k' => out.push_str(&format!("{:>2}", tm.hour)),
            'l' => out.push_str(&format!("{:>2}", hour12(tm.hour))),
            'm' => out.push_str(&format!("{:02}", tm.mon)),
            'M' => out.push_str(&format!("{:02}", tm.min)),
            'n' => out.push('\n'),
            'p' => out.push_str(if tm.hour < 12 { "AM" } else { "PM" }),
            'P' => out.push_str(if tm.hour < 12 { "am" } else { "pm" }),
            'r' => out.push_str(&format!(
                "{:02}:{:02}:{:02} {}",
                hour12(tm.hour),
                tm.min,
                tm.sec,
                if tm.hour < 12 { "AM" } else { "PM" }
            )),
            'R' => out.push_str(&format!("{:02}:{:02}", tm.hour, tm.min)),
            's' => out.push_str(&epoch_seconds(tm).to_string()),
            'S' => out.push_str(&format!("{:02}", tm.sec)),
            't' => out.push('\t'),
            'T' | 'X' => out.push_str(&format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec)),
            'u' => out.push_str(&(tm.wday + 1).to_string()),
            'U' => out.push_str(&format!("{:02}", (yday0 + 7 - sunday_wday) / 7)),
            'V' => out.push_str(&format!("{:02}", iso_week(tm).1)),
            'w' => out.push_str(&sunday_wday.to_string()),
            'W' => out.push_str(&format!("{:02}", (yday0 + 7 - tm.wday) / 7)),
            'x' => out.push_str(&format!(
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            )),
            'y' => out.push_str(&format!("{:02}", tm.year.rem_euclid(100))),
            'Y' => out.push_str(&tm.year.to_string()),
            'z' => out.push_str(&offset_text(tm.gmtoff)),
            'Z' => out.push_str(&tm.zone),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_locale_directives() {
        let tm = Tm {
            year: 2023,
            mon: 11,
            mday: 14,
            hour: 22,
            min: 13,
            sec: 20,
            wday: 1,
            yday: 318,
            isdst: 0,
            gmtoff: 0,
            zone: "UTC".into(),
        };
        let got = strftime(
            "%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %Z %% %G %u %V %D %F %T %R %h %C %g %e %k %l %s %Q|%E|%O|%",
            &tm,
        );
        assert_eq!(got, "Tue Tuesday Nov November Tue Nov 14 22:13:20 2023 14 22 10 318 11 13 PM 20 46 2 46 11/14/23 22:13:20 23 2023 +0000 UTC % 2023 2 46 11/14/23 2023-11-14 22:13:20 22:13 Nov 20 23 14 22 10 1700000000 %Q|%E|%O|%");
    }
}
