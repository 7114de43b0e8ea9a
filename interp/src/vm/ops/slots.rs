//! The dunder methods of the builtin types (`int.__add__`, `list.__len__`,
//! `dict.__getitem__`, …): CPython's slot wrappers (`Objects/typeobject.c`
//! `slotdefs`, `wrap_binaryfunc_l`/`_r`, `wrap_richcmpfunc`, `wrap_lenfunc`, …).
//! Each forwards to the object protocol's builtin implementation, so
//! `(5).__add__(3)`, `int.__add__(5, 3)`, `super().__eq__(other)` and explicit
//! `a.__setitem__(i, v)` work, and so do instances of user subclasses of builtin
//! types (`class Stack(list)`): the protocol finds these wrappers on the
//! subclass's MRO, and the wrappers unwrap the instance's builtin value with
//! `Vm::builtin_base`. An operation the builtin does not support returns
//! `NotImplemented`, as the C slots do.

use crate::builtin::method;
use crate::object::{Args, Class, Payload, Value};
use crate::vm::Vm;
use crate::RunResult;
use coil_parser::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

thread_local! {
    /// Native classes registered with `Vm::allow_subclassing`.
    static EXTRA_BASES: std::cell::RefCell<Vec<Rc<Class>>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Vm {
    /// The builtin value a builtin-subclass instance carries (`Stack([1])`'s
    /// list), or the value itself for everything else.
    pub fn builtin_base(&self, v: &Value) -> Value {
        if let Value::Instance(i) = v {
            if let Payload::Builtin(b) = &i.payload {
                return b.clone();
            }
        }
        v.clone()
    }

    /// The receiver a builtin method gets when called on `obj`: the carried
    /// builtin value for a named method of the builtin base type (`s.append(x)`
    /// on a `list` subclass runs `list.append` on the list), the instance
    /// itself for dunders (the slot wrappers unwrap, and `dict.__getitem__` needs
    /// the instance for `__missing__`) and for `object`'s methods.
    pub fn method_receiver(&self, b: &crate::object::Builtin, obj: &Value) -> Value {
        if let Value::Instance(i) = obj {
            if let Payload::Builtin(base) = &i.payload {
                // Dunders first: they are the common case here and need no
                // owner check.
                let dunder = b.name.as_str().starts_with("__");
                if !dunder
                    && b.owner
                        .as_ref()
                        .is_some_and(|o| self.type_of(base).name.as_str() == o.as_str())
                {
                    return base.clone();
                }
            }
        }
        obj.clone()
    }

    /// The builtin types whose values are `Value` variants of their own and
    /// which user classes may derive from.
    fn value_types(&self) -> [&Rc<Class>; 10] {
        let t = &self.types;
        [
            &t.int,
            &t.float,
            &t.complex,
            &t.str,
            &t.bytes,
            &t.tuple,
            &t.list,
            &t.dict,
            &t.set,
            &t.frozenset,
        ]
    }

    /// The builtin types user classes may derive from (CPython's
    /// `Py_TPFLAGS_BASETYPE` among Coil's builtin types).
    pub fn is_subclassable_builtin(&self, c: &Rc<Class>) -> bool {
        self.value_types().iter().any(|b| Rc::ptr_eq(b, c))
            || EXTRA_BASES.with(|x| x.borrow().iter().any(|b| Rc::ptr_eq(b, c)))
    }

    /// Lets user classes derive from a native class defined outside `interp`
    /// (`collections.deque`): its constructor wraps the payload for subclasses.
    pub fn allow_subclassing(&self, c: &Rc<Class>) {
        EXTRA_BASES.with(|x| {
            let mut x = x.borrow_mut();
            if !x.iter().any(|b| Rc::ptr_eq(b, c)) {
                x.push(c.clone());
            }
        });
    }

    /// A constructor's result for `cls`: the builtin value itself when `cls` is
    /// the builtin type, else an instance of the subclass carrying it.
    pub fn wrap_builtin_subclass(&self, cls: &Value, value: Value) -> Value {
        let Value::Class(cls) = cls else {
            return value;
        };
        if Vm::is_builtin_class(cls) {
            return value;
        }
        Value::Instance(Rc::new(crate::object::Instance {
            class: std::cell::RefCell::new(cls.clone()),
            dict: Rc::new(crate::object::Dict::new()),
            payload: Payload::Builtin(value),
            slots: Default::default(),
            finalized: Default::default(),
        }))
    }
}

impl Vm {
    /// A builtin type's dunder called unbound checks its receiver, as
    /// CPython's wrapper descriptors do (`descr_check`): `str.__add__(1, 'a')`
    /// is a TypeError, not NotImplemented.
    pub(crate) fn check_slot_receiver(
        &self,
        b: &crate::object::Builtin,
        recv: &Value,
    ) -> RunResult<()> {
        let name = b.name.as_str();
        let Some(owner) = b.owner.as_ref().filter(|_| name.starts_with("__")) else {
            return Ok(());
        };
        let Some(cls) = self
            .value_types()
            .into_iter()
            .find(|c| c.name.as_str() == owner.as_str())
        else {
            return Ok(());
        };
        if self.type_of(recv).is_subclass(cls) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            owner.as_str(),
            self.type_name(recv).as_str()
        )))
    }
}

fn arg<'a>(vm: &Vm, name: &str, a: &'a Args, n: usize) -> RunResult<&'a [Value]> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.pos.len()
        )));
    }
    Ok(a.pos)
}

/// `int`'s slots handle only ints (`(1).__eq__(1.0)` is NotImplemented; the
/// float's reflected slot does the mixed case), unlike `float`'s.
fn int_meets_non_int(me: &Value, other: &Value) -> bool {
    use crate::object::int::IntRef;
    // Likewise `float`'s slots leave a complex operand to complex's.
    let is_float = matches!(me, Value::Float(_));
    (IntRef::of(me).is_some() || is_float)
        && IntRef::of(other).is_none()
        && (matches!(other, Value::Complex(_)) || !is_float && matches!(other, Value::Float(_)))
}

fn binary(vm: &mut Vm, recv: &Value, a: Args, op: BinOp, reflected: bool) -> RunResult<Value> {
    let other = vm.builtin_base(&arg(vm, "op", &a, 1)?[0]);
    let me = vm.builtin_base(recv);
    let (x, y) = if reflected {
        (&other, &me)
    } else {
        (&me, &other)
    };
    if matches!(x, Value::Instance(_) | Value::Native(_))
        || matches!(y, Value::Instance(_) | Value::Native(_))
    {
        return Ok(Value::NotImplemented);
    }
    if int_meets_non_int(&me, &other) {
        return Ok(Value::NotImplemented);
    }
    match vm.builtin_binop(x, y, op)? {
        Some(v) => Ok(v),
        None if op == BinOp::Mod && matches!(x, Value::Str(_)) => vm.binary_op(x, y, op),
        // Sequences concatenate and repeat through `sq_concat`/`sq_repeat`,
        // whose wrappers raise rather than return NotImplemented.
        None if !reflected
            && matches!(op, BinOp::Add | BinOp::Mult)
            && matches!(
                x,
                Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_)
            ) =>
        {
            if op == BinOp::Mult && crate::object::int::IntRef::of(y).is_none() {
                // `wrap_indexargfunc` converts the count first.
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(y).as_str()
                )));
            }
            vm.binary_op(x, y, op)
        }
        None => Ok(Value::NotImplemented),
    }
}

fn compare(vm: &mut Vm, recv: &Value, a: Args, op: CmpOp) -> RunResult<Value> {
    let other = vm.builtin_base(&arg(vm, "cmp", &a, 1)?[0]);
    let me = vm.builtin_base(recv);
    if matches!(me, Value::Instance(_)) {
        // `object.__eq__`-like identity for plain instances (`super().__eq__`).
        return Ok(match op {
            CmpOp::Eq if me.is(&other) => Value::Bool(true),
            _ => Value::NotImplemented,
        });
    }
    if matches!(other, Value::Instance(_) | Value::Native(_)) || int_meets_non_int(&me, &other) {
        return Ok(Value::NotImplemented);
    }
    match vm.builtin_compare(&me, &other, op)? {
        Some(b) => Ok(Value::Bool(b)),
        None => Ok(Value::NotImplemented),
    }
}

macro_rules! binary_slots {
    ($($op:ident: $name:literal, $f:ident, $rname:literal, $rf:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
                binary(vm, recv, a, BinOp::$op, false)
            }
            fn $rf(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
                binary(vm, recv, a, BinOp::$op, true)
            }
        )*
        /// `(name, func, reflected name, reflected func)` per operator.
        const BINARY: &[(&str, crate::object::NativeFn, &str, crate::object::NativeFn)] =
            &[$(($name, $f, $rname, $rf)),*];
    };
}

binary_slots! {
    Add: "__add__", add, "__radd__", radd;
    Sub: "__sub__", sub, "__rsub__", rsub;
    Mult: "__mul__", mul, "__rmul__", rmul;
    Div: "__truediv__", truediv, "__rtruediv__", rtruediv;
    FloorDiv: "__floordiv__", floordiv, "__rfloordiv__", rfloordiv;
    Mod: "__mod__", mod_, "__rmod__", rmod;
    Pow: "__pow__", pow, "__rpow__", rpow;
    LShift: "__lshift__", lshift, "__rlshift__", rlshift;
    RShift: "__rshift__", rshift, "__rrshift__", rrshift;
    BitAnd: "__and__", and, "__rand__", rand;
    BitOr: "__or__", or, "__ror__", ror;
    BitXor: "__xor__", xor, "__rxor__", rxor;
}

macro_rules! compare_slots {
    ($($op:ident: $name:literal, $f:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
                compare(vm, recv, a, CmpOp::$op)
            }
        )*
        const COMPARE: &[(&str, crate::object::NativeFn)] = &[$(($name, $f)),*];
    };
}

compare_slots! {
    Eq: "__eq__", eq;
    NotEq: "__ne__", ne;
    Lt: "__lt__", lt;
    LtE: "__le__", le;
    Gt: "__gt__", gt;
    GtE: "__ge__", ge;
}

fn len(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    arg(vm, "__len__", &a, 0)?;
    let me = vm.builtin_base(recv);
    Ok(Value::Int(vm.len(&me)? as i64))
}

fn getitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let key = arg(vm, "__getitem__", &a, 1)?[0].clone();
    let me = vm.builtin_base(recv);
    if let (Value::Dict(d), Value::Instance(_)) = (&me, recv) {
        // `dict_subscript`: a subclass's `__missing__` handles absent keys.
        if let Some(v) = vm.dict_get(d, &key)? {
            return Ok(v);
        }
        let missing = crate::intern!("__missing__");
        return match vm.call_special(recv, &missing, std::slice::from_ref(&key))? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(key)),
        };
    }
    vm.get_item(&me, &key)
}

fn setitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let p = arg(vm, "__setitem__", &a, 2)?;
    let me = vm.builtin_base(recv);
    vm.set_item(&me, &p[0], p[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let p = arg(vm, "__delitem__", &a, 1)?;
    let me = vm.builtin_base(recv);
    vm.del_item(&me, &p[0])?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let p = arg(vm, "__contains__", &a, 1)?;
    let me = vm.builtin_base(recv);
    vm.contains(&me, &p[0]).map(Value::Bool)
}

fn iter(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    arg(vm, "__iter__", &a, 0)?;
    let me = vm.builtin_base(recv);
    vm.get_iter(&me)
}

fn hash(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    arg(vm, "__hash__", &a, 0)?;
    let me = vm.builtin_base(recv);
    vm.hash(&me).map(Value::Int)
}

fn repr(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    arg(vm, "__repr__", &a, 0)?;
    let me = vm.builtin_base(recv);
    let text = vm.repr(&me)?;
    // `set_repr` names a subclass: `S({1})`, `F()` (golden set/subclass_repr).
    if let (Value::Set(s), Value::Instance(_)) = (&me, recv) {
        let items = text.as_str();
        let items = match s.frozen {
            true => items
                .strip_prefix("frozenset(")
                .and_then(|t| t.strip_suffix(')'))
                .unwrap_or(items),
            false => items,
        };
        let items = if items == "set()" { "" } else { items };
        let name = vm.type_name(recv);
        return Ok(Value::str(&format!("{}({items})", name.as_str())));
    }
    Ok(Value::Str(text))
}

fn str_(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    arg(vm, "__str__", &a, 0)?;
    let me = vm.builtin_base(recv);
    vm.to_str(&me).map(Value::Str)
}

/// `int.__format__`, `float.__format__`, `str.__format__`: the builtin value
/// formatted by the spec; an empty spec is `str(self)`, so a subclass's `__str__`
/// shows (`Objects/longobject.c` `long__format__` via `_PyLong_FormatAdvancedWriter`).
fn format_(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let p = arg(vm, "__format__", &a, 1)?;
    let Value::Str(spec) = &p[0] else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&p[0]).as_str()
        )));
    };
    if spec.as_str().is_empty() {
        return vm.to_str(recv).map(Value::Str);
    }
    let me = vm.builtin_base(recv);
    vm.format(&me, spec.as_str()).map(Value::Str)
}

fn bool_(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    arg(vm, "__bool__", &a, 0)?;
    let me = vm.builtin_base(recv);
    vm.truthy(&me).map(Value::Bool)
}

fn unary(vm: &mut Vm, recv: &Value, a: Args, op: UnaryOp) -> RunResult<Value> {
    arg(vm, "unary", &a, 0)?;
    let me = vm.builtin_base(recv);
    vm.unary_op(&me, op)
}

fn neg(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    unary(vm, recv, a, UnaryOp::USub)
}

fn pos(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    unary(vm, recv, a, UnaryOp::UAdd)
}

fn invert(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    unary(vm, recv, a, UnaryOp::Invert)
}

fn abs(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    arg(vm, "__abs__", &a, 0)?;
    let me = vm.builtin_base(recv);
    let neg = match &me {
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Complex(c) => return vm.complex_abs(**c).map(Value::Float),
        v => vm.rich_compare(v, &Value::Int(0), CmpOp::Lt)?,
    };
    if vm.truthy(&neg)? {
        vm.unary_op(&me, UnaryOp::USub)
    } else {
        vm.unary_op(&me, UnaryOp::UAdd)
    }
}

/// `int.__int__`/`__index__`: the plain int (a subclass instance's value).
fn int_value(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    arg(vm, "__int__", &a, 0)?;
    Ok(match vm.builtin_base(recv) {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    })
}

/// `int.__float__`, `float.__float__`.
fn float_value(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    arg(vm, "__float__", &a, 0)?;
    match vm.builtin_base(recv) {
        Value::Float(f) => Ok(Value::Float(f)),
        v => match crate::object::int::IntRef::of(&v) {
            Some(i) => vm.int_to_float(i).map(Value::Float),
            None => Ok(Value::NotImplemented),
        },
    }
}

/// `list.__init__(self, iterable=())`: the list's items become the iterable's.
fn list_init(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    // A plain list was filled by `__new__` already (Coil's constructor does
    // both steps); only a subclass instance starts empty and is filled here.
    if !matches!(recv, Value::Instance(_)) {
        return Ok(Value::None);
    }
    let Value::List(l) = vm.builtin_base(recv) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'list' object"));
    };
    if !a.kw.is_empty() || a.pos.len() > 1 {
        return Err(vm.type_error("list() takes at most 1 argument"));
    }
    let items = match a.pos.first() {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    *l.items.borrow_mut() = items;
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: updates the dict.
fn dict_init(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    // A plain dict was filled by `__new__` already (Coil's constructor does
    // both steps); only a subclass instance starts empty and is filled here.
    if !matches!(recv, Value::Instance(_)) {
        return Ok(Value::None);
    }
    let Value::Dict(d) = vm.builtin_base(recv) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'dict' object"));
    };
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.pos.len()
        )));
    }
    if let Some(src) = a.pos.first() {
        match vm.builtin_base(src) {
            Value::Dict(s) => {
                vm.dict_merge(&d, &s)?;
            }
            other => vm.dict_update_from_pairs(&d, &other)?,
        }
    }
    for (k, v) in a.kw {
        vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

/// Installs the wrappers in the builtin types' dicts. Only what each type
/// supports: `list` has no `__hash__`, `str` no `__neg__`, …
pub(super) fn install(vm: &mut Vm) {
    let t = &vm.types;
    let put = |c: &Rc<Class>, name: &str, f: crate::object::NativeFn| {
        if c.dict.get_str(name).is_none() {
            c.dict.set_str(name, method(c.name.as_str(), name, f));
        }
    };
    let numbers = [&t.int, &t.float];
    for c in vm.value_types().into_iter().chain([&t.range]) {
        for (name, f) in COMPARE {
            put(c, name, *f);
        }
        put(c, "__repr__", repr);
    }
    for c in numbers {
        for (name, f, rname, rf) in BINARY {
            // float has no bitwise slots (`float_as_number`).
            let bitwise = matches!(
                *name,
                "__and__" | "__or__" | "__xor__" | "__lshift__" | "__rshift__"
            );
            if bitwise && Rc::ptr_eq(c, &t.float) {
                continue;
            }
            put(c, name, *f);
            put(c, rname, *rf);
        }
        put(c, "__hash__", hash);
        put(c, "__bool__", bool_);
        put(c, "__neg__", neg);
        put(c, "__pos__", pos);
        put(c, "__abs__", abs);
        put(c, "__int__", int_value);
        put(c, "__float__", float_value);
    }
    // complex has only the true arithmetic (`complex_as_number`).
    for (name, f, rname, rf) in BINARY {
        if matches!(
            *name,
            "__add__" | "__sub__" | "__mul__" | "__truediv__" | "__pow__"
        ) {
            put(&t.complex, name, *f);
            put(&t.complex, rname, *rf);
        }
    }
    for (name, f) in [
        ("__hash__", hash as crate::object::NativeFn),
        ("__bool__", bool_),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__format__", format_),
    ] {
        put(&t.complex, name, f);
    }
    put(&t.int, "__index__", int_value);
    put(&t.int, "__invert__", invert);
    for c in [&t.str, &t.bytes, &t.tuple, &t.list] {
        put(c, "__add__", add);
        put(c, "__mul__", mul);
        put(c, "__rmul__", rmul);
    }
    for c in [&t.int, &t.float, &t.str] {
        put(c, "__format__", format_);
    }
    put(&t.str, "__mod__", mod_);
    put(&t.str, "__str__", str_);
    for c in [&t.str, &t.bytes, &t.tuple, &t.frozenset, &t.range] {
        put(c, "__hash__", hash);
    }
    for c in [&t.set, &t.frozenset] {
        for op in ["__and__", "__or__", "__xor__", "__sub__"] {
            if let Some((_, f, rname, rf)) = BINARY.iter().find(|(n, ..)| *n == op) {
                put(c, op, *f);
                put(c, rname, *rf);
            }
        }
    }
    put(&t.dict, "__or__", or);
    put(&t.dict, "__ror__", ror);
    for c in [
        &t.str,
        &t.bytes,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
    ] {
        put(c, "__len__", len);
        put(c, "__iter__", iter);
        put(c, "__contains__", contains);
    }
    for c in [&t.str, &t.bytes, &t.tuple, &t.list, &t.dict, &t.range] {
        put(c, "__getitem__", getitem);
    }
    // The mutable containers say they are unhashable as CPython's do
    // (`list.__hash__ is None`), which is what `dataclasses` checks.
    for c in [&t.list, &t.dict, &t.set] {
        if c.dict.get_str("__hash__").is_none() {
            c.dict.set_str("__hash__", Value::None);
        }
    }
    put(&t.list, "__init__", list_init);
    put(&t.dict, "__init__", dict_init);
    for c in [&t.list, &t.dict] {
        put(c, "__setitem__", setitem);
        put(c, "__delitem__", delitem);
    }
}
