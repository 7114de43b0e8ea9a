//! Calling: script functions (pushing a frame and, from native code, running a
//! nested dispatch loop), builtins, bound methods, classes (`type.__call__`:
//! `__new__` then `__init__`) and instances with `__call__`. Argument binding
//! follows CPython 3.11's `Python/ceval.c` (`initialize_locals`) and its messages.

use super::Vm;
use crate::object::{Generator, Str, Value};
use crate::RunResult;
use std::rc::Rc;

/// What resuming a generator or coroutine produced.
pub enum GenStep {
    /// It suspended at a `yield` (or an `await` that yielded) with this value.
    Yield(Value),
    /// It returned (StopIteration's value).
    Return(Value),
}

impl Vm {
    /// `callable(*pos, **kw)` from native code.
    pub fn call(&mut self, callable: &Value, pos: &[Value], kw: &[(Rc<Str>, Value)]) -> RunResult<Value> {
        let _ = (callable, pos, kw);
        todo!("vm core: call")
    }

    /// `callable(*pos)`.
    pub fn call0(&mut self, callable: &Value, pos: &[Value]) -> RunResult<Value> {
        self.call(callable, pos, &[])
    }

    /// `obj.name(*pos)`: looks the method up on the type without binding it when it
    /// can, as `CallMethod` does.
    pub fn call_method(&mut self, obj: &Value, name: &str, pos: &[Value]) -> RunResult<Value> {
        let f = self.get_attr(obj, &Str::intern(name))?;
        self.call(&f, pos, &[])
    }

    /// Resumes a generator/coroutine with `send(value)`; `throw` when `exc` is given.
    pub fn gen_resume(&mut self, gen: &Rc<Generator>, value: Value, exc: Option<crate::Exc>) -> RunResult<GenStep> {
        let _ = (gen, value, exc);
        todo!("vm core: gen_resume")
    }
}
