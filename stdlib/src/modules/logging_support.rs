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

/// The record CPython's asyncio logs when it makes an event loop
/// (`Lib/asyncio/selector_events.py` `BaseSelectorEventLoop.__init__`:
/// "Using selector: EpollSelector" at DEBUG on the `asyncio` logger), which a
/// program with `basicConfig(level=DEBUG)` prints. Coil's loop is native, so
/// `asyncio.run` and `new_event_loop` ask `logging` (if imported) to log it.
pub fn log_selector_in_use(vm: &mut Vm) -> RunResult<()> {
    let Some(Value::Module(m)) = vm.modules.get_str("logging") else {
        return Ok(());
    };
    let Some(log) = m.dict.get_str("_log_for_library") else {
        return Ok(());
    };
    let selector = if cfg!(target_os = "linux") {
        "EpollSelector"
    } else if cfg!(any(target_os = "macos", target_os = "freebsd")) {
        "KqueueSelector"
    } else {
        "SelectSelector"
    };
    let path = format!(
        "{}/asyncio/selector_events.py",
        coil_interp::vm::import::cpython_lib_dir()
    );
    vm.call(
        &log,
        &[
            Value::str("asyncio"),
            Value::Int(10),
            Value::string(path),
            Value::Int(54),
            Value::str("__init__"),
            Value::str("Using selector: %s"),
            Value::tuple(vec![Value::str(selector)]),
        ],
        &[],
    )?;
    Ok(())
}
