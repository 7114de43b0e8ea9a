//! Ready callbacks (CPython's `events.Handle` / `TimerHandle`, `events.py`): an
//! enum of what to run, so a task switch is a `pop_front` and a match, with no
//! boxed closure. Script code that asks for a handle (`call_soon`, `call_later`)
//! gets a `Handle` object sharing the entry's cancelled flag.

use crate::object::{Exc, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::cell::Cell;
use std::rc::Rc;

/// A callback written in Rust that a future calls when it is done (`gather`'s,
/// `run_until_complete`'s): called with the future and the callback's state, a
/// value stored beside it so the cycle collector sees what the callback holds
/// (a closure's captures would be opaque to it).
pub type NativeCallback = Rc<dyn Fn(&mut Vm, &Value, &Value) -> RunResult<()>>;

/// What a handle runs.
pub enum Callback {
    /// `Task.__step(exc)`.
    Step { task: Value, exc: Option<Exc> },
    /// `Task.__wakeup(future)`.
    Wakeup { task: Value, fut: Value },
    /// `func(*args)` (`call_soon`, `call_later`, script done-callbacks).
    /// Boxed, as `Native`: a task step or wake-up, what most of the ready
    /// queue holds, then takes 48 bytes of it, not 80.
    Call(Box<ScriptCall>),
    /// A native done-callback of a future.
    Native(Box<NativeCall>),
    /// `futures._set_result_unless_cancelled(fut, result)` (`asyncio.sleep`).
    SetResultUnlessCancelled { fut: Value, result: Value },
}

/// `Callback::Call`: `func(*args)`, run in `context` when there is one (the
/// handle's `_context`).
pub struct ScriptCall {
    pub func: Value,
    pub args: Vec<Value>,
    pub context: Option<Value>,
}

impl Callback {
    /// `Callback::Call` of `func(*args)` in `context`.
    pub fn call(func: Value, args: Vec<Value>, context: Option<Value>) -> Callback {
        Callback::Call(Box::new(ScriptCall {
            func,
            args,
            context,
        }))
    }
}

/// `Callback::Native`: `func(fut, state)`, shown as `name`.
pub struct NativeCall {
    pub func: NativeCallback,
    pub name: &'static str,
    pub fut: Value,
    pub state: Value,
}

/// The shared state of a handle that script code may hold.
#[derive(Default)]
pub struct HandleState {
    pub cancelled: Cell<bool>,
    /// Timers only: still in the loop's heap (CPython's `_scheduled`).
    pub scheduled: Cell<bool>,
    /// Timers only: the deadline.
    pub when: Cell<Option<f64>>,
    /// Debug mode: where the handle was made (`_source_traceback`; tuples of
    /// strs and ints, so the collector need not see it).
    pub source_tb: std::cell::RefCell<Option<Value>>,
}

/// An entry of the ready queue or the timer heap.
pub struct Handle {
    pub cb: Callback,
    /// Present when a `Handle` object was given out or the entry is a timer.
    pub state: Option<Rc<HandleState>>,
}

impl Handle {
    pub fn new(cb: Callback) -> Handle {
        Handle { cb, state: None }
    }

    pub fn is_cancelled(&self) -> bool {
        self.state.as_ref().is_some_and(|s| s.cancelled.get())
    }
}

/// The payload of the script-visible `Handle` / `TimerHandle`.
pub struct HandleObj {
    pub state: Rc<HandleState>,
    /// `func() at file:line` as CPython's handle repr shows it.
    pub desc: String,
    /// The loop's cancelled-timer counter (timers only).
    pub timer_count: Option<Rc<Cell<usize>>>,
}

impl HandleObj {
    /// `handle.cancel()`: a timer still in the heap counts towards the heap's
    /// compaction rule.
    pub fn cancel(&self) {
        if self.state.cancelled.get() {
            return;
        }
        self.state.cancelled.set(true);
        if self.state.scheduled.get() {
            if let Some(c) = &self.timer_count {
                c.set(c.get() + 1);
            }
        }
    }
}

impl crate::gc::Trace for Callback {
    fn trace(&self, v: &mut crate::gc::Visitor) {
        match self {
            Callback::Step { task, exc } => {
                v.value(task);
                exc.trace(v);
            }
            Callback::Wakeup { task, fut } => {
                v.value(task);
                v.value(fut);
            }
            Callback::Call(c) => {
                v.value(&c.func);
                c.args.trace(v);
                c.context.trace(v);
            }
            // The closure's captures are opaque (they count as referenced
            // from outside); the future is a real reference.
            Callback::Native(n) => {
                v.value(&n.fut);
                v.value(&n.state);
            }
            Callback::SetResultUnlessCancelled { fut, result } => {
                v.value(fut);
                v.value(result);
            }
        }
    }
}

impl crate::gc::Trace for Handle {
    fn trace(&self, v: &mut crate::gc::Visitor) {
        self.cb.trace(v);
    }
}

crate::native_payload!(HandleObj);
