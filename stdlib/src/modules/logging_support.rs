//! `_logging`: what `logging/__init__.py` needs from the process that CPython's
//! module gets from `os` and `threading` (`os.getpid`, `threading.get_ident`).
//! Coil runs scripts on one interpreter thread, named `MainThread` by the
//! Python side.

use super::new_module;
use crate::builtins::args::func;
use coil_interp::object::{Args, Module};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_logging",
        vec![
            ("getpid", func("getpid", getpid)),
            ("get_ident", func("get_ident", get_ident)),
            ("getcwd", func("getcwd", getcwd)),
        ],
    ))
}

/// `os.getpid()`.
fn getpid(_vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

/// `threading.get_ident()`: a number naming the interpreter thread.
fn get_ident(_vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::hash::Hash::hash(&std::thread::current().id(), &mut h);
    Ok(Value::Int(
        (std::hash::Hasher::finish(&h) & 0x7fff_ffff_ffff) as i64,
    ))
}

/// `os.getcwd()` (for `FileHandler.baseFilename`).
fn getcwd(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
        Err(e) => {
            let class = vm.types.exc.os_error.clone();
            Err(vm.new_error(&class, e.to_string()))
        }
    }
}
