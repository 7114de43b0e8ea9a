//! Descriptor objects implemented in Rust: `property`, `staticmethod`, `classmethod`
//! (`Objects/descrobject.c` `property_descr_get`/`_set`,
//! `Objects/funcobject.c` `sm_descr_get`/`cm_descr_get`). Each is the payload of a `Value::Native` whose class is the
//! matching builtin type (`vm.types.property`, …); `vm::ops::attr` applies them.

use super::{Str, Value};
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

crate::native_payload!(
    Property { fget, fset, fdel, doc };
    StaticMethod { func };
    ClassMethod { func };
);
