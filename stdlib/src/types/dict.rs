//! dict methods: keys/values/items, get, setdefault, pop, popitem, update, copy,
//! clear and `dict.fromkeys`, after CPython 3.11 `Objects/dictobject.c`
//! (`dict_update_arg`, `PyDict_MergeFromSeq2`, `dict_popitem_impl`). Key lookups go
//! through the VM's `dict_get`/`dict_set`/`dict_remove`, which run script-defined
//! `__eq__`/`__hash__`; the map is never borrowed across a VM call.

use super::add_function;
use super::args::{self, wrong_receiver};
use super::install_methods;
use coil_interp::object::iterators::{BuiltinIter, ViewKind};
use coil_interp::object::{Args, Dict, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    let c = vm.types.dict.clone();
    install_methods(
        &c,
        &[
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("update", update),
            ("copy", copy),
            ("clear", clear),
            ("__reversed__", reversed),
        ],
    );
    add_function(&c, "fromkeys", fromkeys);
}

fn recv_dict<'a>(vm: &Vm, name: &str, recv: &'a Value) -> RunResult<&'a Rc<Dict>> {
    match recv {
        Value::Dict(d) => Ok(d),
        other => Err(wrong_receiver(vm, "dict", name, other)),
    }
}

/// A snapshot of the entries, so no borrow is held while the VM runs.
pub(crate) fn entries(d: &Dict) -> Vec<(Value, Value)> {
    d.map
        .borrow()
        .iter()
        .map(|(k, v)| (k.value.clone(), v.clone()))
        .collect()
}

/// `d.keys()`, `d.values()`, `d.items()`: live views (the VM's `DictView`).
fn view(vm: &mut Vm, recv: &Value, a: Args, name: &str, kind: ViewKind) -> RunResult<Value> {
    let d = recv_dict(vm, name, recv)?;
    args::no_args(vm, ("dict", name), &a)?;
    Ok(vm.types.views.view(d.clone(), kind))
}

forward! {
    keys => view("keys", ViewKind::Keys);
    values => view("values", ViewKind::Values);
    items => view("items", ViewKind::Items);
}

/// `reversed(d)` spelled as a method (`dict.__reversed__`): keys, last first.
fn reversed(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    // A dict subclass (`OrderedDict`) inherits it: its dict payload's keys.
    let base = vm.builtin_base(recv);
    let d = recv_dict(vm, "__reversed__", &base)?.clone();
    args::no_args(vm, ("dict", "__reversed__"), &a)?;
    let it = BuiltinIter::dict(d, ViewKind::Keys, true);
    Ok(vm.types.iters.make(it))
}

fn get(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let d = recv_dict(vm, "get", recv)?;
    let pos = args::positional(vm, ("dict", "get"), &a, 1, 2)?;
    Ok(match vm.dict_get(d, &pos[0])? {
        Some(v) => v,
        None => pos.get(1).cloned().unwrap_or(Value::None),
    })
}

fn setdefault(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let d = recv_dict(vm, "setdefault", recv)?;
    let pos = args::positional(vm, ("dict", "setdefault"), &a, 1, 2)?;
    if let Some(v) = vm.dict_get(d, &pos[0])? {
        return Ok(v);
    }
    let default = pos.get(1).cloned().unwrap_or(Value::None);
    vm.dict_set(d, pos[0].clone(), default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let d = recv_dict(vm, "pop", recv)?;
    let pos = args::positional(vm, ("dict", "pop"), &a, 1, 2)?;
    match vm.dict_remove(d, &pos[0])? {
        Some(v) => Ok(v),
        None => match pos.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(pos[0].clone())),
        },
    }
}

/// Removes and returns the last inserted pair (LIFO, as CPython 3.7+).
fn popitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let d = recv_dict(vm, "popitem", recv)?;
    args::no_args(vm, ("dict", "popitem"), &a)?;
    let last = d.map.borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn update(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let d = recv_dict(vm, "update", recv)?;
    update_from(vm, d, "update", a)?;
    Ok(Value::None)
}

/// `d.update(other, **kwargs)` and `dict(other, **kwargs)`: a dict, an object with
/// `keys()`, or an iterable of pairs, then the keywords.
pub(crate) fn update_from(vm: &mut Vm, d: &Dict, name: &str, a: Args) -> RunResult<()> {
    let n = a.pos.len();
    if n > 1 {
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {n}")));
    }
    if let Some(other) = a.pos.first() {
        merge(vm, d, other)?;
    }
    for (k, v) in a.kw {
        vm.dict_set(d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(())
}

fn merge(vm: &mut Vm, d: &Dict, other: &Value) -> RunResult<()> {
    match other {
        Value::Dict(src) => {
            if d.is_empty() {
                // A copy into an empty dict keeps the hashes and needs no lookups.
                let map = src.map.borrow().clone();
                *d.map.borrow_mut() = map;
                return Ok(());
            }
            for (k, v) in entries(src) {
                vm.dict_set(d, k, v)?;
            }
            Ok(())
        }
        Value::Instance(_) | Value::Native(_) => {
            match vm.get_attr_opt(other, &Str::intern("keys"))? {
                Some(keys) => {
                    let keys = vm.call(&keys, &[], &[])?;
                    for k in vm.collect(&keys)? {
                        let v = vm.get_item(other, &k)?;
                        vm.dict_set(d, k, v)?;
                    }
                    Ok(())
                }
                None => merge_pairs(vm, d, other),
            }
        }
        _ => merge_pairs(vm, d, other),
    }
}

/// `PyDict_MergeFromSeq2`: each item must be a 2-item iterable.
fn merge_pairs(vm: &mut Vm, d: &Dict, pairs: &Value) -> RunResult<()> {
    let items = super::constructors::items_of(vm, pairs)?;
    for (i, item) in items.iter().enumerate() {
        let pair = match item {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            other => {
                let it = match vm.get_iter(other) {
                    Ok(it) => it,
                    Err(e) if e.class().is_subclass(&vm.types.exc.type_error) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )))
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::new();
                while let Some(v) = vm.next(&it)? {
                    out.push(v);
                }
                out
            }
        };
        match <[Value; 2]>::try_from(pair) {
            Ok([k, v]) => vm.dict_set(d, k, v)?,
            Err(pair) => {
                return Err(vm.value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )))
            }
        }
    }
    Ok(())
}

fn copy(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let d = recv_dict(vm, "copy", recv)?;
    args::no_args(vm, ("dict", "copy"), &a)?;
    let map = d.map.borrow().clone();
    let new = Dict::new();
    *new.map.borrow_mut() = map;
    Ok(Value::Dict(Rc::new(new)))
}

fn clear(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let d = recv_dict(vm, "clear", recv)?;
    args::no_args(vm, ("dict", "clear"), &a)?;
    // Take the entries out first so their destructors run with no borrow held.
    let old = std::mem::take(&mut *d.map.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`; callable on the class or an instance.
fn fromkeys(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let pos = args::positional(vm, ("dict", "fromkeys"), &a, 1, 2)?;
    let value = pos.get(1).cloned().unwrap_or(Value::None);
    let d = Rc::new(Dict::new());
    for k in super::constructors::items_of(vm, &pos[0])? {
        vm.dict_set(&d, k, value.clone())?;
    }
    Ok(Value::Dict(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call, r};

    #[test]
    fn argument_errors_and_popitem() {
        let mut vm = Vm::new();
        let d = Value::Dict(Rc::new(Dict::new()));
        assert_eq!(
            r(&call(&mut vm, popitem, d.clone(), &[])),
            "KeyError: 'popitem(): dictionary is empty'"
        );
        assert_eq!(
            r(&call(&mut vm, get, d.clone(), &[])),
            "TypeError: get expected at least 1 argument, got 0"
        );
        assert_eq!(
            r(&call(&mut vm, keys, d.clone(), &[Value::Int(1)])),
            "TypeError: dict.keys() takes no arguments (1 given)"
        );
        assert_eq!(
            r(&call(
                &mut vm,
                update,
                d.clone(),
                &[Value::Int(1), Value::Int(2)]
            )),
            "TypeError: update expected at most 1 argument, got 2"
        );
        assert_eq!(
            r(&call(&mut vm, get, Value::Int(1), &[Value::Int(2)])),
            "TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'int' object"
        );
        assert_eq!(r(&call(&mut vm, copy, d, &[])), "<dict>");
    }
}
