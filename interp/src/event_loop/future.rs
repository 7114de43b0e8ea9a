//! `asyncio.Future` (CPython 3.11 `Lib/asyncio/futures.py`, `base_futures.py`):
//! state, result or exception, done callbacks that are always scheduled on the
//! loop (never run inline), cancellation with a message, and `__await__`, which
//! yields the future itself once (`_asyncio_future_blocking`) and then returns its
//! result. `Task` and `gather`'s `_GatheringFuture` are the same payload with a
//! `FutKind` saying which.

use super::handle::{Callback, HandleState, NativeCall, NativeCallback};
use super::task::TaskPart;
use super::{classes, loop_of, report};
use crate::object::{Exc, Native, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

/// A done callback.
pub enum FutCallback {
    /// A script callable, called with the future in the context captured when
    /// it was added (`add_done_callback(fn, context=)`).
    Script(Value, Option<Value>),
    /// `Task.__wakeup` of the task (the value) waiting on this future.
    Wakeup(Value),
    /// Native closures (`gather`, `run_until_complete`), with what the repr shows:
    /// CPython's function and its file under the library folder
    /// (`"_run_until_complete_cb() at asyncio/base_events.py:180"`; the folder is
    /// `vm::import::cpython_lib_dir`, as for every library frame), and the state
    /// the closure is called with (seen by the cycle collector).
    Native(NativeCallback, &'static str, Value),
}

/// What kind of future this is.
pub enum FutKind {
    Plain,
    /// Boxed: a plain future (what most awaits wait on) stays small.
    Task(Box<TaskPart>),
    /// `_GatheringFuture`, boxed like a task's part.
    Gathering(Box<GatherPart>),
}

/// `_GatheringFuture`'s own fields: its children, and whether `cancel()`
/// cancelled them.
pub struct GatherPart {
    pub children: RefCell<Vec<Value>>,
    pub cancel_requested: Cell<bool>,
}

impl FutKind {
    /// A `_GatheringFuture` of `children`.
    pub fn gathering(children: Vec<Value>) -> FutKind {
        FutKind::Gathering(Box::new(GatherPart {
            children: RefCell::new(children),
            cancel_requested: Cell::new(false),
        }))
    }
}

/// What few futures hold: a cancellation's message and error, `sleep`'s
/// timer, debug mode's creation traceback.
pub struct FutRare {
    /// `cancel(msg)`'s message.
    cancel_message: Value,
    /// The CancelledError that ended a task's coroutine, re-raised to awaiters.
    cancelled_exc: Option<Exc>,
    /// `asyncio.sleep`'s timer: cancelled with the future (the `finally:
    /// h.cancel()` of CPython's `sleep`).
    timer: Option<Rc<HandleState>>,
    /// Debug mode: where the future was made (`_source_traceback`,
    /// `event_loop/debug.rs`; tuples of strs and ints).
    source_tb: Option<Value>,
}

pub struct Fut {
    pub loop_: Value,
    pub state: Cell<FutState>,
    pub result: RefCell<Value>,
    pub exception: RefCell<Option<Exc>>,
    pub callbacks: RefCell<Vec<FutCallback>>,
    /// Fields few futures ever set, boxed so a pending future stays small
    /// (`FutRare`; read and set through the accessors below).
    rare: RefCell<Option<Box<FutRare>>>,
    pub log_traceback: Cell<bool>,
    pub blocking: Cell<bool>,
    pub kind: FutKind,
    /// `hash(future)`: a creation number, so sets of tasks iterate in creation
    /// order (CPython hashes by address, which on 3.11 gives that order for
    /// tasks made one after another; a deterministic order keeps outputs stable).
    pub hash: i64,
}

thread_local! {
    static NEXT_HASH: Cell<i64> = const { Cell::new(1) };
}

impl Fut {
    pub fn new(loop_: Value, kind: FutKind) -> Fut {
        Fut {
            loop_,
            state: Cell::new(FutState::Pending),
            result: RefCell::new(Value::None),
            exception: RefCell::new(None),
            callbacks: RefCell::new(Vec::new()),
            rare: RefCell::new(None),
            log_traceback: Cell::new(false),
            blocking: Cell::new(false),
            kind,
            hash: NEXT_HASH.with(|h| {
                let v = h.get();
                h.set(v + 1);
                v
            }),
        }
    }

    /// Moves everything out into a new `Fut` (a freed task's revival).
    fn take_contents(&mut self) -> Fut {
        if let FutKind::Task(t) = &self.kind {
            t.destroy_reported.set(true);
        }
        Fut {
            loop_: std::mem::replace(&mut self.loop_, Value::None),
            state: Cell::new(self.state.get()),
            result: RefCell::new(std::mem::replace(self.result.get_mut(), Value::None)),
            exception: RefCell::new(self.exception.get_mut().take()),
            callbacks: RefCell::new(std::mem::take(self.callbacks.get_mut())),
            rare: RefCell::new(self.rare.get_mut().take()),
            log_traceback: Cell::new(self.log_traceback.replace(false)),
            blocking: Cell::new(self.blocking.get()),
            kind: std::mem::replace(&mut self.kind, FutKind::Plain),
            hash: self.hash,
        }
    }

    /// The rare fields, made on first write.
    fn rare_mut(&self) -> std::cell::RefMut<'_, FutRare> {
        std::cell::RefMut::map(self.rare.borrow_mut(), |r| {
            &mut **r.get_or_insert_with(|| {
                Box::new(FutRare {
                    cancel_message: Value::None,
                    cancelled_exc: None,
                    timer: None,
                    source_tb: None,
                })
            })
        })
    }

    /// `cancel(msg)`'s message (None when never cancelled with one).
    pub fn cancel_message(&self) -> Value {
        self.rare
            .borrow()
            .as_ref()
            .map_or(Value::None, |r| r.cancel_message.clone())
    }

    pub fn set_cancel_message(&self, msg: Value) {
        if !msg.is_none() || self.rare.borrow().is_some() {
            self.rare_mut().cancel_message = msg;
        }
    }

    pub fn take_cancelled_exc(&self) -> Option<Exc> {
        self.rare
            .borrow_mut()
            .as_mut()
            .and_then(|r| r.cancelled_exc.take())
    }

    pub fn set_cancelled_exc(&self, e: Exc) {
        self.rare_mut().cancelled_exc = Some(e);
    }

    /// `asyncio.sleep`'s timer, if it has one.
    pub fn timer(&self) -> Option<Rc<HandleState>> {
        self.rare.borrow().as_ref().and_then(|r| r.timer.clone())
    }

    pub fn set_timer(&self, t: Rc<HandleState>) {
        self.rare_mut().timer = Some(t);
    }

    pub fn take_timer(&self) -> Option<Rc<HandleState>> {
        self.rare.borrow_mut().as_mut().and_then(|r| r.timer.take())
    }

    /// Debug mode's creation traceback.
    pub fn source_tb(&self) -> Option<Value> {
        self.rare
            .borrow()
            .as_ref()
            .and_then(|r| r.source_tb.clone())
    }

    pub fn set_source_tb(&self, tb: Option<Value>) {
        if tb.is_some() || self.rare.borrow().is_some() {
            self.rare_mut().source_tb = tb;
        }
    }

    pub fn take_source_tb(&self) -> Option<Value> {
        self.rare
            .borrow_mut()
            .as_mut()
            .and_then(|r| r.source_tb.take())
    }

    pub fn done(&self) -> bool {
        self.state.get() != FutState::Pending
    }

    pub fn task(&self) -> Option<&TaskPart> {
        match &self.kind {
            FutKind::Task(t) => Some(&**t),
            _ => None,
        }
    }
}

impl crate::gc::Trace for FutCallback {
    fn trace(&self, v: &mut crate::gc::Visitor) {
        match self {
            FutCallback::Script(func, context) => {
                v.value(func);
                crate::gc::Trace::trace(context, v);
            }
            FutCallback::Wakeup(task) => v.value(task),
            FutCallback::Native(_, _, state) => v.value(state),
        }
    }
}

/// What the collector sees in a future, a task or a gathering future (CPython's
/// `FutureObj_traverse`, `TaskObj_traverse`): a pending task waiting on a future
/// is a cycle (the future's wakeup callback holds the task, the task its
/// `fut_waiter`), freed by the collector like any other.
impl crate::object::NativeData for Fut {
    fn traverse(&self, v: &mut crate::gc::Visitor) {
        use crate::gc::Trace;
        v.value(&self.loop_);
        self.result.trace(v);
        self.exception.trace(v);
        self.callbacks.trace(v);
        if let Some(r) = &*self.rare.borrow() {
            v.value(&r.cancel_message);
            r.cancelled_exc.trace(v);
        }
        match &self.kind {
            FutKind::Plain => {}
            FutKind::Task(t) => {
                v.value(&t.coro);
                t.name.trace(v);
                t.fut_waiter.trace(v);
                v.value(&t.context);
            }
            FutKind::Gathering(g) => g.children.trace(v),
        }
    }

    /// `fut_hash`'s value (a creation number, never -1).
    fn native_hash(&self) -> Option<i64> {
        Some(self.hash)
    }

    /// `FutureObj_clear`/`TaskObj_clear`. The exception and the loop stay: the
    /// "never retrieved" report of `Drop` needs them.
    fn clear(&self, out: &mut Vec<Value>) {
        for cb in std::mem::take(&mut *self.callbacks.borrow_mut()) {
            match cb {
                FutCallback::Script(func, context) => out.extend([func].into_iter().chain(context)),
                FutCallback::Wakeup(task) => out.push(task),
                FutCallback::Native(_, _, state) => out.push(state),
            }
        }
        out.push(self.result.replace(Value::None));
        if let Some(r) = self.rare.borrow_mut().as_mut() {
            out.push(std::mem::replace(&mut r.cancel_message, Value::None));
        }
        match &self.kind {
            FutKind::Plain => {}
            FutKind::Task(t) => out.extend(t.fut_waiter.borrow_mut().take()),
            FutKind::Gathering(g) => out.append(&mut g.children.borrow_mut()),
        }
    }

    /// `TaskObj_finalize`: a task found in garbage while pending is reported.
    fn take_finalizer(&self) -> Option<fn(&mut Vm, &Value)> {
        let t = self.task()?;
        if self.done() || t.destroy_reported.replace(true) {
            return None;
        }
        Some(super::task::report_destroyed)
    }
}

impl Drop for Fut {
    /// `Future.__del__`: an exception nobody retrieved is reported when the last
    /// reference goes (queued; the VM prints it at its next safe point). A task
    /// freed while pending is revived for its "destroyed but it is pending"
    /// report (`TaskObj_finalize`), as CPython's finaliser resurrects it.
    fn drop(&mut self) {
        if self.task().is_some_and(|t| !t.destroy_reported.get()) && !self.done() {
            let revived = self.take_contents();
            crate::vm::finalize::queue_run(Box::new(move |vm: &mut Vm| {
                let cls = classes(vm).task.clone();
                let task = new_tracked(&cls, revived);
                super::task::report_destroyed(vm, &task);
            }));
            return;
        }
        if !self.log_traceback.get() {
            return;
        }
        if let Some(exc) = self.exception.borrow_mut().take() {
            let (class_name, head) = match &self.kind {
                FutKind::Task(t) => ("Task", Some(t.finished_repr_head())),
                FutKind::Gathering(_) => ("_GatheringFuture", None),
                FutKind::Plain => ("Future", None),
            };
            let loop_ = std::mem::replace(&mut self.loop_, Value::None);
            let tb = self.take_source_tb();
            report::queue_never_retrieved(class_name, head, exc, loop_, tb);
        }
    }
}

/// The `Fut` payload of a value, if it is a future.
pub fn fut_of(v: &Value) -> Option<&Fut> {
    match v {
        Value::Native(n) => n.get::<Fut>(),
        _ => None,
    }
}

fn native_of(v: &Value) -> Option<&Rc<Native>> {
    match v {
        Value::Native(n) => Some(n),
        _ => None,
    }
}

/// Debug mode: records where future `f` is being made, `site` being the
/// library frames of the native function making it (innermost first).
pub fn note_creation(vm: &mut Vm, f: &Value, site: &[crate::vm::library_frames::LibraryFrame]) {
    let Some(fu) = fut_of(f) else { return };
    let loop_ = fu.loop_.clone();
    let tb = super::debug::source_traceback(vm, &loop_, site);
    if let Some(fu) = fut_of(f) {
        fu.set_source_tb(tb);
    }
}

/// A new pending future on `loop_`.
pub fn new_future(vm: &mut Vm, loop_: &Value) -> Value {
    let cls = classes(vm).future.clone();
    new_tracked(&cls, Fut::new(loop_.clone(), FutKind::Plain))
}

/// A future, task or gathering future object, tracked by the cycle collector
/// (a task waiting on a future is a cycle; both are shared, so looking through
/// them from their holders is not enough).
pub fn new_tracked(cls: &Rc<crate::object::Class>, f: Fut) -> Value {
    Value::Native(crate::gc::new(Native {
        class: cls.clone(),
        data: Box::new(f),
    }))
}

/// `__schedule_callbacks`: every callback goes through `call_soon`.
fn schedule_callbacks(vm: &mut Vm, me: &Value, f: &Fut) {
    if vm.asyncio.trace.is_some() {
        super::trace::future_done(vm, f.hash);
    }
    let cbs = std::mem::take(&mut *f.callbacks.borrow_mut());
    if cbs.is_empty() {
        return;
    }
    let Some(l) = loop_of(&f.loop_) else { return };
    for cb in cbs {
        l.call_soon(callback_for(cb, me));
    }
    let _ = vm;
}

fn callback_for(cb: FutCallback, me: &Value) -> Callback {
    match cb {
        FutCallback::Script(func, context) => Callback::call(func, vec![me.clone()], context),
        FutCallback::Wakeup(task) => Callback::Wakeup {
            task,
            fut: me.clone(),
        },
        FutCallback::Native(func, name, state) => Callback::Native(Box::new(NativeCall {
            func,
            name,
            fut: me.clone(),
            state,
        })),
    }
}

pub fn invalid_state(vm: &mut Vm, msg: impl Into<String>) -> Exc {
    let cls = classes(vm).invalid_state_error.clone();
    vm.new_error(&cls, msg)
}

fn state_name(s: FutState) -> &'static str {
    match s {
        FutState::Pending => "PENDING",
        FutState::Cancelled => "CANCELLED",
        FutState::Finished => "FINISHED",
    }
}

/// `set_result`.
pub fn set_result(vm: &mut Vm, me: &Value, v: Value) -> RunResult<()> {
    let f = fut_of(me).ok_or_else(|| vm.type_error("not a future"))?;
    if f.done() {
        // The C `_asyncio.Future`'s text (the Python fallback says "FINISHED: <repr>").
        return Err(invalid_state(vm, "invalid state".to_string()));
    }
    *f.result.borrow_mut() = v;
    f.state.set(FutState::Finished);
    schedule_callbacks(vm, me, f);
    Ok(())
}

/// `set_exception`.
pub fn set_exception(vm: &mut Vm, me: &Value, exc: Exc) -> RunResult<()> {
    let f = fut_of(me).ok_or_else(|| vm.type_error("not a future"))?;
    if f.done() {
        // The C `_asyncio.Future`'s text (the Python fallback says "FINISHED: <repr>").
        return Err(invalid_state(vm, "invalid state".to_string()));
    }
    if Rc::ptr_eq(&exc.class(), &vm.types.exc.stop_iteration) {
        return Err(vm.type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    *f.exception.borrow_mut() = Some(exc);
    f.state.set(FutState::Finished);
    schedule_callbacks(vm, me, f);
    f.log_traceback.set(true);
    Ok(())
}

/// `Future.cancel(msg)` (the base method, which `Task.cancel` and
/// `_GatheringFuture.cancel` override).
pub fn future_cancel(vm: &mut Vm, me: &Value, msg: Value) -> bool {
    let Some(f) = fut_of(me) else { return false };
    f.log_traceback.set(false);
    if f.done() {
        return false;
    }
    f.state.set(FutState::Cancelled);
    f.set_cancel_message(msg);
    if let Some(t) = f.take_timer() {
        t.cancelled.set(true);
        if t.scheduled.get() {
            if let Some(l) = loop_of(&f.loop_) {
                l.timer_cancelled.set(l.timer_cancelled.get() + 1);
            }
        }
    }
    schedule_callbacks(vm, me, f);
    true
}

/// `fut.cancel(msg)` with the override of its kind.
pub fn cancel(vm: &mut Vm, me: &Value, msg: Value) -> RunResult<bool> {
    let Some(f) = fut_of(me) else {
        let r = vm.call_method(me, "cancel", &[])?;
        return vm.truthy(&r);
    };
    match &f.kind {
        FutKind::Plain => Ok(future_cancel(vm, me, msg)),
        FutKind::Task(_) => super::task::task_cancel(vm, me, msg),
        FutKind::Gathering(g) => {
            let (children, cancel_requested) = (&g.children, &g.cancel_requested);
            if f.done() {
                return Ok(false);
            }
            let kids = children.borrow().clone();
            let mut ret = false;
            for k in &kids {
                if cancel(vm, k, msg.clone())? {
                    ret = true;
                }
            }
            if ret {
                cancel_requested.set(true);
            }
            Ok(ret)
        }
    }
}

/// `_make_cancelled_error`.
pub fn make_cancelled_error(vm: &mut Vm, f: &Fut) -> Exc {
    if let Some(e) = f.take_cancelled_exc() {
        return e;
    }
    let msg = f.cancel_message();
    let cls = classes(vm).cancelled_error.clone();
    let args = if msg.is_none() { vec![] } else { vec![msg] };
    vm.new_exception(&cls, args)
}

/// `result()`.
pub fn result(vm: &mut Vm, me: &Value) -> RunResult<Value> {
    let f = fut_of(me).ok_or_else(|| vm.type_error("not a future"))?;
    match f.state.get() {
        FutState::Cancelled => Err(make_cancelled_error(vm, f)),
        FutState::Pending => Err(invalid_state(vm, "Result is not set.")),
        FutState::Finished => {
            f.log_traceback.set(false);
            if let Some(e) = f.exception.borrow().clone() {
                return Err(e);
            }
            Ok(f.result.borrow().clone())
        }
    }
}

/// `exception()`.
pub fn exception(vm: &mut Vm, me: &Value) -> RunResult<Value> {
    let f = fut_of(me).ok_or_else(|| vm.type_error("not a future"))?;
    match f.state.get() {
        FutState::Cancelled => Err(make_cancelled_error(vm, f)),
        FutState::Pending => Err(invalid_state(vm, "Exception is not set.")),
        FutState::Finished => {
            f.log_traceback.set(false);
            Ok(f.exception
                .borrow()
                .clone()
                .map(Value::Instance)
                .unwrap_or(Value::None))
        }
    }
}

/// `add_done_callback`: scheduled at once if already done.
pub fn add_done_callback(vm: &mut Vm, me: &Value, cb: FutCallback) {
    let Some(f) = fut_of(me) else { return };
    if f.done() {
        if let Some(l) = loop_of(&f.loop_) {
            l.call_soon(callback_for(cb, me));
        }
    } else {
        let mut cbs = f.callbacks.borrow_mut();
        // Most futures get one callback (their awaiting task's wakeup, or
        // gather's): a first push would reserve room for four.
        if cbs.capacity() == 0 {
            cbs.reserve_exact(1);
        }
        cbs.push(cb);
    }
    let _ = vm;
}

/// Removes a native callback by identity (`remove_done_callback` of the
/// closures `shield` and `wait` install).
pub fn remove_native_callback(me: &Value, cb: &NativeCallback) {
    if let Some(f) = fut_of(me) {
        f.callbacks.borrow_mut().retain(|c| match c {
            FutCallback::Native(x, _, _) => !Rc::ptr_eq(x, cb),
            _ => true,
        });
    }
}

/// `reprlib.repr` for a result: long strings and ints are shortened.
fn short_repr(vm: &mut Vm, v: &Value) -> RunResult<String> {
    let r = vm.repr(v)?.as_str().to_string();
    let limit = match v {
        Value::Str(_) => 30,
        Value::Int(_) | Value::BigInt(_) => 40,
        _ => return Ok(r),
    };
    let chars: Vec<char> = r.chars().collect();
    if chars.len() <= limit {
        return Ok(r);
    }
    let i = (limit - 3) / 2;
    let j = limit - 3 - i;
    let head: String = chars[..i].iter().collect();
    let tail: String = chars[chars.len() - j..].iter().collect();
    Ok(format!("{head}...{tail}"))
}

/// `format_helpers._format_callback_source` for a callback.
pub fn callback_desc(vm: &mut Vm, cb: &Value) -> String {
    match cb {
        Value::Function(f) => format!(
            "{}() at {}:{}",
            f.qualname.borrow().as_str(),
            f.code.filename.as_str(),
            f.code.first_line
        ),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => format!(
                "{}() at {}:{}",
                f.qualname.borrow().as_str(),
                f.code.filename.as_str(),
                f.code.first_line
            ),
            other => callback_desc(vm, other),
        },
        Value::Builtin(b) => match &b.owner {
            Some(o) => format!("{}.{}()", o.as_str(), b.name.as_str()),
            None => format!("{}()", b.name.as_str()),
        },
        other => match vm.repr(other) {
            Ok(s) => format!("{}()", s.as_str()),
            Err(_) => "<callback>()".into(),
        },
    }
}

fn fut_callback_desc(vm: &mut Vm, cb: &FutCallback) -> String {
    match cb {
        FutCallback::Script(v, _) => callback_desc(vm, v),
        FutCallback::Wakeup(_) => "Task.task_wakeup()".into(),
        // `desc` names the library file relative to CPython's library folder.
        FutCallback::Native(_, desc, _) => match desc.split_once(" at ") {
            Some((func, file)) => {
                format!("{func} at {}/{file}", crate::vm::import::cpython_lib_dir())
            }
            None => desc.to_string(),
        },
    }
}

/// `base_futures._future_repr_info`.
pub fn repr_info(vm: &mut Vm, me: &Value) -> RunResult<Vec<String>> {
    let f = fut_of(me).ok_or_else(|| vm.type_error("not a future"))?;
    let mut info = vec![state_name(f.state.get()).to_lowercase()];
    if f.state.get() == FutState::Finished {
        let exc = f.exception.borrow().clone();
        match exc {
            Some(e) => {
                let r = vm.repr(&Value::Instance(e))?;
                info.push(format!("exception={}", r.as_str()));
            }
            None => {
                let v = f.result.borrow().clone();
                info.push(format!("result={}", short_repr(vm, &v)?));
            }
        }
    }
    let n = f.callbacks.borrow().len();
    if n > 0 {
        let descs: Vec<String> = {
            let cbs = f.callbacks.borrow();
            let pick: Vec<&FutCallback> = match n {
                1 | 2 => cbs.iter().collect(),
                _ => vec![&cbs[0], &cbs[n - 1]],
            };
            pick.into_iter().map(|c| fut_callback_desc(vm, c)).collect()
        };
        let s = match n {
            1 => descs[0].clone(),
            2 => format!("{}, {}", descs[0], descs[1]),
            _ => format!("{}, <{} more>, {}", descs[0], n - 2, descs[1]),
        };
        info.push(format!("cb=[{s}]"));
    }
    if let Some(c) = f.source_tb().as_ref().and_then(super::debug::created_at) {
        info.push(c);
    }
    Ok(info)
}

/// `repr(future)` for every kind.
pub fn repr(vm: &mut Vm, me: &Value) -> RunResult<String> {
    let Some(n) = native_of(me) else {
        return Ok(vm.repr(me)?.as_str().to_string());
    };
    let info = match fut_of(me).map(|f| f.task().is_some()) {
        Some(true) => super::task::task_repr_info(vm, me)?,
        _ => repr_info(vm, me)?,
    };
    Ok(format!("<{} {}>", n.class.name.as_str(), info.join(" ")))
}

/// The iterator `Future.__await__` returns: yields the future once if it is
/// pending, then returns its result.
pub struct FutIter {
    pub fut: Value,
    pub yielded: Cell<bool>,
}

crate::native_payload!(FutIter { fut });

/// One step of a `FutIter`: `Ok(Some(v))` yields `v`, `Ok(None)` … is never
/// returned; a finished await is `Err(StopIteration)` for script callers, so the
/// VM's `Send` calls `fut_iter_step` directly instead.
pub enum IterStep {
    Yield(Value),
    Return(Value),
}

pub fn fut_iter_step(vm: &mut Vm, it: &FutIter) -> RunResult<IterStep> {
    let f = fut_of(&it.fut).ok_or_else(|| vm.type_error("not a future"))?;
    if !f.done() {
        if it.yielded.get() {
            return Err(vm.runtime_error("await wasn't used with future"));
        }
        it.yielded.set(true);
        f.blocking.set(true);
        return Ok(IterStep::Yield(it.fut.clone()));
    }
    let fut = it.fut.clone();
    Ok(IterStep::Return(result(vm, &fut)?))
}
