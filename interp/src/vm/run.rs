//! Running a program: the `__main__` module, uncaught exceptions and the exit code
//! (CPython's `Python/pythonrun.c` `_PyRun_SimpleFileObject`, `PyErr_PrintEx`,
//! `handle_system_exit`).

use super::Vm;
use crate::bytecode::CodeObject;
use crate::object::{Dict, Exc, Module, Str, Value};
use std::rc::Rc;

/// A fresh `__main__` module, registered in `sys.modules`, and its namespace:
/// CPython's initial names, plus `__file__` and `__cached__` when `filename` is a
/// real file (not `<string>` or `<stdin>`; the REPL passes `None`).
pub fn main_namespace(vm: &mut Vm, filename: Option<&str>) -> Rc<Dict> {
    let dict = Rc::new(Dict::new());
    dict.set_str("__name__", Value::interned("__main__"));
    dict.set_str("__doc__", Value::None);
    dict.set_str("__package__", Value::None);
    dict.set_str("__loader__", Value::None);
    dict.set_str("__spec__", Value::None);
    dict.set_str("__annotations__", Value::Dict(Rc::new(Dict::new())));
    let builtins = vm.builtins_module();
    dict.set_str("__builtins__", builtins);
    if let Some(filename) = filename.filter(|f| !f.starts_with('<')) {
        dict.set_str("__file__", Value::str(filename));
        dict.set_str("__cached__", Value::None);
    }
    let module = Value::Module(Rc::new(Module {
        name: Str::intern("__main__"),
        dict: dict.clone(),
    }));
    vm.modules.set_str("__main__", module);
    dict
}

/// How a run ended.
pub enum RunOutcome {
    /// The module body finished.
    Finished,
    /// An exception escaped it (already reported); the process exit code.
    Failed(i32),
}

/// Runs `code` as the `__main__` module (`__file__` is the code's filename unless
/// it is `<string>` or `<stdin>`), reports an uncaught exception on stderr and
/// returns the process exit code.
pub fn run_main(vm: &mut Vm, code: Rc<CodeObject>) -> i32 {
    let dict = main_namespace(vm, Some(code.filename.as_str()));
    // The script's own SyntaxWarnings, now that `warnings` can be imported.
    let warned = if crate::compile::warnings::pending() {
        let source = std::fs::read_to_string(code.filename.as_str()).ok();
        vm.emit_compile_warnings(source.as_deref())
    } else {
        Ok(())
    };
    let outcome = match warned.and_then(|_| vm.run_module_code(code, dict)) {
        Ok(_) => RunOutcome::Finished,
        Err(e) => RunOutcome::Failed(exit_code_for(vm, &e)),
    };
    vm.finalize_at_exit();
    vm.flush_stdout();
    match outcome {
        RunOutcome::Finished => 0,
        RunOutcome::Failed(code) => code,
    }
}

/// Set when an uncaught KeyboardInterrupt was reported: the `coil` command then
/// ends by SIGINT itself, as CPython's `exit_sigint` (`Modules/main.c`) does, so a
/// parent sees "killed by SIGINT" (a shell stops a script loop on it).
pub static UNHANDLED_KEYBOARD_INTERRUPT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Reports an uncaught exception and gives the exit code: `SystemExit` exits with
/// its code (printing a non-int code), `KeyboardInterrupt` prints its traceback and
/// gives 130 (CPython re-raises SIGINT), anything else prints its traceback and
/// gives 1.
pub fn exit_code_for(vm: &mut Vm, exc: &Exc) -> i32 {
    let cls = exc.class();
    if cls.is_subclass(&vm.types.exc.system_exit) {
        let code = match exc.dict.get_str("code") {
            Some(c) => c,
            None => {
                let args = exc
                    .exc()
                    .map(|d| d.borrow().args.clone())
                    .unwrap_or_default();
                match args.len() {
                    0 => Value::None,
                    1 => args[0].clone(),
                    _ => Value::tuple(args),
                }
            }
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            // `PyLong_AsLong` fails past a C long and gives -1, the error is
            // cleared, and the process exits with status 255, silently.
            Value::BigInt(_) => -1,
            other => {
                let text = match vm.to_str(&other) {
                    Ok(s) => s.as_str().to_string(),
                    Err(_) => String::new(),
                };
                vm.write_stderr(&format!("{text}\n"));
                1
            }
        };
    }
    let report = super::traceback::format_exception(vm, exc);
    vm.write_stderr_now(&report);
    if cls.is_subclass(&vm.types.exc.keyboard_interrupt) {
        UNHANDLED_KEYBOARD_INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
        130
    } else {
        1
    }
}
