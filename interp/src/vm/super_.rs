//! `super()`: zero-argument (from the `__class__` cell and the calling frame's first
//! argument) and two-argument forms, and attribute lookup on the super object,
//! which walks the MRO after the given class and binds what it finds
//! (CPython 3.11's `Objects/typeobject.c`: `super_init_without_args`,
//! `super_getattro`).

use super::Vm;
use crate::object::descriptors::SuperObject;
use crate::object::{Class, Native, Str, Value};
use crate::RunResult;
use std::rc::Rc;

/// `super(...)` (the `super` class was called).
pub(crate) fn super_new(vm: &mut Vm, pos: &[Value]) -> RunResult<Value> {
    let (this_class, obj) = match pos {
        [] => zero_arg_super(vm)?,
        [Value::Class(c), obj] => (c.clone(), obj.clone()),
        [other, _] => {
            return Err(vm.type_error(format!(
                "super() argument 1 must be a type, not {}",
                other.type_name()
            )))
        }
        [_] => return Err(vm.type_error("unbound super objects are not supported")),
        _ => {
            return Err(vm.type_error(format!(
                "super() takes at most 2 arguments ({} given)",
                pos.len()
            )))
        }
    };
    let ok = match &obj {
        Value::Class(c) if c.is_subclass(&this_class) => true,
        other => vm.type_of(other).is_subclass(&this_class),
    };
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Native(Rc::new(Native {
        class: vm.types.super_.clone(),
        data: Box::new(SuperObject { this_class, obj }),
    })))
}

/// The `__class__` cell and first argument of the frame that called `super()`.
fn zero_arg_super(vm: &mut Vm) -> RunResult<(Rc<Class>, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = frame.code.clone();
    if code.argcount == 0 && !code.flags.varargs {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    // The first argument, from its cell if it was captured by an inner function.
    let first = match code.cell2arg.iter().position(|a| *a == Some(0)) {
        Some(ci) => frame.cells.get(ci).and_then(|c| c.value.borrow().clone()),
        None => frame.locals.first().cloned().flatten(),
    };
    let first = if code.argcount == 0 {
        // `def f(*args)`: CPython takes args[0].
        match first {
            Some(Value::Tuple(t)) => t.items.first().cloned(),
            _ => None,
        }
    } else {
        first
    };
    let Some(first) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    let ncell = code.cellvars.len();
    let Some(idx) = code.freevars.iter().position(|n| n.as_str() == "__class__") else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let class = frame
        .cells
        .get(ncell + idx)
        .and_then(|c| c.value.borrow().clone());
    match class {
        Some(Value::Class(c)) => Ok((c, first)),
        Some(_) => Err(vm.runtime_error("super(): __class__ is not a type")),
        None => Err(vm.runtime_error("super(): empty __class__ cell")),
    }
}

/// `super_obj.name` (the object protocol's `get_attr` handles `SuperObject`s; this
/// is kept for callers that want the super lookup by name).
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &Rc<Str>) -> RunResult<Value> {
    vm.get_attr(sup, name)
}

/// Binds a class attribute found for `obj` as a descriptor would: functions and
/// builtin methods bind to `obj` (or stay unbound when `obj` is the type itself),
/// objects with `__get__` are asked.
pub(crate) fn bind_descriptor(
    vm: &mut Vm,
    v: Value,
    obj: &Value,
    obj_type: &Rc<Class>,
    obj_is_type: bool,
) -> RunResult<Value> {
    match &v {
        Value::Function(_) | Value::Builtin(_) if obj_is_type => Ok(v),
        Value::Function(_) | Value::Builtin(_) => Ok(super::instr_misc::bind_to(v, obj)),
        _ => match vm.lookup_special(&v, &Str::intern("__get__")) {
            Some(get) => {
                let inst = if obj_is_type {
                    Value::None
                } else {
                    obj.clone()
                };
                vm.call(
                    &get,
                    &[v.clone(), inst, Value::Class(obj_type.clone())],
                    &[],
                )
            }
            None => Ok(v),
        },
    }
}
