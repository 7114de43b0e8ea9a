//! Generators and coroutines: resuming and suspending their frames, `send`,
//! `throw`, `close`, `__next__` (CPython 3.11's `Objects/genobject.c`).
//!
//! A generator owns its frame and that frame's value stack (a `Segment` with one
//! record), as CPython 3.11 keeps `_PyInterpreterFrame` inside the generator
//! object. Resuming pushes the record onto `Vm::frames` with a role saying who
//! resumed it and makes the generator's stack `Vm::values` (the resumer's stack
//! waits on `Vm::outer_stacks`): no value is copied and nothing is rebased, whatever
//! the frame's size. A yield walks down past `Delegate` frames (`yield from`,
//! `await`) to the frame resumed by `ForIter` or from Rust and suspends each
//! generator on the way into its own segment; resuming the outermost one pushes
//! the chain again by following each frame's awaited receiver (`delegate_of`),
//! so an N-deep await chain costs N record moves and no Rust recursion.

use super::dispatch::Exit;
use super::frame::FrameRole;
use super::unwind::Unwinding;
use super::{GenStep, Vm};
use crate::bytecode::Instr;
use crate::object::{Args, Exc, GenKind, GenState, Generator, Str, Value};
use crate::RunResult;
use std::rc::Rc;

/// What a frame just pushed by a resume was doing when it suspended.
enum Delegation {
    /// Nothing: it yielded itself (or has not started).
    None,
    /// It was awaiting this suspended generator: resume it on top.
    Resume(Rc<Generator>),
    /// It was awaiting a generator that has since run or finished elsewhere:
    /// its `Send` runs again with the value sent (CPython's `SEND` re-executes).
    Stale,
}

/// Gives back the memory of a generator's value stack that grew far past what
/// its frame needs (`need`: locals plus the deepest operand stack) while it ran
/// calls, or that came from the pool that large: a suspended coroutine keeps
/// its stack for as long as it waits. The slack allowed (2 KiB) keeps a
/// coroutine that makes a few calls between awaits from reallocating its
/// stack at every step (measured: 3% of `pingpong_queue` at 16 slots).
#[inline]
pub(crate) fn trim_stack(v: &mut Vec<Option<Value>>, need: usize) {
    if v.capacity() > 2 * need + 128 {
        v.shrink_to(need.max(v.len()));
    }
}

/// The generator a generator frame's role names.
fn role_generator(role: &FrameRole) -> Option<&Rc<Generator>> {
    match role {
        FrameRole::ForIter(g) | FrameRole::Delegate(g) | FrameRole::GenBoundary(g) => Some(g),
        _ => None,
    }
}

/// True for a frame a generator's resume pushed (it runs on the generator's
/// own value stack).
pub(crate) fn is_generator_frame(f: &super::Frame) -> bool {
    matches!(
        f.role,
        FrameRole::ForIter(_) | FrameRole::Delegate(_) | FrameRole::GenBoundary(_)
    )
}

/// True when a suspended frame stopped just past a `Send`: it was delegating to a
/// generator or coroutine whose frames were above it (a native iterator's yield
/// leaves the frame *at* its `Send`, to run it again).
pub(crate) fn past_send(f: &super::Frame) -> bool {
    let ip = f.ip as usize;
    ip > 0 && matches!(f.code().instrs.get(ip - 1), Some(Instr::Send(_)))
}

/// The suspended generator `g`'s own frame is awaiting (`yield from`/`await`),
/// when that one is suspended too: the next link of the chain a resume pushes.
pub(crate) fn delegate_of(g: &Generator) -> Option<Rc<Generator>> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    let seg = g.frames.try_borrow().ok()?;
    if !past_send(seg.frames.first()?) {
        return None;
    }
    match seg.values.last() {
        Some(Some(Value::Generator(d))) if d.state.get() == GenState::Suspended => Some(d.clone()),
        _ => None,
    }
}

impl Vm {
    /// Moves `g`'s frames onto the stack with `role` on the bottom one and, when it
    /// had started, delivers `value` (None for a throw) to its innermost frame.
    pub(crate) fn resume_segment(
        &mut self,
        g: &Rc<Generator>,
        role: FrameRole,
        value: Value,
    ) -> RunResult<()> {
        self.resume_segment_with(g, role, Some(value))
    }

    fn resume_segment_with(
        &mut self,
        g: &Rc<Generator>,
        role: FrameRole,
        value: Option<Value>,
    ) -> RunResult<()> {
        let created = g.state.get() == GenState::Created;
        if created {
            if let Some(v) = &value {
                if !v.is_none() {
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {}",
                        g.kind_name()
                    )));
                }
            }
        }
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return Err(self.generator_recursion_error(g, created));
        }
        let next = match self.push_generator_frame(role) {
            Some(next) => next,
            None => {
                return Err(self.new_error(
                    &self.types.exc.system_error,
                    "resuming a generator with no frame",
                ))
            }
        };
        self.finish_chain(g, next, value, created)
    }

    /// After `g`'s frame was pushed: pushes the generators it awaits (`next`
    /// says whether it does), then delivers `value` to the innermost frame
    /// (unless `g` had not started).
    fn finish_chain(
        &mut self,
        g: &Rc<Generator>,
        mut next: Delegation,
        value: Option<Value>,
        created: bool,
    ) -> RunResult<()> {
        let mut pushed = 1;
        loop {
            match next {
                Delegation::None => break,
                Delegation::Resume(d) => {
                    if self.frames.len() + self.native_depth >= self.recursion_limit {
                        // The chain does not fit: suspend what was pushed again and
                        // fail before any of it runs.
                        for _ in 0..pushed {
                            self.suspend_top_frame();
                        }
                        return Err(self.generator_recursion_error(g, false));
                    }
                    next = self
                        .push_generator_frame(FrameRole::Delegate(d))
                        .unwrap_or(Delegation::None);
                    pushed += 1;
                }
                Delegation::Stale => {
                    if value.is_some() {
                        self.top_frame().ip -= 1;
                    }
                    break;
                }
            }
        }
        if !created {
            if let Some(v) = value {
                self.deliver_sent(v);
            }
        }
        Ok(())
    }

    /// Gives the value sent to the resumed top frame, the result of its
    /// `yield`. None sent to a `yield` statement, whose next instruction drops
    /// it (the step of every `for` loop and of `next()`), is not pushed at all:
    /// the `PopTop` is stepped over.
    #[inline(always)]
    fn deliver_sent(&mut self, v: Value) {
        if v.is_none() {
            let f = self.top_frame();
            if let Some(Instr::PopTop) = f.code().instrs.get(f.ip as usize) {
                f.ip += 1;
                return;
            }
        }
        self.push(v)
    }

    /// Resumes suspended `g` (below the recursion limit: checked by the caller)
    /// with None sent, as `next()` does; `role` names `g`.
    #[inline]
    pub(crate) fn resume_suspended(&mut self, role: FrameRole) -> RunResult<()> {
        match self.push_generator_frame(role) {
            Some(Delegation::None) => {
                self.deliver_sent(Value::None);
                Ok(())
            }
            // Delegating: the rest of the chain, as `resume_segment_with`.
            Some(next) => {
                let g = role_generator(&self.top_frame().role).cloned();
                match g {
                    Some(g) => self.finish_chain(&g, next, Some(Value::None), false),
                    None => Ok(()),
                }
            }
            None => Err(self.new_error(
                &self.types.exc.system_error,
                "resuming a generator with no frame",
            )),
        }
    }

    /// The RecursionError of a resume that would pass the limit.
    #[cold]
    fn generator_recursion_error(&mut self, g: &Rc<Generator>, created: bool) -> Exc {
        // CPython marks the generator as executing before its frame hits the
        // limit, so it ends finished: a coroutine that never ran a line is
        // not reported as "never awaited" (golden async_errors/recursion_no_never_awaited).
        if created {
            let dead = std::mem::take(&mut *g.frames.borrow_mut());
            g.state.set(GenState::Closed);
            drop(dead);
        }
        self.recursion_error("maximum recursion depth exceeded")
    }

    /// Pushes the frame record of the suspended generator `role` names with that
    /// role and switches `Vm::values` to its stack; says whether the frame was
    /// awaiting another generator. None when it has no frame.
    #[inline]
    fn push_generator_frame(&mut self, role: FrameRole) -> Option<Delegation> {
        let g = role_generator(&role)?;
        let mut seg = g.frames.borrow_mut();
        if !super::stack::move_last(&mut seg.frames, &mut self.frames) {
            return None;
        }
        let own = std::mem::take(&mut seg.values);
        drop(seg);
        let outer = std::mem::replace(&mut self.values, own);
        super::stack::push_record(&mut self.outer_stacks, outer);
        g.state.set(GenState::Running);
        g.started.set(true);
        let f = self.top_frame();
        // A suspended frame's role is `Call`, which owns nothing to drop.
        std::mem::forget(std::mem::replace(&mut f.role, role));
        if !past_send(f) {
            return Some(Delegation::None);
        }
        Some(match self.values.last() {
            Some(Some(Value::Generator(d))) if d.state.get() == GenState::Suspended => {
                Delegation::Resume(d.clone())
            }
            _ => Delegation::Stale,
        })
    }

    /// Suspends the top frame, a generator's (its role names it), into its
    /// segment and switches `Vm::values` back to the resumer's stack.
    pub(crate) fn suspend_top_frame(&mut self) {
        let Some(f) = self.frames.last_mut() else {
            return;
        };
        // The role names the generator; kept while suspended it would be a
        // reference cycle, so freeing an abandoned generator would wait for the
        // collector. Resuming sets the role again.
        let g = match std::mem::replace(&mut f.role, FrameRole::Call) {
            FrameRole::ForIter(g) | FrameRole::Delegate(g) | FrameRole::GenBoundary(g) => g,
            other => {
                // Not a generator's frame (never reached): leave it running.
                f.role = other;
                return;
            }
        };
        let outer = self.outer_stacks.pop().unwrap_or_default();
        let mut own = std::mem::replace(&mut self.values, outer);
        // Under 128 slots no stack is ever trimmed: the common case skips
        // reading the code object.
        if own.capacity() > 128 {
            trim_stack(&mut own, f.code().nlocals() + f.code().stacksize as usize);
        }
        let mut seg = g.frames.borrow_mut();
        seg.values = own;
        super::stack::move_last(&mut self.frames, &mut seg.frames);
        drop(seg);
        g.state.set(GenState::Suspended);
    }

    /// The value stack frame `i` of `Vm::frames` runs on: `Vm::values` for the
    /// frames above the topmost generator frame, else the one saved on
    /// `Vm::outer_stacks` when the lowest generator frame above `i` was resumed
    /// (see `vm/frame.rs`).
    pub(crate) fn frame_values<R>(&self, i: usize, f: impl FnOnce(&[Option<Value>]) -> R) -> R {
        let below = self
            .frames
            .iter()
            .take(i + 1)
            .filter(|f| is_generator_frame(f))
            .count();
        let above = self.frames.iter().skip(i + 1).any(is_generator_frame);
        if !above {
            return f(&self.values);
        }
        match self.outer_stacks.get(below) {
            Some(v) => f(v),
            None => f(&[]),
        }
    }

    /// `send`/`throw` from native code: a nested run with the generator's bottom
    /// frame as its `GenBoundary`.
    pub(crate) fn resume_from_native(
        &mut self,
        g: &Rc<Generator>,
        value: Value,
        exc: Option<Exc>,
    ) -> RunResult<GenStep> {
        if exc.is_none() && value.is_none() {
            if let Some(step) = self.next_fast(g) {
                return step;
            }
        }
        match g.state.get() {
            GenState::Running => {
                return Err(self.value_error(format!("{} already executing", g.kind_name())));
            }
            GenState::Closed => {
                if let Some(e) = exc {
                    return Err(e);
                }
                if g.kind == GenKind::Generator {
                    return Ok(GenStep::Return(Value::None));
                }
                return Err(
                    self.runtime_error(format!("cannot reuse already awaited {}", g.kind_name()))
                );
            }
            GenState::Created | GenState::Suspended => {}
        }
        let not_started = g.state.get() == GenState::Created;
        self.enter_native()?;
        let base = self.frames.len();
        let deliver = if exc.is_some() { None } else { Some(value) };
        if let Err(e) = self.resume_segment_with(g, FrameRole::GenBoundary(g.clone()), deliver) {
            self.native_depth -= 1;
            return Err(e);
        }
        let r = match exc {
            Some(e) => 'thrown: {
                // Awaiting an async generator's `asend`/`athrow`: it takes the throw.
                if let Some(r) = self.throw_into_awaited(&e, base) {
                    break 'thrown r;
                }
                // Thrown in at the suspension point: it gets this frame's traceback
                // entry but, as `PyErr_Restore`, no new `__context__`.
                if not_started {
                    self.add_traceback_entry(&e, crate::bytecode::code::NOT_STARTED);
                } else {
                    self.add_traceback_here(&e);
                }
                match self.unwind(
                    Unwinding {
                        exc: e,
                        fresh: false,
                    },
                    base,
                ) {
                    Ok(()) => self.run(base),
                    Err(e) => Err(e),
                }
            }
            None => self.run(base),
        };
        self.native_depth -= 1;
        match r? {
            Exit::Yield(v) => Ok(GenStep::Yield(v)),
            Exit::Return(v) => Ok(GenStep::Return(v)),
        }
    }

    /// `Send` to something that is not a script generator: `__next__` for None,
    /// else its `send` method; StopIteration's value is the result.
    pub(crate) fn send_native(&mut self, receiver: &Value, value: Value) -> RunResult<GenStep> {
        if let Value::Native(n) = receiver {
            // `await future`: the future's own iterator, without a StopIteration.
            if let Some(it) = n.get::<crate::event_loop::future::FutIter>() {
                return Ok(match crate::event_loop::future::fut_iter_step(self, it)? {
                    crate::event_loop::future::IterStep::Yield(v) => GenStep::Yield(v),
                    crate::event_loop::future::IterStep::Return(v) => GenStep::Return(v),
                });
            }
            // `await agen.__anext__()` and friends: their step, without the
            // StopIteration a `send` method would raise.
            if let Some(aw) = n.get::<super::async_gen::AgAwaitable>() {
                return aw.send(self, value);
            }
            if let Some(an) = n.get::<super::anext::AnextAwaitable>() {
                return an.step(self, value, None);
            }
            if let Some(step) = n.data.am_send(self, &value) {
                return step;
            }
        }
        if value.is_none() {
            // `__next__` directly, not `Vm::next`: StopIteration's value is the result.
            let Some(f) = self.lookup_special(receiver, &Str::intern("__next__")) else {
                return Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    receiver.type_name()
                )));
            };
            return match self.call_unbound(&f, receiver, &[]) {
                Ok(v) => Ok(GenStep::Yield(v)),
                Err(e) if e.class().is_subclass(&self.types.exc.stop_iteration) => {
                    Ok(GenStep::Return(stop_iteration_value(&e)))
                }
                Err(e) => Err(e),
            };
        }
        match self.call_method(receiver, "send", &[value]) {
            Ok(v) => Ok(GenStep::Yield(v)),
            Err(e) if e.class().is_subclass(&self.types.exc.stop_iteration) => {
                Ok(GenStep::Return(stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }

    /// `next(it)` without a default (`builtin_next`): the next item, or the
    /// StopIteration the iterator ended with — a generator's carries its return
    /// value, a `__next__` method's is passed on as raised.
    pub fn next_or_stop(&mut self, it: &Value) -> RunResult<Value> {
        match it {
            Value::Generator(g) if g.kind == GenKind::Generator => {
                let step = self.gen_resume(g, Value::None, None)?;
                step_to_result(self, step)
            }
            Value::Instance(_) => match self.lookup_special(it, &Str::intern("__next__")) {
                Some(f) => self.call_unbound(&f, it, &[]),
                None => {
                    Err(self.type_error(format!("'{}' object is not an iterator", it.type_name())))
                }
            },
            _ => match self.next(it)? {
                Some(v) => Ok(v),
                None => Err(self.stop_iteration(Value::None)),
            },
        }
    }

    /// `gen.close()`: throws GeneratorExit in; a yield in response is a RuntimeError.
    pub fn gen_close(&mut self, g: &Rc<Generator>) -> RunResult<()> {
        match g.state.get() {
            GenState::Created => {
                g.frames.borrow_mut().clear();
                g.state.set(GenState::Closed);
                Ok(())
            }
            GenState::Closed => Ok(()),
            GenState::Running => {
                Err(self.value_error(format!("{} already executing", g.kind_name())))
            }
            GenState::Suspended => {
                let exit = self.new_exception(&self.types.exc.generator_exit, vec![]);
                match self.resume_from_native(g, Value::None, Some(exit)) {
                    Ok(GenStep::Yield(_)) => {
                        Err(self.runtime_error(format!("{} ignored GeneratorExit", g.kind_name())))
                    }
                    Ok(GenStep::Return(_)) => Ok(()),
                    Err(e)
                        if e.class().is_subclass(&self.types.exc.generator_exit)
                            || e.class().is_subclass(&self.types.exc.stop_iteration) =>
                    {
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Installs `send`, `throw`, `close`, `__next__` and `__iter__` on the generator
    /// type and `send`, `throw`, `close` on the coroutine type.
    pub(crate) fn install_generator_methods(&mut self) {
        let gen_methods: [(&str, crate::object::NativeFn); 5] = [
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close_method),
            ("__next__", gen_next),
            ("__iter__", gen_iter),
        ];
        for (owner, class) in [
            ("generator", self.types.generator.clone()),
            ("coroutine", self.types.coroutine.clone()),
        ] {
            for (name, func) in gen_methods {
                if owner == "coroutine" && name.starts_with("__") {
                    continue;
                }
                class
                    .dict
                    .set_str(name, crate::builtin::method(owner, name, func));
            }
        }
    }
}

/// `gi_yieldfrom`/`cr_await`/`ag_await` (`_PyGen_yf`): what a suspended generator's
/// own frame is delegating to in `yield from`/`await` — the receiver on top of its
/// stack — else None.
pub(crate) fn awaited(g: &Generator) -> Value {
    if g.state.get() != GenState::Suspended {
        return Value::None;
    }
    let Ok(seg) = g.frames.try_borrow() else {
        return Value::None;
    };
    let Some(f) = seg.frames.first() else {
        return Value::None;
    };
    // Suspended on the `Send` itself (a native iterator yielded), or just past it
    // (a generator or coroutine, suspended in its own segment).
    let at_send = matches!(
        f.code().instrs.get(f.ip as usize),
        Some(crate::bytecode::Instr::Send(_))
    );
    if !(at_send || past_send(f)) {
        return Value::None;
    }
    match seg.values.last() {
        Some(Some(v)) => v.clone(),
        _ => Value::None,
    }
}

/// StopIteration's `value` (its first argument, or None).
pub(crate) fn stop_iteration_value(e: &Exc) -> Value {
    e.exc()
        .and_then(|d| d.borrow().args.first().cloned())
        .unwrap_or(Value::None)
}

fn receiver_gen(vm: &Vm, recv: &Value, method: &str) -> RunResult<Rc<Generator>> {
    match recv {
        Value::Generator(g) => Ok(g.clone()),
        other => Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'generator' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn step_to_result(vm: &Vm, step: GenStep) -> RunResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_send(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let g = receiver_gen(vm, recv, "send")?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            g.kind_name(),
            args.pos.len()
        )));
    }
    let step = vm.gen_resume(&g, args.pos[0].clone(), None)?;
    step_to_result(vm, step)
}

fn gen_next(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let g = receiver_gen(vm, recv, "__next__")?;
    let step = vm.gen_resume(&g, Value::None, None)?;
    step_to_result(vm, step)
}

fn gen_iter(_vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    Ok(recv.clone())
}

fn gen_close_method(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let g = receiver_gen(vm, recv, "close")?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

/// `throw(exc)` or the legacy `throw(type[, value[, tb]])`.
fn gen_throw(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let g = receiver_gen(vm, recv, "throw")?;
    let Some(typ) = args.pos.first() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let val = args.pos.get(1).cloned().unwrap_or(Value::None);
    let exc = throw_exception(vm, typ, &val)?;
    let step = vm.gen_resume(&g, Value::None, Some(exc))?;
    step_to_result(vm, step)
}

/// The exception `throw(typ, val)` raises at the suspension point (`_gen_throw`'s
/// checks): an instance as is, a class instantiated with `val`.
pub(crate) fn throw_exception(vm: &mut Vm, typ: &Value, val: &Value) -> RunResult<Exc> {
    Ok(match typ {
        Value::Instance(i) if i.exc().is_some() => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            i.clone()
        }
        Value::Class(c) if c.is_subclass(&vm.types.exc.base_exception) => match val {
            Value::Instance(i) if i.class().is_subclass(c) => i.clone(),
            Value::None => vm.make_raisable(typ.clone(), false)?,
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                match vm.call(typ, &items, &[])? {
                    Value::Instance(i) => i,
                    _ => return Err(vm.type_error("exceptions must derive from BaseException")),
                }
            }
            v => match vm.call(typ, std::slice::from_ref(v), &[])? {
                Value::Instance(i) => i,
                _ => return Err(vm.type_error("exceptions must derive from BaseException")),
            },
        },
        other => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                other.type_name()
            )))
        }
    })
}
