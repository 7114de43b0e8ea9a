//! Calling: script functions (pushing a frame and, from native code, running a
//! nested dispatch loop), builtins, bound methods, classes (`type.__call__`:
//! `__new__` then `__init__`) and instances with `__call__`. Argument binding
//! (`bind.rs`) follows CPython 3.11's `Python/ceval.c` (`initialize_locals`) and its
//! messages.

use super::frame::FrameRole;
use super::Vm;
use crate::object::{Args, Builtin, Function, GenKind, GenState, Generator, Str, Value};
use crate::RunResult;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What resuming a generator or coroutine produced.
pub enum GenStep {
    /// It suspended at a `yield` (or an `await` that yielded) with this value.
    Yield(Value),
    /// It returned (StopIteration's value).
    Return(Value),
}

/// What a call made by an instruction did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Called {
    /// A script frame was pushed; the dispatch loop continues in it.
    Pushed,
    /// The call completed and its result is on the caller's stack.
    Value,
}

use crate::limits::STACK_MARGIN;

impl Vm {
    /// `callable(*pos, **kw)` from native code.
    pub fn call(
        &mut self,
        callable: &Value,
        pos: &[Value],
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<Value> {
        match callable {
            Value::Function(f) => {
                if f.simple && kw.is_empty() && super::instr::calls::takes_positional(f, pos.len())
                {
                    return self.run_simple_nested(f, pos);
                }
                let frame = self.bind_frame(f, pos, kw)?;
                match self.make_generator(f, frame) {
                    Ok(g) => Ok(g),
                    Err(frame) => self.run_nested(frame),
                }
            }
            Value::Builtin(b) => self.call_builtin(b, pos, kw),
            Value::BoundMethod(m) => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(m.receiver.clone());
                args.extend_from_slice(pos);
                self.call(&m.func, &args, kw)
            }
            Value::Class(c) => self.call_class(c, pos, kw),
            other => match self.lookup_special(other, &Str::intern("__call__")) {
                Some(f) => {
                    let mut args = Vec::with_capacity(pos.len() + 1);
                    args.push(other.clone());
                    args.extend_from_slice(pos);
                    self.call(&f, &args, kw)
                }
                None => Err(self.not_callable(other)),
            },
        }
    }

    /// `callable(*pos)`.
    pub fn call0(&mut self, callable: &Value, pos: &[Value]) -> RunResult<Value> {
        self.call(callable, pos, &[])
    }

    /// `obj.name(*pos)`: looks the method up on the type without binding it when it
    /// can, as `LoadMethod` does.
    pub fn call_method(&mut self, obj: &Value, name: &str, pos: &[Value]) -> RunResult<Value> {
        let (f, recv) = self.load_method(obj, &Str::intern(name))?;
        match (recv, &f) {
            (Some(r), Value::Builtin(b)) => (b.func)(self, &r, Args::positional(pos)),
            (Some(r), _) => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(r);
                args.extend_from_slice(pos);
                self.call(&f, &args, &[])
            }
            (None, _) => self.call(&f, pos, &[]),
        }
    }

    /// Resumes a generator/coroutine with `send(value)`; `throw` when `exc` is given.
    pub fn gen_resume(
        &mut self,
        gen: &Rc<Generator>,
        value: Value,
        exc: Option<crate::Exc>,
    ) -> RunResult<GenStep> {
        self.resume_from_native(gen, value, exc)
    }

    /// A builtin: bound receiver, unbound method (first argument is the receiver),
    /// or plain function (receiver `None`).
    pub(crate) fn call_builtin(
        &mut self,
        b: &Rc<Builtin>,
        pos: &[Value],
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<Value> {
        match &b.receiver {
            Some(r) => (b.func)(self, r, Args { pos, kw }),
            None if b.is_method => match pos.split_first() {
                Some((r, rest)) => {
                    self.check_slot_receiver(b, r)?;
                    (b.func)(self, r, Args { pos: rest, kw })
                }
                None => {
                    let owner = b.owner.as_ref().map(|o| o.as_str()).unwrap_or("object");
                    Err(self.type_error(format!(
                        "unbound method {owner}.{}() needs an argument",
                        b.name.as_str()
                    )))
                }
            },
            None => (b.func)(self, &Value::None, Args { pos, kw }),
        }
    }

    /// Calls for an instruction: a script function gets a frame pushed on the
    /// current stack; anything else is called and its result pushed.
    pub(crate) fn call_for_instr(
        &mut self,
        callee: Value,
        mut args: Vec<Value>,
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<Called> {
        let func = match &callee {
            Value::Function(f) => Some(f.clone()),
            Value::BoundMethod(m) => match &m.func {
                Value::Function(f) => {
                    args.insert(0, m.receiver.clone());
                    Some(f.clone())
                }
                _ => None,
            },
            _ => None,
        };
        let result = match func {
            Some(f) => {
                let frame = self.bind_frame(&f, &args, kw);
                self.pool.recycle_args(args);
                match self.make_generator(&f, frame?) {
                    Ok(g) => g,
                    Err(frame) => {
                        self.check_recursion()?;
                        self.push_pending(frame, FrameRole::Call);
                        return Ok(Called::Pushed);
                    }
                }
            }
            None => {
                let r = self.call(&callee, &args, kw);
                self.pool.recycle_args(args);
                r?
            }
        };
        self.push(result);
        Ok(Called::Value)
    }

    /// A plain function called from native code with positional arguments only
    /// (a dunder from the protocol, a callback from the event loop): the
    /// arguments are cloned straight onto `Vm::values` as the frame's first
    /// locals and the record pushed as a `Boundary` — no pending frame, no pooled
    /// vector, no argument binding.
    fn run_simple_nested(&mut self, f: &Rc<Function>, pos: &[Value]) -> RunResult<Value> {
        // CPython calls a function through its vectorcall, whose recursion
        // check has no "while calling a Python object"; a protocol that makes
        // that check first (`recursion.rs`) names it, and then the frame's own
        // check follows, as two levels.
        let wording = std::mem::take(&mut self.recursion_where);
        // The caller's own level already counted (a comparison's).
        let frame_only = wording == super::recursion::FRAME_ONLY;
        let own = usize::from(wording != super::recursion::COUNTED && !frame_only);
        if self.budget.is_some() && self.budget_spent() {
            return Err(self.budget_error());
        }
        if frame_only && !self.stack_ok() {
            return Err(self.recursion_error(super::recursion::message("")));
        }
        if own == 1
            && (self.frames.len() + self.native_depth >= self.recursion_limit || !self.stack_ok())
        {
            return Err(self.recursion_error(super::recursion::message(wording)));
        }
        if !wording.is_empty()
            && self.frames.len() + self.native_depth + own >= self.recursion_limit
        {
            return Err(self.recursion_error(super::recursion::message("")));
        }
        self.native_depth += own;
        let code = &f.code;
        let argcount = code.argcount as usize;
        let base = self.values.len();
        self.values.reserve(code.nlocals() + 1);
        for v in pos {
            super::stack::push_clone(&mut self.values, v);
        }
        if pos.len() < argcount {
            let defaults = f.defaults.borrow();
            let ndef = defaults.len();
            for j in pos.len()..argcount {
                super::stack::push_clone(&mut self.values, &defaults[ndef - (argcount - j)]);
            }
        }
        super::stack::pad_unbound(&mut self.values, base + code.nlocals());
        let fi = self.frames.len();
        super::Frame::push_with_role(&mut self.frames, f.clone(), base, base, FrameRole::Boundary);
        let r = self.run(fi);
        self.native_depth -= own;
        match r? {
            super::dispatch::Exit::Return(v) => Ok(v),
            super::dispatch::Exit::Yield(_) => Err(self.new_error(
                &self.types.exc.system_error,
                "yield from a frame that is not a generator's",
            )),
        }
    }

    /// Runs a bound function frame from native code, counting the nesting toward
    /// the recursion limit and refusing to exhaust the Rust stack.
    fn run_nested(&mut self, frame: super::PendingFrame) -> RunResult<Value> {
        self.enter_native()?;
        let r = self.run_frame(frame);
        self.native_depth -= 1;
        r
    }

    /// Counts one level of native code calling script code (CPython's
    /// `Py_EnterRecursiveCall(" while calling a Python object")`).
    pub(crate) fn enter_native(&mut self) -> RunResult<()> {
        if self.budget.is_some() && self.budget_spent() {
            return Err(self.budget_error());
        }
        if self.frames.len() + self.native_depth >= self.recursion_limit || !self.stack_ok() {
            return Err(self.recursion_error(
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        self.native_depth += 1;
        Ok(())
    }

    /// True while the Rust stack has room for another nested run.
    pub fn stack_ok(&self) -> bool {
        let Some((bottom, size)) = self.stack_limit else {
            return true;
        };
        let here = 0u8;
        let addr = &here as *const u8 as usize;
        bottom.saturating_sub(addr) + STACK_MARGIN < size
    }

    /// Calling a generator, coroutine or async generator function makes the object
    /// (holding the bound frame, not started); other functions give the frame back.
    pub(crate) fn make_generator(
        &mut self,
        f: &Rc<Function>,
        frame: super::PendingFrame,
    ) -> Result<Value, super::PendingFrame> {
        let flags = f.code.flags;
        let kind = if flags.generator {
            GenKind::Generator
        } else if flags.coroutine {
            GenKind::Coroutine
        } else if flags.async_generator {
            GenKind::AsyncGenerator
        } else {
            return Err(frame);
        };
        super::finalize::generator_created();
        let mut frame = frame;
        // The generator's own value stack: its locals, then room for its operand
        // stack, so running it allocates nothing until it calls a function.
        let need = f.code.nlocals() + f.code.stacksize as usize;
        frame
            .locals
            .reserve_exact(need.saturating_sub(frame.locals.len()));
        super::generator::trim_stack(&mut frame.locals, need);
        let g = crate::gc::new(Generator {
            kind,
            state: Cell::new(GenState::Created),
            frames: RefCell::new(frame.into_segment(&mut self.pool)),
            code: f.code.clone(),
            name: f.name.borrow().clone(),
            qualname: f.qualname.borrow().clone(),
            started: Cell::new(false),
            ag: crate::object::AgState::for_kind(kind),
        });
        // `sys.set_coroutine_origin_tracking_depth`: `cr_origin`.
        if self.asyncio.origin_depth > 0 && kind == GenKind::Coroutine {
            crate::event_loop::debug::record_origin(self, &g, self.asyncio.origin_depth as usize);
        }
        Ok(Value::Generator(g))
    }

    pub(crate) fn not_callable(&self, v: &Value) -> crate::Exc {
        self.type_error(format!("'{}' object is not callable", v.type_name()))
    }
}
