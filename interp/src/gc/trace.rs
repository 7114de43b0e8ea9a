//! How a native payload states what it references (CPython's `tp_traverse`, one
//! per type in C). `NativeData` has no blanket implementation, so every payload
//! type must implement `traverse`; [`Trace`] lets it do so by listing its fields,
//! through [`native_payload!`](crate::native_payload):
//!
//! ```ignore
//! native_payload!(Map { func, iters });      // a `Value` and a `Vec<Value>`
//! native_payload!(Sha256State);              // holds no Python value
//! ```
//!
//! A field type that cannot hold a Python value implements `Trace` as a no-op
//! (numbers, strings, flags), so listing every field is always correct; a field
//! left out of the list is a leak at worst (what it holds looks referenced from
//! outside), never a wrong free.

use super::Visitor;
use crate::object::{Class, Dict, Function, Generator, Instance, List, Native, Set, Value};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// A field type the collector can look into.
pub trait Trace {
    fn trace(&self, v: &mut Visitor);
}

impl Trace for Value {
    #[inline]
    fn trace(&self, v: &mut Visitor) {
        v.value(self);
    }
}

impl<T: Trace> Trace for Option<T> {
    fn trace(&self, v: &mut Visitor) {
        if let Some(x) = self {
            x.trace(v);
        }
    }
}

impl<T: Trace> Trace for [T] {
    fn trace(&self, v: &mut Visitor) {
        self.iter().for_each(|x| x.trace(v));
    }
}

impl<T: Trace> Trace for Vec<T> {
    fn trace(&self, v: &mut Visitor) {
        self.as_slice().trace(v);
    }
}

impl<T: Trace> Trace for VecDeque<T> {
    fn trace(&self, v: &mut Visitor) {
        self.iter().for_each(|x| x.trace(v));
    }
}

impl<T: Trace + ?Sized> Trace for Box<T> {
    fn trace(&self, v: &mut Visitor) {
        (**self).trace(v);
    }
}

/// A cell borrowed right now (Rust code is using it) reports nothing: what it
/// holds then counts as referenced from outside (conservative).
impl<T: Trace> Trace for RefCell<T> {
    fn trace(&self, v: &mut Visitor) {
        if let Ok(x) = self.try_borrow() {
            x.trace(v);
        }
    }
}

impl<A: Trace, B: Trace> Trace for (A, B) {
    fn trace(&self, v: &mut Visitor) {
        self.0.trace(v);
        self.1.trace(v);
    }
}

macro_rules! trace_rc {
    ($($t:ty),*) => {$(
        impl Trace for Rc<$t> {
            #[inline]
            fn trace(&self, v: &mut Visitor) {
                v.rc(self);
            }
        }
    )*};
}
trace_rc!(
    List,
    Dict,
    Set,
    Instance,
    Class,
    Function,
    Generator,
    crate::object::Cell
);

impl Trace for Rc<Native> {
    fn trace(&self, v: &mut Visitor) {
        v.native_rc(self);
    }
}

/// Types that never hold a Python value.
macro_rules! trace_nothing {
    ($($t:ty),*) => {$(
        impl Trace for $t {
            #[inline]
            fn trace(&self, _: &mut Visitor) {}
        }
    )*};
}
trace_nothing!(
    bool,
    u8,
    u32,
    u64,
    usize,
    i32,
    i64,
    f64,
    String,
    Rc<crate::object::Str>,
    Cell<bool>,
    Cell<usize>,
    Cell<u32>,
    Cell<u64>,
    Cell<i64>,
    Cell<f64>
);

/// Implements `NativeData` for payload types by listing the fields that can hold
/// Python values (each implements [`Trace`](crate::gc::Trace)); a type with no
/// list holds none.
///
/// `native_payload!(Zip { iters }; Filter { func, iter }; Sha1);`
#[macro_export]
macro_rules! native_payload {
    ($($t:ty $({ $($f:tt),* $(,)? })?);+ $(;)?) => {$(
        impl $crate::object::NativeData for $t {
            #[allow(unused_variables)]
            fn traverse(&self, v: &mut $crate::gc::Visitor) {
                $($( $crate::gc::Trace::trace(&self.$f, v); )*)?
            }
        }
    )+};
}
