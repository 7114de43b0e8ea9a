//! The one way to define a builtin function or method, and the one argument binder.
//!
//! A builtin is a `NativeFn` (`fn(&mut Vm, &Value, Args) -> RunResult<Value>`: the
//! receiver, `Value::None` for plain functions, then the arguments). A module or a
//! type lists its builtins in a table, `const FUNCS: &[(&str, NativeFn)]`, and turns
//! it into values with `func` (module functions), `method` / `install_methods`
//! (methods, called with the receiver) or `owned_func` (`__new__`, static helpers).
//! Each body binds its arguments with the helpers of `signature.rs`, which produce
//! CPython 3.11's messages for its calling conventions (`Python/getargs.c`,
//! `Objects/methodobject.c`), and converts them with `convert.rs`
//! (`Objects/abstract.c`'s `__index__` and `__float__` rules).

mod convert;
mod signature;

pub use convert::*;
pub use signature::*;

use crate::object::{Builtin, Class, NativeFn, Str, Value};
use std::rc::Rc;

fn make(owner: Option<&str>, name: &str, func: NativeFn, is_method: bool) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: Str::intern(name),
        owner: owner.map(Str::intern),
        func,
        receiver: None,
        is_method,
    }))
}

/// A plain builtin function (`print`, `math.sqrt`): the body sees `Value::None` as
/// its receiver.
pub fn func(name: &str, f: NativeFn) -> Value {
    make(None, name, f, false)
}

/// A method for a class dict: called unbound, its first argument becomes the
/// receiver; looked up on a value, it binds to it (`<built-in method append of
/// list object>`).
pub fn method(owner: &str, name: &str, f: NativeFn) -> Value {
    make(Some(owner), name, f, true)
}

/// A function kept in a class dict that does not bind a receiver (`__new__`,
/// `dict.fromkeys`, property getters); `owner` only qualifies its name.
pub fn owned_func(owner: &str, name: &str, f: NativeFn) -> Value {
    make(Some(owner), name, f, false)
}

/// The values of a table of module functions, ready for a module's namespace.
pub fn funcs<'t>(table: &[(&'t str, NativeFn)]) -> Vec<(&'t str, Value)> {
    table.iter().map(|(n, f)| (*n, func(n, *f))).collect()
}

/// A method already bound to `receiver` (`random.random` is the hidden
/// instance's `Random.random`).
pub fn bound_method(owner: &str, name: &str, f: NativeFn, receiver: Value) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: Str::intern(name),
        owner: Some(Str::intern(owner)),
        func: f,
        receiver: Some(receiver),
        is_method: true,
    }))
}

/// Puts each `(name, body)` of `table` into `class`'s dict as a method, and
/// invalidates the lookup caches keyed on the class's version.
pub fn install_methods(class: &Class, table: &[(&str, NativeFn)]) {
    for (name, f) in table {
        class
            .dict
            .set_str(name, method(class.name.as_str(), name, *f));
    }
    class.version.set(class.version.get() + 1);
}

#[cfg(test)]
mod tests;
