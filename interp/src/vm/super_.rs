//! `super()`: zero-argument (from the `__class__` cell and the calling frame's first
//! argument) and two-argument forms, and attribute lookup on the super object,
//! which walks the MRO after the given class and binds what it finds
//! (CPython 3.11's `Objects/typeobject.c`: `super_init_without_args`,
//! `super_getattro`).

use super::Vm;
use crate::object::{Class, Native, Str, Value};
use crate::RunResult;
use std::rc::Rc;

/// What a `super` object holds.
pub struct SuperData {
    /// The class whose successors are searched.
    pub this_class: Rc<Class>,
    /// The object methods bind to (an instance, or a class in classmethods).
    pub obj: Value,
    /// `type(obj)`, or `obj` itself when it is a subclass of `this_class`.
    pub obj_type: Rc<Class>,
}

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
    let obj_type = match &obj {
        Value::Class(c) if c.is_subclass(&this_class) => c.clone(),
        other => {
            let t = vm.type_of(other);
            if !t.is_subclass(&this_class) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            t
        }
    };
    Ok(Value::Native(Rc::new(Native {
        class: vm.types.super_.clone(),
        data: Box::new(SuperData {
            this_class,
            obj,
            obj_type,
        }),
    })))
}

/// The `__class__` cell and first argument of the frame that called `super()`.
fn zero_arg_super(vm: &mut Vm) -> RunResult<(Rc<Class>, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = frame.code().clone();
    if code.argcount == 0 && !code.flags.varargs {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    // The first argument, from its cell if it was captured by an inner function.
    let first = match code.cell2arg.iter().position(|a| *a == Some(0)) {
        Some(ci) => frame.cells().get(ci).and_then(|c| c.value.borrow().clone()),
        None => vm.values.get(frame.base as usize).cloned().flatten(),
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
        .cells()
        .get(ncell + idx)
        .and_then(|c| c.value.borrow().clone());
    match class {
        Some(Value::Class(c)) => Ok((c, first)),
        Some(_) => Err(vm.runtime_error("super(): __class__ is not a type")),
        None => Err(vm.runtime_error("super(): empty __class__ cell")),
    }
}

impl Vm {
    /// `Call(0)` with `[callable]` on the stack and `next` the instruction after
    /// it: when the callable is `super` and `next` is `LoadMethod(name)`, leaves
    /// `[method, receiver]` as the two instructions would and returns true (the
    /// caller skips `next`).
    #[inline]
    pub(crate) fn super_call_load_method(
        &self,
        values: &mut [Option<Value>],
        code: &crate::bytecode::CodeObject,
        next: Option<&crate::bytecode::Instr>,
    ) -> Option<Value> {
        let Some(&crate::bytecode::Instr::LoadMethod(i)) = next else {
            return None;
        };
        let n = values.len();
        match &values[n - 1] {
            Some(Value::Class(c)) if Rc::ptr_eq(c, &self.types.super_) => {}
            _ => return None,
        }
        let (m, recv) = self.zero_arg_super_method(values, &code.names[i as usize], i)?;
        values[n - 1] = Some(m);
        Some(recv)
    }

    /// `super().name` for `super(); LoadMethod name` in a method whose first
    /// argument is an instance: the method and its receiver, as `super_new`
    /// then `load_method` would leave them, with no super object made (CPython
    /// 3.12 compiles this form to `LOAD_SUPER_ATTR` for the same reason). `None`
    /// whenever anything is unusual (the first argument captured by a closure,
    /// an empty `__class__` cell, a name the super object answers itself, an
    /// attribute that is not a plain method): the general path then makes the
    /// object and gives the same result or error.
    pub(crate) fn zero_arg_super_method(
        &self,
        values: &[Option<Value>],
        name: &Rc<Str>,
        i: u32,
    ) -> Option<(Value, Value)> {
        let frame = self.frames.last()?;
        let code = frame.code();
        if code.argcount == 0 || code.cell2arg.contains(&Some(0)) {
            return None;
        }
        let Some(obj @ Value::Instance(inst)) = values.get(frame.base as usize)?.as_ref() else {
            return None;
        };
        let idx = code
            .freevars
            .iter()
            .position(|n| n.as_str() == "__class__")?;
        let this_cell = frame.cells().get(code.cellvars.len() + idx)?.value.borrow();
        let Some(Value::Class(this)) = &*this_cell else {
            return None;
        };
        let start = inst.class.borrow();
        // The site's cache (`vm/attr_cache.rs`): the function found for this
        // class, `this` and state of the MRO.
        let entry = frame.func.cache.attrs.get(i as usize)?;
        if let Some(f) = entry.super_method(&start, this) {
            return Some((Value::Function(f), obj.clone()));
        }
        if matches!(
            name.as_str(),
            "__thisclass__" | "__self__" | "__self_class__" | "__class__" | "__new__"
        ) {
            return None;
        }
        // The classes after `this` in `start`'s MRO (`start` itself, then `mro`);
        // `this` absent means `obj` is no instance of it: the general path raises.
        let after = if Rc::ptr_eq(&start, this) {
            0
        } else {
            start.mro.iter().position(|c| Rc::ptr_eq(c, this))? + 1
        };
        let d = start.mro[after..]
            .iter()
            .find_map(|c| c.dict.get_name(name))?;
        let recv = match &d {
            Value::Function(f) => {
                entry.fill_super_method(&start, this, f);
                obj.clone()
            }
            Value::Builtin(b) if b.is_method && b.receiver.is_none() => {
                self.method_receiver(b, obj)
            }
            _ => return None,
        };
        Some((d, recv))
    }
}

/// `super_obj.name`: the attribute from the classes after `this_class` in the MRO of
/// `obj_type`, bound to `obj`. For the `ops` helper's `get_attr`/`load_method`,
/// which call it for `Native` values whose class is `vm.types.super_`.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &Rc<Str>) -> RunResult<Value> {
    let Value::Native(n) = sup else {
        return Err(vm.type_error("super_getattr on a non-super object"));
    };
    let Some(data) = n.get::<SuperData>() else {
        return Err(vm.type_error("super_getattr on a non-super object"));
    };
    let mut mro = Vec::with_capacity(data.obj_type.mro.len() + 1);
    mro.push(data.obj_type.clone());
    mro.extend(data.obj_type.mro.iter().cloned());
    let start = mro
        .iter()
        .position(|c| Rc::ptr_eq(c, &data.this_class))
        .map_or(mro.len(), |i| i + 1);
    if name.as_str() != "__class__" {
        for c in &mro[start..] {
            if let Some(v) = c.dict.get_name(name) {
                if name.as_str() == "__new__" {
                    // A static method: never bound.
                    return Ok(v);
                }
                let obj = data.obj.clone();
                let obj_type = data.obj_type.clone();
                let obj_is_type = matches!(&obj, Value::Class(c) if Rc::ptr_eq(c, &obj_type));
                return bind_descriptor(vm, v, &obj, &obj_type, obj_is_type);
            }
        }
    }
    if name.as_str() == "__class__" {
        return Ok(Value::Class(vm.types.super_.clone()));
    }
    Err(vm.attribute_error(format!(
        "'super' object has no attribute '{}'",
        name.as_str()
    )))
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
        Value::Function(_) | Value::Builtin(_) => Ok(super::instr::calls::bind_to(v, obj)),
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

crate::native_payload!(SuperData {
    this_class,
    obj,
    obj_type
});
