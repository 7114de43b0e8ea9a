//! Async generators: `__aiter__`, `__anext__`, `asend`, `athrow`, `aclose` and the
//! awaitables they return (CPython 3.11 `Objects/genobject.c`: `async_gen_*`,
//! `async_gen_asend_*`, `async_gen_athrow_*`, `async_gen_unwrap_value`,
//! `async_gen_init_hooks`), and the event loop's asyncgen hooks
//! (`asyncio/base_events.py`: `_asyncgen_firstiter_hook`, `_asyncgen_finalizer_hook`,
//! `shutdown_asyncgens`).
//!
//! An async generator's frame passes two kinds of values up through a yield: its
//! own `yield v` and whatever an `await` inside it hands to the task (a future).
//! CPython wraps the first (`_PyAsyncGenValueWrapper`); here `YieldValue` in an
//! async-generator frame sets a flag (`mark_yield`) that the awaitable driving the
//! generator reads right after the resume returns: nothing runs in between, and the
//! flag is cleared before every resume, so no allocation is needed. A marked value
//! ends the `asend` awaitable (StopIteration(v) to its awaiter); anything else is
//! yielded on, up to the task.
//!
//! The awaitable resumes the generator with a nested run (`resume_from_native`),
//! as CPython's `gen_send` does. A throw into a frame suspended in `await` on such
//! an awaitable (a task cancelled while `async for` waits) is passed to the
//! awaitable's `throw` (`throw_into_awaited`), so the generator sees it.

use super::dispatch::Exit;
use super::unwind::Unwinding;
use super::{GenStep, Vm};
use crate::builtin::no_args;
use crate::bytecode::Instr;
use crate::object::class::BaseKind;
use crate::object::{Args, Class, Exc, GenState, Generator, NativeFn, Value};
use crate::RunResult;
use std::cell::Cell;
use std::rc::Rc;

thread_local! {
    /// Set by `YieldValue` in an async-generator frame: the value yielded is the
    /// generator's own (CPython's wrapped value), not an awaited future's.
    static YIELDED: Cell<bool> = const { Cell::new(false) };
}

/// `YieldValue` in an async-generator frame: marks the value as the generator's.
#[inline]
pub(crate) fn mark_yield() {
    YIELDED.with(|y| y.set(true));
}

fn take_yielded() -> bool {
    YIELDED.with(|y| y.replace(false))
}

/// The classes of the awaitables (`async_generator_asend`, `async_generator_athrow`).
pub struct AgTypes {
    pub asend: Rc<Class>,
    pub athrow: Rc<Class>,
    /// `anext(it, default)`'s awaitable (`vm/anext.rs`).
    pub anext_awaitable: Rc<Class>,
}

impl AgTypes {
    pub fn new(object: &Rc<Class>) -> AgTypes {
        let b =
            |name: &str| super::types::new_class(name, "builtins", Some(object), BaseKind::Builtin);
        AgTypes {
            asend: b("async_generator_asend"),
            athrow: b("async_generator_athrow"),
            anext_awaitable: b("anext_awaitable"),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwState {
    Init,
    Iter,
    Closed,
}

enum AgOp {
    /// `__anext__()` (None) or `asend(v)`.
    Send(Value),
    /// `athrow(typ[, val[, tb]])`: the arguments, checked at the first step.
    Throw(Vec<Value>),
    /// `aclose()`.
    Close,
}

/// The awaitable `__anext__`/`asend`/`athrow`/`aclose` return
/// (`PyAsyncGenASend`, `PyAsyncGenAThrow`).
pub struct AgAwaitable {
    gen: Rc<Generator>,
    op: AgOp,
    state: Cell<AwState>,
}

/// The awaitable payload of `v`, if it is one.
pub fn awaitable_of(v: &Value) -> Option<&AgAwaitable> {
    match v {
        Value::Native(n) => n.get::<AgAwaitable>(),
        _ => None,
    }
}

/// True when `v` is an `asend`/`athrow` awaitable (a task may drive it).
pub fn is_awaitable(v: &Value) -> bool {
    awaitable_of(v).is_some() || super::anext::anext_of(v).is_some()
}

fn ag_state(g: &Generator) -> &crate::object::AgState {
    // Every async generator is made with its state (`AgState::for_kind`); the
    // fallback only serves a generator that is not one, which never gets here.
    thread_local! {
        static NONE: &'static crate::object::AgState = Box::leak(Box::default());
    }
    match &g.ag {
        Some(s) => s,
        None => NONE.with(|n| *n),
    }
}

/// `ag_running`: an awaitable is driving the generator.
pub fn running_async(g: &Generator) -> bool {
    g.ag.as_ref().is_some_and(|s| s.running_async.get())
}

/// How freeing a suspended `g` is finalised: `Some(true)`, its loop's finalizer
/// hook is called (it was first iterated while a loop ran); `Some(false)`,
/// nothing happens (the hook ran already: a finaliser runs once); `None`, as a
/// generator (closed if it has handlers).
pub(crate) fn finalized_by_hook(g: &Generator) -> Option<bool> {
    let s = g.ag.as_ref()?;
    if s.finalizer.borrow().is_some() {
        Some(true)
    } else if s.hook_finalized.get() {
        Some(false)
    } else {
        None
    }
}

/// What resuming the generator gave, before the awaitable interprets it.
fn resume(vm: &mut Vm, g: &Rc<Generator>, value: Value, exc: Option<Exc>) -> RunResult<GenStep> {
    YIELDED.with(|y| y.set(false));
    if g.state.get() == GenState::Closed && exc.is_none() {
        // `gen_send_ex2` on a finished frame: a plain return.
        return Ok(GenStep::Return(Value::None));
    }
    vm.resume_from_native(g, value, exc)
}

fn stop_async(vm: &Vm) -> Exc {
    vm.new_exception(&vm.types.exc.stop_async_iteration, vec![])
}

fn is_exc(e: &Exc, c: &Rc<Class>) -> bool {
    e.class().is_subclass(c)
}

/// `async_gen_unwrap_value`: the generator's own yield finishes the await with
/// that value (`Return`); a return is StopAsyncIteration; anything else yielded
/// goes on up.
fn unwrap_value(vm: &Vm, g: &Generator, r: RunResult<GenStep>) -> RunResult<GenStep> {
    let ag = ag_state(g);
    match r {
        Ok(GenStep::Yield(v)) if take_yielded() => {
            ag.running_async.set(false);
            Ok(GenStep::Return(v))
        }
        Ok(GenStep::Yield(v)) => Ok(GenStep::Yield(v)),
        Ok(GenStep::Return(_)) => {
            ag.closed.set(true);
            ag.running_async.set(false);
            Err(stop_async(vm))
        }
        Err(e) => {
            if is_exc(&e, &vm.types.exc.stop_async_iteration)
                || is_exc(&e, &vm.types.exc.generator_exit)
            {
                ag.closed.set(true);
            }
            ag.running_async.set(false);
            Err(e)
        }
    }
}

impl AgAwaitable {
    /// `close()`: the awaitable is spent (the generator is left as it is).
    pub fn close(&self) {
        self.state.set(AwState::Closed);
    }

    fn closed_error(&self, vm: &Vm) -> Exc {
        vm.runtime_error(match self.op {
            AgOp::Send(_) => "cannot reuse already awaited __anext__()/asend()",
            _ => "cannot reuse already awaited aclose()/athrow()",
        })
    }

    /// `send(arg)` (and `__next__`, arg None): one step of the await.
    pub fn send(&self, vm: &mut Vm, arg: Value) -> RunResult<GenStep> {
        match &self.op {
            AgOp::Send(sendval) => self.asend_send(vm, arg, sendval),
            _ => self.athrow_send(vm, arg),
        }
    }

    fn asend_send(&self, vm: &mut Vm, mut arg: Value, sendval: &Value) -> RunResult<GenStep> {
        let g = &self.gen;
        let ag = ag_state(g);
        match self.state.get() {
            AwState::Closed => return Err(self.closed_error(vm)),
            AwState::Init => {
                if ag.running_async.get() {
                    return Err(
                        vm.runtime_error("anext(): asynchronous generator is already running")
                    );
                }
                if arg.is_none() {
                    arg = sendval.clone();
                }
                self.state.set(AwState::Iter);
            }
            AwState::Iter => {}
        }
        ag.running_async.set(true);
        let r = resume(vm, g, arg, None);
        self.finish(unwrap_value(vm, g, r))
    }

    /// The await is over unless the generator passed a value up.
    fn finish(&self, r: RunResult<GenStep>) -> RunResult<GenStep> {
        if !matches!(r, Ok(GenStep::Yield(_))) {
            self.state.set(AwState::Closed);
        }
        r
    }

    fn athrow_send(&self, vm: &mut Vm, arg: Value) -> RunResult<GenStep> {
        let g = &self.gen;
        let ag = ag_state(g);
        let aclose = matches!(self.op, AgOp::Close);
        if self.state.get() == AwState::Closed {
            return Err(self.closed_error(vm));
        }
        if g.state.get() == GenState::Closed {
            self.state.set(AwState::Closed);
            return Ok(GenStep::Return(Value::None));
        }
        let r = if self.state.get() == AwState::Init {
            if ag.running_async.get() {
                self.state.set(AwState::Closed);
                return Err(vm.runtime_error(if aclose {
                    "aclose(): asynchronous generator is already running"
                } else {
                    "athrow(): asynchronous generator is already running"
                }));
            }
            if ag.closed.get() {
                self.state.set(AwState::Closed);
                return Err(stop_async(vm));
            }
            if !arg.is_none() {
                return Err(
                    vm.runtime_error("can't send non-None value to a just-started coroutine")
                );
            }
            self.state.set(AwState::Iter);
            ag.running_async.set(true);
            match &self.op {
                AgOp::Throw(args) => {
                    let r = match thrown(vm, args) {
                        Ok(e) => resume(vm, g, Value::None, Some(e)),
                        Err(e) => Err(e),
                    };
                    let r = unwrap_value(vm, g, r);
                    if matches!(r, Ok(GenStep::Yield(_))) {
                        return r;
                    }
                    return self.check_error(vm, r);
                }
                _ => {
                    ag.closed.set(true);
                    let exit = vm.new_exception(&vm.types.exc.generator_exit, vec![]);
                    resume(vm, g, Value::None, Some(exit))
                }
            }
        } else {
            let r = resume(vm, g, arg, None);
            if !aclose {
                return unwrap_value(vm, g, r);
            }
            r
        };
        // aclose() mode.
        match r {
            Ok(GenStep::Yield(_)) if take_yielded() => self.yield_close(vm),
            Ok(GenStep::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(GenStep::Return(_)) => self.check_error(vm, Err(stop_async(vm))),
            Err(e) => self.check_error(vm, Err(e)),
        }
    }

    /// The generator yielded a value in answer to GeneratorExit.
    fn yield_close(&self, vm: &Vm) -> RunResult<GenStep> {
        ag_state(&self.gen).running_async.set(false);
        self.state.set(AwState::Closed);
        Err(vm.runtime_error("async generator ignored GeneratorExit"))
    }

    /// The await ended: for `aclose()`, the generator's StopAsyncIteration or
    /// GeneratorExit is the awaitable's plain return.
    fn check_error(&self, vm: &Vm, r: RunResult<GenStep>) -> RunResult<GenStep> {
        ag_state(&self.gen).running_async.set(false);
        self.state.set(AwState::Closed);
        match r {
            Err(e)
                if matches!(self.op, AgOp::Close)
                    && (is_exc(&e, &vm.types.exc.stop_async_iteration)
                        || is_exc(&e, &vm.types.exc.generator_exit)) =>
            {
                Ok(GenStep::Return(Value::None))
            }
            r => r,
        }
    }

    /// `throw(...)` on the awaitable: into the generator at its suspension point.
    pub fn throw(&self, vm: &mut Vm, exc: Exc) -> RunResult<GenStep> {
        if self.state.get() == AwState::Closed {
            return Err(self.closed_error(vm));
        }
        let g = &self.gen;
        let r = resume(vm, g, Value::None, Some(exc));
        match &self.op {
            AgOp::Send(_) => self.finish(unwrap_value(vm, g, r)),
            AgOp::Throw(_) => unwrap_value(vm, g, r),
            AgOp::Close => match r {
                Ok(GenStep::Yield(_)) if take_yielded() => self.yield_close(vm),
                Err(e)
                    if is_exc(&e, &vm.types.exc.stop_async_iteration)
                        || is_exc(&e, &vm.types.exc.generator_exit) =>
                {
                    Ok(GenStep::Return(Value::None))
                }
                Ok(GenStep::Return(_)) => Ok(GenStep::Return(Value::None)),
                r => r,
            },
        }
    }
}

/// The exception `athrow(typ[, val[, tb]])` throws in.
fn thrown(vm: &mut Vm, args: &[Value]) -> RunResult<Exc> {
    let typ = match args.len() {
        0 => return Err(vm.type_error("athrow expected at least 1 argument, got 0")),
        1..=3 => &args[0],
        n => return Err(vm.type_error(format!("athrow expected at most 3 arguments, got {n}"))),
    };
    let val = args.get(1).cloned().unwrap_or(Value::None);
    super::generator::throw_exception(vm, typ, &val)
}

fn new_awaitable(vm: &mut Vm, g: &Rc<Generator>, op: AgOp) -> RunResult<Value> {
    super::async_gen_hooks::init_hooks(vm, g)?;
    let cls = match op {
        AgOp::Send(_) => vm.types.agen.asend.clone(),
        _ => vm.types.agen.athrow.clone(),
    };
    Ok(crate::object::native(
        &cls,
        AgAwaitable {
            gen: g.clone(),
            op,
            state: Cell::new(AwState::Init),
        },
    ))
}

/// `agen.aclose()` (what shutdown and the finalizer hook await).
pub fn aclose(vm: &mut Vm, agen: &Value) -> RunResult<Value> {
    let g = receiver_agen(vm, agen, "aclose")?;
    new_awaitable(vm, &g, AgOp::Close)
}

/// `GetANext` on an async generator: its `__anext__()` awaitable directly (no
/// method lookups; the awaitable is its own await iterator). None for others.
pub(crate) fn anext_fast(vm: &mut Vm, it: &Value) -> Option<RunResult<Value>> {
    match it {
        Value::Generator(g) if g.ag.is_some() => {
            Some(new_awaitable(vm, g, AgOp::Send(Value::None)))
        }
        _ => None,
    }
}

/// One step of a task whose coroutine is an `asend`/`athrow` awaitable
/// (`loop.create_task(agen.aclose())`).
pub fn task_step(vm: &mut Vm, coro: &Value, exc: Option<Exc>) -> RunResult<GenStep> {
    if let Some(an) = super::anext::anext_of(coro) {
        return an.step(vm, Value::None, exc);
    }
    let Some(aw) = awaitable_of(coro) else {
        return Err(vm.type_error("a coroutine was expected"));
    };
    match exc {
        Some(e) => aw.throw(vm, e),
        None => aw.send(vm, Value::None),
    }
}

impl Vm {
    /// A throw into a generator whose innermost frame is suspended in `await` on
    /// an async-generator awaitable: the awaitable's `throw` gets it (CPython's
    /// `_gen_throw` delegating to `yf`), or for GeneratorExit its `close`. `None`
    /// when the frame is not awaiting one (the caller raises `exc` there).
    pub(crate) fn throw_into_awaited(&mut self, exc: &Exc, base: usize) -> Option<RunResult<Exit>> {
        let f = self.frames.last()?;
        if !matches!(f.code().instrs.get(f.ip as usize), Some(Instr::Send(_))) {
            return None;
        }
        let recv = match self.values.last() {
            Some(Some(v)) if is_awaitable(v) || super::anext::anext_of(v).is_some() => v.clone(),
            _ => return None,
        };
        if is_exc(exc, &self.types.exc.generator_exit) {
            // `gen_close_iter(yf)`, then GeneratorExit is raised in the frame.
            if let Some(aw) = awaitable_of(&recv) {
                aw.close();
            } else if let Err(e) = self.call_method(&recv, "close", &[]) {
                return Some(Err(e));
            }
            return None;
        }
        let step = match (awaitable_of(&recv), super::anext::anext_of(&recv)) {
            (Some(aw), _) => aw.throw(self, exc.clone()),
            (None, Some(an)) => an.step(self, Value::None, Some(exc.clone())),
            (None, None) => return None,
        };
        let r = match step {
            Ok(GenStep::Yield(v)) => {
                // Still awaiting: suspend again; the Send re-runs on resume.
                return Some(match self.do_yield(v) {
                    Ok(Some(exit)) => Ok(exit),
                    Ok(None) => self.run(base),
                    Err(e) => Err(e),
                });
            }
            Ok(GenStep::Return(v)) => {
                self.pop();
                self.push(v);
                self.top_frame().ip += 1;
                Ok(())
            }
            Err(e) => {
                self.add_traceback_here(&e);
                self.unwind(
                    Unwinding {
                        exc: e,
                        fresh: false,
                    },
                    base,
                )
            }
        };
        Some(r.and_then(|()| self.run(base)))
    }

    /// Installs the async generator's methods and its awaitables'.
    pub(crate) fn install_async_gen_methods(&mut self) {
        let agen: [(&str, NativeFn); 5] = [
            ("__aiter__", ag_aiter),
            ("__anext__", ag_anext),
            ("asend", ag_asend),
            ("athrow", ag_athrow),
            ("aclose", ag_aclose),
        ];
        crate::builtin::install_methods(&self.types.async_generator, &agen);
        let aw: [(&str, NativeFn); 6] = [
            ("send", aw_send),
            ("throw", aw_throw),
            ("close", aw_close),
            ("__next__", aw_next),
            ("__iter__", aw_iter),
            ("__await__", aw_iter),
        ];
        crate::builtin::install_methods(&self.types.agen.asend, &aw);
        crate::builtin::install_methods(&self.types.agen.athrow, &aw);
        use super::anext as an;
        let anext: [(&str, NativeFn); 6] = [
            ("send", an::aw_send),
            ("throw", an::aw_throw),
            ("close", an::aw_close),
            ("__next__", an::aw_next),
            ("__iter__", an::aw_iter),
            ("__await__", an::aw_iter),
        ];
        crate::builtin::install_methods(&self.types.agen.anext_awaitable, &anext);
    }
}

fn receiver_agen(vm: &Vm, recv: &Value, method: &str) -> RunResult<Rc<Generator>> {
    match recv {
        Value::Generator(g) if g.ag.is_some() => Ok(g.clone()),
        other => Err(vm.type_error(format!(
            "descriptor '{method}' for 'async_generator' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
    }
}

fn ag_aiter(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    receiver_agen(vm, recv, "__aiter__")?;
    no_args(vm, "__aiter__", &args)?;
    Ok(recv.clone())
}

fn ag_anext(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let g = receiver_agen(vm, recv, "__anext__")?;
    no_args(vm, "__anext__", &args)?;
    new_awaitable(vm, &g, AgOp::Send(Value::None))
}

fn ag_asend(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let g = receiver_agen(vm, recv, "asend")?;
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    new_awaitable(vm, &g, AgOp::Send(args.pos[0].clone()))
}

fn ag_athrow(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let g = receiver_agen(vm, recv, "athrow")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("athrow() takes no keyword arguments"));
    }
    // The arguments are checked when the awaitable first runs, as CPython does.
    new_awaitable(vm, &g, AgOp::Throw(args.pos.to_vec()))
}

fn ag_aclose(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let g = receiver_agen(vm, recv, "aclose")?;
    no_args(vm, "aclose", &args)?;
    new_awaitable(vm, &g, AgOp::Close)
}

fn need_aw<'a>(vm: &Vm, recv: &'a Value, method: &str) -> RunResult<&'a AgAwaitable> {
    awaitable_of(recv).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' requires an async generator awaitable but received a '{}'",
            recv.type_name()
        ))
    })
}

/// A step as a method result: the yielded value, or StopIteration(v).
fn step_result(vm: &Vm, step: GenStep) -> RunResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn aw_send(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let aw = need_aw(vm, recv, "send")?;
    let arg = args.pos.first().cloned().unwrap_or(Value::None);
    let step = aw.send(vm, arg)?;
    step_result(vm, step)
}

fn aw_next(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let aw = need_aw(vm, recv, "__next__")?;
    let step = aw.send(vm, Value::None)?;
    step_result(vm, step)
}

fn aw_throw(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let aw = need_aw(vm, recv, "throw")?;
    let Some(typ) = args.pos.first() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let val = args.pos.get(1).cloned().unwrap_or(Value::None);
    let e = super::generator::throw_exception(vm, typ, &val)?;
    let step = aw.throw(vm, e)?;
    step_result(vm, step)
}

fn aw_close(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    need_aw(vm, recv, "close")?.state.set(AwState::Closed);
    Ok(Value::None)
}

fn aw_iter(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    need_aw(vm, recv, "__await__")?;
    Ok(recv.clone())
}

impl crate::gc::Trace for AgOp {
    fn trace(&self, v: &mut crate::gc::Visitor) {
        match self {
            AgOp::Send(x) => v.value(x),
            AgOp::Throw(args) => args.trace(v),
            AgOp::Close => {}
        }
    }
}

crate::native_payload!(AgAwaitable { gen, op });
