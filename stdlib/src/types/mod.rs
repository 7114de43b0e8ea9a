//! Methods of the builtin types (str, list, tuple, dict, set, frozenset, int,
//! float, range) and their constructors, installed as `Builtin` values in their
//! class dicts. Core dunders (`__len__`, `__getitem__`, operators, comparisons)
//! belong to the VM's `ops`; this module adds the named methods CPython defines in
//! `Objects/unicodeobject.c`, `listobject.c`, `tupleobject.c`, `dictobject.c`,
//! `setobject.c`, `longobject.c`, `floatobject.c` and `rangeobject.c`.
//!
//! Constructors are `__new__` entries: plain (non-method) builtins called as
//! `__new__(cls, *args, **kwargs)`, the class first, as `type.__call__` does.

pub mod args;
pub(crate) mod bytearray;
pub(crate) use bytes::buffer_of as bytes_buffer_of;
mod bytes;
mod bytes_percent;
mod bytes_text;
mod complex;
mod constructors;
mod dict;
mod list;
pub(crate) mod memoryview;
mod memoryview_cast;
mod memoryview_items;
mod number_parse;
mod numbers;
mod percent_format;
mod protocol_dunders;
mod set;
pub(crate) mod sort;
mod sort_fast;
mod str;
pub(crate) mod str_case;
mod str_format;
mod str_search;
mod timsort;

pub(crate) use coil_interp::builtin::install_methods;
use coil_interp::builtin::{method, owned_func};
use coil_interp::object::{Class, Native, NativeFn, Payload};
use coil_interp::Value;
use coil_interp::Vm;
use std::rc::Rc;

/// Installs every builtin type's methods and constructors.
pub fn install(vm: &mut Vm) {
    str::install(vm);
    bytes::install(vm);
    memoryview::install(vm);
    str_case::install(vm);
    str_search::install(vm);
    str_format::install(vm);
    percent_format::install(vm);
    bytes_percent::install(vm);
    list::install(vm);
    sort::install(vm);
    dict::install(vm);
    set::install(vm);
    numbers::install(vm);
    complex::install(vm);
    constructors::install(vm);
    protocol_dunders::install(vm);
}

/// Puts method `name` (called with the receiver) into `class`'s dict.
pub(crate) fn add_method(class: &Rc<Class>, name: &str, func: NativeFn) {
    class
        .dict
        .set_str(name, method(class.name.as_str(), name, func));
    bump(class);
}

/// Puts a plain function `name` (no receiver: `__new__`, `dict.fromkeys`,
/// `str.maketrans`) into `class`'s dict.
pub(crate) fn add_function(class: &Rc<Class>, name: &str, func: NativeFn) {
    class
        .dict
        .set_str(name, owned_func(class.name.as_str(), name, func));
    bump(class);
}

/// Invalidates lookup caches keyed on the class's version.
/// The native payload holding a `T` that `v` is, or that `v` carries as an
/// instance of a subclass (`class Stack(deque)`): where a method of a native
/// class finds its receiver's state.
pub(crate) fn native_payload<T: std::any::Any>(v: &Value) -> Option<Rc<Native>> {
    let n = match v {
        Value::Native(n) => n.clone(),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(Value::Native(n)) => n.clone(),
            _ => return None,
        },
        _ => return None,
    };
    n.get::<T>().is_some().then_some(n)
}

fn bump(class: &Class) {
    class.version.set(class.version.get() + 1);
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the unit tests: call a method directly and read an error back.
    use coil_interp::object::{Args, NativeFn, Str};
    use coil_interp::{Exc, RunResult, Value, Vm};
    use std::rc::Rc;

    pub fn call(vm: &mut Vm, f: NativeFn, recv: Value, pos: &[Value]) -> RunResult<Value> {
        f(vm, &recv, Args::positional(pos))
    }

    pub fn call_kw(
        vm: &mut Vm,
        f: NativeFn,
        recv: Value,
        pos: &[Value],
        kw: &[(&str, Value)],
    ) -> RunResult<Value> {
        let kw: Vec<(Rc<Str>, Value)> = kw
            .iter()
            .map(|(k, v)| (Str::intern(k), v.clone()))
            .collect();
        f(vm, &recv, Args { pos, kw: &kw })
    }

    /// `"Type: message"` of an exception (its first arg, shown as Python's str).
    pub fn err(e: Exc) -> String {
        let class = e.class().name.as_str().to_string();
        let data = e.exc().expect("exception instance").borrow();
        let msg = match data.args.first() {
            // KeyError's str is its argument's repr.
            Some(v) if class == "KeyError" => v.debug_repr(),
            Some(Value::Str(s)) => s.as_str().to_string(),
            Some(other) => other.debug_repr(),
            None => String::new(),
        };
        format!("{class}: {msg}")
    }

    /// The value of a call that must succeed.
    pub fn ok<T>(r: RunResult<T>) -> T {
        match r {
            Ok(v) => v,
            Err(e) => panic!("unexpected {}", err(e)),
        }
    }

    pub fn s(v: &str) -> Value {
        Value::str(v)
    }

    /// The value's debug repr (Python's repr for strs, numbers and tuples).
    pub fn r(v: &RunResult<Value>) -> String {
        match v {
            Ok(Value::List(l)) => {
                let items: Vec<String> = l.items.borrow().iter().map(|v| v.debug_repr()).collect();
                format!("[{}]", items.join(", "))
            }
            Ok(v) => v.debug_repr(),
            Err(e) => err(e.clone()),
        }
    }
}
