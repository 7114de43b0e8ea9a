//! Argument checking shared by the builtin functions and modules, with the exact
//! messages CPython's three calling conventions produce: `METH_O` (`len() takes
//! exactly one argument (2 given)`), `_PyArg_CheckPositional` (`divmod expected 2
//! arguments, got 1`) and Argument Clinic (`round() missing required argument
//! 'number' (pos 1)`, `'foo' is an invalid keyword argument for round()`), as in
//! CPython 3.11's `Python/getargs.c`. Also the integer and float conversions
//! (`__index__`, `__float__`) with `Objects/abstract.c`'s messages.

use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Builtin, Class, Instance, NativeFn, Payload, Str};
use coil_interp::vm::types::new_class;
use coil_interp::{RunResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A plain builtin function value (`print`, `math.sqrt`).
pub fn func(name: &str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: Str::intern(name),
        owner: None,
        func: f,
        receiver: None,
        is_method: false,
    }))
}

/// A method for a class dict: called with the receiver as its `&Value` argument.
pub fn method(owner: &str, name: &str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: Str::intern(name),
        owner: Some(Str::intern(owner)),
        func: f,
        receiver: None,
        is_method: true,
    }))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Rejects keyword arguments: `len() takes no keyword arguments`.
pub fn no_kwargs(vm: &Vm, name: &str, args: &Args) -> RunResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// `METH_O`: exactly one positional argument, no keywords.
pub fn one_arg<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> RunResult<&'a Value> {
    no_kwargs(vm, name, args)?;
    match args.pos {
        [v] => Ok(v),
        _ => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

/// `_PyArg_CheckPositional`: `min..=max` positional arguments, no keywords.
pub fn positional<'a>(
    vm: &Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> RunResult<&'a [Value]> {
    no_kwargs(vm, name, args)?;
    check_count(vm, name, args.pos.len(), min, max)?;
    Ok(args.pos)
}

/// The count check of `_PyArg_CheckPositional` alone.
pub fn check_count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> RunResult<()> {
    if n < min {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        };
        return Err(vm.type_error(msg));
    }
    if n > max {
        let msg = if min == max {
            format!("{name} expected {max} argument{}, got {n}", plural(max))
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Argument Clinic binding: `params` are the names, the first `npos_only` of them
/// positional-only, the first `required` of them mandatory; names after
/// `kw_only_from` are keyword-only. Returns one slot per parameter.
pub fn clinic(
    vm: &Vm,
    name: &str,
    args: &Args,
    params: &[&str],
    required: usize,
    kw_only_from: usize,
) -> RunResult<Vec<Option<Value>>> {
    let npos = args.pos.len();
    let total = npos + args.kw.len();
    if total > params.len() && kw_only_from == params.len() && npos <= kw_only_from {
        return Err(vm.type_error(format!(
            "{name}() takes at most {} argument{} ({total} given)",
            params.len(),
            plural(params.len())
        )));
    }
    if npos > kw_only_from {
        let msg = if kw_only_from == required {
            format!(
                "{name}() takes exactly {kw_only_from} positional argument{} ({npos} given)",
                plural(kw_only_from)
            )
        } else if args.kw.is_empty() && kw_only_from == params.len() {
            format!(
                "{name}() takes at most {kw_only_from} argument{} ({npos} given)",
                plural(kw_only_from)
            )
        } else {
            format!(
                "{name}() takes at most {kw_only_from} positional argument{} ({npos} given)",
                plural(kw_only_from)
            )
        };
        return Err(vm.type_error(msg));
    }
    let mut slots: Vec<Option<Value>> = vec![None; params.len()];
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in args.kw {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                )))
            }
        }
    }
    for (i, slot) in slots.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            )));
        }
    }
    Ok(slots)
}

/// Only the listed keywords are accepted: `'foo' is an invalid keyword argument for
/// print()`. Returns one slot per name.
pub fn keywords(vm: &Vm, name: &str, args: &Args, names: &[&str]) -> RunResult<Vec<Option<Value>>> {
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (k, v) in args.kw {
        match names.iter().position(|p| *p == k.as_str()) {
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                )))
            }
        }
    }
    Ok(slots)
}

/// An integer value as Python sees it (bools are ints).
#[derive(Clone, Debug, PartialEq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => b.clone(),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(i) => Some(*i),
            Int::Big(b) => b.to_i64(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(i) => *i < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Int::Small(i) => *i == 0,
            Int::Big(b) => b.is_zero(),
        }
    }

    pub fn into_value(self) -> Value {
        match self {
            Int::Small(i) => Value::Int(i),
            Int::Big(b) => Value::from_bigint(b),
        }
    }
}

/// The int inside `v` without calling anything (int, bool, big int).
pub fn as_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(*b as i64)),
        Value::BigInt(b) => Some(Int::Big((**b).clone())),
        _ => None,
    }
}

/// `operator.index(v)`: ints, or `__index__`; else
/// `'float' object cannot be interpreted as an integer`.
pub fn to_index(vm: &mut Vm, v: &Value) -> RunResult<Int> {
    if let Some(i) = as_int(v) {
        return Ok(i);
    }
    if let Value::Instance(_) = v {
        if let Some(f) = vm.lookup_special(v, &Str::intern("__index__")) {
            // an int subclass (IntEnum) that keeps int's own __index__
            if !matches!(f, Value::Function(_)) {
                if let Some(i) = as_int(&vm.builtin_base(v)) {
                    return Ok(i);
                }
            }
            let r = vm.call(&f, std::slice::from_ref(v), &[])?;
            return match as_int(&r) {
                Some(i) => Ok(i),
                None => Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.type_name()
                ))),
            };
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    )))
}

/// `to_index` narrowed to i64, with CPython's overflow message for C `ssize_t`.
pub fn to_i64(vm: &mut Vm, v: &Value) -> RunResult<i64> {
    let i = to_index(vm, v)?;
    i.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// A big int as f64, or `OverflowError: int too large to convert to float`.
pub fn big_to_f64(vm: &Vm, b: &BigInt) -> RunResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `PyFloat_AsDouble`: floats, ints, `__float__`, `__index__`; else
/// `must be real number, not str`.
pub fn to_f64(vm: &mut Vm, v: &Value) -> RunResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        Value::BigInt(b) => return big_to_f64(vm, b),
        Value::Instance(_) => {
            for name in ["__float__", "__index__"] {
                if let Some(f) = vm.lookup_special(v, &Str::intern(name)) {
                    let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                    return match r {
                        Value::Float(f) => Ok(f),
                        other => match as_int(&other) {
                            Some(Int::Small(i)) => Ok(i as f64),
                            Some(Int::Big(b)) => big_to_f64(vm, &b),
                            None => Err(vm.type_error(format!(
                                "{}.{name} returned non-float (type {})",
                                v.type_name(),
                                other.type_name()
                            ))),
                        },
                    };
                }
            }
        }
        _ => {}
    }
    Err(vm.type_error(format!("must be real number, not {}", v.type_name())))
}

/// A str argument, or `TypeError: {what} must be str, not int`.
pub fn to_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> RunResult<&'a Rc<Str>> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(vm.type_error(format!("{what} must be str, not {}", other.type_name()))),
    }
}

/// A float with no fractional part as an int value (big when needed), with
/// CPython's errors for infinities and NaN (`float.__int__`).
pub fn float_to_int(vm: &Vm, f: f64) -> RunResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    use num_traits::FromPrimitive;
    Ok(Value::from_bigint(
        BigInt::from_f64(t).expect("invariant: a finite float converts to an int"),
    ))
}

thread_local! {
    /// Classes made by this crate, per VM (keyed by the VM's `object` class, so a
    /// second `Vm` on the thread gets its own).
    static CLASSES: RefCell<HashMap<(usize, &'static str), Rc<Class>>> = RefCell::new(HashMap::new());
}

/// The class `name` for this VM, built on first use with `methods` in its dict.
/// `base` is `object` unless given; `kind` says whether instances are `Instance`s
/// (`Object`) or only described by the class (`Builtin`, for `Native` values).
pub fn class(
    vm: &Vm,
    key: &'static str,
    module: &str,
    base: Option<&Rc<Class>>,
    kind: BaseKind,
    methods: &[(&str, NativeFn)],
) -> Rc<Class> {
    let id = (Rc::as_ptr(&vm.types.object) as usize, key);
    if let Some(c) = CLASSES.with(|m| m.borrow().get(&id).cloned()) {
        return c;
    }
    let name = key.rsplit('.').next().unwrap_or(key);
    let cls = new_class(name, module, Some(base.unwrap_or(&vm.types.object)), kind);
    for (mname, f) in methods {
        cls.dict.set_str(mname, method(name, mname, *f));
    }
    CLASSES.with(|m| m.borrow_mut().insert(id, cls.clone()));
    cls
}

/// Adds a read-only property `name` to a native class; `getter` receives the
/// instance as its one positional argument.
pub fn add_getter(vm: &Vm, cls: &Rc<Class>, name: &str, getter: NativeFn) {
    let prop =
        coil_interp::object::descriptors::Property::new(Some(func(name, getter)), None, None, None);
    *prop.name.borrow_mut() = Some(Str::intern(name));
    cls.dict.set_str(
        name,
        Value::Native(Rc::new(coil_interp::object::Native {
            class: vm.types.property.clone(),
            data: Box::new(prop),
        })),
    );
}

/// A class made earlier by `class` (for code that only needs to recognise it).
pub fn existing_class(vm: &Vm, key: &'static str) -> Option<Rc<Class>> {
    let id = (Rc::as_ptr(&vm.types.object) as usize, key);
    CLASSES.with(|m| m.borrow().get(&id).cloned())
}

/// A fresh instance of `cls` whose attributes are `fields`.
pub fn new_instance(cls: &Rc<Class>, fields: &[(&str, Value)]) -> Value {
    let inst = Instance {
        class: RefCell::new(cls.clone()),
        dict: Rc::new(coil_interp::object::Dict::new()),
        payload: Payload::None,
        slots: Default::default(),
        finalized: Default::default(),
    };
    for (k, v) in fields {
        inst.dict.set_str(k, v.clone());
    }
    Value::Instance(Rc::new(inst))
}

/// Reads attribute `name` from an instance's own dict (no VM needed).
pub fn field(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(i) => i.dict.get_str(name),
        _ => None,
    }
}

/// Reads an int attribute from an instance's dict (0 when missing).
pub fn int_field(v: &Value, name: &str) -> i64 {
    match field(v, name) {
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b as i64,
        _ => 0,
    }
}

/// Python's `repr` of a str, for error messages.
pub fn py_repr_str(s: &str) -> String {
    coil_interp::object::str::str_repr(s)
}
