//! Await, yield and `async for` at run time: `GetAwaitable` (the runtime half of
//! `await`), `Send` (one step of `await`/`yield from`, resuming the delegate's
//! frames on this stack), `YieldValue` (suspending them), `GetYieldFromIter`,
//! `ForIter` over a script generator, and `GetAIter`/`GetANext`/`EndAsyncFor`, as
//! CPython 3.11's `Python/ceval.c` runs `GET_AWAITABLE` (`_PyCoro_GetAwaitableIter`),
//! `SEND`, `YIELD_VALUE`, `GET_AITER`, `GET_ANEXT` and `END_ASYNC_FOR`, with its
//! TypeError texts. How suspended frames are kept: `generator.rs`.

use crate::bytecode::CodeObject;
use crate::object::{GenKind, GenState, Generator, Str, Value};
use crate::vm::dispatch::{stack_underflow, Exit};
use crate::vm::frame::FrameRole;
use crate::vm::unwind::Unwinding;
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    /// `ForIter` over a script generator: resumes it on this frame stack.
    /// Returns true when its frames were pushed, false when it was exhausted.
    #[inline]
    pub(crate) fn for_iter_generator(&mut self, g: Rc<Generator>, target: u32) -> RunResult<bool> {
        match g.state.get() {
            GenState::Closed => {
                self.pop();
                self.top_frame().ip = target;
                Ok(false)
            }
            GenState::Running => Err(self.value_error("generator already executing")),
            GenState::Suspended if self.frames.len() + self.native_depth < self.recursion_limit => {
                // The common step of a `for` loop: push the frame, send None.
                self.resume_suspended(FrameRole::ForIter(g))?;
                Ok(true)
            }
            GenState::Created | GenState::Suspended => {
                self.resume_segment(&g, FrameRole::ForIter(g.clone()), Value::None)?;
                Ok(true)
            }
        }
    }

    /// `YieldValue` (and a `Send` whose native iterator yielded): suspends the
    /// frames from the innermost generator frame down to the first one that was not
    /// resumed by a `Send`, each into its own generator, and hands `v` to whoever
    /// resumed that one.
    pub(crate) fn do_yield(&mut self, v: Value) -> RunResult<Option<Exit>> {
        let top = self.frames.len() - 1;
        if let FrameRole::ForIter(_) = self.frames[top].role {
            // A generator driven by a `for` loop, not delegating: the commonest.
            self.suspend_top_frame();
            self.push(v);
            return Ok(None);
        }
        let mut i = top;
        let to_rust = loop {
            match &self.frames[i].role {
                FrameRole::Delegate(_) | FrameRole::Awaited if i > 0 => i -= 1,
                FrameRole::ForIter(_) => break false,
                FrameRole::GenBoundary(_) => break true,
                _ => {
                    return Err(self.new_error(
                        &self.types.exc.system_error,
                        "yield outside of a generator frame",
                    ))
                }
            }
        };
        for _ in i..=top {
            if let Some(FrameRole::Awaited) = self.frames.last().map(|f| &f.role) {
                self.suspend_awaited_frame();
            } else {
                self.suspend_top_frame();
            }
        }
        if to_rust {
            return Ok(Some(Exit::Yield(v)));
        }
        self.push(v);
        Ok(None)
    }

    /// `Send`: `[receiver, value] -> [result]`.
    pub(crate) fn send_instr(&mut self) -> RunResult<Option<Exit>> {
        let value = self.pop();
        let receiver = match self.values.last() {
            Some(Some(v)) => v.clone(),
            _ => stack_underflow(),
        };
        if let Value::Generator(g) = &receiver {
            match g.state.get() {
                GenState::Running => {
                    let what = g.kind_name();
                    return Err(self.value_error(format!("{what} already executing")));
                }
                GenState::Closed => {
                    if g.kind != crate::object::GenKind::Generator {
                        return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                    }
                    self.pop();
                    self.push(Value::None);
                    return Ok(None);
                }
                GenState::Created | GenState::Suspended => {
                    self.resume_segment(g, FrameRole::Delegate(g.clone()), value)?;
                    return Ok(None);
                }
            }
        }
        // A native iterator: send to it; a yielded value goes outward and the Send
        // re-executes on resume with the sent value on the stack.
        match self.send_native(&receiver, value)? {
            crate::vm::GenStep::Return(v) => {
                self.pop();
                self.push(v);
                Ok(None)
            }
            crate::vm::GenStep::Yield(v) => {
                self.top_frame().ip -= 1;
                self.do_yield(v)
            }
        }
    }

    /// `GetAwaitable`: `[v] -> [awaitable iterator]`.
    pub(crate) fn get_awaitable_instr(&mut self) -> RunResult<()> {
        let v = self.pop();
        let aw = self.get_awaitable(v)?;
        self.push(aw);
        Ok(())
    }

    /// `GetAwaitable`'s rule: a coroutine passes through; `__await__` gives an
    /// iterator.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> RunResult<Value> {
        if let Value::Generator(g) = &v {
            if g.kind == GenKind::Coroutine {
                return Ok(v);
            }
        }
        let Some(aw) = self.lookup_special(&v, &Str::intern("__await__")) else {
            return Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                v.type_name()
            )));
        };
        let it = self.call(&aw, std::slice::from_ref(&v), &[])?;
        if let Value::Generator(g) = &it {
            if g.kind == GenKind::Coroutine {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
            return Ok(it);
        }
        if self.lookup_special(&it, &Str::intern("__next__")).is_none() {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                it.type_name()
            )));
        }
        Ok(it)
    }

    /// `GetYieldFromIter`: a generator passes through (a coroutine only into a
    /// coroutine), anything else gets `iter()`.
    pub(crate) fn get_yield_from_iter(&mut self, code: &CodeObject) -> RunResult<()> {
        let v = self.pop();
        let it = match v {
            Value::Generator(g) => {
                if g.kind == GenKind::Coroutine && !code.flags.coroutine {
                    return Err(self.type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    ));
                }
                Value::Generator(g)
            }
            v => self.get_iter(&v)?,
        };
        self.push(it);
        Ok(())
    }

    /// `GetAIter`: `[v] -> [v.__aiter__()]`.
    pub(crate) fn get_aiter(&mut self) -> RunResult<()> {
        let v = self.pop();
        let Some(aiter) = self.lookup_special(&v, &Str::intern("__aiter__")) else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                v.type_name()
            )));
        };
        let it = self.call(&aiter, std::slice::from_ref(&v), &[])?;
        if self
            .lookup_special(&it, &Str::intern("__anext__"))
            .is_none()
        {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it.type_name()
            )));
        }
        self.push(it);
        Ok(())
    }

    /// `GetANext`: `[aiter] -> [aiter, awaitable of aiter.__anext__()]`.
    pub(crate) fn get_anext(&mut self) -> RunResult<()> {
        let it = self.values.last().cloned().flatten().unwrap_or(Value::None);
        if let Some(aw) = crate::vm::async_gen::anext_fast(self, &it) {
            let aw = aw?;
            self.push(aw);
            return Ok(());
        }
        let Some(anext) = self.lookup_special(&it, &Str::intern("__anext__")) else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                it.type_name()
            )));
        };
        let r = self.call(&anext, std::slice::from_ref(&it), &[])?;
        let aw = self.get_awaitable(r)?;
        self.push(aw);
        Ok(())
    }

    /// `EndAsyncFor`: `[aiter, exc] -> []`; StopAsyncIteration ends the loop,
    /// anything else is re-raised.
    pub(crate) fn end_async_for(&mut self) -> Result<(), Unwinding> {
        let exc = self.pop();
        self.pop();
        match exc {
            Value::Instance(e) if e.class().is_subclass(&self.types.exc.stop_async_iteration) => {
                Ok(())
            }
            Value::Instance(e) => Err(Unwinding {
                exc: e,
                fresh: false,
            }),
            _ => Err(self.bad_stack("EndAsyncFor").into()),
        }
    }
}
