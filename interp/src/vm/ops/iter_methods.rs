//! The methods of the builtin iterator and dict-view classes (`__iter__`, `__next__`,
//! `__length_hint__`, `__len__`, `__contains__`, `__reversed__`) and the set
//! operators of key and item views (`Objects/dictobject.c` `dictviews_and`, …).

use crate::builtin::{expect_args, install_methods};
use crate::object::iterators::{BuiltinIter, DictView, ViewKind};
use crate::object::{Args, NativeFn, Set, Value};
use crate::vm::Vm;
use crate::RunResult;
use coil_parser::ast::{BinOp, CmpOp};
use std::rc::Rc;

/// The methods every iterator class has.
const ITERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", iter_self),
    ("__next__", iter_next),
    ("__length_hint__", iter_length_hint),
];

/// The methods of every dict view.
const VIEW_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", view_iter),
    ("__len__", view_len),
    ("__contains__", view_contains),
    ("__reversed__", view_reversed),
];

/// The set operators of key and item views (values views are not set-like).
const SET_LIKE_VIEW_METHODS: &[(&str, NativeFn)] = &[
    ("__and__", view_and),
    ("__rand__", view_rand),
    ("__or__", view_or),
    ("__ror__", view_ror),
    ("__sub__", view_sub),
    ("__rsub__", view_rsub),
    ("__xor__", view_xor),
    ("__rxor__", view_rxor),
    ("isdisjoint", view_isdisjoint),
    ("__eq__", view_eq),
    ("__ne__", view_ne),
    ("__lt__", view_lt),
    ("__le__", view_le),
    ("__gt__", view_gt),
    ("__ge__", view_ge),
];

/// Installs the iterator and view methods.
pub fn install(vm: &mut Vm) {
    for c in vm.types.iters.listed() {
        install_methods(c, ITERATOR_METHODS);
    }
    let views = &vm.types.views;
    for c in views.listed() {
        install_methods(c, VIEW_METHODS);
    }
    for c in [&views.dict_keys, &views.dict_items] {
        install_methods(c, SET_LIKE_VIEW_METHODS);
    }
}

fn iter_self(_vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    Ok(recv.clone())
}

fn iter_next(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    match vm.next(recv)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_length_hint(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    if let Value::Native(n) = recv {
        if let Some(it) = n.get::<BuiltinIter>() {
            return Ok(Value::Int(vm.length_hint(it) as i64));
        }
    }
    Ok(Value::Int(0))
}

fn view_of(vm: &Vm, recv: &Value) -> RunResult<(Rc<crate::object::Dict>, ViewKind)> {
    if let Value::Native(n) = recv {
        if let Some(v) = n.get::<DictView>() {
            return Ok((v.dict.clone(), v.kind));
        }
    }
    Err(vm.type_error("descriptor requires a dict view"))
}

fn view_iter(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    vm.get_iter(recv)
}

fn view_len(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let (d, _) = view_of(vm, recv)?;
    Ok(Value::Int(d.len() as i64))
}

fn view_contains(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__contains__", &args, 1)?;
    vm.contains(recv, &args.pos[0]).map(Value::Bool)
}

fn view_reversed(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let (d, kind) = view_of(vm, recv)?;
    Ok(vm.types.iters.make(BuiltinIter::dict(d, kind, true)))
}

/// Both operands as sets, then the set operator; the result is a `set`.
fn view_setop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> RunResult<Value> {
    let to_set = |vm: &mut Vm, v: &Value| -> RunResult<Rc<Set>> {
        if let Value::Set(s) = v {
            return Ok(s.clone());
        }
        let s = Set::new(false);
        for x in vm.collect(v)? {
            vm.set_add(&s, x)?;
        }
        Ok(Rc::new(s))
    };
    let sa = match to_set(vm, a) {
        Ok(s) => s,
        Err(e) if vm.exc_matches(&e, &vm.types.exc.type_error) => return Ok(Value::NotImplemented),
        Err(e) => return Err(e),
    };
    let sb = match to_set(vm, b) {
        Ok(s) => s,
        Err(e) if vm.exc_matches(&e, &vm.types.exc.type_error) => return Ok(Value::NotImplemented),
        Err(e) => return Err(e),
    };
    let a = Value::Set(Rc::new(Set::new(false)));
    if let Value::Set(out) = &a {
        vm.set_merge(out, &sa)?;
        out_op(vm, out, &sb, op)?;
    }
    Ok(a)
}

fn out_op(vm: &mut Vm, out: &Set, other: &Rc<Set>, op: BinOp) -> RunResult<()> {
    vm.set_inplace(out, &Value::Set(other.clone()), op)
        .map(|_| ())
}

macro_rules! view_ops {
    ($($name:ident, $rname:ident, $op:expr;)*) => {$(
        fn $name(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
            expect_args(vm, stringify!($name), &args, 1)?;
            view_setop(vm, recv, &args.pos[0], $op)
        }
        fn $rname(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
            expect_args(vm, stringify!($rname), &args, 1)?;
            view_setop(vm, &args.pos[0], recv, $op)
        }
    )*};
}

view_ops! {
    view_and, view_rand, BinOp::BitAnd;
    view_or, view_ror, BinOp::BitOr;
    view_sub, view_rsub, BinOp::Sub;
    view_xor, view_rxor, BinOp::BitXor;
}

fn view_isdisjoint(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "isdisjoint", &args, 1)?;
    for x in vm.collect(&args.pos[0])? {
        if vm.contains(recv, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `dictview_richcompare`: only against a set, a
/// frozenset or another keys/items view; sizes first, then containment.
fn view_order(vm: &mut Vm, recv: &Value, args: &Args, name: &str, op: CmpOp) -> RunResult<Value> {
    expect_args(vm, name, args, 1)?;
    let other = &args.pos[0];
    let other_is_set = match other {
        Value::Set(_) => true,
        Value::Native(n) => n
            .get::<DictView>()
            .is_some_and(|v| v.kind != ViewKind::Values),
        _ => false,
    };
    if !other_is_set {
        return Ok(Value::NotImplemented);
    }
    let (ls, lo) = (vm.len(recv)?, vm.len(other)?);
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        let mut same = ls == lo;
        if same {
            for x in vm.collect(recv)? {
                if !vm.contains(other, &x)? {
                    same = false;
                    break;
                }
            }
        }
        return Ok(Value::Bool(same == (op == CmpOp::Eq)));
    }
    let (sized, small, big) = match op {
        CmpOp::Lt => (ls < lo, recv, other),
        CmpOp::LtE => (ls <= lo, recv, other),
        CmpOp::Gt => (ls > lo, other, recv),
        _ => (ls >= lo, other, recv),
    };
    if !sized {
        return Ok(Value::Bool(false));
    }
    for x in vm.collect(small)? {
        if !vm.contains(big, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

macro_rules! view_orders {
    ($($name:ident, $op:expr;)*) => {$(
        fn $name(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
            view_order(vm, recv, &args, stringify!($name), $op)
        }
    )*};
}

view_orders! {
    view_eq, CmpOp::Eq;
    view_ne, CmpOp::NotEq;
    view_lt, CmpOp::Lt;
    view_le, CmpOp::LtE;
    view_gt, CmpOp::Gt;
    view_ge, CmpOp::GtE;
}

impl Vm {
    /// Set operators between builtin values and dict views (`seq_op` fallback):
    /// views are natives and dispatch through their class methods instead.
    pub(crate) fn view_binop(
        &mut self,
        _a: &Value,
        _b: &Value,
        _op: BinOp,
    ) -> RunResult<Option<Value>> {
        Ok(None)
    }
}
