//! Builtins that look at the calling frame: `globals`, `locals`, `dir()` and
//! `vars()` without an argument, `eval`, `exec` and `compile` (CPython 3.11
//! `Python/bltinmodule.c`). The frame side lives in the VM (`vm/namespace.rs`);
//! `dir(obj)` and `vars(obj)` stay with the other introspection builtins, which the
//! wrappers here call.

use super::args::{clinic, func};
use coil_interp::builtin::no_args;
use coil_interp::compile::Mode;
use coil_interp::object::{Args, Dict, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

const FUNCS: &[(&str, NativeFn)] = &[
    ("globals", globals),
    ("locals", locals),
    ("eval", eval),
    ("exec", exec),
    ("compile", compile),
];

pub fn install(vm: &mut Vm) {
    super::add_funcs(vm, FUNCS);
    // `dir()` and `vars()` need the frame only without an argument.
    if let Some(Value::Builtin(b)) = vm.builtins.get_str("dir") {
        DIR_WITH_ARG.with(|d| d.set(Some(b.func)));
        vm.add_builtin("dir", func("dir", dir));
    }
    if let Some(Value::Builtin(b)) = vm.builtins.get_str("vars") {
        VARS_WITH_ARG.with(|d| d.set(Some(b.func)));
        vm.add_builtin("vars", func("vars", vars));
    }
}

thread_local! {
    static DIR_WITH_ARG: std::cell::Cell<Option<coil_interp::object::NativeFn>> =
        const { std::cell::Cell::new(None) };
    static VARS_WITH_ARG: std::cell::Cell<Option<coil_interp::object::NativeFn>> =
        const { std::cell::Cell::new(None) };
}

fn globals(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    no_args(vm, "globals", &args)?;
    Ok(Value::Dict(vm.current_globals()))
}

fn locals(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    no_args(vm, "locals", &args)?;
    Ok(vm.current_locals())
}

fn dir(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(vm.current_dir());
    }
    match DIR_WITH_ARG.with(|d| d.get()) {
        Some(f) => f(vm, recv, args),
        None => Err(vm.type_error("dir() is not available")),
    }
}

fn vars(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(vm.current_locals());
    }
    match VARS_WITH_ARG.with(|d| d.get()) {
        Some(f) => f(vm, recv, args),
        None => Err(vm.type_error("vars() is not available")),
    }
}

/// The namespaces `eval`/`exec` run in: the caller's when not given; `locals`
/// defaults to `globals` when only that is given.
fn namespaces(
    vm: &mut Vm,
    name: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> RunResult<(Rc<Dict>, Rc<Dict>)> {
    let globals = match globals {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(vm.type_error(if name == "exec" {
                format!("exec() globals must be a dict, not {}", other.type_name())
            } else {
                "globals must be a dict".to_string()
            }))
        }
    };
    let locals = match locals {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) => return Err(vm.type_error("locals must be a mapping")),
    };
    Ok(match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, Some(l)) => (vm.current_globals(), l),
        (None, None) => {
            let l = match vm.current_locals() {
                Value::Dict(d) => d,
                _ => vm.current_globals(),
            };
            (vm.current_globals(), l)
        }
    })
}

/// The code to run: a code object as it is, source compiled as `<string>`.
fn source_code(vm: &mut Vm, name: &str, src: &Value, mode: Mode) -> RunResult<Value> {
    match src {
        Value::Code(_) => Ok(src.clone()),
        Value::Str(s) => {
            let text = s.as_str();
            // `eval` ignores leading spaces and tabs (`builtin_eval_impl`).
            let text = if mode == Mode::Eval {
                text.trim_start_matches([' ', '\t'])
            } else {
                text
            };
            vm.compile_source_mode(text, "<string>", mode)
                .map(Value::Code)
        }
        _ => Err(vm.type_error(format!(
            "{name}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

fn run(vm: &mut Vm, code: Value, globals: Rc<Dict>, locals: Rc<Dict>) -> RunResult<Value> {
    match code {
        Value::Code(c) => vm.run_code_in(c, globals, locals),
        _ => Ok(Value::None),
    }
}

/// `eval(source, globals=None, locals=None)`.
fn eval(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Err(vm.type_error("eval expected at least 1 argument, got 0"));
    }
    let slots = clinic(vm, "eval", &args, &["source", "globals", "locals"], 1, 3)?;
    let (g, l) = namespaces(vm, "eval", slots[1].as_ref(), slots[2].as_ref())?;
    let src = slots[0].clone().unwrap_or(Value::None);
    let code = source_code(vm, "eval", &src, Mode::Eval)?;
    run(vm, code, g, l)
}

/// `exec(source, globals=None, locals=None)`: always None.
fn exec(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    let slots = clinic(vm, "exec", &args, &["source", "globals", "locals"], 1, 3)?;
    let (g, l) = namespaces(vm, "exec", slots[1].as_ref(), slots[2].as_ref())?;
    let src = slots[0].clone().unwrap_or(Value::None);
    let code = source_code(vm, "exec", &src, Mode::Exec)?;
    run(vm, code, g, l)?;
    Ok(Value::None)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let params = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    let slots = clinic(vm, "compile", &args, &params, 3, 6)?;
    let mode = match &slots[2] {
        Some(Value::Str(s)) => match s.as_str() {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Interactive,
            _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        },
        Some(other) => {
            return Err(vm.type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
        None => Mode::Exec,
    };
    let filename = match &slots[1] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                other.type_name()
            )))
        }
        None => "<string>".to_string(),
    };
    match &slots[0] {
        Some(Value::Str(s)) => {
            let text = s.as_str().to_string();
            vm.compile_source_mode(&text, &filename, mode)
                .map(Value::Code)
        }
        Some(c @ Value::Code(_)) => Ok(c.clone()),
        _ => Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    }
}
