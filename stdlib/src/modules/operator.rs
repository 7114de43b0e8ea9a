//! `_operator`: the operator functions that are plain operators (CPython 3.11
//! `Modules/_operator.c`), native so they are builtins as in CPython
//! (`<built-in function add>`) and cost no Python frame in `sorted(key=…)` or
//! `reduce`. `stdlib/lib/operator.py` defines everything in Python and then
//! replaces these names with the native ones, as CPython's `operator.py` does.

use super::new_module;
use crate::builtins::args::func;
use coil_interp::object::{Args, Module, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

/// Builds the `_operator` module.
pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    let items: Vec<(&str, Value)> = FUNCS.iter().map(|(n, f)| (*n, func(n, *f))).collect();
    Ok(new_module("_operator", items))
}

/// Exactly `n` positional arguments, with `_operator`'s wording.
fn args_n<'a>(vm: &Vm, name: &str, a: &Args<'a>, n: usize) -> RunResult<&'a [Value]> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name} expected {n} argument{s}, got {}",
            a.pos.len()
        )));
    }
    Ok(a.pos)
}

macro_rules! binary {
    ($($fname:ident, $name:literal, $op:expr, $inplace:literal;)*) => {
        $(fn $fname(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
            let p = args_n(vm, $name, &a, 2)?;
            if $inplace {
                vm.inplace_op(&p[0], &p[1], $op)
            } else {
                vm.binary_op(&p[0], &p[1], $op)
            }
        })*
    };
}

binary! {
    add, "add", BinOp::Add, false;
    sub, "sub", BinOp::Sub, false;
    mul, "mul", BinOp::Mult, false;
    matmul, "matmul", BinOp::MatMult, false;
    truediv, "truediv", BinOp::Div, false;
    floordiv, "floordiv", BinOp::FloorDiv, false;
    mod_, "mod", BinOp::Mod, false;
    pow, "pow", BinOp::Pow, false;
    lshift, "lshift", BinOp::LShift, false;
    rshift, "rshift", BinOp::RShift, false;
    and_, "and_", BinOp::BitAnd, false;
    or_, "or_", BinOp::BitOr, false;
    xor, "xor", BinOp::BitXor, false;
    iadd, "iadd", BinOp::Add, true;
    isub, "isub", BinOp::Sub, true;
    imul, "imul", BinOp::Mult, true;
    imatmul, "imatmul", BinOp::MatMult, true;
    itruediv, "itruediv", BinOp::Div, true;
    ifloordiv, "ifloordiv", BinOp::FloorDiv, true;
    imod, "imod", BinOp::Mod, true;
    ipow, "ipow", BinOp::Pow, true;
    ilshift, "ilshift", BinOp::LShift, true;
    irshift, "irshift", BinOp::RShift, true;
    iand, "iand", BinOp::BitAnd, true;
    ior, "ior", BinOp::BitOr, true;
    ixor, "ixor", BinOp::BitXor, true;
}

macro_rules! compare {
    ($($fname:ident, $name:literal, $op:expr;)*) => {
        $(fn $fname(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
            let p = args_n(vm, $name, &a, 2)?;
            vm.rich_compare(&p[0], &p[1], $op)
        })*
    };
}

compare! {
    lt, "lt", CmpOp::Lt;
    le, "le", CmpOp::LtE;
    eq, "eq", CmpOp::Eq;
    ne, "ne", CmpOp::NotEq;
    gt, "gt", CmpOp::Gt;
    ge, "ge", CmpOp::GtE;
}

macro_rules! unary {
    ($($fname:ident, $name:literal, $op:expr;)*) => {
        $(fn $fname(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
            let p = args_n(vm, $name, &a, 1)?;
            vm.unary_op(&p[0], $op)
        })*
    };
}

unary! {
    neg, "neg", UnaryOp::USub;
    pos, "pos", UnaryOp::UAdd;
    inv, "inv", UnaryOp::Invert;
    invert, "invert", UnaryOp::Invert;
}

fn not_(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let p = args_n(vm, "not_", &a, 1)?;
    Ok(Value::Bool(!vm.truthy(&p[0])?))
}

fn truth(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let p = args_n(vm, "truth", &a, 1)?;
    Ok(Value::Bool(vm.truthy(&p[0])?))
}

fn getitem(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let p = args_n(vm, "getitem", &a, 2)?;
    vm.get_item(&p[0], &p[1])
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("sub", sub),
    ("mul", mul),
    ("matmul", matmul),
    ("truediv", truediv),
    ("floordiv", floordiv),
    ("mod", mod_),
    ("pow", pow),
    ("lshift", lshift),
    ("rshift", rshift),
    ("and_", and_),
    ("or_", or_),
    ("xor", xor),
    ("iadd", iadd),
    ("isub", isub),
    ("imul", imul),
    ("imatmul", imatmul),
    ("itruediv", itruediv),
    ("ifloordiv", ifloordiv),
    ("imod", imod),
    ("ipow", ipow),
    ("ilshift", ilshift),
    ("irshift", irshift),
    ("iand", iand),
    ("ior", ior),
    ("ixor", ixor),
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("gt", gt),
    ("ge", ge),
    ("neg", neg),
    ("pos", pos),
    ("inv", inv),
    ("invert", invert),
    ("not_", not_),
    ("truth", truth),
    ("getitem", getitem),
];
