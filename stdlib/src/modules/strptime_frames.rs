//! The frames of CPython's `Lib/_strptime.py` that a `time.strptime` or
//! `datetime.datetime.strptime` error passes through (`_strptime_time` or
//! `_strptime_datetime`, then `_strptime` at the line that raises), attached
//! to the native parser's errors so their tracebacks read as CPython 3.11's.

use coil_interp::object::Exc;
use coil_interp::vm::library_frames::{raised_in, LibraryFrame};

/// Which public function called `_strptime`.
#[derive(Clone, Copy)]
pub enum Caller {
    /// `time.strptime` → `_strptime._strptime_time`.
    Time,
    /// `datetime.strptime` → `_strptime._strptime_datetime`.
    Datetime,
}

const TIME_CALL: LibraryFrame = LibraryFrame {
    file: "_strptime.py",
    line: 562,
    function: "_strptime_time",
    text: "    tt = _strptime(data_string, format)[0]",
    span: Some((9, 39)),
    end_line: None,
};

const DATETIME_CALL: LibraryFrame = LibraryFrame {
    file: "_strptime.py",
    line: 568,
    function: "_strptime_datetime",
    text: "    tt, fraction, gmtoff_fraction = _strptime(data_string, format)",
    span: Some((36, 66)),
    end_line: None,
};

/// `_strptime_datetime`'s last line: the datetime constructor's range checks.
const DATETIME_BUILD: LibraryFrame = LibraryFrame {
    file: "_strptime.py",
    line: 579,
    function: "_strptime_datetime",
    text: "    return cls(*args)",
    span: Some((11, 21)),
    end_line: None,
};

/// A `raise` statement of `_strptime` (no carets: the whole statement).
const fn raise_at(line: u32, text: &'static str, end_line: Option<u32>) -> LibraryFrame {
    LibraryFrame {
        file: "_strptime.py",
        line,
        function: "_strptime",
        text,
        span: None,
        end_line,
    }
}

/// `_strptime`'s frame for an error message of the parser (`strptime.rs`).
fn site(msg: &str) -> LibraryFrame {
    if msg.starts_with("strptime() argument") {
        return raise_at(
            317,
            "            raise TypeError(msg.format(index, type(arg)))",
            None,
        );
    }
    if msg.starts_with("stray %") {
        return raise_at(
            345,
            "                raise ValueError(\"stray %% in format '%s'\" % format) from None",
            None,
        );
    }
    if msg.contains("is a bad directive") {
        return raise_at(
            341,
            "                raise ValueError(\"'%s' is a bad directive in format '%s'\" %",
            Some(342),
        );
    }
    if msg.starts_with("unconverted data remains") {
        return raise_at(
            352,
            "        raise ValueError(\"unconverted data remains: %s\" %",
            Some(353),
        );
    }
    if msg.starts_with("time data") {
        return raise_at(
            349,
            "        raise ValueError(\"time data %r does not match format %r\" %",
            Some(350),
        );
    }
    // The date's range, checked by datetime_date(...) in the julian-day sum.
    LibraryFrame {
        file: "_strptime.py",
        line: 534,
        function: "_strptime",
        text: "        julian = datetime_date(year, month, day).toordinal() - \\",
        span: Some((17, 48)),
        end_line: None,
    }
}

/// Attaches CPython's `_strptime.py` frames for an error of the parser.
pub fn parse_error(e: Exc, msg: &str, caller: Caller) -> Exc {
    let outer = match caller {
        Caller::Time => TIME_CALL,
        Caller::Datetime => DATETIME_CALL,
    };
    raised_in(e, &[outer, site(msg)])
}

/// Attaches the frame of `_strptime_datetime`'s `cls(*args)` (a field the
/// parser accepts but the datetime constructor refuses, e.g. second 61).
pub fn build_error(e: Exc) -> Exc {
    raised_in(e, &[DATETIME_BUILD])
}
