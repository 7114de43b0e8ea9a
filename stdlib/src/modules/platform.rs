//! `_platform`: what `Lib/platform.py` (CPython 3.11) learns from `os.uname()`
//! and from the C library (`libc_ver`), for `stdlib/lib/platform.py`.

use super::new_module;
use crate::builtins::args::{func, positional};
use coil_interp::object::{Args, Module};
use coil_interp::{RunResult, Value, Vm};
use std::ffi::CStr;
use std::rc::Rc;

fn field(raw: &[libc::c_char]) -> Value {
    // SAFETY: uname fills each field with a NUL-terminated string.
    let text = unsafe { CStr::from_ptr(raw.as_ptr()) };
    Value::string(text.to_string_lossy().into_owned())
}

/// `uname()` → `(sysname, nodename, release, version, machine)`.
fn uname(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "uname", &args, 0, 0)?;
    // SAFETY: `utsname` is plain old data; uname fills it in.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        let errno = std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO);
        return Err(super::subprocess::os_error(vm, errno, None));
    }
    Ok(Value::tuple(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

/// `libc_ver()` → `('glibc', '2.39')` (empty strings off glibc).
fn libc_ver(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "libc_ver", &args, 0, 0)?;
    #[cfg(target_env = "gnu")]
    {
        // SAFETY: returns a static NUL-terminated string.
        let v = unsafe { CStr::from_ptr(libc::gnu_get_libc_version()) };
        Ok(Value::tuple(vec![
            Value::str("glibc"),
            Value::string(v.to_string_lossy().into_owned()),
        ]))
    }
    #[cfg(not(target_env = "gnu"))]
    Ok(Value::tuple(vec![Value::str(""), Value::str("")]))
}

/// `terminal_columns()`: what `shutil.get_terminal_size().columns` gives
/// (`COLUMNS` if a positive number, else the width of the terminal on stdout,
/// else 80), for argparse until `shutil` is there.
fn terminal_columns(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "terminal_columns", &args, 0, 0)?;
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|n| *n > 0)
    {
        return Ok(Value::Int(n));
    }
    // SAFETY: `winsize` is plain old data that TIOCGWINSZ fills in.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(1, libc::TIOCGWINSZ, &mut size) } == 0;
    Ok(Value::Int(if ok && size.ws_col > 0 {
        size.ws_col as i64
    } else {
        80
    }))
}

/// Builds the `_platform` module.
pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_platform",
        vec![
            ("uname", func("uname", uname)),
            ("libc_ver", func("libc_ver", libc_ver)),
            (
                "terminal_columns",
                func("terminal_columns", terminal_columns),
            ),
        ],
    ))
}
