//! The script-visible classes of the event loop: `Future`, `Task`,
//! `_GatheringFuture`, `_UnixSelectorEventLoop`, `Handle`/`TimerHandle`, the
//! future iterator, and the `CancelledError`/`InvalidStateError` exceptions, with
//! their methods (CPython 3.11 `futures.py`, `tasks.py`, `base_events.py`,
//! `events.py`).

use super::future::{self, fut_of, FutCallback, FutIter, IterStep};
use super::handle::{Callback, HandleObj};
use super::{classes, get_event_loop, loop_of, task, AsyncClasses};
use crate::object::class::BaseKind;
use crate::object::native;
use crate::object::{Args, NativeFn, Value};
use crate::vm::types::new_class;
use crate::vm::Vm;
use crate::RunResult;
use std::cell::Cell;
use std::rc::Rc;

const FUTURE_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", future_new),
    ("__repr__", fut_repr),
    ("__await__", fut_await),
    ("__iter__", fut_await),
    ("result", fut_result),
    ("exception", fut_exception),
    ("done", fut_done),
    ("cancelled", fut_cancelled),
    ("cancel", fut_cancel),
    ("add_done_callback", fut_add_done_callback),
    ("remove_done_callback", fut_remove_done_callback),
    ("set_result", fut_set_result),
    ("set_exception", fut_set_exception),
    ("get_loop", fut_get_loop),
    ("__hash__", fut_hash),
];

const TASK_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", task_new),
    ("get_name", task_get_name),
    ("set_name", task_set_name),
    ("get_coro", task_get_coro),
    ("cancelling", task_cancelling),
    ("uncancel", task_uncancel),
    ("get_stack", task_get_stack),
    ("set_result", task_set_result),
    ("set_exception", task_set_exception),
];

const LOOP_METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", loop_repr),
    ("run_until_complete", loop_run_until_complete),
    ("run_forever", loop_run_forever),
    ("stop", loop_stop),
    ("close", loop_close),
    ("is_running", loop_is_running),
    ("is_closed", loop_is_closed),
    ("create_task", loop_create_task),
    ("create_future", loop_create_future),
    ("call_soon", loop_call_soon),
    ("call_soon_threadsafe", loop_call_soon_threadsafe),
    ("call_later", loop_call_later),
    ("call_at", loop_call_at),
    ("time", loop_time),
    ("get_debug", loop_get_debug),
    ("set_debug", loop_set_debug),
];

const HANDLE_METHODS: &[(&str, NativeFn)] = &[
    ("cancel", handle_cancel),
    ("cancelled", handle_cancelled),
    ("when", handle_when),
    ("__repr__", handle_repr),
];

const ITER_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", iter_next),
    ("send", iter_send),
    ("__iter__", iter_iter),
];

pub fn build_classes(vm: &mut Vm) -> AsyncClasses {
    let object = vm.types.object.clone();
    let future = new_class("Future", "asyncio", Some(&object), BaseKind::Builtin);
    crate::builtin::install_methods(&future, FUTURE_METHODS);
    let task = new_class("Task", "asyncio", Some(&future), BaseKind::Builtin);
    crate::builtin::install_methods(&task, TASK_METHODS);
    let gathering_future = new_class(
        "_GatheringFuture",
        "asyncio.tasks",
        Some(&future),
        BaseKind::Builtin,
    );
    let event_loop = new_class(
        "_UnixSelectorEventLoop",
        "asyncio.unix_events",
        Some(&object),
        BaseKind::Builtin,
    );
    crate::builtin::install_methods(&event_loop, LOOP_METHODS);
    crate::builtin::install_methods(&event_loop, super::io_methods::IO_METHODS);
    let handle = new_class("Handle", "asyncio.events", Some(&object), BaseKind::Builtin);
    crate::builtin::install_methods(&handle, HANDLE_METHODS);
    let timer_handle = new_class(
        "TimerHandle",
        "asyncio.events",
        Some(&handle),
        BaseKind::Builtin,
    );
    let future_iter = new_class("FutureIter", "_asyncio", Some(&object), BaseKind::Builtin);
    crate::builtin::install_methods(&future_iter, ITER_METHODS);
    let cancelled_error = new_class(
        "CancelledError",
        "asyncio.exceptions",
        Some(&vm.types.exc.base_exception),
        BaseKind::Exception,
    );
    let invalid_state_error = new_class(
        "InvalidStateError",
        "asyncio.exceptions",
        Some(&vm.types.exc.exception),
        BaseKind::Exception,
    );
    AsyncClasses {
        future,
        task,
        gathering_future,
        event_loop,
        handle,
        timer_handle,
        future_iter,
        cancelled_error,
        invalid_state_error,
    }
}

fn kwarg(args: &Args, name: &str) -> Option<Value> {
    args.kw
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v.clone())
}

fn check_kw(vm: &Vm, fname: &str, args: &Args, allowed: &[&str]) -> RunResult<()> {
    for (k, _) in args.kw {
        if !allowed.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    Ok(())
}

fn need_fut<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a future::Fut> {
    fut_of(v).ok_or_else(|| vm.type_error("Future object is not initialized."))
}

fn future_new(vm: &mut Vm, _cls: &Value, args: Args) -> RunResult<Value> {
    check_kw(vm, "Future", &args, &["loop"])?;
    if !args.pos.is_empty() {
        return Err(vm.type_error("Future() takes no positional arguments"));
    }
    let l = match kwarg(&args, "loop") {
        Some(l) if !l.is_none() => l,
        _ => get_event_loop(vm),
    };
    let f = future::new_future(vm, &l);
    future::note_creation(vm, &f, &[]);
    Ok(f)
}

fn fut_repr(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::string(future::repr(vm, me)?))
}

fn fut_await(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    need_fut(vm, me)?;
    let cls = classes(vm).future_iter.clone();
    Ok(native(
        &cls,
        FutIter {
            fut: me.clone(),
            yielded: Cell::new(false),
        },
    ))
}

fn fut_result(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    future::result(vm, me)
}

fn fut_exception(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    future::exception(vm, me)
}

fn fut_done(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Bool(need_fut(vm, me)?.done()))
}

fn fut_cancelled(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Bool(
        need_fut(vm, me)?.state.get() == future::FutState::Cancelled,
    ))
}

fn fut_cancel(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    check_kw(vm, "cancel", &args, &["msg"])?;
    let msg = args
        .pos
        .first()
        .cloned()
        .or_else(|| kwarg(&args, "msg"))
        .unwrap_or(Value::None);
    Ok(Value::Bool(future::cancel(vm, me, msg)?))
}

fn fut_add_done_callback(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    check_kw(vm, "add_done_callback", &args, &["context"])?;
    let Some(f) = args.pos.first() else {
        return Err(
            vm.type_error("add_done_callback() missing 1 required positional argument: 'fn'")
        );
    };
    need_fut(vm, me)?;
    let ctx = handle_context(vm, &args)?;
    future::add_done_callback(vm, me, FutCallback::Script(f.clone(), Some(ctx)));
    Ok(Value::None)
}

fn fut_remove_done_callback(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let Some(target) = args.pos.first() else {
        return Err(vm.type_error("remove_done_callback() takes exactly one argument (0 given)"));
    };
    let f = need_fut(vm, me)?;
    let cbs = std::mem::take(&mut *f.callbacks.borrow_mut());
    let mut kept = Vec::with_capacity(cbs.len());
    let mut removed = 0;
    for cb in cbs {
        let same = match &cb {
            FutCallback::Script(v, _) => v.is(target) || vm.eq(v, target)?,
            _ => false,
        };
        if same {
            removed += 1;
        } else {
            kept.push(cb);
        }
    }
    let f = need_fut(vm, me)?;
    let mut cur = f.callbacks.borrow_mut();
    kept.append(&mut cur);
    *cur = kept;
    Ok(Value::Int(removed))
}

fn fut_set_result(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    future::set_result(vm, me, v)?;
    Ok(Value::None)
}

fn fut_set_exception(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error("set_exception() takes exactly one argument (0 given)"));
    };
    let exc = match v {
        Value::Instance(i) if i.exc().is_some() => i.clone(),
        Value::Class(_) => match vm.call(v, &[], &[])? {
            Value::Instance(i) if i.exc().is_some() => i,
            _ => return Err(vm.type_error("invalid exception object")),
        },
        _ => return Err(vm.type_error("invalid exception object")),
    };
    future::set_exception(vm, me, exc)?;
    Ok(Value::None)
}

fn fut_hash(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Int(need_fut(vm, me)?.hash))
}

fn fut_get_loop(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(need_fut(vm, me)?.loop_.clone())
}

fn task_new(vm: &mut Vm, _cls: &Value, args: Args) -> RunResult<Value> {
    check_kw(vm, "Task", &args, &["loop", "name", "context"])?;
    let Some(coro) = args.pos.first() else {
        return Err(vm.type_error("Task() missing required argument 'coro' (pos 1)"));
    };
    let l = match kwarg(&args, "loop") {
        Some(l) if !l.is_none() => l,
        _ => get_event_loop(vm),
    };
    let name = kwarg(&args, "name").unwrap_or(Value::None);
    let context = kwarg(&args, "context");
    task::new_task_in(vm, &l, coro.clone(), name, context)
}

fn need_task<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a task::TaskPart> {
    fut_of(v)
        .and_then(|f| f.task())
        .ok_or_else(|| vm.type_error("Task object is not initialized."))
}

fn task_get_name(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(need_task(vm, me)?.name())
}

fn task_set_name(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let s = Value::Str(vm.to_str(&v)?);
    *need_task(vm, me)?.name.borrow_mut() = s;
    Ok(Value::None)
}

fn task_get_coro(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(need_task(vm, me)?.coro.clone())
}

fn task_cancelling(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Int(
        need_task(vm, me)?.num_cancels_requested.get() as i64
    ))
}

fn task_uncancel(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let t = need_task(vm, me)?;
    let n = t.num_cancels_requested.get();
    if n > 0 {
        t.num_cancels_requested.set(n - 1);
    }
    Ok(Value::Int(t.num_cancels_requested.get() as i64))
}

fn task_get_stack(_vm: &mut Vm, _me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::List(Rc::new(crate::object::List::new(vec![]))))
}

fn task_set_result(vm: &mut Vm, _me: &Value, _args: Args) -> RunResult<Value> {
    Err(vm.runtime_error("Task does not support set_result operation"))
}

fn task_set_exception(vm: &mut Vm, _me: &Value, _args: Args) -> RunResult<Value> {
    Err(vm.runtime_error("Task does not support set_exception operation"))
}

pub(super) fn need_loop<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a super::LoopInner> {
    loop_of(v).ok_or_else(|| vm.type_error("not an event loop"))
}

fn loop_repr(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let l = need_loop(vm, me)?;
    let b = |x: bool| if x { "True" } else { "False" };
    Ok(Value::string(format!(
        "<_UnixSelectorEventLoop running={} closed={} debug={}>",
        b(l.running.get()),
        b(l.closed.get()),
        b(l.debug.get())
    )))
}

fn loop_run_until_complete(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let Some(f) = args.pos.first() else {
        return Err(
            vm.type_error("run_until_complete() missing 1 required positional argument: 'future'")
        );
    };
    let (me, f) = (me.clone(), f.clone());
    vm.run_until_complete(&me, &f)
}

fn loop_run_forever(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let me = me.clone();
    vm.run_forever(&me)?;
    Ok(Value::None)
}

fn loop_stop(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    need_loop(vm, me)?.stopping.set(true);
    Ok(Value::None)
}

fn loop_close(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let l = need_loop(vm, me)?;
    if l.running.get() {
        return Err(vm.runtime_error("Cannot close a running event loop"));
    }
    if l.closed.get() {
        return Ok(Value::None);
    }
    l.closed.set(true);
    l.ready.borrow_mut().clear();
    *l.timers.borrow_mut() = Default::default();
    *l.reactor.borrow_mut() = None;
    Ok(Value::None)
}

fn loop_is_running(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Bool(need_loop(vm, me)?.running.get()))
}

fn loop_is_closed(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Bool(need_loop(vm, me)?.closed.get()))
}

pub(super) fn check_open(vm: &Vm, me: &Value) -> RunResult<()> {
    if need_loop(vm, me)?.closed.get() {
        return Err(vm.runtime_error("Event loop is closed"));
    }
    Ok(())
}

fn loop_create_task(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    check_kw(vm, "BaseEventLoop.create_task", &args, &["name", "context"])?;
    check_open(vm, me)?;
    let Some(coro) = args.pos.first() else {
        return Err(vm.type_error("create_task() missing 1 required positional argument: 'coro'"));
    };
    let name = kwarg(&args, "name").unwrap_or(Value::None);
    let context = kwarg(&args, "context");
    task::new_task_in(vm, me, coro.clone(), name, context)
}

fn loop_create_future(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let f = future::new_future(vm, me);
    future::note_creation(vm, &f, super::debug::SITE_CREATE_FUTURE);
    Ok(f)
}

pub(super) fn handle_value(
    vm: &mut Vm,
    state: Rc<super::handle::HandleState>,
    desc: String,
    timer: Option<Rc<Cell<usize>>>,
) -> Value {
    let c = classes(vm);
    let cls = if timer.is_some() {
        c.timer_handle.clone()
    } else {
        c.handle.clone()
    };
    native(
        &cls,
        HandleObj {
            state,
            desc,
            timer_count: timer,
        },
    )
}

fn loop_call_soon(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    call_soon_impl(vm, me, args, "call_soon")
}

/// `call_soon_threadsafe`: `call_soon` without the debug-mode thread check
/// (a loop waiting for threads wakes when its ready queue fills).
fn loop_call_soon_threadsafe(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    call_soon_impl(vm, me, args, "call_soon_threadsafe")
}

fn call_soon_impl(vm: &mut Vm, me: &Value, args: Args, method: &str) -> RunResult<Value> {
    check_kw(vm, &format!("BaseEventLoop.{method}"), &args, &["context"])?;
    check_open(vm, me)?;
    let Some((func, rest)) = args.pos.split_first() else {
        return Err(vm.type_error(format!(
            "{method}() missing 1 required positional argument: 'callback'"
        )));
    };
    check_debug(vm, me, func, method)?;
    let desc = super::format_helpers::callback_source(vm, func, rest);
    let context = Some(handle_context(vm, &args)?);
    let state =
        need_loop(vm, me)?.call_soon_handle(Callback::call(func.clone(), rest.to_vec(), context));
    // `Handle.__init__` in debug mode: where the handle was made, counting
    // the frames of `call_soon` and `_call_soon` it then drops.
    *state.source_tb.borrow_mut() = super::debug::handle_traceback(vm, me, 2);
    Ok(handle_value(vm, state, desc, None))
}

/// A handle's context: `context=` if given, else a copy of the current one
/// (`events.Handle.__init__`).
pub(super) fn handle_context(vm: &mut Vm, args: &Args) -> RunResult<Value> {
    match kwarg(args, "context").filter(|c| !c.is_none()) {
        Some(c) if crate::vm::context::context_of(&c).is_some() => Ok(c),
        Some(c) => Err(vm.type_error(format!(
            "an instance of Context was expected, got {}",
            c.type_name()
        ))),
        None => Ok(vm.copy_context()),
    }
}

fn schedule_at(
    vm: &mut Vm,
    me: &Value,
    (when, relative): (f64, bool),
    func: &Value,
    args: &Args,
    rest: &[Value],
) -> RunResult<Value> {
    check_open(vm, me)?;
    check_debug(vm, me, func, "call_at")?;
    let desc = super::format_helpers::callback_source(vm, func, rest);
    let context = Some(handle_context(vm, args)?);
    let l = need_loop(vm, me)?;
    let cb = Callback::call(func.clone(), rest.to_vec(), context);
    let state = if relative {
        l.call_at_from_now(when, cb)
    } else {
        l.call_at(when, cb)
    };
    let count = l.timer_cancelled.clone();
    // `TimerHandle.__init__`, `call_at` (and `call_later`) drop their frames.
    *state.source_tb.borrow_mut() = super::debug::handle_traceback(vm, me, 2 + relative as usize);
    Ok(handle_value(vm, state, desc, Some(count)))
}

/// Debug mode's checks of `call_soon`/`call_at` (`_check_thread`, except for
/// `call_soon_threadsafe`; `_check_callback`).
fn check_debug(vm: &mut Vm, me: &Value, func: &Value, method: &str) -> RunResult<()> {
    let l = need_loop(vm, me)?;
    if !l.debug.get() {
        return Ok(());
    }
    if method != "call_soon_threadsafe" {
        vm.check_loop_thread(l)?;
    }
    vm.check_loop_callback(func, method)
}

fn number(vm: &mut Vm, v: &Value) -> RunResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(*b as i64 as f64),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as a number",
            other.type_name()
        ))),
    }
}

fn loop_call_later(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    check_kw(vm, "BaseEventLoop.call_later", &args, &["context"])?;
    let [delay, func, rest @ ..] = args.pos else {
        return Err(
            vm.type_error("call_later() missing required arguments: 'delay' and 'callback'")
        );
    };
    let d = number(vm, delay)?;
    let when = vm.loop_time() + d;
    schedule_at(vm, me, (when, true), func, &args, rest)
}

fn loop_call_at(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    check_kw(vm, "BaseEventLoop.call_at", &args, &["context"])?;
    let [when, func, rest @ ..] = args.pos else {
        return Err(vm.type_error("call_at() missing required arguments: 'when' and 'callback'"));
    };
    let w = number(vm, when)?;
    schedule_at(vm, me, (w, false), func, &args, rest)
}

fn loop_time(vm: &mut Vm, _me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Float(vm.loop_time()))
}

fn loop_get_debug(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Bool(need_loop(vm, me)?.debug.get()))
}

fn loop_set_debug(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::Bool(false));
    let b = vm.truthy(&v)?;
    let l = need_loop(vm, me)?;
    l.debug.set(b);
    // CPython switches origin tracking by a `call_soon_threadsafe`: the next
    // iteration of a running loop applies it (`run_once`).
    Ok(Value::None)
}

fn need_handle<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a HandleObj> {
    match v {
        Value::Native(n) => n.get::<HandleObj>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("not a handle"))
}

fn handle_cancel(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    need_handle(vm, me)?.cancel();
    Ok(Value::None)
}

fn handle_cancelled(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Bool(need_handle(vm, me)?.state.cancelled.get()))
}

fn handle_when(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(need_handle(vm, me)?
        .state
        .when
        .get()
        .map(Value::Float)
        .unwrap_or(Value::None))
}

fn handle_repr(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let h = need_handle(vm, me)?;
    let mut info = Vec::new();
    if h.state.cancelled.get() {
        info.push("cancelled".to_string());
    }
    let cls = if h.timer_count.is_some() {
        "TimerHandle"
    } else {
        "Handle"
    };
    if let Some(w) = h.state.when.get() {
        info.push(format!("when={}", crate::object::float::float_repr(w)));
    }
    // A debug loop's handle keeps its callback's description when cancelled
    // (`Handle.cancel` stores its repr first).
    let debug = h.state.source_tb.borrow().is_some();
    if !h.state.cancelled.get() || debug {
        info.push(h.desc.clone());
    }
    if let Some(c) = h
        .state
        .source_tb
        .borrow()
        .as_ref()
        .and_then(super::debug::created_at)
    {
        info.push(c);
    }
    Ok(Value::string(format!("<{cls} {}>", info.join(" "))))
}

fn need_iter<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a FutIter> {
    match v {
        Value::Native(n) => n.get::<FutIter>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("not a future iterator"))
}

fn iter_next(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let it = need_iter(vm, me)?;
    match future::fut_iter_step(vm, it)? {
        IterStep::Yield(v) => Ok(v),
        IterStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn iter_send(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    iter_next(vm, me, Args::positional(&[]))
}

fn iter_iter(_vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(me.clone())
}
