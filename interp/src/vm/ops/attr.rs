//! Attribute access: `type(x)`, `getattr`/`setattr`/`delattr` with descriptors
//! (functions bind, `property`, `staticmethod`, `classmethod`), instance dicts,
//! `__getattr__` fallback, and CPython's AttributeError messages
//! (`Objects/object.c` `PyObject_GenericGetAttr`, `Objects/typeobject.c` `type_getattro`).

use crate::object::{Class, Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let _ = v;
        todo!("ops: type_of")
    }

    /// `v.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<Str>) -> RunResult<Value> {
        let _ = (obj, name);
        todo!("ops: get_attr")
    }

    /// `v.name`, or `None` where `get_attr` would raise AttributeError
    /// (`hasattr`, `getattr` with a default).
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Rc<Str>) -> RunResult<Option<Value>> {
        let _ = (obj, name);
        todo!("ops: get_attr_opt")
    }

    /// For `CallMethod`: `(function, Some(self))` when the attribute is a plain method
    /// found on the type (so no bound method is allocated), else `(attribute, None)`.
    pub fn load_method(&mut self, obj: &Value, name: &Rc<Str>) -> RunResult<(Value, Option<Value>)> {
        let _ = (obj, name);
        todo!("ops: load_method")
    }

    /// The unbound special method `name` found on `type(v)`'s MRO, skipping the
    /// instance dict, as CPython's `_PyType_Lookup` for dunders.
    pub fn lookup_special(&self, v: &Value, name: &Rc<Str>) -> Option<Value> {
        let _ = (v, name);
        todo!("ops: lookup_special")
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &Rc<Str>, value: Value) -> RunResult<()> {
        let _ = (obj, name, value);
        todo!("ops: set_attr")
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &Rc<Str>) -> RunResult<()> {
        let _ = (obj, name);
        todo!("ops: del_attr")
    }

    /// `isinstance(v, class)` for one class (no tuples, no `__instancecheck__`).
    pub fn is_instance(&self, v: &Value, class: &Rc<Class>) -> bool {
        self.type_of(v).is_subclass(class)
    }
}
