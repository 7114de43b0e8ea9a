//! Raising and unwinding: handler blocks, traceback entries, `__context__` chaining,
//! `raise X from Y`, bare `raise`, exception matching and PEP 479.
//!
//! Mirrors CPython 3.11's `Python/ceval.c` (`exception_unwind`, `do_raise`,
//! `RAISE_VARARGS`, `CHECK_EXC_MATCH`) and `Python/errors.c` (`_PyErr_SetObject`,
//! which sets `__context__` and breaks cycles). The exception in flight is plain VM
//! state (`Unwinding`), never a Rust panic or a Rust-stack recursion.

use super::frame::FrameRole;
use super::Vm;
use crate::object::exception::TracebackEntry;
use crate::object::{Exc, GenKind, Value};
use crate::RunResult;
use std::rc::Rc;

/// An exception leaving an instruction.
pub(crate) struct Unwinding {
    pub exc: Exc,
    /// True when it was raised here (it gets this frame's traceback entry and its
    /// `__context__`); false for re-raises (`Reraise`, bare `raise`), which keep
    /// the traceback they already have, as CPython's `goto exception_unwind`.
    pub fresh: bool,
}

impl From<Exc> for Unwinding {
    fn from(exc: Exc) -> Unwinding {
        Unwinding { exc, fresh: true }
    }
}

use crate::limits::CONTEXT_CHAIN_LIMIT;

/// Traceback length below which `unwind` inserts a frame's entry directly.
const DIRECT_PREPEND: usize = 16;

impl Vm {
    /// The exception being handled by the innermost frame that handles one (what
    /// bare `raise` re-raises and `sys.exc_info()` reports).
    pub fn current_handled(&self) -> Option<Exc> {
        self.frames.iter().rev().find_map(|f| f.handled().cloned())
    }

    /// Sets `exc.__context__` to the exception being handled, as `_PyErr_SetObject`
    /// does. With `overwrite` false an existing context is kept (an exception that
    /// merely propagates through native code is not raised anew).
    pub(crate) fn chain_context(&self, exc: &Exc, overwrite: bool) {
        let Some(data) = exc.exc() else { return };
        // Checked first: `raise` sets the context and `unwind` asks again.
        if !overwrite && data.borrow().context.is_some() {
            return;
        }
        let Some(handled) = self.current_handled() else {
            return;
        };
        if Rc::ptr_eq(&handled, exc) {
            return;
        }
        // Break a cycle: if `exc` is already in the handled exception's context
        // chain, cut the chain there.
        let mut o = handled.clone();
        for _ in 0..CONTEXT_CHAIN_LIMIT {
            let next = match o.exc().map(|d| d.borrow().context.clone()) {
                Some(Some(Value::Instance(c))) => c,
                _ => break,
            };
            if Rc::ptr_eq(&next, exc) {
                if let Some(d) = o.exc() {
                    d.borrow_mut().context = None;
                }
                break;
            }
            o = next;
        }
        data.borrow_mut().context = Some(Value::Instance(handled));
    }

    /// Adds a traceback entry for the top frame (the exception is passing through it).
    pub(crate) fn add_traceback_here(&self, exc: &Exc) {
        if let Some(frame) = self.frames.last() {
            self.add_traceback_entry(exc, frame.lasti());
        }
    }

    /// A traceback entry for the top frame at instruction `ip`.
    pub(crate) fn add_traceback_entry(&self, exc: &Exc, ip: u32) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        if leaves_no_entry(frame.code()) {
            return;
        }
        if let Some(data) = exc.exc() {
            let tb = &mut data.borrow_mut().traceback;
            tb.reserve_pooled();
            tb.insert(
                0,
                TracebackEntry {
                    code: frame.code().clone(),
                    ip,
                },
            );
        }
    }

    /// Unwinds from the top frame until a handler block takes the exception
    /// (`Ok`, the dispatch loop carries on there) or the frame at `base` is left
    /// (`Err`, the nested run ends with the exception).
    pub(crate) fn unwind(&mut self, u: Unwinding, base: usize) -> RunResult<()> {
        let mut exc = u.exc;
        if u.fresh {
            self.chain_context(&exc, false);
            self.add_traceback_here(&exc);
        }
        // Entries for the frames left, innermost first, added to the traceback
        // in one splice: inserting each at the front would make unwinding
        // through n frames cost n² (200,000 recursive frames took seconds).
        let mut pending: Vec<TracebackEntry> = Vec::new();
        loop {
            let frame = self.frames.last_mut().expect("unwinding with no frame");
            let has_block = frame
                .exc_state
                .as_ref()
                .is_some_and(|s| !s.blocks.is_empty());
            if has_block {
                prepend_traceback(&exc, &mut pending);
            }
            let frame = self.frames.last_mut().expect("unwinding with no frame");
            if let Some(state) = frame.exc_state.as_mut() {
                if let Some(block) = state.blocks.pop() {
                    state.handling.truncate(block.handling as usize);
                    self.values
                        .truncate(frame.base as usize + block.depth as usize);
                    self.values.push(Some(Value::Instance(exc)));
                    frame.ip = block.handler;
                    return Ok(());
                }
            }
            let role = self.pop_frame();
            if !matches!(role, FrameRole::Call) {
                prepend_traceback(&exc, &mut pending);
            }
            match role {
                FrameRole::Call => {}
                FrameRole::Dunder(post) => {
                    if self.dunder_raised(post, &exc) {
                        return Ok(());
                    }
                }
                FrameRole::Boundary => return Err(exc),
                FrameRole::Awaited => exc = self.pep479(&GenKind::Coroutine, exc),
                FrameRole::GenBoundary(g) => {
                    self.finish_generator(&g);
                    return Err(self.pep479(&g.kind, exc));
                }
                FrameRole::ForIter(g) | FrameRole::Delegate(g) => {
                    self.finish_generator(&g);
                    exc = self.pep479(&g.kind, exc);
                }
            }
            debug_assert!(self.frames.len() > base, "unwound past a boundary");
            if let Some(frame) = self.frames.last().filter(|f| !leaves_no_entry(f.code())) {
                let entry = TracebackEntry {
                    code: frame.code().clone(),
                    ip: frame.lasti(),
                };
                // A short traceback takes the entry at its front at once (no
                // `pending` vector to allocate); a long one (deep recursion)
                // gets its entries in one splice.
                match exc.exc().map(|d| d.borrow_mut()) {
                    Some(mut d) if pending.is_empty() && d.traceback.len() < DIRECT_PREPEND => {
                        d.traceback.reserve_pooled();
                        d.traceback.insert(0, entry);
                    }
                    _ => pending.push(entry),
                }
            }
        }
    }

    /// PEP 479: a StopIteration leaving a generator becomes a RuntimeError (and a
    /// StopAsyncIteration leaving an async generator too), chained to it
    /// (`Objects/genobject.c`, `_PyGen_SetStopIterationValue`'s counterpart in
    /// `gen_send_ex2`).
    pub(crate) fn pep479(&self, kind: &GenKind, exc: Exc) -> Exc {
        let is_stop = exc.class().is_subclass(&self.types.exc.stop_iteration);
        let is_async_stop = *kind == GenKind::AsyncGenerator
            && exc
                .class()
                .is_subclass(&self.types.exc.stop_async_iteration);
        if !is_stop && !is_async_stop {
            return exc;
        }
        let what = match kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        };
        let stop = if is_stop {
            "StopIteration"
        } else {
            "StopAsyncIteration"
        };
        let new = self.runtime_error(format!("{what} raised {stop}"));
        if let Some(d) = new.exc() {
            let mut d = d.borrow_mut();
            d.cause = Some(Value::Instance(exc.clone()));
            d.context = Some(Value::Instance(exc));
            d.suppress_context = true;
        }
        new
    }

    /// Turns the operand of `raise` into an exception instance: a class is called
    /// with no arguments (`Python/ceval.c` `do_raise`).
    pub(crate) fn make_raisable(&mut self, v: Value, for_cause: bool) -> RunResult<Exc> {
        let base = self.types.exc.base_exception.clone();
        match &v {
            Value::Class(c) if c.is_subclass(&base) => {
                let inst = self.call(&v, &[], &[])?;
                match inst {
                    Value::Instance(i) if i.exc().is_some() => Ok(i),
                    other => Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        crate::vm::class_builder::class_repr(c),
                        other.type_name()
                    ))),
                }
            }
            Value::Instance(i) if i.exc().is_some() => Ok(i.clone()),
            _ if for_cause => {
                Err(self.type_error("exception causes must derive from BaseException"))
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `RAISE_VARARGS`: `raise`, `raise exc`, `raise exc from cause`.
    pub(crate) fn do_raise(&mut self, exc: Option<Value>, cause: Option<Value>) -> Unwinding {
        let Some(exc) = exc else {
            return match self.current_handled() {
                Some(e) => Unwinding {
                    exc: e,
                    fresh: false,
                },
                None => self.runtime_error("No active exception to reraise").into(),
            };
        };
        let exc = match self.make_raisable(exc, false) {
            Ok(e) => e,
            Err(e) => return e.into(),
        };
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                c => match self.make_raisable(c, true) {
                    Ok(c) => Some(Value::Instance(c)),
                    Err(e) => return e.into(),
                },
            };
            if let Some(d) = exc.exc() {
                let mut d = d.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        self.chain_context(&exc, true);
        // Context is set; the traceback entry is added by `unwind`.
        Unwinding { exc, fresh: true }
    }

    /// `CHECK_EXC_MATCH`: does `exc` match `pattern` (a class or a tuple of them)?
    pub(crate) fn exc_match(&mut self, exc: &Value, pattern: &Value) -> RunResult<bool> {
        // `except C:` with an exception class (`BaseKind::Exception` is exactly
        // BaseException and its subclasses): the MRO test alone.
        if let (Value::Instance(i), Value::Class(c)) = (exc, pattern) {
            if c.base_kind == crate::object::class::BaseKind::Exception {
                if let Ok(cls) = i.class.try_borrow() {
                    return Ok(cls.is_subclass(c));
                }
            }
        }
        let base = self.types.exc.base_exception.clone();
        let check = |vm: &Vm, p: &Value| -> RunResult<()> {
            match p {
                Value::Class(c) if c.is_subclass(&base) => Ok(()),
                _ => Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        let cls = match exc {
            Value::Instance(i) => i.class(),
            _ => return Ok(false),
        };
        match pattern {
            Value::Tuple(t) => {
                for p in t.items.iter() {
                    check(self, p)?;
                }
                Ok(t.items.iter().any(|p| match p {
                    Value::Class(c) => cls.is_subclass(c),
                    _ => false,
                }))
            }
            p => {
                check(self, p)?;
                match p {
                    Value::Class(c) => Ok(cls.is_subclass(c)),
                    _ => Ok(false),
                }
            }
        }
    }
}

/// Library functions written in C in CPython leave no traceback entries:
/// those registered as hidden, and whole modules such as itertools.
fn leaves_no_entry(code: &Rc<crate::bytecode::CodeObject>) -> bool {
    let slot = (Rc::as_ptr(code) as usize >> 4) % LEAVES_SLOTS;
    let cached = LEAVES_CACHE.with(|c| match &c.borrow()[slot] {
        Some((k, r)) if Rc::ptr_eq(k, code) => Some(*r),
        _ => None,
    });
    if let Some(r) = cached {
        return r;
    }
    let r = super::traceback::is_hidden(code) || is_c_module_in_cpython(code.filename.as_str());
    LEAVES_CACHE.with(|c| c.borrow_mut()[slot] = Some((code.clone(), r)));
    r
}

/// Slots of `LEAVES_CACHE`.
const LEAVES_SLOTS: usize = 8;

type LeavesCache = [Option<(Rc<crate::bytecode::CodeObject>, bool)>; LEAVES_SLOTS];

thread_local! {
    /// `leaves_no_entry`'s answers for recently unwound code objects (held,
    /// so an address is never reused while cached): the hidden list is a
    /// linear scan, and raising through the same few functions is the norm.
    static LEAVES_CACHE: std::cell::RefCell<LeavesCache> =
        const { std::cell::RefCell::new([None, None, None, None, None, None, None, None]) };
}

/// Forgets `leaves_no_entry`'s answers (a code object was just hidden).
pub(crate) fn forget_leaves_cache() {
    let _ = LEAVES_CACHE.try_with(|c| *c.borrow_mut() = Default::default());
}

/// Library files that stand in for C modules of CPython (`itertools`): their
/// frames are left out of tracebacks, as C frames are.
fn is_c_module_in_cpython(filename: &str) -> bool {
    filename
        .strip_suffix("/itertools.py")
        .is_some_and(|dir| dir.ends_with(super::import::CPYTHON_LIB_SUBDIR))
}

/// Puts `pending` (innermost first) at the front of `exc`'s traceback, outermost
/// first, as one `add_traceback_entry` per frame would have.
fn prepend_traceback(exc: &Exc, pending: &mut Vec<TracebackEntry>) {
    if pending.is_empty() {
        return;
    }
    if let Some(data) = exc.exc() {
        data.borrow_mut()
            .traceback
            .splice(0..0, pending.drain(..).rev());
    } else {
        pending.clear();
    }
}
