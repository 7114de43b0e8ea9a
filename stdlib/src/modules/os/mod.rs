//! `posix`: the native half of `os` (CPython's `Modules/posixmodule.c`). The
//! system calls are here, with CPython's argument handling and errors; the Python
//! half, `stdlib/lib/os.py`, adds `environ`, `walk`, `makedirs`, `scandir`'s
//! `DirEntry`, `fspath` and the constants that are plain values.

pub mod fd;
pub mod fs;
pub mod path_arg;
pub mod process;
pub mod stat;

use super::new_module;
use crate::builtins::args::func;
use coil_interp::object::{Module, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

const FUNCS: &[(&str, NativeFn)] = &[
    ("stat", stat::stat),
    ("lstat", stat::lstat),
    ("fstat", stat::fstat),
    ("listdir", fs::listdir),
    ("_scandir", fs::scandir),
    ("mkdir", fs::mkdir),
    ("mkfifo", fs::mkfifo),
    ("rmdir", fs::rmdir),
    ("unlink", fs::unlink),
    ("remove", fs::remove),
    ("rename", fs::rename),
    ("replace", fs::replace),
    ("link", fs::link),
    ("symlink", fs::symlink),
    ("readlink", fs::readlink),
    ("chmod", fs::chmod),
    ("access", fs::access),
    ("utime", fs::utime),
    ("truncate", fs::truncate),
    ("statvfs", fs::statvfs),
    ("getcwd", fs::getcwd),
    ("getcwdb", fs::getcwdb),
    ("chdir", fs::chdir),
    ("open", fd::open),
    ("read", fd::read),
    ("write", fd::write),
    ("close", fd::close),
    ("fsync", fd::fsync),
    ("isatty", fd::isatty),
    ("dup", fd::dup),
    ("dup2", fd::dup2),
    ("pipe", fd::pipe),
    ("lseek", fd::lseek),
    ("ftruncate", fd::ftruncate),
    ("getpid", process::getpid),
    ("getppid", process::getppid),
    ("getuid", process::getuid),
    ("geteuid", process::geteuid),
    ("getgid", process::getgid),
    ("getegid", process::getegid),
    ("getpgrp", process::getpgrp),
    ("kill", process::kill),
    ("_exit", process::exit_now),
    ("umask", process::umask),
    ("times", process::times),
    ("uname", process::uname),
    ("cpu_count", process::cpu_count),
    ("urandom", process::urandom),
    ("strerror", process::strerror),
    ("get_terminal_size", process::get_terminal_size),
    ("system", process::system),
    ("putenv", process::putenv),
    ("unsetenv", process::unsetenv),
];

const INTS: &[(&str, i64)] = &[
    ("O_RDONLY", libc::O_RDONLY as i64),
    ("O_WRONLY", libc::O_WRONLY as i64),
    ("O_RDWR", libc::O_RDWR as i64),
    ("O_APPEND", libc::O_APPEND as i64),
    ("O_CREAT", libc::O_CREAT as i64),
    ("O_EXCL", libc::O_EXCL as i64),
    ("O_TRUNC", libc::O_TRUNC as i64),
    ("O_NONBLOCK", libc::O_NONBLOCK as i64),
    ("O_NDELAY", libc::O_NDELAY as i64),
    ("O_CLOEXEC", libc::O_CLOEXEC as i64),
    ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
    ("O_DIRECTORY", libc::O_DIRECTORY as i64),
    ("O_SYNC", libc::O_SYNC as i64),
    ("O_DSYNC", libc::O_DSYNC as i64),
    ("O_NOCTTY", libc::O_NOCTTY as i64),
    ("O_ACCMODE", libc::O_ACCMODE as i64),
    ("O_TMPFILE", libc::O_TMPFILE as i64),
    ("O_NOATIME", libc::O_NOATIME as i64),
    ("O_PATH", libc::O_PATH as i64),
    ("F_OK", libc::F_OK as i64),
    ("R_OK", libc::R_OK as i64),
    ("W_OK", libc::W_OK as i64),
    ("X_OK", libc::X_OK as i64),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("EX_OK", 0),
    ("WNOHANG", libc::WNOHANG as i64),
];

/// `import posix`.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let mut items: Vec<(&str, Value)> = FUNCS.iter().map(|(n, f)| (*n, func(n, *f))).collect();
    items.extend(INTS.iter().map(|(n, v)| (*n, Value::Int(*v))));
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
