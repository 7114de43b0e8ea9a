//! `time.strptime` and `datetime.datetime.strptime` (CPython 3.11
//! `Lib/_strptime.py`, C locale): each directive matches what its regular
//! expression in `TimeRE` matches, alternatives tried in the same order with
//! backtracking, and the fields are combined as `_strptime` does (`%y`
//! pivot at 69, `%I` with `%p`, `%j`, the 1904 leap-year fix for Feb 29).

use super::datetime::new_datetime;
use super::strftime::Tm;
use super::strptime_frames::{build_error, parse_error, Caller};
use crate::builtins::args::positional;
use chrono::{Datelike, NaiveDate};
use coil_interp::object::Args;
use coil_interp::{RunResult, Value, Vm};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// What a successful parse found (`None`: the directive was absent).
#[derive(Default, Clone)]
pub struct Parsed {
    pub year: Option<i64>,
    pub month: Option<i64>,
    pub day: Option<i64>,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub fraction: i64,
    pub weekday: Option<i64>,
    pub julian: Option<i64>,
    /// Seconds east of UTC from `%z` (and its microseconds).
    pub gmtoff: Option<(i64, i64)>,
    pub tzname: Option<String>,
}

/// A directive or a literal of the format.
enum Piece {
    Dir(char),
    Space,
    Lit(char),
}

fn pieces(fmt: &str) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            match chars.next() {
                Some(d) if "dfHIjmMpSUwWyYaAbBhzZ%cxXe".contains(d) => out.push(Piece::Dir(d)),
                Some(d) => return Err(format!("'{d}' is a bad directive in format '%{d}'")),
                None => return Err("stray % in format '%'".into()),
            }
        } else if c.is_whitespace() {
            // Runs of whitespace in the format match `\s+`.
            if !matches!(out.last(), Some(Piece::Space)) {
                out.push(Piece::Space);
            }
        } else {
            out.push(Piece::Lit(c));
        }
    }
    Ok(out)
}

/// Candidate lengths, in the regex's alternative order, of a number of at most
/// `max` digits at the start of `s` whose value is accepted by `ok`.
fn numbers(s: &[char], max: usize, min: usize, ok: impl Fn(&str) -> bool) -> Vec<usize> {
    let n = s
        .iter()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (min..=n)
        .rev()
        .filter(|&len| ok(&s[..len].iter().collect::<String>()))
        .collect()
}

fn name_match(s: &[char], names: &[&str], abbrev: bool) -> Vec<(usize, usize)> {
    let lower: String = s.iter().take(12).collect::<String>().to_lowercase();
    let mut out = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let n = if abbrev { &n[..3] } else { n };
        if lower.starts_with(n) {
            out.push((n.chars().count(), i));
        }
    }
    // The regex lists longer names first.
    out.sort_by_key(|a| std::cmp::Reverse(a.0));
    out
}

fn in_range(lo: i64, hi: i64) -> impl Fn(&str) -> bool {
    move |t: &str| {
        let v: i64 = t.parse().unwrap_or(-1);
        // A leading zero is only allowed on two-digit forms (`05`, not `005`).
        (lo..=hi).contains(&v)
    }
}

fn matcher(
    p: &[Piece],
    s: &[char],
    at: usize,
    got: &mut Parsed,
    ampm: &mut Option<bool>,
) -> Option<usize> {
    let Some((first, rest)) = p.split_first() else {
        return Some(at);
    };
    let tail = &s[at..];
    let mut attempt =
        |len: usize, apply: &dyn Fn(&mut Parsed, &mut Option<bool>)| -> Option<usize> {
            let mut g = got.clone();
            let mut a = *ampm;
            apply(&mut g, &mut a);
            let end = matcher(rest, s, at + len, &mut g, &mut a)?;
            *got = g;
            *ampm = a;
            Some(end)
        };
    let num = |len: usize| -> i64 { tail[..len].iter().collect::<String>().parse().unwrap_or(0) };
    match first {
        Piece::Space => {
            let n = tail.iter().take_while(|c| c.is_whitespace()).count();
            if n == 0 {
                return None;
            }
            attempt(n, &|_, _| {})
        }
        Piece::Lit(c) => {
            let ok = tail
                .first()
                .is_some_and(|t| t.to_lowercase().eq(c.to_lowercase()));
            if !ok {
                return None;
            }
            attempt(1, &|_, _| {})
        }
        Piece::Dir(d) => {
            let d = *d;
            let (lens, setter): (Vec<usize>, fn(&mut Parsed, i64)) = match d {
                'Y' => (numbers(tail, 4, 4, |_| true), |g, v| g.year = Some(v)),
                'y' => (numbers(tail, 2, 2, |_| true), |g, v| {
                    g.year = Some(if v <= 68 { v + 2000 } else { v + 1900 })
                }),
                'm' => (numbers(tail, 2, 1, in_range(1, 12)), |g, v| {
                    g.month = Some(v)
                }),
                'd' | 'e' => {
                    let l = numbers(tail, 2, 1, in_range(1, 31));
                    if l.is_empty() && tail.first() == Some(&' ') {
                        // The regex's last alternative: a space-padded day.
                        if numbers(&tail[1..], 1, 1, in_range(1, 9)).is_empty() {
                            return None;
                        }
                        let v = num2(tail, 1, 2);
                        return attempt(2, &move |g, _| g.day = Some(v));
                    }
                    (l, |g, v| g.day = Some(v))
                }
                'H' => (numbers(tail, 2, 1, in_range(0, 23)), |g, v| g.hour = v),
                'I' => (numbers(tail, 2, 1, in_range(1, 12)), |g, v| g.hour = v),
                'M' => (numbers(tail, 2, 1, in_range(0, 59)), |g, v| g.minute = v),
                'S' => (numbers(tail, 2, 1, in_range(0, 61)), |g, v| g.second = v),
                'j' => (numbers(tail, 3, 1, in_range(1, 366)), |g, v| {
                    g.julian = Some(v)
                }),
                'w' => (numbers(tail, 1, 1, in_range(0, 6)), |g, v| {
                    g.weekday = Some((v + 6) % 7)
                }),
                'U' | 'W' => (numbers(tail, 2, 1, in_range(0, 53)), |_, _| {}),
                'f' => {
                    let n = tail
                        .iter()
                        .take(6)
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    for len in (1..=n).rev() {
                        let text: String = tail[..len].iter().collect();
                        let padded = format!("{text:0<6}");
                        let v: i64 = padded.parse().unwrap_or(0);
                        if let Some(e) = attempt(len, &move |g, _| g.fraction = v) {
                            return Some(e);
                        }
                    }
                    return None;
                }
                'B' | 'b' | 'h' => {
                    for (len, i) in name_match(tail, &MONTHS, d != 'B') {
                        if let Some(e) = attempt(len, &move |g, _| g.month = Some(i as i64 + 1)) {
                            return Some(e);
                        }
                    }
                    return None;
                }
                'A' | 'a' => {
                    let cands = name_match(tail, &DAYS, d == 'a');
                    for (len, i) in cands {
                        if let Some(e) = attempt(len, &move |g, _| g.weekday = Some(i as i64)) {
                            return Some(e);
                        }
                    }
                    return None;
                }
                'p' => {
                    let two: String = tail.iter().take(2).collect::<String>().to_lowercase();
                    let pm = match two.as_str() {
                        "am" => false,
                        "pm" => true,
                        _ => return None,
                    };
                    return attempt(2, &move |_, a| *a = Some(pm));
                }
                'Z' => {
                    let two: String = tail.iter().take(3).collect::<String>().to_lowercase();
                    for name in ["utc", "gmt"] {
                        if two == name {
                            return attempt(3, &move |g, _| g.tzname = Some(name.to_uppercase()));
                        }
                    }
                    return None;
                }
                'z' => return zone(tail, &mut attempt),
                '%' => {
                    if tail.first() != Some(&'%') {
                        return None;
                    }
                    return attempt(1, &|_, _| {});
                }
                'c' => {
                    let sub = pieces("%a %b %d %H:%M:%S %Y").ok()?;
                    return compound(&sub, rest, s, at, got, ampm);
                }
                'x' => {
                    let sub = pieces("%m/%d/%y").ok()?;
                    return compound(&sub, rest, s, at, got, ampm);
                }
                'X' => {
                    let sub = pieces("%H:%M:%S").ok()?;
                    return compound(&sub, rest, s, at, got, ampm);
                }
                _ => return None,
            };
            for len in lens {
                let v = num(len);
                if let Some(e) = attempt(len, &move |g, _| setter(g, v)) {
                    return Some(e);
                }
            }
            None
        }
    }
}

fn num2(tail: &[char], from: usize, to: usize) -> i64 {
    tail[from..to]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(0)
}

/// `%c`, `%x`, `%X`: their expansion followed by the rest of the format.
fn compound(
    sub: &[Piece],
    rest: &[Piece],
    s: &[char],
    at: usize,
    got: &mut Parsed,
    ampm: &mut Option<bool>,
) -> Option<usize> {
    let mut all: Vec<Piece> = Vec::new();
    for p in sub.iter().chain(rest.iter()) {
        all.push(match p {
            Piece::Dir(d) => Piece::Dir(*d),
            Piece::Space => Piece::Space,
            Piece::Lit(c) => Piece::Lit(*c),
        });
    }
    matcher(&all, s, at, got, ampm)
}

/// `%z`: `Z`, or `±HHMM[SS[.ffffff]]` with optional colons.
/// Applies a directive's value to the parse state.
type Apply<'a> = &'a dyn Fn(&mut Parsed, &mut Option<bool>);

fn zone(tail: &[char], attempt: &mut dyn FnMut(usize, Apply) -> Option<usize>) -> Option<usize> {
    if tail.first() == Some(&'Z') {
        return attempt(1, &|g, _| g.gmtoff = Some((0, 0)));
    }
    let sign = match tail.first() {
        Some('+') => 1,
        Some('-') => -1,
        _ => return None,
    };
    let text: String = tail.iter().take(20).collect();
    let b = text.as_bytes();
    let digits = |i: usize| b.get(i..i + 2).filter(|d| d.iter().all(u8::is_ascii_digit));
    let hh = digits(1)?;
    let mut i = 3;
    let colon = b.get(i) == Some(&b':');
    if colon {
        i += 1;
    }
    let mm = digits(i)?;
    if mm[0] > b'5' {
        return None;
    }
    i += 2;
    let mut secs = 0;
    let mut micro = 0;
    let save = i;
    let mut j = i;
    if colon && b.get(j) == Some(&b':') {
        j += 1;
    }
    if let Some(ss) = digits(j).filter(|d| d[0] <= b'5' && (colon == (j > save))) {
        secs = ((ss[0] - b'0') * 10 + (ss[1] - b'0')) as i64;
        i = j + 2;
        if b.get(i) == Some(&b'.') {
            let n = b[i + 1..]
                .iter()
                .take(6)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if n > 0 {
                let frac = std::str::from_utf8(&b[i + 1..i + 1 + n]).unwrap_or("0");
                micro = format!("{frac:0<6}").parse().unwrap_or(0);
                i += 1 + n;
            }
        }
    }
    let h = ((hh[0] - b'0') * 10 + (hh[1] - b'0')) as i64;
    let m = ((mm[0] - b'0') * 10 + (mm[1] - b'0')) as i64;
    let off = sign * (h * 3600 + m * 60 + secs);
    let micro = sign * micro;
    attempt(i, &move |g, _| g.gmtoff = Some((off, micro)))
}

/// Parses `data` against `fmt`; the error is CPython's ValueError message.
pub fn parse(data: &str, fmt: &str) -> Result<Parsed, String> {
    let p = pieces(fmt)?;
    let s: Vec<char> = data.chars().collect();
    let mut got = Parsed::default();
    let mut ampm = None;
    let no_match = || {
        format!(
            "time data {} does not match format {}",
            crate::builtins::args::py_repr_str(data),
            crate::builtins::args::py_repr_str(fmt)
        )
    };
    let end = matcher(&p, &s, 0, &mut got, &mut ampm).ok_or_else(no_match)?;
    if end != s.len() {
        let rest: String = s[end..].iter().collect();
        return Err(format!("unconverted data remains: {rest}"));
    }
    if let Some(pm) = ampm {
        if fmt.contains("%I") {
            got.hour = match (pm, got.hour) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, h) => h,
            };
        }
    }
    Ok(got)
}

/// The full date of a parse: year, month, day, weekday (Monday 0) and day
/// of the year, or the "day is out of range" error.
pub fn resolve(p: &Parsed) -> Result<Tm, String> {
    let mut year = p.year.unwrap_or(1900);
    let leap_fix = p.year.is_none() && p.month == Some(2) && p.day == Some(29);
    if leap_fix {
        year = 1904;
    }
    let (month, day, yday) = match p.julian {
        Some(j) => {
            let start = NaiveDate::from_ymd_opt(year as i32, 1, 1).ok_or("year is out of range")?;
            let d = start + chrono::Duration::days(j - 1);
            (d.month() as i64, d.day() as i64, j)
        }
        None => {
            let (m, d) = (p.month.unwrap_or(1), p.day.unwrap_or(1));
            let date = NaiveDate::from_ymd_opt(year as i32, m as u32, d as u32)
                .ok_or("day is out of range for month")?;
            (m, d, date.ordinal() as i64)
        }
    };
    let date = NaiveDate::from_ymd_opt(year as i32, month as u32, day as u32)
        .ok_or("day is out of range for month")?;
    let wday = p
        .weekday
        .unwrap_or(date.weekday().num_days_from_monday() as i64);
    if leap_fix {
        year = 1900;
    }
    Ok(Tm {
        year,
        mon: month,
        mday: day,
        hour: p.hour,
        min: p.minute,
        sec: p.second,
        wday,
        yday,
        isdst: -1,
        gmtoff: p.gmtoff.map_or(0, |g| g.0),
        zone: p.tzname.clone().unwrap_or_default(),
    })
}

/// `datetime.strptime(date_string, format)`, naive: `lib/datetime.py` handles a
/// trailing `%z`/`%Z` itself and refuses one elsewhere through this error.
pub fn dt_strptime(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "strptime", &args, 2, 2)?;
    let mut texts = Vec::new();
    for (i, v) in pos.iter().enumerate() {
        match v {
            Value::Str(s) => texts.push(s.as_str().to_string()),
            other => {
                return Err(vm.type_error(format!(
                    "strptime() argument {} must be str, not {}",
                    i + 1,
                    other.type_name()
                )))
            }
        }
    }
    let fail = |vm: &Vm, m: String| parse_error(vm.value_error(m.clone()), &m, Caller::Datetime);
    let parsed = parse(&texts[0], &texts[1]).map_err(|m| fail(vm, m))?;
    if parsed.gmtoff.is_some() {
        return Err(vm.not_implemented_error(
            "datetime.strptime: Coil supports %z and %Z only at the end of the format",
        ));
    }
    let tm = resolve(&parsed).map_err(|m| fail(vm, m))?;
    if tm.sec > 59 {
        return Err(build_error(vm.value_error("second must be in 0..59")));
    }
    let dt = NaiveDate::from_ymd_opt(tm.year as i32, tm.mon as u32, tm.mday as u32)
        .and_then(|d| {
            d.and_hms_micro_opt(
                tm.hour as u32,
                tm.min as u32,
                tm.sec as u32,
                parsed.fraction as u32,
            )
        })
        .ok_or_else(|| vm.value_error("day is out of range for month"))?;
    new_datetime(vm, &dt)
}
