//! Builtins that consume iterables: `len`, `all`, `any`, `sum`, `min`, `max`,
//! `sorted`, `iter`, `next`, and the constructors of the lazy iterators in
//! `iterators.rs` (CPython 3.11 `Python/bltinmodule.c`).

use super::args::{clinic, keywords, one_arg, positional, to_index};
use super::iterators;
use super::sort::sort_values;
use coil_interp::object::{Args, NativeFn, Str};
use coil_interp::vm::anext::{builtin_aiter, builtin_anext};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::{BinOp, CmpOp};

const FUNCS: &[(&str, NativeFn)] = &[
    ("len", len),
    ("all", all),
    ("any", any),
    ("sum", sum),
    ("min", min),
    ("max", max),
    ("sorted", sorted),
    ("iter", iter),
    ("next", next),
    ("aiter", builtin_aiter),
    ("anext", builtin_anext),
];

pub fn install(vm: &mut Vm) {
    super::add_funcs(vm, FUNCS);
    iterators::install_types(vm);
}

fn len(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "len", &args)?;
    Ok(Value::Int(vm.len(v)? as i64))
}

fn all(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "all", &args)?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "any", &args)?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `sum(iterable, /, start=0)`; floats add left to right as CPython 3.11 does
/// (the compensated float sum arrived in 3.12).
fn sum(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let a = clinic(vm, "sum", &args, &["iterable", "start"], 1, 2)?;
    let iterable = a.arg(vm, 0)?.clone();
    let mut acc = a[1].clone().unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Native(n)
            if n.class.name.as_str() == "bytes" || n.class.name.as_str() == "bytearray" =>
        {
            let name = n.class.name.as_str();
            return Err(vm.type_error(format!(
                "sum() can't sum {name} [use b''.join(seq) instead]"
            )));
        }
        _ => {}
    }
    let it = vm.get_iter(&iterable)?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) => match p.checked_add(*q) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&acc, &x, BinOp::Add)?,
            },
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            (Value::Float(p), Value::Int(q)) => Value::Float(p + *q as f64),
            _ => vm.binary_op(&acc, &x, BinOp::Add)?,
        };
    }
    Ok(acc)
}

/// `min`/`max`: one iterable or several positional values, `key=`, `default=`;
/// the first of equal extremes wins (CPython's `min_max`).
fn min_max(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> RunResult<Value> {
    if args.kw.len() > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            args.kw.len()
        )));
    }
    let kw = keywords(vm, name, &args, &["key", "default"])?;
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let key = match &kw[0] {
        None | Some(Value::None) => None,
        Some(k) => Some(k.clone()),
    };
    if args.pos.len() > 1 && kw[1].is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |vm: &mut Vm, item: Value| -> RunResult<()> {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((bk, _)) => match (&k, bk) {
                (Value::Int(a), Value::Int(b)) => {
                    if op == CmpOp::Lt {
                        a < b
                    } else {
                        a > b
                    }
                }
                _ => {
                    let r = vm.rich_compare(&k, bk, op)?;
                    vm.truthy(&r)?
                }
            },
        };
        if replace {
            best = Some((k, item));
        }
        Ok(())
    };
    if args.pos.len() == 1 {
        let it = vm.get_iter(&args.pos[0])?;
        while let Some(x) = vm.next(&it)? {
            consider(vm, x)?;
        }
    } else {
        for x in args.pos {
            consider(vm, x.clone())?;
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match &kw[1] {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn sorted(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    super::args::check_count(vm, "sorted", args.pos.len(), 1, 1)?;
    let kw = keywords(vm, "sort", &args, &["key", "reverse"])?;
    let key = match &kw[0] {
        None | Some(Value::None) => None,
        Some(k) => Some(k.clone()),
    };
    let reverse = match &kw[1] {
        None => false,
        Some(v) => !to_index(vm, v)?.is_zero(),
    };
    let mut items = vm.collect(&args.pos[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

/// `iter(object)` or `iter(callable, sentinel)`.
fn iter(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "iter", &args, 1, 2)?;
    if pos.len() == 1 {
        return vm.get_iter(&pos[0]);
    }
    if !super::introspect::is_callable(vm, &pos[0]) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    Ok(iterators::callable_iter(vm, pos[0].clone(), pos[1].clone()))
}

/// `next(iterator[, default])`.
fn next(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "next", &args, 1, 2)?;
    let it = &pos[0];
    let is_iterator = match it {
        Value::Native(_) | Value::Generator(_) => true,
        Value::Instance(_) => vm.lookup_special(it, &Str::intern("__next__")).is_some(),
        _ => false,
    };
    if !is_iterator {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name())));
    }
    match pos.get(1) {
        None => vm.next_or_stop(it),
        Some(d) => match vm.next(it)? {
            Some(v) => Ok(v),
            None => Ok(d.clone()),
        },
    }
}
