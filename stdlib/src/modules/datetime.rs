//! The `datetime` module's `date` and `datetime` classes (naive only; CPython 3.11
//! `Lib/datetime.py`), with `timedelta` in `timedelta.rs`. Calendar arithmetic
//! uses chrono; "now" reads the same clock as `time.time()` (`time::now_wall`).
//! Instances hold their fields (`year` … `microsecond`) in their dict.

use super::new_module;
use super::strftime::{asctime, strftime as tm_strftime, Tm};
use super::time::{now_wall, struct_time};
use super::timedelta::{make_td, td_class, td_us, US_PER_DAY};
use crate::builtins::args::{
    class, clinic, func, int_field, new_instance, one_arg, positional, to_f64, to_index,
};
use chrono::{DateTime, Datelike, Local, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Class, Module, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

const DATE_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", date_init),
    ("__repr__", date_repr),
    ("__str__", isoformat),
    ("__format__", format),
    ("isoformat", isoformat),
    ("strftime", strftime),
    ("weekday", weekday),
    ("isoweekday", isoweekday),
    ("isocalendar", isocalendar),
    ("toordinal", toordinal),
    ("timetuple", timetuple),
    ("ctime", ctime),
    ("replace", replace),
    ("__add__", add),
    ("__radd__", add),
    ("__sub__", sub),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__hash__", hash),
];

const DATETIME_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", datetime_init),
    ("__repr__", datetime_repr),
    ("__str__", datetime_str),
    ("isoformat", isoformat),
    ("date", date_part),
    ("timestamp", timestamp),
];

/// A class of the `datetime` module, made once per VM
/// (`class` caches it by name). Its class attributes are added by the caller
/// the first time, which the attribute `first` not being set yet shows.
pub(crate) fn datetime_module_class(
    vm: &Vm,
    qualname: &'static str,
    base: Option<&Rc<Class>>,
    methods: &[(&str, NativeFn)],
    first: &str,
) -> (Rc<Class>, bool) {
    let cls = class(vm, qualname, "datetime", base, BaseKind::Object, methods);
    let fresh = cls.dict.get_str(first).is_none();
    (cls, fresh)
}

/// The `datetime.date` class.
pub fn date_class(vm: &Vm) -> Rc<Class> {
    let (cls, fresh) = datetime_module_class(vm, "datetime.date", None, DATE_METHODS, "today");
    if fresh {
        cls.dict.set_str("today", func("today", date_today));
        cls.dict
            .set_str("fromtimestamp", func("fromtimestamp", date_fromtimestamp));
        cls.dict
            .set_str("fromordinal", func("fromordinal", date_fromordinal));
        cls.dict
            .set_str("fromisoformat", func("fromisoformat", date_fromisoformat));
        for (name, d) in [
            ("min", NaiveDate::from_ymd_opt(1, 1, 1)),
            ("max", NaiveDate::from_ymd_opt(9999, 12, 31)),
        ] {
            if let Some(d) = d {
                cls.dict.set_str(name, new_instance(&cls, &date_fields(&d)));
            }
        }
        if let Ok(day) = make_td(vm, US_PER_DAY) {
            cls.dict.set_str("resolution", day);
        }
    }
    cls
}

/// The `datetime.datetime` class (a subclass of `date`).
pub fn datetime_class(vm: &Vm) -> Rc<Class> {
    let base = date_class(vm);
    let (cls, fresh) = datetime_module_class(
        vm,
        "datetime.datetime",
        Some(&base),
        DATETIME_METHODS,
        "now",
    );
    if fresh {
        cls.dict.set_str("now", func("now", dt_now));
        cls.dict.set_str("today", func("today", dt_now));
        cls.dict.set_str("utcnow", func("utcnow", dt_utcnow));
        cls.dict
            .set_str("fromtimestamp", func("fromtimestamp", dt_fromtimestamp));
        cls.dict.set_str(
            "utcfromtimestamp",
            func("utcfromtimestamp", dt_utcfromtimestamp),
        );
        cls.dict
            .set_str("fromisoformat", func("fromisoformat", dt_fromisoformat));
        cls.dict
            .set_str("strptime", func("strptime", super::strptime::dt_strptime));
        cls.dict
            .set_str("fromordinal", func("fromordinal", dt_fromordinal));
        if let Ok(us) = make_td(vm, 1) {
            cls.dict.set_str("resolution", us);
        }
        let min = NaiveDate::MIN
            .with_year(1)
            .and_then(|d| d.with_ordinal(1))
            .and_then(|d| d.and_hms_opt(0, 0, 0));
        let max = NaiveDate::from_ymd_opt(9999, 12, 31)
            .and_then(|d| d.and_hms_micro_opt(23, 59, 59, 999_999));
        if let (Some(min), Some(max)) = (min, max) {
            cls.dict.set_str("min", new_datetime_raw(&cls, &min));
            cls.dict.set_str("max", new_datetime_raw(&cls, &max));
        }
    }
    cls
}

/// Builds the `datetime` module.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_datetime",
        vec![
            ("date", Value::Class(date_class(vm))),
            ("datetime", Value::Class(datetime_class(vm))),
            ("timedelta", Value::Class(td_class(vm))),
            ("MINYEAR", Value::Int(1)),
            ("MAXYEAR", Value::Int(9999)),
        ],
    ))
}

/// What a value is, for the operators.
enum Kind {
    DateTime(NaiveDateTime),
    Date(NaiveDate),
    Other,
}

fn kind(vm: &Vm, v: &Value) -> Kind {
    let Value::Instance(inst) = v else {
        return Kind::Other;
    };
    let cls = inst.class();
    let date = NaiveDate::from_ymd_opt(
        int_field(v, "year") as i32,
        int_field(v, "month") as u32,
        int_field(v, "day") as u32,
    );
    let Some(date) = date else { return Kind::Other };
    if cls.is_subclass(&datetime_class(vm)) {
        let t = date.and_hms_micro_opt(
            int_field(v, "hour") as u32,
            int_field(v, "minute") as u32,
            int_field(v, "second") as u32,
            int_field(v, "microsecond") as u32,
        );
        return t.map_or(Kind::Other, Kind::DateTime);
    }
    if cls.is_subclass(&date_class(vm)) {
        return Kind::Date(date);
    }
    Kind::Other
}

fn this_kind(vm: &Vm, this: &Value) -> RunResult<Kind> {
    match kind(vm, this) {
        Kind::Other => Err(vm.type_error("descriptor requires a 'datetime.date' object")),
        k => Ok(k),
    }
}

fn this_date(vm: &Vm, this: &Value) -> RunResult<NaiveDate> {
    match this_kind(vm, this)? {
        Kind::DateTime(dt) => Ok(dt.date()),
        Kind::Date(d) => Ok(d),
        Kind::Other => unreachable!("this_kind rejects other values"),
    }
}

fn this_datetime(vm: &Vm, this: &Value) -> RunResult<NaiveDateTime> {
    match this_kind(vm, this)? {
        Kind::DateTime(dt) => Ok(dt),
        Kind::Date(d) => Ok(d.and_hms_opt(0, 0, 0).expect("invariant: midnight exists")),
        Kind::Other => unreachable!("this_kind rejects other values"),
    }
}

fn date_fields(d: &NaiveDate) -> Vec<(&'static str, Value)> {
    vec![
        ("year", Value::Int(d.year() as i64)),
        ("month", Value::Int(d.month() as i64)),
        ("day", Value::Int(d.day() as i64)),
    ]
}

fn datetime_fields(dt: &NaiveDateTime) -> Vec<(&'static str, Value)> {
    let mut f = date_fields(&dt.date());
    f.push(("hour", Value::Int(dt.hour() as i64)));
    f.push(("minute", Value::Int(dt.minute() as i64)));
    f.push(("second", Value::Int(dt.second() as i64)));
    f.push(("microsecond", Value::Int((dt.nanosecond() / 1000) as i64)));
    f.push(("tzinfo", Value::None));
    f
}

fn new_datetime_raw(cls: &Rc<Class>, dt: &NaiveDateTime) -> Value {
    new_instance(cls, &datetime_fields(dt))
}

/// A new `datetime`, or OverflowError outside years 1..=9999.
pub fn new_datetime(vm: &Vm, dt: &NaiveDateTime) -> RunResult<Value> {
    if !(1..=9999).contains(&dt.year()) {
        return Err(vm.overflow_error("date value out of range"));
    }
    Ok(new_datetime_raw(&datetime_class(vm), dt))
}

/// A new `date`, or OverflowError outside years 1..=9999.
pub fn new_date(vm: &Vm, d: &NaiveDate) -> RunResult<Value> {
    if !(1..=9999).contains(&d.year()) {
        return Err(vm.overflow_error("date value out of range"));
    }
    Ok(new_instance(&date_class(vm), &date_fields(d)))
}

/// A datetime's constructor parameters; a date's are the first three.
const FIELDS: [&str; 8] = [
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "microsecond",
    "tzinfo",
];

/// Validates the constructor fields as CPython's `_check_date_fields` /
/// `_check_time_fields`.
fn check_fields(vm: &mut Vm, name: &str, args: Args, with_time: bool) -> RunResult<NaiveDateTime> {
    let params = if with_time { &FIELDS[..] } else { &FIELDS[..3] };
    let a = clinic(vm, name, &args, params, 3, params.len())?;
    let mut f = [0i64; 7];
    for (i, slot) in a.iter().take(7).enumerate() {
        if let Some(v) = slot {
            f[i] = to_index(vm, v)?.to_i64().unwrap_or(i64::MAX);
        }
    }
    if let Some(Some(tz)) = a.get(7) {
        if !tz.is_none() {
            return Err(vm.type_error(
                "Coil's datetime supports naive datetimes only (tzinfo must be None)",
            ));
        }
    }
    let [year, month, day, hour, minute, second, micro] = f;
    if !(1..=9999).contains(&year) {
        return Err(vm.value_error(format!("year {year} is out of range")));
    }
    if !(1..=12).contains(&month) {
        return Err(vm.value_error("month must be in 1..12"));
    }
    let Some(date) = NaiveDate::from_ymd_opt(year as i32, month as u32, day.clamp(0, 99) as u32)
    else {
        return Err(vm.value_error("day is out of range for month"));
    };
    let checks = [
        (hour, 23, "hour must be in 0..23"),
        (minute, 59, "minute must be in 0..59"),
        (second, 59, "second must be in 0..59"),
        (micro, 999_999, "microsecond must be in 0..999999"),
    ];
    for (v, max, msg) in checks {
        if !(0..=max).contains(&v) {
            return Err(vm.value_error(msg));
        }
    }
    Ok(date
        .and_hms_micro_opt(hour as u32, minute as u32, second as u32, micro as u32)
        .expect("invariant: fields were range-checked"))
}

fn set_fields(this: &Value, fields: &[(&str, Value)]) {
    if let Value::Instance(inst) = this {
        for (k, v) in fields {
            inst.dict.set_str(k, v.clone());
        }
    }
}

fn date_init(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    // CPython's C constructors call themselves "function" in argument errors.
    let dt = check_fields(vm, "function", args, false)?;
    set_fields(this, &date_fields(&dt.date()));
    Ok(Value::None)
}

fn datetime_init(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let dt = check_fields(vm, "function", args, true)?;
    set_fields(this, &datetime_fields(&dt));
    Ok(Value::None)
}

fn date_repr(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let d = this_date(vm, this)?;
    Ok(Value::string(format!(
        "datetime.date({}, {}, {})",
        d.year(),
        d.month(),
        d.day()
    )))
}

fn datetime_repr(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let dt = this_datetime(vm, this)?;
    let mut parts = vec![
        dt.year() as i64,
        dt.month() as i64,
        dt.day() as i64,
        dt.hour() as i64,
        dt.minute() as i64,
        dt.second() as i64,
        (dt.nanosecond() / 1000) as i64,
    ];
    for _ in 0..2 {
        if parts.last() == Some(&0) {
            parts.pop();
        }
    }
    let text: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
    Ok(Value::string(format!(
        "datetime.datetime({})",
        text.join(", ")
    )))
}

fn date_text(d: &NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `HH:MM:SS[.ffffff]` cut to `timespec`.
fn time_text(vm: &Vm, dt: &NaiveDateTime, timespec: &str) -> RunResult<String> {
    let us = dt.nanosecond() / 1000;
    let (h, m, s) = (dt.hour(), dt.minute(), dt.second());
    Ok(match timespec {
        "auto" if us == 0 => format!("{h:02}:{m:02}:{s:02}"),
        "auto" | "microseconds" => format!("{h:02}:{m:02}:{s:02}.{us:06}"),
        "hours" => format!("{h:02}"),
        "minutes" => format!("{h:02}:{m:02}"),
        "seconds" => format!("{h:02}:{m:02}:{s:02}"),
        "milliseconds" => format!("{h:02}:{m:02}:{s:02}.{:03}", us / 1000),
        _ => return Err(vm.value_error("Unknown timespec value")),
    })
}

fn isoformat(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    match this_kind(vm, this)? {
        Kind::Date(d) => {
            positional(vm, "isoformat", &args, 0, 0)?;
            Ok(Value::string(date_text(&d)))
        }
        Kind::DateTime(dt) => {
            let a = clinic(vm, "isoformat", &args, &["sep", "timespec"], 0, 2)?;
            let sep = match &a[0] {
                Some(Value::Str(s)) => s.as_str().to_string(),
                Some(v) => {
                    return Err(vm.type_error(format!(
                        "isoformat() argument 1 must be a unicode character, not {}",
                        v.type_name()
                    )))
                }
                None => "T".into(),
            };
            let spec = match &a[1] {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => "auto".into(),
            };
            let t = time_text(vm, &dt, &spec)?;
            Ok(Value::string(format!("{}{sep}{t}", date_text(&dt.date()))))
        }
        Kind::Other => unreachable!("this_kind rejects other values"),
    }
}

fn datetime_str(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let dt = this_datetime(vm, this)?;
    let t = time_text(vm, &dt, "auto")?;
    Ok(Value::string(format!("{} {t}", date_text(&dt.date()))))
}

/// The `struct tm` of a naive date/datetime (`tm_isdst` is -1, as `timetuple`).
fn tm_of(dt: &NaiveDateTime) -> Tm {
    Tm::of(dt, -1, 0, String::new())
}

/// `strftime` after CPython's `_wrap_strftime`: `%f` becomes the microseconds and
/// `%z`/`%Z` are empty for naive values; `%%` pairs are kept for the C pass.
fn format_dt(dt: &NaiveDateTime, fmt: &str) -> String {
    let mut pre = String::with_capacity(fmt.len());
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            pre.push(c);
            continue;
        }
        match chars.next() {
            Some('f') => pre.push_str(&format!("{:06}", dt.nanosecond() / 1000)),
            Some('z') | Some('Z') => {}
            Some(other) => {
                pre.push('%');
                pre.push(other);
            }
            None => pre.push('%'),
        }
    }
    tm_strftime(&pre, &tm_of(dt))
}

fn strftime(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let dt = this_datetime(vm, this)?;
    let v = one_arg(vm, "strftime", &args)?;
    let Value::Str(fmt) = v else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            v.type_name()
        )));
    };
    Ok(Value::string(format_dt(&dt, fmt.as_str())))
}

/// `format(d, spec)`: `str(d)` for an empty spec, else `strftime(spec)`.
fn format(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "__format__", &args)?;
    let Value::Str(spec) = v else {
        return Err(vm.type_error(format!("must be str, not {}", v.type_name())));
    };
    if spec.char_len() == 0 {
        return Ok(Value::Str(vm.to_str(this)?));
    }
    let dt = this_datetime(vm, this)?;
    Ok(Value::string(format_dt(&dt, spec.as_str())))
}

fn weekday(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Int(
        this_date(vm, this)?.weekday().num_days_from_monday() as i64,
    ))
}

fn isoweekday(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Int(
        this_date(vm, this)?.weekday().number_from_monday() as i64,
    ))
}

fn isocalendar(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let d = this_date(vm, this)?;
    let w = d.iso_week();
    let cls = super::structseq::structseq_class(
        vm,
        "datetime.IsoCalendarDate",
        "datetime",
        &["year", "week", "weekday"],
    );
    Ok(super::structseq::new_structseq(
        &cls,
        vec![
            Value::Int(w.year() as i64),
            Value::Int(w.week() as i64),
            Value::Int(d.weekday().number_from_monday() as i64),
        ],
        &[],
    ))
}

fn toordinal(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Int(this_date(vm, this)?.num_days_from_ce() as i64))
}

fn timetuple(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let dt = this_datetime(vm, this)?;
    Ok(struct_time(vm, &tm_of(&dt)))
}

fn ctime(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let dt = this_datetime(vm, this)?;
    Ok(Value::string(asctime(&tm_of(&dt))))
}

/// `replace(year=…, month=…, …)`: a copy with some fields changed, re-validated.
fn replace(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let is_dt = matches!(this_kind(vm, this)?, Kind::DateTime(_));
    // `tzinfo` is not replaceable: Coil's datetimes are naive.
    let names = if is_dt { &FIELDS[..7] } else { &FIELDS[..3] };
    let a = clinic(vm, "replace", &args, names, 0, names.len())?;
    let values: Vec<Value> = names
        .iter()
        .zip(a)
        .map(|(n, v)| v.unwrap_or(Value::Int(int_field(this, n))))
        .collect();
    let dt = check_fields(vm, "replace", Args::positional(&values), is_dt)?;
    if is_dt {
        new_datetime(vm, &dt)
    } else {
        new_date(vm, &dt.date())
    }
}

fn shift(vm: &Vm, k: Kind, us: i128) -> RunResult<Value> {
    let overflow = || vm.overflow_error("date value out of range");
    if us.abs() > 10_000 * 366 * US_PER_DAY {
        return Err(overflow());
    }
    let delta = chrono::Duration::microseconds(us as i64);
    match k {
        Kind::DateTime(dt) => new_datetime(vm, &dt.checked_add_signed(delta).ok_or_else(overflow)?),
        // A date moves by whole days; the time part of the delta is ignored.
        Kind::Date(d) => {
            let days = chrono::Duration::days((us / US_PER_DAY) as i64);
            new_date(vm, &d.checked_add_signed(days).ok_or_else(overflow)?)
        }
        Kind::Other => Ok(Value::NotImplemented),
    }
}

fn add(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let k = this_kind(vm, this)?;
    match td_us(vm, one_arg(vm, "__add__", &args)?) {
        Some(us) => shift(vm, k, us),
        None => Ok(Value::NotImplemented),
    }
}

fn sub(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let k = this_kind(vm, this)?;
    let other = one_arg(vm, "__sub__", &args)?;
    if let Some(us) = td_us(vm, other) {
        return shift(vm, k, -us);
    }
    match (k, kind(vm, other)) {
        (Kind::DateTime(a), Kind::DateTime(b)) => {
            let us = (a - b).num_microseconds().unwrap_or(0);
            make_td(vm, us as i128)
        }
        (Kind::Date(a), Kind::Date(b)) => make_td(vm, (a - b).num_days() as i128 * US_PER_DAY),
        _ => Ok(Value::NotImplemented),
    }
}

/// Compares two dates or two datetimes; a date and a datetime are unequal and
/// cannot be ordered (CPython's `_cmperror`).
fn compare(
    vm: &mut Vm,
    this: &Value,
    args: Args,
    op: &str,
    test: fn(std::cmp::Ordering) -> bool,
) -> RunResult<Value> {
    let other = one_arg(vm, op, &args)?;
    let ord = match (this_kind(vm, this)?, kind(vm, other)) {
        (Kind::DateTime(a), Kind::DateTime(b)) => a.cmp(&b),
        (Kind::Date(a), Kind::Date(b)) => a.cmp(&b),
        (Kind::Other, _) | (_, Kind::Other) => return Ok(Value::NotImplemented),
        (a, _) => {
            if op == "__eq__" {
                return Ok(Value::Bool(false));
            }
            if op == "__ne__" {
                return Ok(Value::Bool(true));
            }
            let (x, y) = if matches!(a, Kind::DateTime(_)) {
                ("datetime", "date")
            } else {
                ("date", "datetime")
            };
            return Err(vm.type_error(format!("can't compare datetime.{x} to datetime.{y}")));
        }
    };
    Ok(Value::Bool(test(ord)))
}

forward! {
    eq => compare("__eq__", |o| o.is_eq());
    ne => compare("__ne__", |o| o.is_ne());
    lt => compare("__lt__", |o| o.is_lt());
    le => compare("__le__", |o| o.is_le());
    gt => compare("__gt__", |o| o.is_gt());
    ge => compare("__ge__", |o| o.is_ge());
}

fn hash(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let dt = this_datetime(vm, this)?;
    let t = Value::tuple(vec![
        Value::Int(dt.and_utc().timestamp()),
        Value::Int((dt.nanosecond() / 1000) as i64),
    ]);
    Ok(Value::Int(vm.hash(&t)?))
}

fn date_part(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let d = this_date(vm, this)?;
    new_date(vm, &d)
}

/// `timestamp()`: a naive datetime is local time.
fn timestamp(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let dt = this_datetime(vm, this)?;
    let local = Local
        .from_local_datetime(&dt)
        .earliest()
        .ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))?;
    let us = local.timestamp_micros();
    Ok(Value::Float(us as f64 / 1e6))
}

/// The naive local (or UTC) datetime of a timestamp, rounded to the microsecond
/// half to even as CPython's `_fromtimestamp`.
fn from_timestamp(vm: &Vm, t: f64, local: bool) -> RunResult<NaiveDateTime> {
    if !t.is_finite() {
        return Err(vm.value_error(if t.is_nan() {
            "Invalid value NaN (not a number)"
        } else {
            "cannot convert float infinity to integer"
        }));
    }
    let us = (t * 1e6).round_ties_even();
    let err = || vm.overflow_error("timestamp out of range for platform time_t");
    if us.abs() > 3e17 {
        return Err(err());
    }
    let utc: DateTime<Utc> = DateTime::from_timestamp_micros(us as i64).ok_or_else(err)?;
    Ok(if local {
        utc.with_timezone(&Local).naive_local()
    } else {
        utc.naive_utc()
    })
}

fn ts_arg(vm: &mut Vm, name: &str, args: Args) -> RunResult<f64> {
    let a = clinic(vm, name, &args, &["timestamp", "tz"], 1, 2)?;
    if let Some(Some(tz)) = a.get(1) {
        if !tz.is_none() {
            return Err(
                vm.type_error("Coil's datetime supports naive datetimes only (tz must be None)")
            );
        }
    }
    to_f64(vm, a.arg(vm, 0)?)
}

fn dt_now(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "now", &args, &["tz"], 0, 1)?;
    if let Some(tz) = &a[0] {
        if !tz.is_none() {
            return Err(
                vm.type_error("Coil's datetime supports naive datetimes only (tz must be None)")
            );
        }
    }
    let dt = from_timestamp(vm, now_wall(vm), true)?;
    new_datetime(vm, &dt)
}

fn dt_utcnow(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "utcnow", &args, 0, 0)?;
    let dt = from_timestamp(vm, now_wall(vm), false)?;
    new_datetime(vm, &dt)
}

fn dt_fromtimestamp(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let t = ts_arg(vm, "fromtimestamp", args)?;
    let dt = from_timestamp(vm, t, true)?;
    new_datetime(vm, &dt)
}

fn dt_utcfromtimestamp(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let t = ts_arg(vm, "utcfromtimestamp", args)?;
    let dt = from_timestamp(vm, t, false)?;
    new_datetime(vm, &dt)
}

fn date_today(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "today", &args, 0, 0)?;
    let dt = from_timestamp(vm, now_wall(vm), true)?;
    new_date(vm, &dt.date())
}

fn date_fromtimestamp(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let t = ts_arg(vm, "fromtimestamp", args)?;
    let dt = from_timestamp(vm, t, true)?;
    new_date(vm, &dt.date())
}

fn date_fromordinal(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "fromordinal", &args)?;
    let n = to_index(vm, v)?.to_i64().unwrap_or(0);
    if !(1..=3_652_059).contains(&n) {
        return Err(vm.value_error("ordinal must be >= 1"));
    }
    let d = NaiveDate::from_num_days_from_ce_opt(n as i32)
        .ok_or_else(|| vm.value_error("ordinal must be >= 1"))?;
    new_date(vm, &d)
}

/// `datetime.fromordinal(n)`: midnight of that day.
fn dt_fromordinal(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "fromordinal", &args)?;
    let n = to_index(vm, v)?.to_i64().unwrap_or(0);
    let d = (1..=3_652_059)
        .contains(&n)
        .then(|| NaiveDate::from_num_days_from_ce_opt(n as i32))
        .flatten()
        .ok_or_else(|| vm.value_error("ordinal must be >= 1"))?;
    new_datetime(vm, &d.and_hms_opt(0, 0, 0).unwrap_or_default())
}

/// Parses `YYYY-MM-DD[(T| )HH[:MM[:SS[.f…]]]]`.
fn parse_iso(s: &str) -> Option<NaiveDateTime> {
    let date = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = s.get(10..)?;
    if rest.is_empty() {
        return date.and_hms_opt(0, 0, 0);
    }
    let time = rest.strip_prefix(['T', ' '])?;
    let (hms, frac) = match time.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (time, None),
    };
    let nums: Vec<u32> = hms
        .split(':')
        .map(|p| if p.len() == 2 { p.parse().ok() } else { None })
        .collect::<Option<_>>()?;
    let (h, m, sec) = match nums.as_slice() {
        [h] => (*h, 0, 0),
        [h, m] => (*h, *m, 0),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    let us = match frac {
        None => 0,
        Some(f) if (1..=6).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()) => {
            let v: u32 = f.parse().ok()?;
            v * 10u32.pow(6 - f.len() as u32)
        }
        Some(_) => return None,
    };
    date.and_hms_micro_opt(h, m, sec, us)
}

fn iso_arg(vm: &mut Vm, args: Args) -> RunResult<(String, Option<NaiveDateTime>)> {
    let v = one_arg(vm, "fromisoformat", &args)?;
    let Value::Str(s) = v else {
        return Err(vm.type_error("fromisoformat: argument must be str"));
    };
    Ok((s.as_str().to_string(), parse_iso(s.as_str())))
}

fn dt_fromisoformat(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    match iso_arg(vm, args)? {
        (_, Some(dt)) => new_datetime(vm, &dt),
        (s, None) => Err(vm.value_error(format!(
            "Invalid isoformat string: {}",
            crate::builtins::args::py_repr_str(&s)
        ))),
    }
}

fn date_fromisoformat(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    match iso_arg(vm, args)? {
        (s, Some(dt)) if s.len() == 10 => new_date(vm, &dt.date()),
        (s, _) => Err(vm.value_error(format!(
            "Invalid isoformat string: {}",
            crate::builtins::args::py_repr_str(&s)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_parsing_and_strftime() {
        let dt = parse_iso("2024-01-02T03:04:05.5").map(|d| d.nanosecond());
        assert_eq!(dt, Some(500_000_000));
        let dt = parse_iso("2024-01-02 03:04:05.123456");
        let Some(dt) = dt else {
            panic!("valid ISO text")
        };
        assert_eq!(
            format_dt(&dt, "%Y-%m-%d %H:%M:%S.%f %z|%Z|%%f %j %a"),
            "2024-01-02 03:04:05.123456 ||%f 002 Tue"
        );
    }

    #[test]
    fn constructors_validate_like_cpython() {
        let mut vm = Vm::new();
        let cls = datetime_class(&vm);
        let this = new_instance(&cls, &[]);
        let pos = [Value::Int(2024), Value::Int(2), Value::Int(30)];
        let err = datetime_init(&mut vm, &this, Args::positional(&pos));
        let msg = err
            .err()
            .and_then(|e| e.exc().map(|d| d.borrow().args[0].debug_repr()));
        assert_eq!(msg.as_deref(), Some("'day is out of range for month'"));
        let pos = [
            Value::Int(2024),
            Value::Int(1),
            Value::Int(2),
            Value::Int(3),
        ];
        assert!(datetime_init(&mut vm, &this, Args::positional(&pos)).is_ok());
        let r = datetime_repr(&mut vm, &this, Args::positional(&[]));
        assert_eq!(
            r.ok().map(|v| v.debug_repr()).as_deref(),
            Some("'datetime.datetime(2024, 1, 2, 3, 0)'")
        );
    }
}
