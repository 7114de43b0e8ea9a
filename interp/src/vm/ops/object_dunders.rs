//! The rest of `object`'s and `type`'s methods, the ones `dir()` lists and
//! programs call explicitly: `object.__dir__` and `type.__dir__` (the merge of
//! instance dict and class dicts `dir()` sorts), `module.__dir__`, `object`'s
//! rich comparisons other than `==`/`!=` (always NotImplemented),
//! `__getstate__`, `__reduce__`/`__reduce_ex__` (the recipe comes from
//! `lib/copyreg.py`), `__subclasshook__`, and `type`'s `__instancecheck__`,
//! `__subclasscheck__`, `__prepare__`. CPython: `Objects/typeobject.c`
//! (`object___dir___impl`, `merge_class_dict`, `type___dir___impl`,
//! `object_richcompare`, `object_getstate_default`, `object___reduce_ex___impl`,
//! `object_subclasshook`, `type___instancecheck___impl`), `Objects/moduleobject.c`
//! (`module_dir`).

use crate::builtin::{expect_args, install_methods, method, positional};
use crate::object::descriptors::ClassMethod;
use crate::object::{native, Args, Class, Dict, Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

/// Installs the methods into `object`'s, `type`'s and `module`'s dicts.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    install_methods(
        &t.object,
        &[
            ("__dir__", object_dir),
            ("__lt__", not_implemented),
            ("__le__", not_implemented),
            ("__gt__", not_implemented),
            ("__ge__", not_implemented),
            ("__getstate__", object_getstate),
            ("__reduce__", object_reduce),
            ("__reduce_ex__", object_reduce_ex),
        ],
    );
    let hook = method("object", "__subclasshook__", object_subclasshook);
    t.object.dict.set_str(
        "__subclasshook__",
        native(&t.classmethod, ClassMethod { func: hook }),
    );
    install_methods(
        &t.type_,
        &[
            ("__dir__", type_dir),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__prepare__", type_prepare),
        ],
    );
    install_methods(&t.module, &[("__dir__", module_dir)]);
}

/// `object.__lt__` and friends: `object_richcompare` answers only `==`/`!=`.
fn not_implemented(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__lt__", &a, 1)?;
    Ok(Value::NotImplemented)
}

/// Adds the string keys of `src` to `out` (later keys keep their first place).
fn merge_keys(out: &Dict, src: &Dict) {
    for (k, _) in src.snapshot() {
        out.map.borrow_mut().insert(k, Value::None);
    }
}

/// `merge_class_dict`: the class's namespace, then each base's, recursively.
fn merge_class(vm: &Vm, out: &Dict, c: &Rc<Class>) {
    merge_keys(out, &vm.class_namespace(c));
    for base in &c.bases {
        merge_class(vm, out, base);
    }
}

fn keys_list(d: &Dict) -> Value {
    Value::list(d.snapshot().into_iter().map(|(k, _)| k.value).collect())
}

/// `object.__dir__(self)`: the instance dict's keys, then the class's names
/// (through `self.__class__`), unsorted; `dir()` sorts.
fn object_dir(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__dir__", &a, 0)?;
    let out = Dict::new();
    if let Some(Value::Dict(d)) = vm.get_attr_opt(recv, &crate::intern!("__dict__"))? {
        merge_keys(&out, &d);
    }
    if let Some(Value::Class(c)) = vm.get_attr_opt(recv, &crate::intern!("__class__"))? {
        merge_class(vm, &out, &c);
    }
    Ok(keys_list(&out))
}

/// `type.__dir__(cls)`: the names along the bases, not the metaclass's.
fn type_dir(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__dir__", &a, 0)?;
    let Value::Class(c) = recv else {
        return Err(vm.type_error("descriptor '__dir__' requires a 'type' object"));
    };
    let out = Dict::new();
    merge_class(vm, &out, c);
    Ok(keys_list(&out))
}

/// `module.__dir__(self)`: the module's own `__dir__` function if its dict
/// has one, else its dict's keys.
fn module_dir(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__dir__", &a, 0)?;
    let Value::Module(m) = recv else {
        return Ok(Value::list(Vec::new()));
    };
    if let Some(f) = m.dict.get_str("__dir__") {
        return vm.call_value(&f, &[]);
    }
    Ok(keys_list(&m.dict))
}

/// `object.__getstate__()`: the instance dict (None when empty), paired with
/// the slot values when the class has `__slots__`.
fn object_getstate(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__getstate__", &a, 0)?;
    let state = match recv {
        Value::Instance(i) if vm.instance_has_dict(i) && !i.dict.is_empty() => {
            Value::Dict(Rc::new(super::attr::copy_dict(&i.dict)))
        }
        _ => Value::None,
    };
    let slots = vm.call_copyreg("_slot_state", std::slice::from_ref(recv))?;
    if matches!(slots, Value::None) {
        return Ok(state);
    }
    Ok(Value::tuple(vec![state, slots]))
}

/// `object.__reduce__()`: protocol 0's recipe (`copyreg._reduce_ex`).
fn object_reduce(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__reduce__", &a, 0)?;
    vm.call_copyreg("_reduce_object", &[recv.clone(), Value::Int(0)])
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins; else
/// the recipe for the protocol.
fn object_reduce_ex(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__reduce_ex__", &a, 1)?;
    let protocol = crate::builtin::to_i64(vm, &a.pos[0])?;
    let cls = vm.type_of(recv);
    let name = crate::intern!("__reduce__");
    if let Some(f) = cls.lookup(&name) {
        if !Vm::is_builtin_fn(&f, object_reduce) {
            return vm.call_unbound(&f, recv, &[]);
        }
    }
    vm.call_copyreg("_reduce_object", &[recv.clone(), Value::Int(protocol)])
}

fn object_subclasshook(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    positional(vm, "__subclasshook__", &a, 0, usize::MAX)?;
    Ok(Value::NotImplemented)
}

/// `type.__instancecheck__(cls, obj)`: the MRO test, no hooks.
fn type_instancecheck(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__instancecheck__", &a, 1)?;
    let p = a.pos;
    let Value::Class(c) = recv else {
        return Err(vm.type_error("descriptor '__instancecheck__' requires a 'type' object"));
    };
    if vm.type_of(&p[0]).is_subclass(c) {
        return Ok(Value::Bool(true));
    }
    // `recursive_isinstance` also believes a different `__class__`.
    match vm.get_attr_opt(&p[0], &crate::intern!("__class__"))? {
        Some(Value::Class(k)) => Ok(Value::Bool(k.is_subclass(c))),
        _ => Ok(Value::Bool(false)),
    }
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    expect_args(vm, "__subclasscheck__", &a, 1)?;
    let p = a.pos;
    let (Value::Class(c), Value::Class(sub)) = (recv, &p[0]) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(sub.is_subclass(c)))
}

/// `type.__prepare__(name, bases, **kwds)`: a new empty dict.
fn type_prepare(_: &mut Vm, _: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Dict(Rc::new(Dict::new())))
}

impl Vm {
    /// Calls `copyreg.NAME(*args)`, the Python half of the reduce protocol.
    fn call_copyreg(&mut self, name: &str, args: &[Value]) -> RunResult<Value> {
        let m = self.import_module("copyreg")?;
        let f = self.get_attr(&m, &Str::intern(name))?;
        self.call_value(&f, args)
    }
}

/// True for `type.__prepare__` (bound or not): class creation skips the call.
pub fn is_type_prepare(f: &Value) -> bool {
    Vm::is_builtin_fn(f, type_prepare)
}
