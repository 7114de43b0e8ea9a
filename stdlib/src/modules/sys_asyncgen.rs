//! `sys.set_asyncgen_hooks` and `sys.get_asyncgen_hooks` (CPython 3.11
//! `Python/sysmodule.c`); the hooks themselves live in the interpreter
//! (`coil_interp::vm::async_gen_hooks`).

use super::structseq::{new_structseq, structseq_class};
use crate::builtins::introspect::is_callable;
use coil_interp::object::Args;
use coil_interp::vm::async_gen_hooks;
use coil_interp::{RunResult, Value, Vm};

/// `sys.set_asyncgen_hooks([firstiter] [, finalizer])`.
pub fn set_asyncgen_hooks(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    let mut firstiter = args.pos.first().cloned();
    let mut finalizer = args.pos.get(1).cloned();
    for (k, v) in args.kw {
        let slot = match k.as_str() {
            "firstiter" => &mut firstiter,
            "finalizer" => &mut finalizer,
            other => {
                return Err(vm.type_error(format!(
                    "set_asyncgen_hooks() got an unexpected keyword argument '{other}'"
                )))
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for set_asyncgen_hooks() given by name ('{}') and position",
                k.as_str()
            )));
        }
        *slot = Some(v.clone());
    }
    // Checked in CPython's order: the finalizer first.
    for (name, v) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(v) = v {
            if !v.is_none() && !is_callable(vm, v) {
                return Err(
                    vm.type_error(format!("callable {name} expected, got {}", v.type_name()))
                );
            }
        }
    }
    async_gen_hooks::set_hooks(vm, firstiter, finalizer);
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=…, finalizer=…)`.
pub fn get_asyncgen_hooks(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "sys.get_asyncgen_hooks() takes no arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    let cls = structseq_class(
        vm,
        "asyncgen_hooks",
        "builtins",
        &["firstiter", "finalizer"],
    );
    let (first, fin) = async_gen_hooks::get_hooks(vm);
    Ok(new_structseq(&cls, vec![first, fin], &[]))
}
