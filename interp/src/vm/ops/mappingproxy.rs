//! `mappingproxy`: the read-only view that `C.__dict__`, `vars(C)` and
//! `types.MappingProxyType(m)` return (CPython 3.11 `Objects/descrobject.c`,
//! `mappingproxy_*`). A class's proxy reads the class's own namespace live: the
//! namespace stays a plain `Dict` inside `Class`, so `C.x = v` and `setattr` keep
//! their fast path and the proxy sees their effect. Any other mapping is forwarded
//! to through the object protocol, as CPython forwards to `pp->mapping`.

use crate::builtin::{expect_args, method, Signature};
use crate::object::{Args, Class, Native, Value};
use crate::vm::ops::attr::copy_dict;
use crate::vm::Vm;
use crate::RunResult;
use coil_parser::ast::{BinOp, CmpOp};
use std::rc::Rc;

/// What a proxy shows.
pub enum ProxyTarget {
    /// A class's own namespace, read live.
    Class(Rc<Class>),
    /// Any mapping given to `MappingProxyType`.
    Mapping(Value),
}

/// The payload of a `mappingproxy` object.
pub struct MappingProxy {
    pub target: ProxyTarget,
}

impl Vm {
    /// `C.__dict__`: a live read-only view of the class namespace.
    pub fn class_dict_proxy(&self, c: &Rc<Class>) -> Value {
        Value::Native(Rc::new(Native {
            class: self.types.mappingproxy.clone(),
            data: Box::new(MappingProxy {
                target: ProxyTarget::Class(c.clone()),
            }),
        }))
    }
}

fn proxy_of<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a MappingProxy> {
    match v {
        Value::Native(n) => n.get::<MappingProxy>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'mappingproxy' object but received a '{}'",
            vm.type_name(v).as_str()
        ))
    })
}

/// The mapping behind a proxy as a value. A class's namespace is copied (the
/// operations see its state at the call, which is what a script can observe),
/// with the `__dict__`/`__weakref__` descriptors CPython's `type_ready` adds.
fn mapping(vm: &Vm, recv: &Value) -> RunResult<Value> {
    Ok(match &proxy_of(vm, recv)?.target {
        ProxyTarget::Class(c) => Value::Dict(Rc::new(class_namespace(vm, c))),
        ProxyTarget::Mapping(m) => m.clone(),
    })
}

/// Whether `c` is the first class of its line to give instances a `__dict__`
/// and weak references (`type_new_descriptors`' `add_dict`/`add_weak`).
fn adds_dict_weakref(vm: &Vm, c: &Rc<Class>) -> (bool, bool) {
    if Vm::is_builtin_class(c) {
        return (false, false);
    }
    let adds_dict = !c.layout.no_dict
        && !c
            .bases
            .iter()
            .any(|b| crate::vm::class_slots::has_dict(vm, b));
    let adds_weakref = !c.layout.no_weakref
        && !c
            .bases
            .iter()
            .any(|b| !Vm::is_builtin_class(b) && !b.layout.no_weakref);
    (adds_dict, adds_weakref)
}

impl Vm {
    /// `C.__weakref__`: the descriptor of the class on the MRO that added it.
    pub fn weakref_descriptor(&self, c: &Rc<Class>) -> Option<Value> {
        std::iter::once(c)
            .chain(c.mro.iter())
            .find(|k| adds_dict_weakref(self, k).1)
            .map(|k| self.getset_descriptor(k, "__weakref__"))
    }

    /// `c`'s namespace as `C.__dict__` shows it (`dir` lists it too).
    pub fn class_namespace(&self, c: &Rc<Class>) -> crate::object::Dict {
        class_namespace(self, c)
    }
}

/// `c`'s namespace as CPython shows it: a class that is the first of its line to
/// give instances a dict (or weak references) holds a `__dict__` (`__weakref__`)
/// descriptor, placed before the `__doc__` that class creation adds last
/// (golden classes/class_dict_descriptors.py).
fn class_namespace(vm: &Vm, c: &Rc<Class>) -> crate::object::Dict {
    let ns = copy_dict(&c.dict);
    if Vm::is_builtin_class(c) {
        super::builtin_members::add_members(vm, c, &ns);
    }
    let (adds_dict, adds_weakref) = adds_dict_weakref(vm, c);
    if !adds_dict && !adds_weakref {
        return ns;
    }
    let mut extra = Vec::new();
    if adds_dict {
        extra.push(("__dict__", vm.getset_descriptor(c, "__dict__")));
    }
    if adds_weakref {
        extra.push(("__weakref__", vm.getset_descriptor(c, "__weakref__")));
    }
    // A `__doc__` of None that is the last entry is the one class creation added.
    let doc_last = {
        let map = ns.map.borrow();
        let last = map.iter().last();
        matches!(last, Some((k, Value::None)) if matches!(&k.value, Value::Str(s) if s.as_str() == "__doc__"))
    };
    let doc = if doc_last {
        ns.remove_name(&crate::intern!("__doc__"))
    } else {
        None
    };
    for (name, d) in extra {
        ns.set_str(name, d);
    }
    if let Some(doc) = doc {
        ns.set_str("__doc__", doc);
    }
    ns
}

const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__new__", new),
    ("__getitem__", getitem),
    ("__len__", |vm, r, _| {
        let m = mapping(vm, r)?;
        vm.len(&m).map(|n| Value::Int(n as i64))
    }),
    ("__contains__", contains),
    ("__iter__", |vm, r, _| {
        let m = mapping(vm, r)?;
        vm.get_iter(&m)
    }),
    ("__reversed__", |vm, r, _| {
        forward(vm, r, "__reversed__", &[])
    }),
    ("__repr__", |vm, r, _| {
        let m = mapping(vm, r)?;
        let inner = vm.repr(&m)?;
        Ok(Value::string(format!("mappingproxy({})", inner.as_str())))
    }),
    ("__str__", |vm, r, _| {
        let m = mapping(vm, r)?;
        vm.to_str(&m).map(Value::Str)
    }),
    ("__eq__", |vm, r, a| compare(vm, r, a, CmpOp::Eq)),
    ("__ne__", |vm, r, a| compare(vm, r, a, CmpOp::NotEq)),
    ("__lt__", |vm, r, a| compare(vm, r, a, CmpOp::Lt)),
    ("__le__", |vm, r, a| compare(vm, r, a, CmpOp::LtE)),
    ("__gt__", |vm, r, a| compare(vm, r, a, CmpOp::Gt)),
    ("__ge__", |vm, r, a| compare(vm, r, a, CmpOp::GtE)),
    ("__or__", |vm, r, a| or(vm, r, a, false)),
    ("__ror__", |vm, r, a| or(vm, r, a, true)),
    ("__delitem__", |vm, _, _| {
        Err(vm.type_error("'mappingproxy' object does not support item deletion"))
    }),
    ("__ior__", |vm, _, _| {
        Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
    }),
    ("get", get),
    ("keys", |vm, r, a| no_arg_forward(vm, r, a, "keys")),
    ("values", |vm, r, a| no_arg_forward(vm, r, a, "values")),
    ("items", |vm, r, a| no_arg_forward(vm, r, a, "items")),
    ("copy", |vm, r, a| no_arg_forward(vm, r, a, "copy")),
];

/// Installs the class's methods (the class itself is `BuiltinTypes::mappingproxy`).
pub fn install(vm: &mut Vm) {
    let c = vm.types.mappingproxy.clone();
    for (name, f) in METHODS {
        c.dict.set_str(name, method("mappingproxy", name, *f));
    }
    // Rich comparison without a hash: unhashable, as in 3.11.
    c.dict.set_str("__hash__", Value::None);
}

const NEW: Signature = Signature::new("mappingproxy", &["mapping"]).required(1);

fn new(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let bound = NEW.bind_new(vm, &a)?;
    let m = bound.arg(vm, 0)?.clone();
    // `mappingproxy_check_mapping`: anything subscriptable except lists and tuples.
    let is_mapping = match &m {
        Value::Dict(_) => true,
        Value::List(_) | Value::Tuple(_) => false,
        Value::Instance(_) if vm.builtin_base_is_sequence(&m) => false,
        _ => vm
            .lookup_special(&m, &crate::intern!("__getitem__"))
            .is_some(),
    };
    if !is_mapping {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m).as_str()
        )));
    }
    // A proxy of a class's proxy reads the same namespace.
    let target = match &m {
        Value::Native(n) => match n.get::<MappingProxy>() {
            Some(MappingProxy {
                target: ProxyTarget::Class(c),
            }) => ProxyTarget::Class(c.clone()),
            _ => ProxyTarget::Mapping(m.clone()),
        },
        _ => ProxyTarget::Mapping(m.clone()),
    };
    Ok(Value::Native(Rc::new(Native {
        class: vm.types.mappingproxy.clone(),
        data: Box::new(MappingProxy { target }),
    })))
}

impl Vm {
    /// True for an instance of a list or tuple subclass (not a mapping for
    /// `mappingproxy()`, as `PyList_Check`/`PyTuple_Check` say).
    fn builtin_base_is_sequence(&self, v: &Value) -> bool {
        matches!(self.builtin_base(v), Value::List(_) | Value::Tuple(_))
    }
}

fn getitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, ("mappingproxy", "__getitem__"), &a, 1)?;
    let key = &a.pos[0];
    match &proxy_of(vm, recv)?.target {
        ProxyTarget::Class(c) => {
            let ns = class_namespace(vm, c);
            match vm.dict_get(&ns, key)? {
                Some(v) => Ok(v),
                None => Err(vm.key_error(key.clone())),
            }
        }
        ProxyTarget::Mapping(m) => {
            let m = m.clone();
            vm.get_item(&m, key)
        }
    }
}

fn contains(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, ("mappingproxy", "__contains__"), &a, 1)?;
    let key = &a.pos[0];
    match &proxy_of(vm, recv)?.target {
        ProxyTarget::Class(c) => {
            let ns = class_namespace(vm, c);
            Ok(Value::Bool(vm.dict_get(&ns, key)?.is_some()))
        }
        ProxyTarget::Mapping(m) => {
            let m = m.clone();
            vm.contains(&m, key).map(Value::Bool)
        }
    }
}

/// `mapping.name(*args)`, as CPython's proxy methods call the mapping's.
fn forward(vm: &mut Vm, recv: &Value, name: &str, args: &[Value]) -> RunResult<Value> {
    let m = mapping(vm, recv)?;
    vm.call_method(&m, name, args)
}

fn no_arg_forward(vm: &mut Vm, recv: &Value, a: Args, name: &str) -> RunResult<Value> {
    crate::builtin::no_args(vm, ("mappingproxy", name), &a)?;
    forward(vm, recv, name, &[])
}

fn get(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = crate::builtin::positional(vm, "get", &a, 1, 2)?;
    let key = pos[0].clone();
    let default = pos.get(1).cloned().unwrap_or(Value::None);
    if let ProxyTarget::Class(c) = &proxy_of(vm, recv)?.target {
        let ns = class_namespace(vm, c);
        return Ok(vm.dict_get(&ns, &key)?.unwrap_or(default));
    }
    forward(vm, recv, "get", &[key, default])
}

/// `mappingproxy_richcompare`: the mapping compared with the other operand.
fn compare(vm: &mut Vm, recv: &Value, a: Args, op: CmpOp) -> RunResult<Value> {
    expect_args(vm, "__eq__", &a, 1)?;
    let m = mapping(vm, recv)?;
    vm.rich_compare(&m, &a.pos[0], op)
}

/// `mappingproxy_or`: either operand that is a proxy is replaced by its mapping.
fn or(vm: &mut Vm, recv: &Value, a: Args, reflected: bool) -> RunResult<Value> {
    expect_args(vm, "__or__", &a, 1)?;
    let unwrap = |vm: &Vm, v: &Value| -> RunResult<Value> {
        match v {
            Value::Native(n) if n.get::<MappingProxy>().is_some() => mapping(vm, v),
            _ => Ok(v.clone()),
        }
    };
    let this = unwrap(vm, recv)?;
    let other = unwrap(vm, &a.pos[0])?;
    if reflected {
        vm.binary_op(&other, &this, BinOp::BitOr)
    } else {
        vm.binary_op(&this, &other, BinOp::BitOr)
    }
}

impl crate::gc::Trace for ProxyTarget {
    fn trace(&self, v: &mut crate::gc::Visitor) {
        match self {
            ProxyTarget::Class(c) => c.trace(v),
            ProxyTarget::Mapping(m) => m.trace(v),
        }
    }
}

crate::native_payload!(MappingProxy { target });
