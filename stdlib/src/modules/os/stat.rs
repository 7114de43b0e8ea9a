//! `os.stat_result` (CPython's `Modules/posixmodule.c` `_pystat_fromstructstat`):
//! a struct sequence of ten items whose last three are the times as whole
//! seconds, while the attributes `st_atime`/`st_mtime`/`st_ctime` are floats and
//! `st_*_ns` are integer nanoseconds. `stat`, `lstat`, `fstat` and `DirEntry.stat`
//! build it; `os.terminal_size`, `os.times_result` and `os.uname_result` live here too.

use super::path_arg::{last_errno, path_arg, PathArg};
use crate::builtins::args::{add_getter, clinic, field};
use crate::modules::structseq::{new_structseq, structseq_class};
use coil_interp::object::{Args, Class, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// The `posix` functions this file implements.
pub const FUNCS: &[(&str, NativeFn)] = &[("stat", stat), ("lstat", lstat), ("fstat", fstat)];

const FIELDS: &[&str] = &[
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];

/// The `os.stat_result` class.
pub fn stat_result_class(vm: &Vm) -> Rc<Class> {
    let cls = structseq_class(vm, "os.stat_result", "os", FIELDS);
    if cls.dict.get_str("n_fields").is_none() {
        // Data descriptors win over the instance dict, which keeps the whole seconds
        // for the tuple part and the repr.
        add_getter(vm, &cls, "st_atime", |vm, _, a| {
            float_field(vm, &a, "_atime")
        });
        add_getter(vm, &cls, "st_mtime", |vm, _, a| {
            float_field(vm, &a, "_mtime")
        });
        add_getter(vm, &cls, "st_ctime", |vm, _, a| {
            float_field(vm, &a, "_ctime")
        });
        cls.dict.set_str("n_fields", Value::Int(19));
        cls.dict.set_str("n_unnamed_fields", Value::Int(3));
    }
    cls
}

fn float_field(vm: &mut Vm, a: &Args, name: &str) -> RunResult<Value> {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    field(&this, name).ok_or_else(|| vm.type_error("descriptor requires an os.stat_result"))
}

/// The `stat_result` for a `libc::stat`.
pub fn from_stat(vm: &Vm, st: &libc::stat) -> Value {
    let cls = stat_result_class(vm);
    let ns = |s: i64, n: i64| Value::from_bigint((s as i128 * 1_000_000_000 + n as i128).into());
    let fl = |s: i64, n: i64| Value::Float(s as f64 + n as f64 * 1e-9);
    new_structseq(
        &cls,
        vec![
            Value::Int(st.st_mode as i64),
            Value::Int(st.st_ino as i64),
            Value::Int(st.st_dev as i64),
            Value::Int(st.st_nlink as i64),
            Value::Int(st.st_uid as i64),
            Value::Int(st.st_gid as i64),
            Value::Int(st.st_size),
            Value::Int(st.st_atime),
            Value::Int(st.st_mtime),
            Value::Int(st.st_ctime),
        ],
        &[
            ("_atime", fl(st.st_atime, st.st_atime_nsec)),
            ("_mtime", fl(st.st_mtime, st.st_mtime_nsec)),
            ("_ctime", fl(st.st_ctime, st.st_ctime_nsec)),
            ("st_atime_ns", ns(st.st_atime, st.st_atime_nsec)),
            ("st_mtime_ns", ns(st.st_mtime, st.st_mtime_nsec)),
            ("st_ctime_ns", ns(st.st_ctime, st.st_ctime_nsec)),
            ("st_blksize", Value::Int(st.st_blksize)),
            ("st_blocks", Value::Int(st.st_blocks)),
            ("st_rdev", Value::Int(st.st_rdev as i64)),
        ],
    )
}

/// `stat()` or `lstat()` of a converted path; `Err(errno)` on failure.
pub fn raw_stat(vm: &Vm, p: &PathArg, follow: bool) -> RunResult<Result<libc::stat, i32>> {
    // SAFETY: `stat` is plain old data; the C library fills it in.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let rc = match p {
        // CPython reads descriptor -1 as "no descriptor" and stats a NULL path.
        PathArg::Fd(-1) => return Ok(Err(libc::EFAULT)),
        // SAFETY: `st` is a valid out-pointer for the duration of the call.
        PathArg::Fd(fd) => unsafe { libc::fstat(*fd, &mut st) },
        PathArg::Name { .. } => {
            let c = p.cstring(vm, "stat")?;
            // SAFETY: `c` is NUL-terminated and `st` a valid out-pointer.
            unsafe {
                if follow {
                    libc::stat(c.as_ptr(), &mut st)
                } else {
                    libc::lstat(c.as_ptr(), &mut st)
                }
            }
        }
    };
    Ok(if rc == 0 { Ok(st) } else { Err(last_errno()) })
}

fn stat_common(vm: &mut Vm, args: Args, fname: &str, follow_default: bool) -> RunResult<Value> {
    let a = clinic(
        vm,
        fname,
        &args,
        &["path", "dir_fd", "follow_symlinks"],
        1,
        1,
    )?;
    let path = a[0].clone().unwrap_or(Value::None);
    let p = path_arg(vm, fname, "path", &path, fname == "stat", false)?;
    let follow = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => follow_default,
    };
    match raw_stat(vm, &p, follow)? {
        Ok(st) => Ok(from_stat(vm, &st)),
        Err(errno) => Err(vm.os_error(errno, Some(p.value()), None)),
    }
}

/// `os.stat(path, *, dir_fd=None, follow_symlinks=True)`.
pub fn stat(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    stat_common(vm, args, "stat", true)
}

/// `os.lstat(path, *, dir_fd=None)`.
pub fn lstat(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    stat_common(vm, args, "lstat", false)
}

/// `os.fstat(fd)`.
pub fn fstat(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "fstat", &args, &["fd"], 1, 1)?;
    let fd = super::fd::fd_arg(vm, a[0].as_ref())?;
    match raw_stat(vm, &PathArg::Fd(fd), true)? {
        Ok(st) => Ok(from_stat(vm, &st)),
        Err(errno) => Err(vm.os_error(errno, None, None)),
    }
}

/// `os.terminal_size` and friends: plain struct sequences.
pub fn terminal_size_class(vm: &Vm) -> Rc<Class> {
    structseq_class(vm, "os.terminal_size", "os", &["columns", "lines"])
}

pub fn times_result_class(vm: &Vm) -> Rc<Class> {
    structseq_class(
        vm,
        "posix.times_result",
        "posix",
        &[
            "user",
            "system",
            "children_user",
            "children_system",
            "elapsed",
        ],
    )
}

pub fn uname_result_class(vm: &Vm) -> Rc<Class> {
    structseq_class(
        vm,
        "posix.uname_result",
        "posix",
        &["sysname", "nodename", "release", "version", "machine"],
    )
}
