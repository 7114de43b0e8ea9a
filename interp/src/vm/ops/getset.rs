//! `getset_descriptor` for the `__dict__` and `__weakref__` entries CPython puts in
//! a class's namespace when the class is the first of its line to give instances a
//! dict or weak references (`Objects/typeobject.c` `subtype_getsets_full`,
//! `Objects/descrobject.c` `getset_repr`). Coil serves `obj.__dict__` itself, so
//! these objects exist only to be seen through `C.__dict__` (`mappingproxy.rs`)
//! and forward to the ordinary attribute protocol when used.

use crate::builtin::{method, positional};
use crate::object::{Class, Native, Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

/// The payload: which attribute, of which class's instances.
pub struct GetSet {
    pub name: Rc<Str>,
    pub owner: Rc<Str>,
}

impl Vm {
    /// The descriptor `C.__dict__[name]` shows for `c`.
    pub fn getset_descriptor(&self, c: &Class, name: &str) -> Value {
        Value::Native(Rc::new(Native {
            class: self.types.getset_descriptor.clone(),
            data: Box::new(GetSet {
                name: Str::intern(name),
                owner: c.name.get().clone(),
            }),
        }))
    }
}

fn this<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a GetSet> {
    match v {
        Value::Native(n) => n.get::<GetSet>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("descriptor requires a 'getset_descriptor' object"))
}

const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__repr__", |vm, r, _| {
        let g = this(vm, r)?;
        Ok(Value::string(format!(
            "<attribute '{}' of '{}' objects>",
            g.name.as_str(),
            g.owner.as_str()
        )))
    }),
    ("__get__", |vm, r, a| {
        let pos = positional(vm, "__get__", &a, 1, 2)?;
        let name = this(vm, r)?.name.clone();
        match &pos[0] {
            Value::None => Ok(r.clone()),
            obj => vm.get_attr(obj, &name),
        }
    }),
    ("__set__", |vm, r, a| {
        let pos = positional(vm, "__set__", &a, 2, 2)?;
        let name = this(vm, r)?.name.clone();
        vm.set_attr(&pos[0], &name, pos[1].clone())
            .map(|_| Value::None)
    }),
    ("__delete__", |vm, r, a| {
        let pos = positional(vm, "__delete__", &a, 1, 1)?;
        let name = this(vm, r)?.name.clone();
        vm.del_attr(&pos[0], &name).map(|_| Value::None)
    }),
];

/// Installs the descriptor class's methods.
pub fn install(vm: &mut Vm) {
    let c = vm.types.getset_descriptor.clone();
    for (name, f) in METHODS {
        c.dict.set_str(name, method("getset_descriptor", name, *f));
    }
}

// Names only: a getset descriptor holds no Python values.
crate::native_payload!(GetSet);
