//! `_weakref`: the native half of the `weakref` module (CPython 3.11
//! `Modules/_weakref.c`, `Objects/weakrefobject.c`). A handle is a Rust `Weak`
//! pointer to the referent; `lib/weakref.py` builds `ref`, `proxy`, the weak
//! containers and `finalize` on it. Callbacks are registered with the interpreter
//! (`coil_interp::vm::weakref`), which queues them when an instance is freed.

use super::new_module;
use crate::builtins::args::{class, func, positional, to_i64};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Class, Function, Instance, Module, Native};
use coil_interp::vm::weakref as hook;
use coil_interp::{RunResult, Value, Vm};
use std::rc::{Rc, Weak};

/// What a handle points at.
enum Target {
    Instance(Weak<Instance>),
    Class(Weak<Class>),
    Function(Weak<Function>),
    /// A native object of a type CPython gives weak references (`_thread.lock`);
    /// its callbacks are not run (`watch` only sees instances).
    Native(Weak<Native>),
}

pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_weakref",
        vec![
            ("handle", func("handle", handle)),
            ("deref", func("deref", deref)),
            ("watch", func("watch", watch)),
            ("unwatch", func("unwatch", unwatch)),
            ("is_watched", func("is_watched", is_watched)),
        ],
    ))
}

fn handle_class(vm: &Vm) -> Rc<Class> {
    class(
        vm,
        "_weakref.handle",
        "_weakref",
        None,
        BaseKind::Object,
        &[],
    )
}

/// `handle(obj)`: a weak handle, or CPython's TypeError for objects that cannot
/// be referenced weakly (ints, strs, tuples, lists, dicts, …).
fn handle(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "handle", &args, 1, 1)?;
    let target = match &pos[0] {
        Value::Instance(i) => Target::Instance(Rc::downgrade(i)),
        Value::Class(c) => Target::Class(Rc::downgrade(c)),
        Value::Function(f) => Target::Function(Rc::downgrade(f)),
        Value::Native(n) if n.get::<super::thread_lock::Lock>().is_some() => {
            Target::Native(Rc::downgrade(n))
        }
        other => {
            return Err(vm.type_error(format!(
                "cannot create weak reference to '{}' object",
                other.type_name()
            )))
        }
    };
    Ok(Value::Native(Rc::new(Native {
        class: handle_class(vm),
        data: Box::new(target),
    })))
}

fn target<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a Target> {
    if let Value::Native(n) = v {
        if let Some(t) = n.get::<Target>() {
            return Ok(t);
        }
    }
    Err(vm.type_error("expected a weak handle"))
}

/// `deref(handle)`: the referent, or None once it is gone.
fn deref(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "deref", &args, 1, 1)?;
    Ok(match target(vm, &pos[0])? {
        Target::Instance(w) => w.upgrade().map_or(Value::None, Value::Instance),
        Target::Class(w) => w.upgrade().map_or(Value::None, Value::Class),
        Target::Function(w) => w.upgrade().map_or(Value::None, Value::Function),
        Target::Native(w) => w.upgrade().map_or(Value::None, Value::Native),
    })
}

/// `watch(obj, owner, callback, args)`: calls `callback(owner, *args)` (or
/// `callback(*args)` when owner is None) when the instance `obj` is freed, while
/// `owner` lives. Returns a token for `unwatch`; 0 when `obj` is not an instance
/// (its callbacks never run).
fn watch(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "watch", &args, 4, 4)?;
    let Value::Instance(obj) = &pos[0] else {
        return Ok(Value::Int(0));
    };
    let owner = match &pos[1] {
        Value::None => None,
        Value::Instance(o) => Some(Rc::downgrade(o)),
        _ => return Err(vm.type_error("watch: owner must be an instance or None")),
    };
    let extra = match &pos[3] {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(vm.type_error("watch: args must be a tuple")),
    };
    let addr = Rc::as_ptr(obj) as usize;
    Ok(Value::Int(
        hook::watch(addr, owner, pos[2].clone(), extra) as i64
    ))
}

fn unwatch(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "unwatch", &args, 1, 1)?;
    let token = to_i64(vm, &pos[0])?;
    Ok(Value::Bool(token > 0 && hook::unwatch(token as u64)))
}

fn is_watched(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "is_watched", &args, 1, 1)?;
    let token = to_i64(vm, &pos[0])?;
    Ok(Value::Bool(token > 0 && hook::is_watched(token as u64)))
}

// Weak references are not references for the collector.
coil_interp::native_payload!(Target);
