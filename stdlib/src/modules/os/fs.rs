//! The file-system calls of the `posix` module (CPython's `Modules/posixmodule.c`:
//! `os_listdir_impl`, `os_mkdir_impl`, `os_rename_impl`, …), made with the C
//! library so `errno` and therefore the OSError subclass are exactly CPython's.
//! `scandir` returns `(name, kind)` pairs; `os.py` wraps them in `DirEntry`.

use super::path_arg::{decode_fs, last_errno, name_value, path_arg, PathArg};
use crate::builtins::args::{clinic, to_i64};
use coil_interp::object::{Args, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

/// The `posix` functions this file implements.
pub const FUNCS: &[(&str, NativeFn)] = &[
    ("listdir", listdir),
    ("_scandir", scandir),
    ("mkdir", mkdir),
    ("mkfifo", mkfifo),
    ("rmdir", rmdir),
    ("unlink", unlink),
    ("remove", remove),
    ("rename", rename),
    ("replace", replace),
    ("link", link),
    ("symlink", symlink),
    ("readlink", readlink),
    ("chmod", chmod),
    ("access", access),
    ("utime", utime),
    ("truncate", truncate),
    ("statvfs", statvfs),
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
    ("chdir", chdir),
];

/// Runs a libc call returning -1 on failure; the error names `p` (and `p2`).
/// A call with a descriptor form and a path form (`fchmod` / `chmod`): `on_fd`
/// when `p` is a descriptor, else `on_path` with `p` as a C string (`name`
/// for its embedded-NUL error); a failure is OSError naming the path.
fn fd_or_path(
    vm: &Vm,
    p: &PathArg,
    name: &str,
    on_fd: impl FnOnce(libc::c_int) -> libc::c_int,
    on_path: impl FnOnce(&CString) -> libc::c_int,
) -> RunResult<Value> {
    let rc = match p {
        PathArg::Fd(fd) => on_fd(*fd),
        _ => on_path(&p.cstring(vm, name)?),
    };
    check(vm, rc, p, None)
}

fn check(vm: &Vm, rc: i32, p: &PathArg, p2: Option<&PathArg>) -> RunResult<Value> {
    if rc == 0 {
        Ok(Value::None)
    } else {
        Err(vm.os_error(last_errno(), Some(p.value()), p2.map(|p| p.value())))
    }
}

fn arg(a: &[Option<Value>], i: usize) -> Value {
    a.get(i).cloned().flatten().unwrap_or(Value::None)
}

/// The names in a folder, sorted by nothing (the order `readdir` gives, as CPython).
fn read_names(vm: &Vm, p: &PathArg) -> RunResult<Vec<(Vec<u8>, i64)>> {
    let c = p.cstring(vm, "listdir")?;
    // SAFETY: `c` is NUL-terminated; the stream is closed below on every path.
    let dir = unsafe {
        match p {
            PathArg::Fd(fd) => libc::fdopendir(libc::dup(*fd)),
            PathArg::Name { .. } => libc::opendir(c.as_ptr()),
        }
    };
    if dir.is_null() {
        return Err(p.error(vm));
    }
    let mut out = Vec::new();
    loop {
        // SAFETY: `dir` is an open stream; the entry is read before the next call.
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            break;
        }
        // SAFETY: `d_name` is NUL-terminated inside the entry.
        let (name, kind) = unsafe {
            let name = std::ffi::CStr::from_ptr((*ent).d_name.as_ptr())
                .to_bytes()
                .to_vec();
            let kind = match (*ent).d_type {
                libc::DT_DIR => 1,
                libc::DT_REG => 2,
                libc::DT_LNK => 3,
                libc::DT_UNKNOWN => 0,
                _ => 4,
            };
            (name, kind)
        };
        if name == b"." || name == b".." {
            continue;
        }
        out.push((name, kind));
    }
    // SAFETY: `dir` came from opendir/fdopendir and is closed once.
    unsafe { libc::closedir(dir) };
    Ok(out)
}

fn dir_arg(vm: &mut Vm, fname: &str, a: &[Option<Value>]) -> RunResult<PathArg> {
    match &a[0] {
        None | Some(Value::None) => Ok(PathArg::Name {
            value: Value::str("."),
            raw: b".".to_vec(),
        }),
        Some(v) => path_arg(vm, fname, "path", v, true, true),
    }
}

/// `os.listdir(path='.')`.
pub fn listdir(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "listdir", &args, &["path"], 0, 1)?;
    let p = dir_arg(vm, "listdir", &a)?;
    let bytes = p.is_bytes();
    let names = read_names(vm, &p)?;
    Ok(Value::list(
        names
            .into_iter()
            .map(|(n, _)| name_value(std::ffi::OsStr::from_bytes(&n), bytes))
            .collect(),
    ))
}

/// `posix._scandir(path='.')`: `(name, kind)` with kind 0 unknown, 1 folder,
/// 2 regular file, 3 symlink, 4 other; `os.scandir` builds the entries.
pub fn scandir(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "scandir", &args, &["path"], 0, 1)?;
    let p = dir_arg(vm, "scandir", &a)?;
    let bytes = p.is_bytes();
    let names = read_names(vm, &p)?;
    Ok(Value::list(
        names
            .into_iter()
            .map(|(n, k)| {
                Value::tuple(vec![
                    name_value(std::ffi::OsStr::from_bytes(&n), bytes),
                    Value::Int(k),
                ])
            })
            .collect(),
    ))
}

fn mode_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> RunResult<libc::mode_t> {
    match v {
        None => Ok(default as libc::mode_t),
        Some(v) => Ok(super::fd::c_int(vm, v)? as libc::mode_t),
    }
}

/// `os.mkdir(path, mode=0o777, *, dir_fd=None)`.
pub fn mkdir(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "mkdir", &args, &["path", "mode", "dir_fd"], 1, 2)?;
    let p = path_arg(vm, "mkdir", "path", &arg(&a, 0), false, false)?;
    let mode = mode_arg(vm, a[1].as_ref(), 0o777)?;
    let c = p.cstring(vm, "mkdir")?;
    // SAFETY: NUL-terminated path.
    let rc = unsafe { libc::mkdir(c.as_ptr(), mode) };
    check(vm, rc, &p, None)
}

/// `os.mkfifo(path, mode=0o666, *, dir_fd=None)`.
pub fn mkfifo(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "mkfifo", &args, &["path", "mode", "dir_fd"], 1, 2)?;
    let p = path_arg(vm, "mkfifo", "path", &arg(&a, 0), false, false)?;
    let mode = mode_arg(vm, a[1].as_ref(), 0o666)?;
    let c = p.cstring(vm, "mkfifo")?;
    // SAFETY: NUL-terminated path.
    let rc = unsafe { libc::mkfifo(c.as_ptr(), mode) };
    check(vm, rc, &p, None)
}

fn one_path_call(
    vm: &mut Vm,
    args: Args,
    fname: &str,
    call: unsafe extern "C" fn(*const libc::c_char) -> libc::c_int,
) -> RunResult<Value> {
    let a = clinic(vm, fname, &args, &["path", "dir_fd"], 1, 1)?;
    let p = path_arg(vm, fname, "path", &arg(&a, 0), false, false)?;
    let c = p.cstring(vm, fname)?;
    // SAFETY: NUL-terminated path.
    let rc = unsafe { call(c.as_ptr()) };
    check(vm, rc, &p, None)
}

/// `os.rmdir(path)`.
pub fn rmdir(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    one_path_call(vm, args, "rmdir", libc::rmdir)
}

/// `os.unlink(path)`.
pub fn unlink(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    one_path_call(vm, args, "unlink", libc::unlink)
}

/// `os.remove(path)`.
pub fn remove(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    one_path_call(vm, args, "remove", libc::unlink)
}

/// `os.chdir(path)`.
pub fn chdir(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "chdir", &args, &["path"], 1, 1)?;
    let p = path_arg(vm, "chdir", "path", &arg(&a, 0), true, false)?;
    fd_or_path(
        vm,
        &p,
        "chdir",
        // SAFETY: fchdir on a caller-provided descriptor.
        |fd| unsafe { libc::fchdir(fd) },
        // SAFETY: NUL-terminated path.
        |c| unsafe { libc::chdir(c.as_ptr()) },
    )
}

fn two_path_call(
    vm: &mut Vm,
    args: Args,
    fname: &str,
    names: &[&str],
    call: unsafe extern "C" fn(*const libc::c_char, *const libc::c_char) -> libc::c_int,
) -> RunResult<Value> {
    // symlink's third positional (`target_is_directory`) only matters on Windows.
    let max = if fname == "symlink" { 3 } else { 2 };
    let a = clinic(vm, fname, &args, names, 2, max)?;
    let p1 = path_arg(vm, fname, names[0], &arg(&a, 0), false, false)?;
    let p2 = path_arg(vm, fname, names[1], &arg(&a, 1), false, false)?;
    if p1.is_bytes() != p2.is_bytes() {
        return Err(vm.type_error(format!(
            "{fname}: {} and {} must be the same type",
            names[0], names[1]
        )));
    }
    let c1 = p1.cstring(vm, fname)?;
    let c2 = p2.cstring(vm, fname)?;
    // SAFETY: both NUL-terminated.
    let rc = unsafe { call(c1.as_ptr(), c2.as_ptr()) };
    check(vm, rc, &p1, Some(&p2))
}

/// `os.rename(src, dst)`.
pub fn rename(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd"];
    two_path_call(vm, args, "rename", &names, libc::rename)
}

/// `os.replace(src, dst)`: `rename` that also replaces on every platform.
pub fn replace(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd"];
    two_path_call(vm, args, "replace", &names, libc::rename)
}

/// `os.link(src, dst)`.
pub fn link(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"];
    two_path_call(vm, args, "link", &names, libc::link)
}

/// `os.symlink(src, dst, target_is_directory=False)`.
pub fn symlink(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let names = ["src", "dst", "target_is_directory", "dir_fd"];
    two_path_call(vm, args, "symlink", &names, libc::symlink)
}

/// `os.readlink(path)`.
pub fn readlink(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "readlink", &args, &["path", "dir_fd"], 1, 1)?;
    let p = path_arg(vm, "readlink", "path", &arg(&a, 0), false, false)?;
    match std::fs::read_link(p.path()) {
        Ok(t) => Ok(name_value(t.as_os_str(), p.is_bytes())),
        Err(e) => Err(vm.os_error_from_io(&e, Some(p.value()), None)),
    }
}

/// `os.chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
pub fn chmod(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "chmod",
        &args,
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
        2,
    )?;
    let p = path_arg(vm, "chmod", "path", &arg(&a, 0), true, false)?;
    let mode = mode_arg(vm, a[1].as_ref(), 0)?;
    fd_or_path(
        vm,
        &p,
        "chmod",
        // SAFETY: fchmod on a caller-provided descriptor.
        |fd| unsafe { libc::fchmod(fd, mode) },
        // SAFETY: NUL-terminated path.
        |c| unsafe { libc::chmod(c.as_ptr(), mode) },
    )
}

/// `os.access(path, mode)`: a bool, never an error for a missing file.
pub fn access(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "access",
        &args,
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
        2,
    )?;
    let p = path_arg(vm, "access", "path", &arg(&a, 0), false, false)?;
    let mode = super::fd::c_int(vm, &arg(&a, 1))?;
    let c = p.cstring(vm, "access")?;
    // SAFETY: NUL-terminated path.
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
}

/// Seconds (int or float) as a `timespec`.
fn timespec(vm: &mut Vm, v: &Value) -> RunResult<libc::timespec> {
    let f = match v {
        Value::Int(i) => {
            return Ok(libc::timespec {
                tv_sec: *i,
                tv_nsec: 0,
            })
        }
        Value::Float(f) => *f,
        other => {
            return Err(vm.type_error(format!(
                "an integer is required (got type {})",
                other.type_name()
            )))
        }
    };
    let secs = f.floor();
    Ok(libc::timespec {
        tv_sec: secs as i64,
        tv_nsec: ((f - secs) * 1e9).round() as i64,
    })
}

/// `os.utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
pub fn utime(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "utime",
        &args,
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
        2,
    )?;
    let p = path_arg(vm, "utime", "path", &arg(&a, 0), true, false)?;
    let times = arg(&a, 1);
    let ns = arg(&a, 2);
    if !times.is_none() && !ns.is_none() {
        return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let now = libc::timespec {
        tv_sec: 0,
        tv_nsec: libc::UTIME_NOW,
    };
    let mut ts = [now, now];
    if !times.is_none() {
        let items = match &times {
            Value::Tuple(t) if t.items.len() == 2 => t.items.to_vec(),
            _ => {
                return Err(
                    vm.type_error("utime: 'times' must be either a tuple of two ints or None")
                )
            }
        };
        ts = [timespec(vm, &items[0])?, timespec(vm, &items[1])?];
    } else if !ns.is_none() {
        let items = match &ns {
            Value::Tuple(t) if t.items.len() == 2 => t.items.to_vec(),
            _ => return Err(vm.type_error("utime: 'ns' must be a tuple of two ints")),
        };
        for (slot, v) in ts.iter_mut().zip(items.iter()) {
            let n = to_i64(vm, v)?;
            *slot = libc::timespec {
                tv_sec: n.div_euclid(1_000_000_000),
                tv_nsec: n.rem_euclid(1_000_000_000),
            };
        }
    }
    fd_or_path(
        vm,
        &p,
        "utime",
        // SAFETY: `ts` holds two timespecs as futimens expects.
        |fd| unsafe { libc::futimens(fd, ts.as_ptr()) },
        // SAFETY: NUL-terminated path and two timespecs.
        |c| unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), 0) },
    )
}

/// `os.truncate(path, length)`.
pub fn truncate(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "truncate", &args, &["path", "length"], 2, 2)?;
    let p = path_arg(vm, "truncate", "path", &arg(&a, 0), true, false)?;
    let len = to_i64(vm, &arg(&a, 1))?;
    fd_or_path(
        vm,
        &p,
        "truncate",
        // SAFETY: ftruncate on a caller-provided descriptor.
        |fd| unsafe { libc::ftruncate(fd, len) },
        // SAFETY: NUL-terminated path.
        |c| unsafe { libc::truncate(c.as_ptr(), len) },
    )
}

/// `os.getcwd()` / `os.getcwdb()`.
pub fn getcwd_value(vm: &Vm, bytes: bool) -> RunResult<Value> {
    match std::env::current_dir() {
        Ok(d) => Ok(if bytes {
            Value::bytes(d.as_os_str().as_bytes().to_vec())
        } else {
            Value::string(decode_fs(d.as_os_str().as_bytes()))
        }),
        Err(e) => Err(vm.os_error_from_io(&e, None, None)),
    }
}

pub fn getcwd(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    clinic(vm, "getcwd", &args, &[], 0, 0)?;
    getcwd_value(vm, false)
}

pub fn getcwdb(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    clinic(vm, "getcwdb", &args, &[], 0, 0)?;
    getcwd_value(vm, true)
}

/// A C string from a `str` argument (environment names and values).
pub fn c_arg(vm: &Vm, fname: &str, v: &Value) -> RunResult<CString> {
    let raw = match v {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        Value::Bytes(b) => b.as_bytes().to_vec(),
        other => {
            return Err(vm.type_error(format!(
                "{fname}: expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )))
        }
    };
    CString::new(raw).map_err(|_| vm.value_error("embedded null byte"))
}

/// `os.statvfs(path)`: an `os.statvfs_result`.
pub fn statvfs(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "statvfs", &args, &["path"], 1, 1)?;
    let p = path_arg(vm, "statvfs", "path", &arg(&a, 0), true, false)?;
    // SAFETY: `statvfs` is plain old data filled by the call.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = match &p {
        // SAFETY: valid out-pointer.
        PathArg::Fd(fd) => unsafe { libc::fstatvfs(*fd, &mut st) },
        _ => {
            let c = p.cstring(vm, "statvfs")?;
            // SAFETY: NUL-terminated path and a valid out-pointer.
            unsafe { libc::statvfs(c.as_ptr(), &mut st) }
        }
    };
    check(vm, rc, &p, None)?;
    let cls = crate::modules::structseq::structseq_class(
        vm,
        "os.statvfs_result",
        "os",
        &[
            "f_bsize",
            "f_frsize",
            "f_blocks",
            "f_bfree",
            "f_bavail",
            "f_files",
            "f_ffree",
            "f_favail",
            "f_flag",
            "f_namemax",
        ],
    );
    let v = |x: u64| Value::Int(x as i64);
    Ok(crate::modules::structseq::new_structseq(
        &cls,
        vec![
            v(st.f_bsize),
            v(st.f_frsize),
            v(st.f_blocks),
            v(st.f_bfree),
            v(st.f_bavail),
            v(st.f_files),
            v(st.f_ffree),
            v(st.f_favail),
            v(st.f_flag),
            v(st.f_namemax),
        ],
        &[("f_fsid", v(st.f_fsid))],
    ))
}
