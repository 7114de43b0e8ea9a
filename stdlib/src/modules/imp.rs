//! `_imp`: the importer's native helpers that `importlib` (`stdlib/lib/importlib/`)
//! needs, after CPython's `Python/import.c` module of that name: `exec_source`
//! re-runs a module's file in its namespace (`importlib.reload`).

use super::new_module;
use crate::builtins::args::{func, one_arg};
use coil_interp::object::{Args, Module};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_imp",
        vec![("exec_source", func("exec_source", exec_source))],
    ))
}

/// `_imp.exec_source(module)`: compiles the module's `__file__` again and runs it
/// with the module's dict as globals.
fn exec_source(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let module = one_arg(vm, "exec_source", &args)?;
    let Value::Module(m) = module else {
        return Err(vm.type_error("reload() argument must be a module"));
    };
    let Some(Value::Str(file)) = m.dict.get_str("__file__") else {
        return Ok(Value::None);
    };
    let source = std::fs::read(file.as_str())
        .map_err(|e| vm.import_error(format!("cannot read {}: {e}", file.as_str())))?;
    let source = String::from_utf8_lossy(&source).into_owned();
    let code = vm.compile_source(&source, file.as_str())?;
    vm.run_module_code(code, m.dict.clone())?;
    Ok(Value::None)
}
