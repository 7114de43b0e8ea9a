//! `_gc`, the native half of the `gc` module (CPython's `Modules/gcmodule.c`; the
//! rest is `lib/gc.py`): the script's handle on the cycle collector in
//! `coil_interp::gc`.
//!
//! `gc.collect()` returns the number of unreachable *tracked containers* it cleared
//! (lists, dicts, sets, instances, classes, cells, functions, generators). CPython's
//! number also counts objects it tracks that Coil does not (an instance's `__dict__`,
//! tuples), so the two differ; programs compared with CPython should not print it.

use super::new_module;
use crate::builtins::args::{func, positional, to_i64};
use coil_interp::object::{Args, Module};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_gc",
        vec![
            ("counts", func("counts", counts)),
            ("collect", func("collect", collect)),
            ("enable", func("enable", enable)),
            ("disable", func("disable", disable)),
            ("isenabled", func("isenabled", isenabled)),
        ],
    ))
}

/// `gc.collect(generation=2)`: every generation is collected whatever the argument.
fn collect(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "collect", &args, 0, 1)?;
    if let Some(g) = pos.first() {
        if !(0..=2).contains(&to_i64(vm, g)?) {
            let class = vm.types.exc.value_error.clone();
            return Err(vm.new_error(&class, "invalid generation"));
        }
    }
    Ok(Value::Int(vm.gc_collect() as i64))
}

fn enable(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "enable", &args, 0, 0)?;
    coil_interp::gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "disable", &args, 0, 0)?;
    coil_interp::gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "isenabled", &args, 0, 0)?;
    Ok(Value::Bool(coil_interp::gc::is_enabled()))
}

/// `counts()`: the young and old generations' sizes (for `gc.get_count`).
fn counts(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "counts", &args, 0, 0)?;
    let (young, old) = coil_interp::gc::counts();
    Ok(Value::tuple(vec![
        Value::Int(young as i64),
        Value::Int(old as i64),
    ]))
}
