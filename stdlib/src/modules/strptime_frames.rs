//! The frames of CPython's `Lib/_strptime.py` that a `time.strptime` or
//! `datetime.datetime.strptime` error passes through (`_strptime_time` or
//! `_strptime_datetime`, then `_strptime` at the line that raises), attached
//! to the native parser's errors so their tracebacks read as CPython 3.11's.

use crate::library_lines::LibraryFile;
use coil_interp::object::Exc;
use coil_interp::vm::library_frames::raised_in;

/// Which public function called `_strptime`.
#[derive(Clone, Copy)]
pub enum Caller {
    /// `time.strptime` → `_strptime._strptime_time`.
    Time,
    /// `datetime.strptime` → `_strptime._strptime_datetime`.
    Datetime,
}

/// The lines of `_strptime.py` that these tracebacks show.
#[rustfmt::skip]
const STRPTIME: LibraryFile = LibraryFile {
    name: "_strptime.py",
    lines: &[
        (562, "_strptime_time", "    tt = _strptime(data_string, format)[0]", Some((9, 39)), None),
        (568, "_strptime_datetime", "    tt, fraction, gmtoff_fraction = _strptime(data_string, format)", Some((36, 66)), None),
        (579, "_strptime_datetime", "    return cls(*args)", Some((11, 21)), None),
        (317, "_strptime", "            raise TypeError(msg.format(index, type(arg)))", None, None),
        (345, "_strptime", "                raise ValueError(\"stray %% in format '%s'\" % format) from None", None, None),
        (341, "_strptime", "                raise ValueError(\"'%s' is a bad directive in format '%s'\" %", None, Some(342)),
        (352, "_strptime", "        raise ValueError(\"unconverted data remains: %s\" %", None, Some(353)),
        (349, "_strptime", "        raise ValueError(\"time data %r does not match format %r\" %", None, Some(350)),
        (534, "_strptime", "        julian = datetime_date(year, month, day).toordinal() - \\", Some((17, 48)), None),
    ],
};

/// The line of `_strptime` that raises the parser's (`strptime.rs`) error `msg`.
fn site(msg: &str) -> u32 {
    if msg.starts_with("strptime() argument") {
        317
    } else if msg.starts_with("stray %") {
        345
    } else if msg.contains("is a bad directive") {
        341
    } else if msg.starts_with("unconverted data remains") {
        352
    } else if msg.starts_with("time data") {
        349
    } else {
        // The date's range, checked by datetime_date(...) in the julian-day sum.
        534
    }
}

/// Attaches CPython's `_strptime.py` frames for an error of the parser.
pub fn parse_error(e: Exc, msg: &str, caller: Caller) -> Exc {
    let outer = match caller {
        Caller::Time => 562,
        Caller::Datetime => 568,
    };
    raised_in(e, &STRPTIME.frames(&[outer, site(msg)]))
}

/// Attaches the frame of `_strptime_datetime`'s last line, `cls(*args)` (a
/// field the parser accepts but the datetime constructor refuses, e.g. second 61).
pub fn build_error(e: Exc) -> Exc {
    raised_in(e, &STRPTIME.frames(&[579]))
}
