//! `asyncio.sleep(delay, result=None)` (CPython 3.11 `tasks.py`, `sleep` and
//! `__sleep0`). The awaitable does nothing until awaited, like the coroutine it
//! replaces: its first step yields a bare `None` for `delay <= 0` (the task runs
//! again next iteration) or a future completed by a timer; its second step
//! returns `result`. The timer is cancelled with the future (the `finally:
//! h.cancel()` of CPython's version).

use crate::builtins::args::class;
use coil_interp::event_loop::future::{self, fut_of};
use coil_interp::event_loop::handle::Callback;
use coil_interp::event_loop::{get_running_loop, loop_of};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, NativeFn};
use coil_interp::vm::GenStep;
use coil_interp::{RunResult, Value, Vm};
use std::cell::RefCell;

enum SleepState {
    Start,
    /// Yielded `None` (`delay <= 0`).
    Yielded0,
    /// Waiting on this future.
    Waiting(Value),
    Done,
}

struct Sleep {
    delay: f64,
    result: Value,
    state: RefCell<SleepState>,
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__await__", sleep_await),
    ("__iter__", sleep_await),
    ("__next__", sleep_next),
    ("send", sleep_send),
];

pub fn sleep(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let mut delay = args.pos.first().cloned();
    let mut result = args.pos.get(1).cloned();
    for (k, v) in args.kw {
        match k.as_str() {
            "delay" => delay = Some(v.clone()),
            "result" => result = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "sleep() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let Some(delay) = delay else {
        return Err(vm.type_error("sleep() missing 1 required positional argument: 'delay'"));
    };
    let delay = match delay {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        Value::Bool(b) => b as i64 as f64,
        other => {
            return Err(vm.type_error(format!(
                "'<=' not supported between instances of '{}' and 'int'",
                other.type_name()
            )))
        }
    };
    let cls = class(
        vm,
        "asyncio.sleep",
        "asyncio",
        None,
        BaseKind::Builtin,
        METHODS,
    );
    // Tracked: a task sleeping in it is a cycle (task → coroutine → this →
    // future → the task's wakeup), and the awaiting frame may hold it twice.
    Ok(Value::Native(coil_interp::gc::new(
        coil_interp::object::Native {
            class: cls,
            data: Box::new(Sleep {
                delay,
                result: result.unwrap_or(Value::None),
                state: RefCell::new(SleepState::Start),
            }),
        },
    )))
}

fn this<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a Sleep> {
    match v {
        Value::Native(n) => n.get::<Sleep>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("not a sleep"))
}

fn sleep_await(_vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(me.clone())
}

fn sleep_send(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    sleep_next(vm, me, Args::positional(&[]))
}

fn sleep_next(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let me = me.clone();
    let s = this(vm, &me)?;
    match step(vm, s)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(vm.stop_iteration(r)),
    }
}

/// One step: the value to yield, or the result (what `__next__` raises
/// StopIteration with; an `await` takes it directly, `am_send`).
fn step(vm: &mut Vm, s: &Sleep) -> RunResult<GenStep> {
    let state = std::mem::replace(&mut *s.state.borrow_mut(), SleepState::Done);
    match state {
        SleepState::Start => {
            if s.delay <= 0.0 {
                *s.state.borrow_mut() = SleepState::Yielded0;
                return Ok(GenStep::Yield(Value::None));
            }
            let l = get_running_loop(vm)?;
            let fut = future::new_future(vm, &l);
            // `sleep`'s `loop.create_future()`.
            future::note_creation(vm, &fut, coil_interp::event_loop::debug::SITE_CREATE_FUTURE);
            let when = vm.loop_time() + s.delay;
            if let Some(li) = loop_of(&l) {
                let h = li.call_at_from_now(
                    when,
                    Callback::SetResultUnlessCancelled {
                        fut: fut.clone(),
                        result: s.result.clone(),
                    },
                );
                if let Some(f) = fut_of(&fut) {
                    f.set_timer(h);
                    f.blocking.set(true);
                }
            }
            *s.state.borrow_mut() = SleepState::Waiting(fut.clone());
            Ok(GenStep::Yield(fut))
        }
        SleepState::Yielded0 => Ok(GenStep::Return(s.result.clone())),
        SleepState::Waiting(fut) => {
            if let Some(f) = fut_of(&fut) {
                if let Some(t) = f.take_timer() {
                    t.cancelled.set(true);
                }
            }
            // Resumed before its future finished: the future's own iterator
            // complains, as CPython's `Future.__await__` does when driven by hand.
            if fut_of(&fut).is_some_and(|f| !f.done()) {
                return Err(vm.runtime_error("await wasn't used with future"));
            }
            Ok(GenStep::Return(future::result(vm, &fut)?))
        }
        SleepState::Done => Err(vm.runtime_error("cannot reuse already awaited coroutine")),
    }
}

impl coil_interp::gc::Trace for SleepState {
    fn trace(&self, v: &mut coil_interp::gc::Visitor) {
        if let SleepState::Waiting(fut) = self {
            v.value(fut);
        }
    }
}

impl coil_interp::object::NativeData for Sleep {
    fn traverse(&self, v: &mut coil_interp::gc::Visitor) {
        use coil_interp::gc::Trace;
        self.result.trace(v);
        self.state.trace(v);
    }

    fn am_send(&self, vm: &mut Vm, _value: &Value) -> Option<RunResult<GenStep>> {
        Some(step(vm, self))
    }
}

/// `_returning(v)`: a callable that returns `v` itself, with no allocation.
/// `sleep(0)` calls it as `__sleep0()` (the text CPython's traceback line
/// shows) to get the one stateless `_Sleep0` awaitable, where making an
/// instance per call cost the switch a tracked object.
pub fn returning(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let [v] = args.pos else {
        return Err(vm.type_error("_returning() takes exactly one argument"));
    };
    Ok(crate::builtins::args::bound_method(
        "asyncio",
        "__sleep0",
        give_receiver,
        v.clone(),
    ))
}

fn give_receiver(_: &mut Vm, me: &Value, _: Args) -> RunResult<Value> {
    Ok(me.clone())
}
