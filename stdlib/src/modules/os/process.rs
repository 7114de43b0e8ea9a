//! Process and system information in the `posix` module: ids, `kill`, `_exit`,
//! `umask`, `times`, `uname`, `cpu_count`, `urandom`, `strerror`,
//! `get_terminal_size`, `system`, and the environment (`putenv`, `unsetenv`, the
//! initial `environ` dict). CPython's `Modules/posixmodule.c`.

use super::fd::c_int;
use super::fs::c_arg;
use super::path_arg::last_errno;
use super::stat::{terminal_size_class, times_result_class, uname_result_class};
use crate::builtins::args::{clinic, to_i64};
use crate::modules::structseq::new_structseq;
use coil_interp::object::{Args, Dict, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::os::unix::ffi::OsStrExt;
use std::rc::Rc;

/// The `posix` functions this file implements.
pub const FUNCS: &[(&str, NativeFn)] = &[
    ("getpid", getpid),
    ("getppid", getppid),
    ("getuid", getuid),
    ("geteuid", geteuid),
    ("getgid", getgid),
    ("getegid", getegid),
    ("getpgrp", getpgrp),
    ("kill", kill),
    ("_exit", exit_now),
    ("umask", umask),
    ("times", times),
    ("uname", uname),
    ("cpu_count", cpu_count),
    ("urandom", urandom),
    ("strerror", strerror),
    ("get_terminal_size", get_terminal_size),
    ("system", system),
    ("putenv", putenv),
    ("unsetenv", unsetenv),
];

fn no_args(vm: &Vm, args: &Args, fname: &str) -> RunResult<()> {
    clinic(vm, fname, args, &[], 0, 0).map(|_| ())
}

macro_rules! id_fn {
    ($name:ident, $call:ident) => {
        pub fn $name(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
            no_args(vm, &args, stringify!($name))?;
            // SAFETY: the id getters cannot fail.
            Ok(Value::Int(unsafe { libc::$call() } as i64))
        }
    };
}

id_fn!(getpid, getpid);
id_fn!(getppid, getppid);
id_fn!(getuid, getuid);
id_fn!(geteuid, geteuid);
id_fn!(getgid, getgid);
id_fn!(getegid, getegid);
id_fn!(getpgrp, getpgrp);

/// `os.kill(pid, signal)`: `pid` is a `pid_t` read as a C long, `signal` a
/// `Py_ssize_t` truncated to an int, as CPython's converters do.
pub fn kill(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    crate::builtins::args::no_kwargs(vm, "kill", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "kill() takes exactly 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    if let Value::Float(_) = args.pos[0] {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let pid = crate::builtins::args::to_index(vm, &args.pos[0])?
        .to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?;
    let pid = i32::try_from(pid).map_err(|_| {
        vm.overflow_error(if pid < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })?;
    let sig = to_i64(vm, &args.pos[1])? as i32;
    // SAFETY: plain syscall on integers.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(vm.os_error(last_errno(), None, None));
    }
    Ok(Value::None)
}

/// `os._exit(n)`: ends the process at once (no clean-up, as in CPython).
pub fn exit_now(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "_exit", &args, &["status"], 1, 1)?;
    let code = c_int(vm, a[0].as_ref().unwrap_or(&Value::Int(0)))?;
    // SAFETY: terminates the process; nothing runs after it.
    unsafe { libc::_exit(code) }
}

/// `os.umask(mask)`: the previous mask.
pub fn umask(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "umask", &args, &["mask"], 1, 1)?;
    let m = c_int(vm, a[0].as_ref().unwrap_or(&Value::Int(0)))?;
    // SAFETY: umask cannot fail.
    Ok(Value::Int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

/// `os.times()`.
pub fn times(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    no_args(vm, &args, "times")?;
    // SAFETY: `tms` is plain old data filled by the call.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-pointer.
    let elapsed = unsafe { libc::times(&mut t) };
    // SAFETY: sysconf is always safe to call.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let f = |v: libc::clock_t| Value::Float(v as f64 / hz);
    let cls = times_result_class(vm);
    Ok(new_structseq(
        &cls,
        vec![
            f(t.tms_utime),
            f(t.tms_stime),
            f(t.tms_cutime),
            f(t.tms_cstime),
            f(elapsed),
        ],
        &[],
    ))
}

/// `os.uname()`.
pub fn uname(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    no_args(vm, &args, "uname")?;
    // SAFETY: `utsname` is plain old data filled by the call.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-pointer.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(vm.os_error(last_errno(), None, None));
    }
    let s = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        Value::string(String::from_utf8_lossy(&bytes).into_owned())
    };
    let cls = uname_result_class(vm);
    Ok(new_structseq(
        &cls,
        vec![
            s(&u.sysname),
            s(&u.nodename),
            s(&u.release),
            s(&u.version),
            s(&u.machine),
        ],
        &[],
    ))
}

/// `os.cpu_count()`.
pub fn cpu_count(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    no_args(vm, &args, "cpu_count")?;
    // SAFETY: sysconf is always safe to call.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        Value::None
    } else {
        Value::Int(n as i64)
    })
}

/// `os.urandom(size)`.
pub fn urandom(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "urandom", &args, &["size"], 1, 1)?;
    let n = to_i64(vm, a[0].as_ref().unwrap_or(&Value::Int(0)))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    if buf.try_reserve(n as usize).is_err() {
        return Err(vm.new_error(&vm.types.exc.memory_error.clone(), ""));
    }
    buf.resize(n as usize, 0u8);
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: the slice after `filled` is writable.
        let got =
            unsafe { libc::getrandom(buf[filled..].as_mut_ptr().cast(), buf.len() - filled, 0) };
        if got < 0 {
            let errno = last_errno();
            if errno == libc::EINTR {
                continue;
            }
            return Err(vm.os_error(errno, None, None));
        }
        filled += got as usize;
    }
    Ok(Value::bytes(buf))
}

/// `os.strerror(code)`.
pub fn strerror(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "strerror", &args, &["code"], 1, 1)?;
    let code = c_int(vm, a[0].as_ref().unwrap_or(&Value::Int(0)))?;
    Ok(Value::string(coil_interp::vm::errors::strerror(code)))
}

/// `os.get_terminal_size(fd=1)`.
pub fn get_terminal_size(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "get_terminal_size", &args, &["fd"], 0, 1)?;
    let fd = match &a[0] {
        Some(v) => super::fd::fd_arg(vm, Some(v))?,
        None => 1,
    };
    // SAFETY: `winsize` is plain old data filled by the ioctl.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize`.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } != 0 {
        return Err(vm.os_error(last_errno(), None, None));
    }
    let cls = terminal_size_class(vm);
    Ok(new_structseq(
        &cls,
        vec![Value::Int(w.ws_col as i64), Value::Int(w.ws_row as i64)],
        &[],
    ))
}

/// `os.terminal_size((columns, lines))`, the constructor `shutil` uses; a
/// `__new__`, so the class comes first.
pub fn terminal_size_new(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let a = clinic(vm, "terminal_size", &rest, &["sequence", "dict"], 1, 2)?;
    let items = vm.collect(a[0].as_ref().unwrap_or(&Value::None))?;
    if items.len() != 2 {
        return Err(vm.type_error(format!(
            "os.terminal_size() takes a 2-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let cls = terminal_size_class(vm);
    Ok(new_structseq(&cls, items, &[]))
}

/// `os.system(command)`: the wait status.
pub fn system(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "system", &args, &["command"], 1, 1)?;
    let c = c_arg(vm, "system", a[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: NUL-terminated command.
    Ok(Value::Int(unsafe { libc::system(c.as_ptr()) } as i64))
}

/// `os.putenv(name, value)`: the process environment, seen by child processes.
pub fn putenv(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = super::fd::pos_only(vm, "putenv", &args, 2)?;
    let name = c_arg(vm, "putenv", a[0].as_ref().unwrap_or(&Value::None))?;
    let value = c_arg(vm, "putenv", a[1].as_ref().unwrap_or(&Value::None))?;
    if name.as_bytes().is_empty() || name.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: both NUL-terminated; Coil runs scripts on one thread.
    if unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) } != 0 {
        return Err(vm.os_error(last_errno(), None, None));
    }
    Ok(Value::None)
}

/// `os.unsetenv(name)`.
pub fn unsetenv(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = super::fd::pos_only(vm, "unsetenv", &args, 1)?;
    let name = c_arg(vm, "unsetenv", a[0].as_ref().unwrap_or(&Value::None))?;
    if name.as_bytes().is_empty() || name.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: NUL-terminated; Coil runs scripts on one thread.
    if unsafe { libc::unsetenv(name.as_ptr()) } != 0 {
        return Err(vm.os_error(last_errno(), None, None));
    }
    Ok(Value::None)
}

/// The environment at start-up, `str` to `str` (`posix.environ`).
pub fn environ() -> Value {
    let d = Rc::new(Dict::new());
    for (k, v) in std::env::vars_os() {
        let k = String::from_utf8_lossy(k.as_bytes()).into_owned();
        let v = String::from_utf8_lossy(v.as_bytes()).into_owned();
        d.set_str(&k, Value::string(v));
    }
    Value::Dict(d)
}
