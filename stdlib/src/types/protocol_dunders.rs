//! Dunders of the builtin types whose work Coil's builtins and operators do
//! directly (`round`, `math.ceil`, `divmod`, `reversed`, `+=`, `list[int]`,
//! `sys.getsizeof`), installed as methods so explicit calls
//! (`(2.5).__round__()`), subclasses (`super().__iadd__(x)`) and `dir()` see
//! them as in CPython: `long_methods`/`float_methods` (`__ceil__`, `__floor__`,
//! `__trunc__`, `__round__`, `__getnewargs__`, `float.__getformat__`), the
//! `nb_divmod` slot wrappers, `list___reversed__`, `list_inplace_concat`,
//! `dict_ior`, `set_ior`, `range_reverse`, PEP 585's `__class_getitem__`, and
//! `object___sizeof__` (`Objects/typeobject.c`).

use super::args::{expect_args, positional};
use coil_interp::builtin::{method, owned_func};
use coil_interp::object::descriptors::ClassMethod;
use coil_interp::object::int::IntRef;
use coil_interp::object::{native, Args, Class, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::BinOp;
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.types;
    let numeric: &[(&str, NativeFn)] = &[
        ("__ceil__", ceil),
        ("__floor__", floor),
        ("__trunc__", trunc),
        ("__round__", round),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__getnewargs__", getnewargs),
    ];
    for c in [&t.int, &t.float] {
        put_all(c, numeric);
    }
    put_all(
        &t.str,
        &[
            ("__rmod__", not_implemented),
            ("__getnewargs__", getnewargs),
        ],
    );
    put_all(&t.tuple, &[("__getnewargs__", getnewargs)]);
    put_all(
        &t.list,
        &[
            ("__reversed__", reversed),
            ("__iadd__", iadd),
            ("__imul__", imul),
        ],
    );
    put_all(&t.dict, &[("__ior__", ior)]);
    put_all(
        &t.set,
        &[
            ("__ior__", ior),
            ("__iand__", iand),
            ("__isub__", isub),
            ("__ixor__", ixor),
        ],
    );
    put_all(&t.range, &[("__reversed__", reversed), ("__bool__", bool_)]);
    put_all(&t.none_type, &[("__bool__", bool_)]);
    put_all(&t.object, &[("__sizeof__", sizeof)]);
    put_all(&t.function, &[("__call__", call), ("__get__", get)]);
    // Class methods get the class as their first argument (no receiver).
    let float = t.float.clone();
    let getformat = owned_func("float", "__getformat__", getformat);
    let getformat = native(&t.classmethod, ClassMethod { func: getformat });
    float.dict.set_str("__getformat__", getformat);
    for c in [&t.list, &t.tuple, &t.dict, &t.set, &t.frozenset] {
        let f = owned_func(c.name.as_str(), "__class_getitem__", class_getitem);
        let f = native(&t.classmethod, ClassMethod { func: f });
        c.dict.set_str("__class_getitem__", f);
        super::bump(c);
    }
}

fn put_all(c: &Rc<Class>, table: &[(&str, NativeFn)]) {
    for (name, f) in table {
        if c.dict.get_str(name).is_none() {
            c.dict.set_str(name, method(c.name.as_str(), name, *f));
        }
    }
    super::bump(c);
}

/// Calls the builtin function `name` (`round`, `divmod`, `int`, …).
fn call_builtin(vm: &mut Vm, name: &str, args: &[Value]) -> RunResult<Value> {
    let f = vm
        .builtins
        .get_str(name)
        .ok_or_else(|| vm.runtime_error(format!("builtin {name} is missing")))?;
    vm.call_value(&f, args)
}

/// The receiver's builtin value, bools as ints.
fn base(vm: &Vm, recv: &Value) -> Value {
    match vm.builtin_base(recv) {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    }
}

fn not_implemented(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__rmod__", &a, 1)?;
    Ok(Value::NotImplemented)
}

/// `int.__ceil__` etc.: an int is its own value; a float goes through `f`
/// and `int()` (whose errors for inf and nan are CPython's).
fn to_int(vm: &mut Vm, recv: &Value, a: Args, name: &str, f: fn(f64) -> f64) -> RunResult<Value> {
    expect_args(vm, name, &a, 0)?;
    match base(vm, recv) {
        Value::Float(x) => call_builtin(vm, "int", &[Value::Float(f(x))]),
        v => Ok(v),
    }
}

forward! {
    ceil => to_int("__ceil__", f64::ceil);
    floor => to_int("__floor__", f64::floor);
    trunc => to_int("__trunc__", f64::trunc);
}

fn round(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let p = positional(vm, "__round__", &a, 0, 1)?;
    let mut args = vec![base(vm, recv)];
    args.extend(p.iter().filter(|v| !matches!(v, Value::None)).cloned());
    call_builtin(vm, "round", &args)
}

/// The other operand of a numeric slot, or None for NotImplemented: an int
/// takes ints only, a float ints and floats.
fn numeric_other(vm: &Vm, me: &Value, other: &Value) -> Option<Value> {
    let other = base(vm, other);
    let ok =
        IntRef::of(&other).is_some() || matches!((me, &other), (Value::Float(_), Value::Float(_)));
    ok.then_some(other)
}

/// `__divmod__`, or with `reflected` `__rdivmod__` (the receiver on the right).
fn divmod_either(
    vm: &mut Vm,
    recv: &Value,
    a: Args,
    name: &str,
    reflected: bool,
) -> RunResult<Value> {
    expect_args(vm, name, &a, 1)?;
    let me = base(vm, recv);
    let Some(other) = numeric_other(vm, &me, &a.pos[0]) else {
        return Ok(Value::NotImplemented);
    };
    let pair = if reflected { [other, me] } else { [me, other] };
    call_builtin(vm, "divmod", &pair)
}

forward! {
    divmod => divmod_either("__divmod__", false);
    rdivmod => divmod_either("__rdivmod__", true);
}

/// `__getnewargs__`: the builtin value, a one-tuple.
fn getnewargs(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__getnewargs__", &a, 0)?;
    let v = match vm.builtin_base(recv) {
        Value::Tuple(t) => Value::tuple(t.items.to_vec()),
        v => base(vm, &v),
    };
    Ok(Value::tuple(vec![v]))
}

fn getformat(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let p = positional(vm, "__getformat__", &a, 2, 2)?;
    match &p[1] {
        Value::Str(s) if matches!(s.as_str(), "double" | "float") => {
            Ok(Value::str("IEEE, little-endian"))
        }
        Value::Str(_) => {
            Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"))
        }
        v => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(v).as_str()
        ))),
    }
}

fn reversed(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__reversed__", &a, 0)?;
    let me = vm.builtin_base(recv);
    call_builtin(vm, "reversed", &[me])
}

fn bool_(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__bool__", &a, 0)?;
    let me = vm.builtin_base(recv);
    vm.truthy(&me).map(Value::Bool)
}

/// An in-place operator on the builtin value; returns the receiver itself.
fn inplace(vm: &mut Vm, recv: &Value, a: Args, name: &str, op: BinOp) -> RunResult<Value> {
    expect_args(vm, name, &a, 1)?;
    let me = vm.builtin_base(recv);
    let other = vm.builtin_base(&a.pos[0]);
    if matches!(me, Value::Set(_)) && !matches!(other, Value::Set(_)) {
        // `set_ior` and friends take sets only.
        return Ok(Value::NotImplemented);
    }
    vm.inplace_op(&me, &other, op)?;
    Ok(recv.clone())
}

forward! {
    iadd => inplace("__iadd__", BinOp::Add);
    imul => inplace("__imul__", BinOp::Mult);
    ior => inplace("__ior__", BinOp::BitOr);
    iand => inplace("__iand__", BinOp::BitAnd);
    isub => inplace("__isub__", BinOp::Sub);
    ixor => inplace("__ixor__", BinOp::BitXor);
}

/// `list.__class_getitem__(item)` (a classmethod): `types.GenericAlias`.
fn class_getitem(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let p = positional(vm, "__class_getitem__", &a, 2, 2)?;
    vm.call_types_helper("GenericAlias", &[p[0].clone(), p[1].clone()])
}

/// `object.__sizeof__()`: the object's own bytes, without the collector's
/// header `sys.getsizeof` adds.
fn sizeof(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__sizeof__", &a, 0)?;
    match crate::modules::sys_info::own_size(vm, recv) {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.type_error(format!(
            "Coil cannot tell the size of a '{}' object",
            vm.type_name(recv).as_str()
        ))),
    }
}

/// `function.__call__(*args, **kwargs)`.
fn call(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    vm.call(recv, a.pos, a.kw)
}

/// `function.__get__(instance, owner=None)`: the function itself for no
/// instance, else a bound method.
fn get(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let p = positional(vm, "__get__", &a, 1, 2)?;
    match (&p[0], p.get(1)) {
        (Value::None, None | Some(Value::None)) => {
            Err(vm.type_error("__get__(None, None) is invalid"))
        }
        (Value::None, _) => Ok(recv.clone()),
        (obj, _) => Ok(Value::BoundMethod(Rc::new(
            coil_interp::object::BoundMethod {
                func: recv.clone(),
                receiver: obj.clone(),
            },
        ))),
    }
}
