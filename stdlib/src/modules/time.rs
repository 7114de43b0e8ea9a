//! The `time` module (CPython 3.11 `Modules/timemodule.c`): clocks, `sleep`,
//! `localtime`/`gmtime` returning `time.struct_time`, `mktime`, `strftime`,
//! `asctime`/`ctime`, and the timezone constants, with the local timezone from
//! chrono.
//!
//! Every clock read in the standard library goes through `now_wall` and
//! `now_monotonic` (and every wait through `sleep_for`), so `--virtual-time` can
//! swap in a virtual clock in this one place. The `_ns` variants are derived from
//! the float clocks (sub-microsecond digits are not meaningful).

use super::new_module;
use super::strftime::{asctime as tm_asctime, strftime as tm_strftime, Tm};
use super::structseq::{as_tuple, new_structseq, structseq_class};
use crate::builtins::args::{as_int, funcs, positional, to_f64};
use chrono::{DateTime, Datelike, Local, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use coil_interp::object::{Args, Class, Module, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// Wall-clock time in seconds since the Unix epoch (`time.time()`): the virtual
/// clock under `--virtual-time`.
pub fn now_wall(vm: &Vm) -> f64 {
    vm.asyncio.clock.wall(vm.virtual_time)
}

/// Monotonic time in seconds (`time.monotonic()`, `time.perf_counter()`), the
/// clock `loop.time()` reads too.
pub fn now_monotonic(vm: &Vm) -> f64 {
    vm.asyncio.clock.monotonic(vm.virtual_time)
}

/// Waits `secs` seconds (`time.sleep`), after flushing stdout so output written
/// before the pause appears before it. Under virtual time the clock jumps instead.
/// In real time Ctrl-C ends the wait at once with KeyboardInterrupt, and other
/// signals run their Python handlers, as CPython's `pysleep` does (outside `asyncio.run`, whose runner handles it).
pub fn sleep_for(vm: &mut Vm, secs: f64) -> RunResult<()> {
    vm.flush_stdout();
    let Some(flag) = vm.interrupt.filter(|_| !vm.virtual_time) else {
        vm.asyncio.clock.sleep(vm.virtual_time, secs);
        return Ok(());
    };
    let step = std::time::Duration::from_millis(20);
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9));
    loop {
        if flag.load(std::sync::atomic::Ordering::Relaxed) {
            if !vm.take_interrupt() {
                return Ok(());
            }
            // a signal handler that returns lets the sleep go on (PEP 475)
            vm.handle_interrupt()?;
            continue;
        }
        let left = end.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return Ok(());
        }
        std::thread::sleep(left.min(step));
    }
}

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// The `time.struct_time` class.
pub fn struct_time_class(vm: &Vm) -> Rc<Class> {
    let cls = structseq_class(vm, "time.struct_time", "time", &FIELDS);
    if cls.dict.get_str("__new__").is_none() {
        cls.dict.set_str(
            "__new__",
            crate::builtins::args::method("struct_time", "__new__", struct_time_new),
        );
    }
    cls
}

/// `time.struct_time(sequence)`: 9 fields (11 with zone and offset).
fn struct_time_new(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let seq = match (recv, args.pos) {
        (Value::Class(_), [s]) | (_, [_, s]) => s.clone(),
        _ => return Err(vm.type_error("structseq() missing required argument 'sequence' (pos 1)")),
    };
    let items = vm.collect(&seq)?;
    if !(9..=11).contains(&items.len()) {
        let msg = if items.len() < 9 {
            format!(
                "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
                items.len()
            )
        } else {
            format!(
                "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
                items.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    let cls = struct_time_class(vm);
    let zone = items.get(9).cloned().unwrap_or(Value::None);
    let off = items.get(10).cloned().unwrap_or(Value::None);
    Ok(new_structseq(
        &cls,
        items[..9].to_vec(),
        &[("tm_zone", zone), ("tm_gmtoff", off)],
    ))
}

/// A `struct_time` value for `tm`.
pub fn struct_time(vm: &Vm, tm: &Tm) -> Value {
    let cls = struct_time_class(vm);
    let values = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ]
    .iter()
    .map(|v| Value::Int(*v))
    .collect();
    new_structseq(
        &cls,
        values,
        &[
            ("tm_zone", Value::string(tm.zone.clone())),
            ("tm_gmtoff", Value::Int(tm.gmtoff)),
        ],
    )
}

/// The local standard offset and DST offset (seconds east of UTC) in `year`:
/// the smaller of the January and July offsets is standard time.
fn local_offsets(year: i32) -> (i64, i64) {
    let at = |m: u32| {
        NaiveDate::from_ymd_opt(year, m, 1)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .and_then(|ndt| Local.from_local_datetime(&ndt).earliest())
            .map(|dt| dt.offset().fix().local_minus_utc() as i64)
            .unwrap_or(0)
    };
    let (jan, jul) = (at(1), at(7));
    (jan.min(jul), jan.max(jul))
}

/// A zone name for an offset: `UTC`, or `+01`/`-0330` style (chrono has no
/// abbreviations such as `CET`).
fn zone_name(offset: i64) -> String {
    if offset == 0 {
        return "UTC".into();
    }
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.abs();
    if a % 3600 == 0 {
        format!("{sign}{:02}", a / 3600)
    } else {
        format!("{sign}{:02}{:02}", a / 3600, (a / 60) % 60)
    }
}

fn tm_of<Tz: TimeZone>(dt: &DateTime<Tz>, local: bool) -> Tm {
    let offset = dt.offset().fix().local_minus_utc() as i64;
    let isdst = if local {
        let (std, _) = local_offsets(dt.year());
        (offset != std) as i64
    } else {
        0
    };
    let zone = if local {
        zone_name(offset)
    } else {
        "UTC".into()
    };
    Tm::of(dt, isdst, offset, zone)
}

/// The broken-down time of a timestamp, local or UTC.
pub fn tm_from_timestamp(vm: &Vm, secs: f64, local: bool) -> RunResult<Tm> {
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let whole = secs.floor();
    let utc = if whole.abs() < 1e17 {
        DateTime::<Utc>::from_timestamp(whole as i64, 0)
    } else {
        None
    };
    let utc = utc.ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))?;
    Ok(if local {
        tm_of(&utc.with_timezone(&Local), true)
    } else {
        tm_of(&utc, false)
    })
}

/// The optional `secs` argument of `localtime`/`gmtime`/`ctime`.
fn secs_arg(vm: &mut Vm, name: &str, args: &Args) -> RunResult<f64> {
    let pos = positional(vm, name, args, 0, 1)?;
    match pos.first() {
        None | Some(Value::None) => Ok(now_wall(vm)),
        Some(v) => to_f64(vm, v),
    }
}

/// A 9-tuple or `struct_time` argument as a `Tm` (`gettmarg`, `checktm`).
pub fn tm_arg(vm: &mut Vm, name: &str, v: &Value) -> RunResult<Tm> {
    let items = match v {
        Value::Tuple(t) => t.items.to_vec(),
        other => match as_tuple(other) {
            Some(items) => items,
            None => return Err(vm.type_error("Tuple or struct_time argument required")),
        },
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{name}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(items.iter()) {
        *slot = match as_int(item).and_then(|i| i.to_i64()) {
            Some(i) => i,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    item.type_name()
                )))
            }
        };
    }
    let [year, mut mon, mut mday, hour, min, sec, wday, mut yday, isdst] = f;
    // CPython accepts zeros here and treats them as the first month/day.
    if mon == 0 {
        mon = 1;
    }
    if mday == 0 {
        mday = 1;
    }
    if yday == 0 {
        yday = 1;
    }
    let checks = [
        (!(1..=12).contains(&mon), "month out of range"),
        (!(1..=31).contains(&mday), "day of month out of range"),
        (!(0..=23).contains(&hour), "hour out of range"),
        (!(0..=59).contains(&min), "minute out of range"),
        (!(0..=61).contains(&sec), "seconds out of range"),
        (wday < 0, "day of week out of range"),
        (!(1..=366).contains(&yday), "day of year out of range"),
    ];
    for (bad, msg) in checks {
        if bad {
            return Err(vm.value_error(msg));
        }
    }
    let (std, dst) = local_offsets(year.clamp(1, 9999) as i32);
    let gmtoff = if isdst > 0 { dst } else { std };
    Ok(Tm {
        year,
        mon,
        mday,
        hour,
        min,
        sec,
        wday: wday % 7,
        yday,
        isdst,
        gmtoff,
        zone: zone_name(gmtoff),
    })
}

fn time(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "time", &args, 0, 0)?;
    Ok(Value::Float(now_wall(vm)))
}

fn time_ns(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "time_ns", &args, 0, 0)?;
    Ok(Value::Int((now_wall(vm) * 1e9) as i64))
}

fn monotonic(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "monotonic", &args, 0, 0)?;
    Ok(Value::Float(now_monotonic(vm)))
}

fn monotonic_ns(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "monotonic_ns", &args, 0, 0)?;
    Ok(Value::Int((now_monotonic(vm) * 1e9) as i64))
}

fn sleep(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "sleep", &args, 1, 1)?;
    let secs = match &pos[0] {
        Value::Float(f) => *f,
        v => match as_int(v) {
            Some(i) => i.to_i64().map(|i| i as f64).unwrap_or(f64::INFINITY),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )))
            }
        },
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 9.2e9 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    if vm.green.active() || vm.green.ident() != coil_interp::vm::green::MAIN_IDENT {
        // Other threads run meanwhile (`vm/green.rs`).
        vm.flush_stdout();
        let deadline = now_monotonic(vm) + secs;
        return vm.green_block(coil_interp::vm::green::Wait::Sleep(deadline));
    }
    sleep_for(vm, secs)?;
    Ok(Value::None)
}

fn localtime(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let secs = secs_arg(vm, "localtime", &args)?;
    let tm = tm_from_timestamp(vm, secs, true)?;
    Ok(struct_time(vm, &tm))
}

fn gmtime(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let secs = secs_arg(vm, "gmtime", &args)?;
    let mut tm = tm_from_timestamp(vm, secs, false)?;
    tm.zone = "GMT".into();
    Ok(struct_time(vm, &tm))
}

/// `time.strptime(string, format="%a %b %d %H:%M:%S %Y")`.
fn strptime(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    use super::strptime_frames::{parse_error, Caller};
    let a = crate::builtins::args::clinic(vm, "strptime", &args, &["string", "format"], 1, 2)?;
    let text = |vm: &Vm, v: &Option<Value>, default: &str| -> RunResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            // `_strptime` formats the argument's class: `not <class 'int'>`.
            Some(other) => {
                let msg = format!(
                    "strptime() argument {} must be str, not <class '{}'>",
                    if default.is_empty() { 0 } else { 1 },
                    other.type_name()
                );
                Err(parse_error(vm.type_error(msg.clone()), &msg, Caller::Time))
            }
        }
    };
    let data = text(vm, &a[0], "")?;
    let fmt = text(vm, &a[1], "%a %b %d %H:%M:%S %Y")?;
    let fail = |vm: &Vm, m: String| parse_error(vm.value_error(m.clone()), &m, Caller::Time);
    let parsed = super::strptime::parse(&data, &fmt).map_err(|m| fail(vm, m))?;
    let tm = super::strptime::resolve(&parsed).map_err(|m| fail(vm, m))?;
    let v = struct_time(vm, &tm);
    if let Value::Instance(i) = &v {
        let zone = parsed.tzname.clone().map_or(Value::None, Value::string);
        i.dict.set_str("tm_zone", zone);
        let off = parsed.gmtoff.map_or(Value::None, |g| Value::Int(g.0));
        i.dict.set_str("tm_gmtoff", off);
    }
    Ok(v)
}

/// `mktime(t)`: the local time `t` as a timestamp; out-of-range fields roll over
/// as C's `mktime` does.
fn mktime(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "mktime", &args, 1, 1)?;
    let items = match &pos[0] {
        Value::Tuple(t) => t.items.to_vec(),
        other => as_tuple(other)
            .ok_or_else(|| vm.type_error("Tuple or struct_time argument required"))?,
    };
    if items.len() != 9 {
        return Err(vm.type_error("mktime(): illegal time tuple argument"));
    }
    let f: Vec<i64> = items
        .iter()
        .map(|v| as_int(v).and_then(|i| i.to_i64()).unwrap_or(0))
        .collect();
    let err = || vm.overflow_error("mktime argument out of range");
    let months = f[0] * 12 + (f[1] - 1);
    let base = NaiveDate::from_ymd_opt(
        months.div_euclid(12) as i32,
        (months.rem_euclid(12) + 1) as u32,
        1,
    )
    .ok_or_else(err)?;
    let naive: NaiveDateTime = base.and_hms_opt(0, 0, 0).ok_or_else(err)?
        + chrono::Duration::days(f[2] - 1)
        + chrono::Duration::seconds(f[3] * 3600 + f[4] * 60 + f[5]);
    let dt = Local
        .from_local_datetime(&naive)
        .earliest()
        .ok_or_else(err)?;
    Ok(Value::Float(dt.timestamp() as f64))
}

fn strftime(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "strftime", &args, 1, 2)?;
    let Value::Str(fmt) = &pos[0] else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            pos[0].type_name()
        )));
    };
    let tm = match pos.get(1) {
        None => tm_from_timestamp(vm, now_wall(vm), true)?,
        Some(t) => tm_arg(vm, "strftime", t)?,
    };
    Ok(Value::string(tm_strftime(fmt.as_str(), &tm)))
}

fn asctime(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "asctime", &args, 0, 1)?;
    let tm = match pos.first() {
        None => tm_from_timestamp(vm, now_wall(vm), true)?,
        Some(t) => tm_arg(vm, "asctime", t)?,
    };
    Ok(Value::string(tm_asctime(&tm)))
}

fn ctime(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let secs = secs_arg(vm, "ctime", &args)?;
    let tm = tm_from_timestamp(vm, secs, true)?;
    Ok(Value::string(tm_asctime(&tm)))
}

/// The functions of `time`.
const FUNCS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", monotonic),
    ("perf_counter_ns", monotonic_ns),
    // No CPU clock in std: the process time is approximated by the monotonic clock.
    ("process_time", monotonic),
    ("process_time_ns", monotonic_ns),
    ("thread_time", monotonic),
    ("thread_time_ns", monotonic_ns),
    ("strptime", strptime),
    ("sleep", sleep),
    ("localtime", localtime),
    ("gmtime", gmtime),
    ("mktime", mktime),
    ("strftime", strftime),
    ("asctime", asctime),
    ("ctime", ctime),
];

/// Builds the `time` module.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let year = Local::now().year();
    let (std, dst) = local_offsets(year);
    let mut items: Vec<(&str, Value)> = vec![
        ("struct_time", Value::Class(struct_time_class(vm))),
        ("timezone", Value::Int(-std)),
        ("altzone", Value::Int(-dst)),
        ("daylight", Value::Int((std != dst) as i64)),
        (
            "tzname",
            Value::tuple(vec![
                Value::string(zone_name(std)),
                Value::string(zone_name(dst)),
            ]),
        ),
    ];
    items.extend(funcs(FUNCS));
    Ok(new_module("time", items))
}
