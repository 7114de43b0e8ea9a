//! Descriptor objects implemented in Rust: `property`, `staticmethod`, `classmethod`
//! and `super` (`Objects/descrobject.c` `property_descr_get`/`_set`,
//! `Objects/funcobject.c` `sm_descr_get`/`cm_descr_get`, `Objects/typeobject.c`
//! `super_getattro`). Each is the payload of a `Value::Native` whose class is the
//! matching builtin type (`vm.types.property`, …); `vm::ops::attr` applies them.

use super::{Class, Str, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Option<Value>,
    /// The attribute name, from `__set_name__` (3.11 puts it in error messages).
    pub name: RefCell<Option<Rc<Str>>>,
}

impl Property {
    pub fn new(
        fget: Option<Value>,
        fset: Option<Value>,
        fdel: Option<Value>,
        doc: Option<Value>,
    ) -> Property {
        Property {
            fget,
            fset,
            fdel,
            doc,
            name: RefCell::new(None),
        }
    }
}

/// `staticmethod(f)`: looked up on a class or an instance, gives `f` itself.
pub struct StaticMethod {
    pub func: Value,
}

/// `classmethod(f)`: looked up on a class or an instance, gives `f` bound to the class.
pub struct ClassMethod {
    pub func: Value,
}

/// `super(this_class, obj)`: attribute lookup starts after `this_class` in the MRO of
/// `obj` (an instance) or of `obj` itself (a class, inside classmethods and `__new__`).
/// The VM's `super()` (zero-argument form: `__class__` cell and first argument)
/// constructs it as `Value::Native` with class `vm.types.super_`.
pub struct SuperObject {
    pub this_class: Rc<Class>,
    pub obj: Value,
}

impl SuperObject {
    /// The class whose MRO is searched (`su->obj_type`): `obj` itself when it is a
    /// subclass of `this_class`, else `type(obj)` (given by the caller).
    pub fn start_type(&self, type_of_obj: Rc<Class>) -> Rc<Class> {
        match &self.obj {
            Value::Class(c) if c.is_subclass(&self.this_class) => c.clone(),
            _ => type_of_obj,
        }
    }
}
