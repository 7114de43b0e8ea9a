//! Objects implemented in Rust that are not one of `Value`'s own variants:
//! iterators, properties, futures, tasks, the event loop, … Each has a class (for
//! `type()`, `isinstance` and method lookup) and a payload behind `NativeData`.

use super::{Class, Value};
use std::any::Any;
use std::rc::Rc;

pub trait NativeData: Any {
    fn as_any(&self) -> &dyn Any;
}

impl<T: Any> NativeData for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct Native {
    pub class: Rc<Class>,
    pub data: Box<dyn NativeData>,
}

impl Native {
    /// The payload as `T`, if it is one.
    pub fn get<T: Any>(&self) -> Option<&T> {
        self.data.as_any().downcast_ref::<T>()
    }
}

/// Equality that needs no VM: identity, or equal builtin scalars, strs and tuples
/// of them. Used by dict keys when no script-defined `__eq__` can be involved.
pub fn simple_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Float(x), Float(y)) => x == y,
        (BigInt(x), BigInt(y)) => x == y,
        (Str(x), Str(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| simple_eq(p, q))
        }
        _ => a.is(b),
    }
}
