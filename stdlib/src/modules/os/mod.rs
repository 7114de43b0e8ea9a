//! `posix`: the native half of `os` (CPython's `Modules/posixmodule.c`). The
//! system calls are here, with CPython's argument handling and errors; the Python
//! half, `stdlib/lib/os.py`, adds `environ`, `walk`, `makedirs`, `scandir`'s
//! `DirEntry`, `fspath` and the constants that are plain values.

pub mod fd;
pub mod fs;
pub mod path_arg;
pub mod process;
pub mod stat;

use super::constants::{ints, libc_ints};
use super::new_module;
use crate::builtins::args::{func, funcs};
use coil_interp::object::Module;
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// The flags and modes `posix` exports under their C names.
const INTS: &[(&str, i64)] = libc_ints![
    O_RDONLY,
    O_WRONLY,
    O_RDWR,
    O_APPEND,
    O_CREAT,
    O_EXCL,
    O_TRUNC,
    O_NONBLOCK,
    O_NDELAY,
    O_CLOEXEC,
    O_NOFOLLOW,
    O_DIRECTORY,
    O_SYNC,
    O_DSYNC,
    O_NOCTTY,
    O_ACCMODE,
    O_TMPFILE,
    O_NOATIME,
    O_PATH,
    F_OK,
    R_OK,
    W_OK,
    X_OK,
    WNOHANG,
];

/// Constants with fixed values, where libc has no item of that name.
const FIXED_INTS: &[(&str, i64)] = &[
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("EX_OK", 0),
];

/// `import posix`.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let mut items = Vec::new();
    for table in [stat::FUNCS, fs::FUNCS, fd::FUNCS, process::FUNCS] {
        items.extend(funcs(table));
    }
    items.extend(ints(INTS));
    items.extend(ints(FIXED_INTS));
    items.push(("environ", process::environ()));
    items.push(("stat_result", Value::Class(stat::stat_result_class(vm))));
    let ts = stat::terminal_size_class(vm);
    ts.dict
        .set_str("__new__", func("__new__", process::terminal_size_new));
    items.push(("terminal_size", Value::Class(ts)));
    items.push(("times_result", Value::Class(stat::times_result_class(vm))));
    items.push(("uname_result", Value::Class(stat::uname_result_class(vm))));
    items.push(("error", Value::Class(vm.types.exc.os_error.clone())));
    Ok(new_module("posix", items))
}
