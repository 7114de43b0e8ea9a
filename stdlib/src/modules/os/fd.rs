//! File descriptors in the `posix` module: `open`, `read`, `write`, `close`,
//! `pipe`, `dup`, `dup2`, `lseek`, `isatty`, `fsync`, `ftruncate`
//! (CPython's `Modules/posixmodule.c` `os_open_impl`, `os_read_impl`, …).
//! Interrupted calls are retried, as PEP 475 asks.

use super::path_arg::{last_errno, path_arg};
use crate::builtins::args::{clinic, to_i64};
use coil_interp::object::{Args, NativeFn};
use coil_interp::{RunResult, Value, Vm};

/// The `posix` functions this file implements.
pub const FUNCS: &[(&str, NativeFn)] = &[
    ("open", open),
    ("read", read),
    ("write", write),
    ("close", close),
    ("fsync", fsync),
    ("isatty", isatty),
    ("dup", dup),
    ("dup2", dup2),
    ("pipe", pipe),
    ("lseek", lseek),
    ("ftruncate", ftruncate),
];

/// A descriptor argument (`fd`), with CPython's messages for other types.
pub fn fd_arg(vm: &mut Vm, v: Option<&Value>) -> RunResult<i32> {
    let v = v.cloned().unwrap_or(Value::None);
    match &v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {}
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    }
    let n = to_i64(vm, &v)?;
    i32::try_from(n).map_err(|_| {
        vm.overflow_error(if n < 0 {
            "fd is less than minimum"
        } else {
            "fd is greater than maximum"
        })
    })
}

/// Runs `call` until it is not interrupted by a signal.
fn retry(mut call: impl FnMut() -> isize) -> Result<isize, i32> {
    loop {
        let rc = call();
        if rc >= 0 {
            return Ok(rc);
        }
        let errno = last_errno();
        if errno != libc::EINTR {
            return Err(errno);
        }
    }
}

/// `os.open(path, flags, mode=0o777, *, dir_fd=None)`.
pub fn open(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "open",
        &args,
        &["path", "flags", "mode", "dir_fd"],
        2,
        3,
    )?;
    let path = a[0].clone().unwrap_or(Value::None);
    let p = path_arg(vm, "open", "path", &path, false, false)?;
    let flags = c_int(vm, a[1].as_ref().unwrap_or(&Value::Int(0)))?;
    let mode = match &a[2] {
        Some(v) => c_int(vm, v)? as libc::c_uint,
        None => 0o777,
    };
    let c = p.cstring(vm, "open")?;
    // SAFETY: NUL-terminated path; O_CLOEXEC as CPython makes descriptors non-inheritable.
    match retry(|| unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) as isize }) {
        Ok(fd) => Ok(Value::Int(fd as i64)),
        Err(errno) => Err(vm.os_error(errno, Some(p.value()), None)),
    }
}

/// `os.read(fd, length)`: bytes, empty at the end of the file.
pub fn read(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = super::fd::pos_only(vm, "read", &args, 2)?;
    let fd = fd_arg(vm, a[0].as_ref())?;
    let n = to_i64(vm, a[1].as_ref().unwrap_or(&Value::Int(0)))?;
    if n < 0 {
        return Err(vm.os_error(libc::EINVAL, None, None));
    }
    if let Some(r) = park(vm, fd, libc::POLLIN, move |vm| read_now(vm, fd, n)) {
        return r;
    }
    read_now(vm, fd, n)
}

/// With other Python threads, a call on `fd` that would wait parks the
/// calling thread until `fd` has `events`, then makes the call with `call`
/// (CPython releases the GIL around it; `vm/green_io.rs`). None: call now.
fn park(
    vm: &mut Vm,
    fd: i32,
    events: i16,
    call: impl Fn(&mut Vm) -> RunResult<Value> + 'static,
) -> Option<RunResult<Value>> {
    use coil_interp::vm::green_io::{fd_ready, IoWait};
    if !vm.green_must_yield() || fd_ready(fd, events) {
        return None;
    }
    Some(vm.green_io(IoWait::one(
        fd,
        events,
        None,
        Box::new(move |vm, _| fd_ready(fd, events).then(|| call(vm))),
    )))
}

fn read_now(vm: &mut Vm, fd: i32, n: i64) -> RunResult<Value> {
    let mut buf = Vec::new();
    if buf.try_reserve(n as usize).is_err() {
        return Err(vm.new_error(&vm.types.exc.memory_error.clone(), ""));
    }
    buf.resize(n as usize, 0);
    // SAFETY: `buf` has `n` writable bytes.
    match retry(|| unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n as usize) }) {
        Ok(got) => {
            buf.truncate(got as usize);
            Ok(Value::bytes(buf))
        }
        Err(errno) => Err(vm.os_error(errno, None, None)),
    }
}

/// The bytes of a bytes-like argument.
fn buffer_arg(vm: &mut Vm, v: &Value) -> RunResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.as_bytes().to_vec()),
        other => match crate::types::bytes_buffer_of(other) {
            Some(data) => Ok(data),
            None => Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                other.type_name()
            ))),
        },
    }
}

/// `os.write(fd, data)`: the number of bytes written.
pub fn write(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = super::fd::pos_only(vm, "write", &args, 2)?;
    let fd = fd_arg(vm, a[0].as_ref())?;
    let data = buffer_arg(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    if vm.green_must_yield() {
        let owned = data.clone();
        if let Some(r) = park(vm, fd, libc::POLLOUT, move |vm| write_now(vm, fd, &owned)) {
            return r;
        }
    }
    write_now(vm, fd, &data)
}

fn write_now(vm: &mut Vm, fd: i32, data: &[u8]) -> RunResult<Value> {
    // SAFETY: `data` is readable for its length.
    match retry(|| unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) }) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(errno) => Err(vm.os_error(errno, None, None)),
    }
}

fn fd_only(vm: &mut Vm, args: &Args, fname: &str) -> RunResult<i32> {
    let a = clinic(vm, fname, args, &["fd"], 1, 1)?;
    fd_arg(vm, a[0].as_ref())
}

fn check(vm: &Vm, rc: libc::c_int) -> RunResult<Value> {
    if rc < 0 {
        Err(vm.os_error(last_errno(), None, None))
    } else {
        Ok(Value::None)
    }
}

/// `os.close(fd)`.
pub fn close(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd_only(vm, &args, "close")?;
    // SAFETY: closing a descriptor the program names; Rust holds no handle to it.
    check(vm, unsafe { libc::close(fd) })
}

/// `os.fsync(fd)`.
pub fn fsync(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd_only(vm, &args, "fsync")?;
    // SAFETY: plain syscall on an integer.
    check(vm, unsafe { libc::fsync(fd) })
}

/// `os.isatty(fd)`.
pub fn isatty(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd_only(vm, &args, "isatty")?;
    // SAFETY: plain syscall on an integer.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// `os.dup(fd)`: a new, non-inheritable descriptor.
pub fn dup(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd_only(vm, &args, "dup")?;
    // SAFETY: plain syscall on an integer.
    let rc = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    check(vm, rc)?;
    Ok(Value::Int(rc as i64))
}

/// `os.dup2(fd, fd2, inheritable=True)`.
pub fn dup2(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "dup2", &args, &["fd", "fd2", "inheritable"], 2, 3)?;
    let fd = fd_arg(vm, a[0].as_ref())?;
    let fd2 = fd_arg(vm, a[1].as_ref())?;
    // SAFETY: plain syscall on integers.
    let rc = unsafe { libc::dup2(fd, fd2) };
    check(vm, rc)?;
    Ok(Value::Int(rc as i64))
}

/// `os.pipe()`: `(read_fd, write_fd)`.
pub fn pipe(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    clinic(vm, "pipe", &args, &[], 0, 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    check(vm, unsafe {
        libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC)
    })?;
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

/// `os.lseek(fd, position, whence)`: the new offset.
pub fn lseek(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = super::fd::pos_only(vm, "lseek", &args, 3)?;
    let fd = fd_arg(vm, a[0].as_ref())?;
    let pos = to_i64(vm, a[1].as_ref().unwrap_or(&Value::Int(0)))?;
    let how = c_int(vm, a[2].as_ref().unwrap_or(&Value::Int(0)))?;
    // SAFETY: plain syscall on integers.
    let rc = unsafe { libc::lseek(fd, pos, how) };
    if rc < 0 {
        return Err(vm.os_error(last_errno(), None, None));
    }
    Ok(Value::Int(rc))
}

/// `os.ftruncate(fd, length)`.
pub fn ftruncate(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = super::fd::pos_only(vm, "ftruncate", &args, 2)?;
    let fd = fd_arg(vm, a[0].as_ref())?;
    let len = to_i64(vm, a[1].as_ref().unwrap_or(&Value::Int(0)))?;
    // SAFETY: plain syscall on integers.
    check(vm, unsafe { libc::ftruncate(fd, len) })
}

/// Positional-only arguments, exactly `n` (`_PyArg_CheckPositional`'s messages).
pub fn pos_only(vm: &Vm, name: &str, args: &Args, n: usize) -> RunResult<Vec<Option<Value>>> {
    crate::builtins::args::no_kwargs(vm, name, args)?;
    crate::builtins::args::check_count(vm, name, args.pos.len(), n, n)?;
    Ok(args.pos.iter().cloned().map(Some).collect())
}

/// A C `int` argument (Argument Clinic's `int`, `_PyLong_AsInt`): OverflowError outside its range.
pub fn c_int(vm: &mut Vm, v: &Value) -> RunResult<i32> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = crate::builtins::args::to_index(vm, v)?;
    n.to_i64()
        .and_then(|i| i32::try_from(i).ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}
