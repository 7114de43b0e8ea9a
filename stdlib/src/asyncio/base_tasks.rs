//! Natives behind `base_tasks.py` (`Task.get_stack`, `Task.print_stack`): the
//! source line of a frame (CPython's `linecache.getline`) and the last line of a
//! traceback (`traceback.format_exception_only`), from Coil's traceback printer.

use coil_interp::object::{Args, Value};
use coil_interp::vm::traceback::{exception_line, source_line};
use coil_interp::{RunResult, Vm};

/// `_source_line(filename, lineno)`: the line without its newline, or `''`.
pub fn source_line_fn(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (Some(Value::Str(file)), Some(Value::Int(line))) = (args.pos.first(), args.pos.get(1))
    else {
        return Err(vm.type_error("_source_line(filename: str, lineno: int)"));
    };
    let line = u32::try_from(*line)
        .ok()
        .and_then(|n| source_line(file.as_str(), n));
    Ok(Value::string(line.unwrap_or_default()))
}

/// `_exception_only(exc)`: `'ValueError: x\n'`.
pub fn exception_only(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    match args.pos.first() {
        Some(Value::Instance(i)) if i.exc().is_some() => {
            let line = exception_line(vm, i);
            Ok(Value::string(format!("{line}\n")))
        }
        _ => Err(vm.type_error("_exception_only() needs an exception")),
    }
}
