//! The builtins `aiter()` and `anext()`, and the awaitable `anext(it, default)`
//! returns (CPython 3.11 `Python/bltinmodule.c` `builtin_aiter`/`builtin_anext`,
//! `Objects/abstract.c` `PyObject_GetAIter`, `Objects/iterobject.c`
//! `anextawaitable`): it awaits `it.__anext__()` and turns its
//! StopAsyncIteration into the default value.

use super::async_gen::{self, AgAwaitable};
use super::{GenStep, Vm};
use crate::object::{Args, Exc, GenKind, Str, Value};
use crate::RunResult;
use std::cell::RefCell;

/// `anext(it, default)`'s awaitable (`anext_awaitable`).
pub struct AnextAwaitable {
    /// What `it.__anext__()` returned.
    wrapped: Value,
    /// Its await iterator, made at the first step.
    iter: RefCell<Option<Value>>,
    default: Value,
}

/// The payload of `v`, if it is an `anext_awaitable`.
pub fn anext_of(v: &Value) -> Option<&AnextAwaitable> {
    match v {
        Value::Native(n) => n.get::<AnextAwaitable>(),
        _ => None,
    }
}

impl AnextAwaitable {
    fn iter(&self, vm: &mut Vm) -> RunResult<Value> {
        if let Some(it) = &*self.iter.borrow() {
            return Ok(it.clone());
        }
        let it = vm.get_awaitable(self.wrapped.clone())?;
        *self.iter.borrow_mut() = Some(it.clone());
        Ok(it)
    }

    /// One step: `send(v)` (or, with `exc`, `throw`) on the await iterator.
    pub fn step(&self, vm: &mut Vm, v: Value, exc: Option<Exc>) -> RunResult<GenStep> {
        let it = self.iter(vm)?;
        let r = match (&it, exc) {
            (Value::Generator(g), exc) if g.kind == GenKind::Coroutine => vm.gen_resume(g, v, exc),
            (it, exc) => match (async_gen::awaitable_of(it), exc) {
                (Some(aw), Some(e)) => aw.throw(vm, e),
                (Some(aw), None) => aw.send(vm, v),
                (None, Some(e)) => {
                    let r = vm.call_method(it, "throw", &[Value::Instance(e)]);
                    step_of_call(vm, r)
                }
                (None, None) => vm.send_native(it, v),
            },
        };
        match r {
            Err(e) if e.class().is_subclass(&vm.types.exc.stop_async_iteration) => {
                Ok(GenStep::Return(self.default.clone()))
            }
            r => r,
        }
    }
}

/// A `send`/`throw` method's result as a step: StopIteration is the return.
fn step_of_call(vm: &Vm, r: RunResult<Value>) -> RunResult<GenStep> {
    match r {
        Ok(v) => Ok(GenStep::Yield(v)),
        Err(e) if e.class().is_subclass(&vm.types.exc.stop_iteration) => {
            Ok(GenStep::Return(super::generator::stop_iteration_value(&e)))
        }
        Err(e) => Err(e),
    }
}

/// `aiter(async_iterable)`.
pub fn builtin_aiter(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("aiter() takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let o = &args.pos[0];
    let Some(f) = vm.lookup_special(o, &Str::intern("__aiter__")) else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            o.type_name()
        )));
    };
    let it = vm.call_unbound(&f, o, &[])?;
    if vm.lookup_special(&it, &Str::intern("__anext__")).is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.type_name()
        )));
    }
    Ok(it)
}

/// `anext(aiterator[, default])`.
pub fn builtin_anext(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("anext() takes no keyword arguments"));
    }
    match args.pos.len() {
        0 => return Err(vm.type_error("anext expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("anext expected at most 2 arguments, got {n}"))),
    }
    let it = &args.pos[0];
    let Some(f) = vm.lookup_special(it, &Str::intern("__anext__")) else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            it.type_name()
        )));
    };
    let awaitable = vm.call_unbound(&f, it, &[])?;
    let Some(default) = args.pos.get(1) else {
        return Ok(awaitable);
    };
    let cls = vm.types.agen.anext_awaitable.clone();
    Ok(crate::object::native(
        &cls,
        AnextAwaitable {
            wrapped: awaitable,
            iter: RefCell::new(None),
            default: default.clone(),
        },
    ))
}

fn need<'a>(vm: &Vm, recv: &'a Value) -> RunResult<&'a AnextAwaitable> {
    anext_of(recv).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'anext_awaitable' object but received a '{}'",
            recv.type_name()
        ))
    })
}

fn result(vm: &Vm, step: GenStep) -> RunResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn aw_send(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let a = need(vm, recv)?;
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let step = a.step(vm, v, None)?;
    result(vm, step)
}

pub(crate) fn aw_next(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let a = need(vm, recv)?;
    let step = a.step(vm, Value::None, None)?;
    result(vm, step)
}

pub(crate) fn aw_throw(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let a = need(vm, recv)?;
    let Some(typ) = args.pos.first() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let val = args.pos.get(1).cloned().unwrap_or(Value::None);
    let e = super::generator::throw_exception(vm, typ, &val)?;
    let step = a.step(vm, Value::None, Some(e))?;
    result(vm, step)
}

pub(crate) fn aw_close(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let a = need(vm, recv)?;
    let it = a.iter(vm)?;
    match (&it, async_gen::awaitable_of(&it)) {
        (_, Some(aw)) => AgAwaitable::close(aw),
        (Value::Generator(g), None) => {
            let g = g.clone();
            vm.gen_close(&g)?;
        }
        (it, None) => {
            vm.call_method(it, "close", &[])?;
        }
    }
    Ok(Value::None)
}

pub(crate) fn aw_iter(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    need(vm, recv)?;
    Ok(recv.clone())
}

crate::native_payload!(AnextAwaitable {
    wrapped,
    iter,
    default
});
