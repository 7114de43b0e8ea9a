//! Introspection builtins: `isinstance`, `issubclass`, `callable`, `getattr`,
//! `setattr`, `hasattr`, `delattr`, `hash`, `id`, `vars`, `dir`, and `exit`/`quit`
//! (CPython 3.11 `Python/bltinmodule.c`, `Objects/abstract.c`
//! `object_recursive_isinstance`, `Objects/object.c` `_dir_object`,
//! `Lib/_sitebuiltins.py` `Quitter`).

use super::args::{one_arg, positional};
use coil_interp::object::{Args, Dict, NativeFn, Str, Tuple};
use coil_interp::{RunResult, Value, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

/// The builtins this file implements, installed by `builtins::install`.
pub const FUNCS: &[(&str, NativeFn)] = &[
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("hash", hash),
    ("id", id),
    ("vars", vars),
    ("dir", dir),
    ("exit", exit),
    ("quit", exit),
];

/// `isinstance(obj, classinfo)` (`PyObject_IsInstance` in `Objects/abstract.c`):
/// an exact type match first, then tuples item by item, then the metaclass's
/// `__instancecheck__` (ABCs, `types.UnionType`, typing's aliases), then the
/// default subclass test on `type(obj)`.
fn isinstance(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "isinstance", &args, 2, 2)?;
    object_isinstance(vm, &pos[0], &pos[1], 0).map(Value::Bool)
}

fn object_isinstance(vm: &mut Vm, obj: &Value, classinfo: &Value, depth: usize) -> RunResult<bool> {
    let cls = vm.type_of(obj);
    if let Value::Class(c) = classinfo {
        if Rc::ptr_eq(c, &cls) {
            return Ok(true);
        }
    }
    if let Value::Tuple(t) = classinfo {
        return any_item(vm, t, depth, "__instancecheck__", |vm, item, depth| {
            object_isinstance(vm, obj, item, depth)
        });
    }
    // Plain classes (metaclass `type`) take the MRO test without a lookup.
    if let Value::Class(c) = classinfo {
        if c.metaclass.is_none() {
            return Ok(cls.is_subclass(c));
        }
    }
    if let Some(check) = vm.lookup_special(classinfo, &Str::intern("__instancecheck__")) {
        let r = vm.call_unbound(&check, classinfo, std::slice::from_ref(obj))?;
        return vm.truthy(&r);
    }
    match classinfo {
        Value::Class(c) => Ok(cls.is_subclass(c)),
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

/// A tuple `classinfo`: whether `test` holds for any of its items, each a
/// recursion level deeper (nested tuples count against the limit, reported
/// as in `check`).
fn any_item(
    vm: &mut Vm,
    t: &Rc<Tuple>,
    depth: usize,
    check: &str,
    mut test: impl FnMut(&mut Vm, &Value, usize) -> RunResult<bool>,
) -> RunResult<bool> {
    if depth > vm.recursion_limit {
        return Err(vm.recursion_error(format!("maximum recursion depth exceeded in {check}")));
    }
    for item in t.clone().items.iter() {
        if test(vm, item, depth + 1)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `issubclass(cls, classinfo)` (`PyObject_IsSubclass`): tuples item by item, then
/// the metaclass's `__subclasscheck__`, then the MRO test.
fn issubclass(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "issubclass", &args, 2, 2)?;
    object_issubclass(vm, &pos[0], &pos[1], 0).map(Value::Bool)
}

fn object_issubclass(
    vm: &mut Vm,
    derived: &Value,
    classinfo: &Value,
    depth: usize,
) -> RunResult<bool> {
    if let (Value::Class(d), Value::Class(c)) = (derived, classinfo) {
        if Rc::ptr_eq(d, c) {
            return Ok(true);
        }
    }
    if let Value::Tuple(t) = classinfo {
        return any_item(vm, t, depth, "__subclasscheck__", |vm, item, depth| {
            object_issubclass(vm, derived, item, depth)
        });
    }
    if let (Value::Class(d), Value::Class(c)) = (derived, classinfo) {
        if c.metaclass.is_none() {
            return Ok(d.is_subclass(c));
        }
    }
    if let Some(check) = vm.lookup_special(classinfo, &Str::intern("__subclasscheck__")) {
        let r = vm.call_unbound(&check, classinfo, std::slice::from_ref(derived))?;
        return vm.truthy(&r);
    }
    let Value::Class(d) = derived else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    match classinfo {
        Value::Class(c) => Ok(d.is_subclass(c)),
        _ => {
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

/// `callable(v)`: functions, builtins, methods, classes, and objects whose type
/// has `__call__`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) | Value::Native(_) => {
            vm.lookup_special(v, &Str::intern("__call__")).is_some()
        }
        _ => false,
    }
}

fn callable(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "callable", &args)?;
    Ok(Value::Bool(is_callable(vm, v)))
}

fn attr_name(vm: &Vm, v: &Value) -> RunResult<Rc<Str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn getattr(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &pos[1])?;
    match pos.get(2) {
        None => vm.get_attr(&pos[0], &name),
        Some(default) => Ok(vm
            .get_attr_opt(&pos[0], &name)?
            .unwrap_or_else(|| default.clone())),
    }
}

fn setattr(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &pos[1])?;
    vm.set_attr(&pos[0], &name, pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &pos[1])?;
    Ok(Value::Bool(vm.get_attr_opt(&pos[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &pos[1])?;
    vm.del_attr(&pos[0], &name)?;
    Ok(Value::None)
}

fn hash(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "hash", &args)?;
    Ok(Value::Int(vm.builtin_hash(v)?))
}

/// `id(v)`: the address of heap objects. Values stored inline in `Value` have no
/// address, so they get numbers above every address instead: 2**62 + k for the
/// singletons and bools, 2**63 + i for the int i, 2**65 + bits for a float. Equal
/// inline values get equal ids (as CPython's cached small ints do) and no two
/// different ones collide, or match a heap address (user space is below 2**47).
pub fn id_of(v: &Value) -> Value {
    if let Some(p) = v.ptr_id() {
        return Value::Int(p as i64);
    }
    let base62 = BigInt::from(1u64 << 62);
    let big = match v {
        Value::None => base62,
        Value::Bool(false) => base62 + 1,
        Value::Bool(true) => base62 + 2,
        Value::Ellipsis => base62 + 3,
        Value::NotImplemented => base62 + 4,
        Value::Int(i) => (BigInt::from(1) << 63) + i,
        Value::Float(f) => (BigInt::from(1) << 65) + f.to_bits(),
        _ => base62 + 5,
    };
    Value::from_bigint(big)
}

fn id(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "id", &args)?;
    Ok(id_of(v))
}

/// A new dict holding `d`'s items (for namespaces held inline, which cannot be
/// shared as a `dict` value).
fn dict_copy(d: &Dict) -> Value {
    let copy = Dict::new();
    *copy.map.borrow_mut() = d.map.borrow().clone();
    Value::Dict(Rc::new(copy))
}

/// `vars(obj)`: a module's namespace itself; for instances and classes, whatever
/// their `__dict__` attribute gives, else a snapshot of their dict.
/// `vars()` without an argument needs the caller's frame (not available here).
fn vars(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "vars", &args, 0, 1)?;
    let Some(obj) = pos.first() else {
        return Err(vm.type_error("vars() without an argument is not supported by Coil yet"));
    };
    if let Value::Module(m) = obj {
        return Ok(Value::Dict(m.dict.clone()));
    }
    if let Some(d) = vm.get_attr_opt(obj, &Str::intern("__dict__"))? {
        return Ok(d);
    }
    match obj {
        Value::Instance(i) if vm.instance_has_dict(i) => Ok(dict_copy(&i.dict)),
        Value::Class(c) => Ok(dict_copy(&c.dict)),
        _ => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `dir(obj)`: `type(obj).__dir__(obj)` as a sorted list (`_dir_object`);
/// `object.__dir__`, `type.__dir__` and `module.__dir__` do the merging.
fn dir(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "dir", &args, 0, 1)?;
    let Some(obj) = pos.first() else {
        return Err(vm.type_error("dir() without an argument is not supported by Coil yet"));
    };
    let name = Str::intern("__dir__");
    let Some(f) = vm.lookup_special(obj, &name) else {
        return Err(vm.type_error("object does not provide __dir__"));
    };
    let r = match f {
        Value::Function(_) | Value::Builtin(_) => vm.call_unbound(&f, obj, &[])?,
        descr => {
            let cls = vm.type_of(obj);
            let bound = vm.descr_get(&descr, Some(obj), &cls, &name)?;
            vm.call_value(&bound, &[])?
        }
    };
    let mut items = vm.collect(&r)?;
    super::sort::sort_values(vm, &mut items, None, false)?;
    Ok(Value::list(items))
}

/// `exit(code=None)` / `quit(code=None)`: raise `SystemExit(code)`.
fn exit(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = args.pos;
    if pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            pos.len() + 1
        )));
    }
    let code = pos.first().cloned().unwrap_or(Value::None);
    Err(vm.new_exception(&vm.types.exc.system_exit, vec![code]))
}
