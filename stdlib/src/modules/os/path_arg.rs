//! Path arguments of the `posix` functions, as CPython's `path_converter`
//! (`Modules/posixmodule.c`) accepts them: `str`, `bytes`, an object with
//! `__fspath__`, and (where a function allows it) an open file descriptor. The
//! converted value is what error messages name (`os.stat(Path('x'))` reports `'x'`).

use coil_interp::object::Str;
use coil_interp::{RunResult, Value, Vm};
use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

/// A converted path argument.
pub enum PathArg {
    /// A name in the file system: the `str`/`bytes` value and its bytes.
    Name { value: Value, raw: Vec<u8> },
    /// A file descriptor (only where the function accepts one).
    Fd(i32),
}

impl PathArg {
    /// The Python value error messages show: the name, or the descriptor.
    pub fn value(&self) -> Value {
        match self {
            PathArg::Name { value, .. } => value.clone(),
            PathArg::Fd(fd) => Value::Int(*fd as i64),
        }
    }

    /// True when the caller gave `bytes`, so results are `bytes` too.
    pub fn is_bytes(&self) -> bool {
        matches!(
            self,
            PathArg::Name {
                value: Value::Bytes(_),
                ..
            }
        )
    }

    /// The path for `std::fs` (a descriptor becomes `/proc/self/fd/N`).
    pub fn path(&self) -> PathBuf {
        match self {
            PathArg::Name { raw, .. } => PathBuf::from(OsString::from_vec(raw.clone())),
            PathArg::Fd(fd) => PathBuf::from(format!("/proc/self/fd/{fd}")),
        }
    }

    /// The NUL-terminated name for libc calls.
    pub fn cstring(&self, vm: &Vm, fname: &str) -> RunResult<CString> {
        match self {
            PathArg::Name { raw, .. } => CString::new(raw.clone())
                .map_err(|_| vm.value_error(format!("{fname}: embedded null character in path"))),
            PathArg::Fd(fd) => {
                Ok(CString::new(format!("/proc/self/fd/{fd}"))
                    .expect("a formatted number has no NUL"))
            }
        }
    }

    /// An OSError for the current `errno`, naming this path.
    pub fn error(&self, vm: &Vm) -> coil_interp::Exc {
        vm.os_error(last_errno(), Some(self.value()), None)
    }
}

/// `errno` after a failed libc call.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(5)
}

/// `os.fspath(v)` without the type check message: `None` if `v` is not path-like.
pub fn fspath_opt(vm: &mut Vm, v: &Value) -> RunResult<Option<Value>> {
    match v {
        Value::Str(_) | Value::Bytes(_) => return Ok(Some(v.clone())),
        Value::Instance(_) => {}
        _ => return Ok(None),
    }
    let name = Str::intern("__fspath__");
    let Some(_) = vm.lookup_special(v, &name) else {
        return Ok(None);
    };
    let r = vm.call_method(v, "__fspath__", &[])?;
    match r {
        Value::Str(_) | Value::Bytes(_) => Ok(Some(r)),
        other => Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_of(v).name.as_str(),
            other.type_name()
        ))),
    }
}

/// Converts `v` for function `fname`; `allow_fd` accepts an int descriptor and
/// `allow_none` gives `None` (for `listdir()`'s default).
pub fn path_arg(
    vm: &mut Vm,
    fname: &str,
    argname: &str,
    v: &Value,
    allow_fd: bool,
    allow_none: bool,
) -> RunResult<PathArg> {
    if allow_fd {
        if let Value::Int(fd) = v {
            return match i32::try_from(*fd) {
                Ok(fd) => Ok(PathArg::Fd(fd)),
                Err(_) => Err(vm.overflow_error("fd is greater than maximum")),
            };
        }
    }
    if let Some(value) = fspath_opt(vm, v)? {
        let raw = match &value {
            Value::Str(s) => s.as_str().as_bytes().to_vec(),
            Value::Bytes(b) => b.as_bytes().to_vec(),
            _ => unreachable!("fspath_opt returns str or bytes"),
        };
        if raw.contains(&0) {
            return Err(vm.value_error(format!("{fname}: embedded null character in {argname}")));
        }
        return Ok(PathArg::Name { value, raw });
    }
    let kinds = match (allow_fd, allow_none) {
        (true, true) => "string, bytes, os.PathLike, integer or None",
        (true, false) => "string, bytes, os.PathLike or integer",
        (false, true) => "string, bytes, os.PathLike or None",
        (false, false) => "string, bytes or os.PathLike",
    };
    Err(vm.type_error(format!(
        "{fname}: {argname} should be {kinds}, not {}",
        v.type_name()
    )))
}

/// A name read from the file system, as `str` or `bytes` like the argument.
pub fn name_value(raw: &OsStr, as_bytes: bool) -> Value {
    if as_bytes {
        Value::bytes(raw.as_bytes().to_vec())
    } else {
        Value::string(decode_fs(raw.as_bytes()))
    }
}

/// `os.fsdecode` for names the file system returns: UTF-8, invalid bytes escaped
/// as lone surrogates in CPython; Coil's strings cannot hold those, so they become
/// U+FFFD.
pub fn decode_fs(raw: &[u8]) -> String {
    String::from_utf8_lossy(raw).into_owned()
}
