//! `_traceback`: the natives behind `traceback.py`, `linecache.py`, `warnings.py`
//! and `sys._getframe`. The text comes from the VM's uncaught-exception renderer
//! (`coil_interp::vm::traceback`), so `traceback.format_exc()` prints exactly what
//! an uncaught exception would (CPython 3.11 keeps the two in step too:
//! `Lib/traceback.py` and `Python/traceback.c`).

use super::new_module;
use crate::builtins::args::{func, to_i64};
use coil_interp::bytecode::CodeObject;
use coil_interp::object::{Args, Exc, Module};
use coil_interp::vm::frame_object::location_of;
use coil_interp::vm::traceback::{
    format_entry_chunks, format_exception_limited, format_exception_only, hide_from_tracebacks,
    source_line,
};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_traceback",
        vec![
            (
                "format_exception",
                func("format_exception", format_exception),
            ),
            (
                "format_exception_only",
                func("format_exception_only", exception_only),
            ),
            (
                "format_locations",
                func("format_locations", format_locations),
            ),
            ("positions", func("positions", positions)),
            ("handled", func("handled", handled)),
            ("getline", func("getline", getline)),
            ("getframe", func("getframe", getframe)),
            ("hide", func("hide", hide)),
        ],
    ))
}

fn exception_arg(vm: &Vm, args: &Args, who: &str) -> RunResult<Exc> {
    match args.pos.first() {
        Some(Value::Instance(i)) if i.exc().is_some() => Ok(i.clone()),
        _ => Err(vm.type_error(format!("{who}() needs an exception instance"))),
    }
}

/// `format_exception(exc, limit, chain)`: the whole report as one string.
fn format_exception(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let exc = exception_arg(vm, &args, "format_exception")?;
    let limit = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(to_i64(vm, v)?),
    };
    let chain = match args.pos.get(2) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    Ok(Value::string(format_exception_limited(
        vm, &exc, limit, chain,
    )))
}

/// `format_exception_only(exc)`: `'ValueError: x\n'` plus the notes.
fn exception_only(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let exc = exception_arg(vm, &args, "format_exception_only")?;
    Ok(Value::string(format_exception_only(vm, &exc)))
}

/// `format_locations([tb_or_frame, …])`: `StackSummary.format`'s strings for
/// the places those objects stand for.
fn format_locations(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let items = match args.pos.first() {
        Some(Value::List(l)) => l.items.borrow().clone(),
        _ => return Err(vm.type_error("format_locations() needs a list")),
    };
    let entries: Vec<_> = items.iter().filter_map(location_of).collect();
    let chunks = format_entry_chunks(&entries);
    Ok(Value::list(chunks.into_iter().map(Value::string).collect()))
}

/// `positions(tb_or_frame)`: `(lineno, end_lineno, colno, end_colno)` as
/// `FrameSummary` carries them (None where unknown).
fn positions(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let Some(e) = args.pos.first().and_then(location_of) else {
        return Err(vm.type_error("positions() needs a traceback or frame"));
    };
    let p = e.code.position(e.ip as usize);
    let opt = |n: u32, known: bool| {
        if known {
            Value::Int(n as i64)
        } else {
            Value::None
        }
    };
    let known = p.end_line != 0;
    Ok(Value::tuple(vec![
        Value::Int(p.line as i64),
        opt(p.end_line, known),
        opt(p.col, known),
        opt(p.end_col, known),
    ]))
}

/// `handled()`: the exception being handled (`sys.exception()`), or None.
fn handled(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    Ok(vm.current_handled().map_or(Value::None, Value::Instance))
}

/// `getline(filename, lineno)`: the line with its newline, or `''`
/// (`linecache.getline`).
fn getline(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (Some(Value::Str(file)), Some(line)) = (args.pos.first(), args.pos.get(1)) else {
        return Ok(Value::str(""));
    };
    let n = to_i64(vm, line)?;
    let text = u32::try_from(n)
        .ok()
        .and_then(|n| source_line(file.as_str(), n))
        // The empty piece after a final newline is no line.
        .filter(|l| !l.is_empty() || source_line(file.as_str(), n as u32 + 1).is_some())
        .map(|mut l| {
            l.push('\n');
            l
        });
    Ok(Value::string(text.unwrap_or_default()))
}

/// `sys._getframe(depth=0)`.
pub fn getframe(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let depth = match args.pos.first() {
        Some(v) => to_i64(vm, v)?,
        None => 0,
    };
    let frame = usize::try_from(depth)
        .ok()
        .and_then(|d| vm.running_frame(d));
    match frame {
        Some(f) => Ok(f),
        None if depth < 0 => vm.running_frame(0).ok_or_else(|| not_deep(vm)),
        None => Err(not_deep(vm)),
    }
}

fn not_deep(vm: &Vm) -> Exc {
    vm.value_error("call stack is not deep enough")
}

/// `hide(function)`: exceptions passing through the function's frames get no
/// traceback entry (library functions that are C code in CPython), nor
/// through the functions and lambdas nested in it, which C code has none of.
fn hide(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    match args.pos.first() {
        Some(Value::Function(f)) => {
            hide_code(&f.code);
            Ok(Value::None)
        }
        _ => Err(vm.type_error("hide() needs a function")),
    }
}

fn hide_code(code: &Rc<CodeObject>) {
    hide_from_tracebacks(code.clone());
    for c in &code.consts {
        if let Value::Code(inner) = c {
            hide_code(inner);
        }
    }
}
