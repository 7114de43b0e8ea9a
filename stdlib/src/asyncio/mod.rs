//! The `asyncio` module (CPython 3.11 `Lib/asyncio/`): `run`, tasks and futures,
//! `sleep`, `gather`, `wait`, `wait_for`, `shield`, `as_completed`, the queues and
//! synchronisation primitives, the loop accessors and the exceptions. Future, Task
//! and the loop are in `coil_interp::event_loop` (a Task steps in
//! `event_loop/task.rs`); `run` (`run.rs`), `gather` (`gather.rs`) and the
//! `_sleep` awaitable under `sleep` (`sleep.rs`) are native here; what CPython
//! writes in Python is Python here too: each `.py` part (`locks`, `queues`,
//! `tasks`, `timeouts`, `taskgroups`, the loop's and the streams' parts, …) is
//! the submodule of its name, loaded when first used (`parts.rs`), and the names
//! in its `__all__` join the module.

mod base_tasks;
mod call_graph;
mod gather;
mod parts;
mod process;
mod run;
mod runner_frames;
mod signals;
mod sleep;

use crate::builtins::args::{func, one_arg, positional};
use crate::modules::new_module;
use coil_interp::event_loop::{self as ev, classes, future::fut_of};
use coil_interp::object::{Args, GenKind, Module, NativeFn, Set, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// The sources of the parts written in Python, in the order of
/// `parts::PARTS` (loaded when first used, `parts.rs`).
const PYTHON_SOURCES: [&str; 15] = [
    include_str!("mixins.py"),
    include_str!("locks.py"),
    include_str!("queues.py"),
    include_str!("tasks.py"),
    include_str!("base_tasks.py"),
    include_str!("timeouts.py"),
    include_str!("taskgroups.py"),
    include_str!("protocols.py"),
    include_str!("selector_events.py"),
    include_str!("base_events.py"),
    include_str!("streams.py"),
    include_str!("subprocess.py"),
    include_str!("graph.py"),
    include_str!("threads.py"),
    include_str!("runners.py"),
];

const FUNCS: &[(&str, NativeFn)] = &[
    ("run", run::run),
    ("_sleep", sleep::sleep),
    ("_returning", sleep::returning),
    ("_source_line", base_tasks::source_line_fn),
    ("_exception_only", base_tasks::exception_only),
    ("gather", gather_fn),
    ("_spawn", process::spawn),
    ("_waitpid", process::waitpid),
    ("_kill", process::kill),
    ("_read", process::read),
    ("_write", process::write),
    ("_close_fd", process::close_fd),
    ("_signal_pipe", signals::signal_pipe),
    ("_signal_install", signals::install),
    ("_signal_default", signals::restore),
    ("_raise_signal", signals::raise_signal),
    ("_runner_begin", run::runner_begin),
    ("_runner_end", run::runner_end),
    ("_runner_shutdown", run::runner_shutdown),
    ("_get_loop_raw", get_loop_raw),
    ("_slow_callback_duration", slow_callback_duration),
    ("_current_handle_traceback", current_handle_traceback),
    ("_set_loop_raw", set_event_loop),
    ("_new_loop_raw", new_event_loop),
    ("_get_running_loop_raw", get_running_loop_raw),
    ("create_task", create_task),
    ("ensure_future", ensure_future),
    ("get_event_loop", get_event_loop),
    ("new_event_loop", new_event_loop),
    ("set_event_loop", set_event_loop),
    ("get_running_loop", get_running_loop),
    ("current_task", current_task),
    ("all_tasks", all_tasks),
    ("iscoroutine", iscoroutine),
    ("iscoroutinefunction", iscoroutinefunction),
    ("isfuture", isfuture),
    ("future_add_to_awaited_by", call_graph::add_awaited_by),
    (
        "future_discard_from_awaited_by",
        call_graph::discard_awaited_by,
    ),
    ("_capture_call_graph", call_graph::capture),
    ("_format_call_graph", call_graph::format),
    ("_lock_owner", call_graph::lock_owner),
];

pub use parts::register as register_parts;

pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let c = classes(vm);
    let mut items: Vec<(&str, Value)> = FUNCS.iter().map(|(n, f)| (*n, func(n, *f))).collect();
    let timeout = vm.types.exc.timeout_error.clone();
    items.extend([
        ("Future", Value::Class(c.future.clone())),
        ("Task", Value::Class(c.task.clone())),
        ("CancelledError", Value::Class(c.cancelled_error.clone())),
        (
            "InvalidStateError",
            Value::Class(c.invalid_state_error.clone()),
        ),
        ("TimeoutError", Value::Class(timeout.clone())),
    ]);
    let exceptions = new_module(
        "asyncio.exceptions",
        vec![
            ("CancelledError", Value::Class(c.cancelled_error.clone())),
            (
                "InvalidStateError",
                Value::Class(c.invalid_state_error.clone()),
            ),
            ("TimeoutError", Value::Class(timeout)),
        ],
    );
    items.push(("exceptions", Value::Module(exceptions.clone())));
    let m = new_module("asyncio", items);
    // A package, as CPython's: its parts are importable submodules.
    m.dict.set_str("__path__", Value::list(vec![]));
    vm.modules
        .set_str("asyncio.exceptions", Value::Module(exceptions.clone()));
    debug_attributes(vm, &c);
    // The module is in `sys.modules` before its parts load, as a package is.
    vm.modules.set_str("asyncio", Value::Module(m.clone()));
    parts::install(vm, &m, &exceptions)?;
    Ok(m)
}

/// Debug mode's attributes: `_source_traceback` of futures, tasks and
/// handles (`event_loop/debug.rs`), the loop's `slow_callback_duration`.
fn debug_attributes(vm: &mut Vm, c: &ev::AsyncClasses) {
    crate::builtins::args::add_getter(vm, &c.future, "_source_traceback", future_source_tb);
    crate::builtins::args::add_getter(vm, &c.handle, "_source_traceback", handle_source_tb);
}

fn future_source_tb(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let me = one_arg(vm, "_source_traceback", &args)?;
    let tb = fut_of(me).and_then(|f| f.source_tb());
    Ok(ev::debug::source_traceback_list(tb.as_ref()))
}

fn handle_source_tb(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let me = one_arg(vm, "_source_traceback", &args)?;
    let tb = match me {
        Value::Native(n) => n
            .get::<ev::handle::HandleObj>()
            .and_then(|h| h.state.source_tb.borrow().clone()),
        _ => None,
    };
    Ok(ev::debug::source_traceback_list(tb.as_ref()))
}

/// `loop._current_handle._source_traceback` (None outside a debug loop's
/// handle).
fn current_handle_traceback(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    let tb = vm.asyncio.current_handle_tb.clone();
    Ok(ev::debug::source_traceback_list(tb.as_ref()))
}

/// `loop.slow_callback_duration` (read and set from `base_events.py`).
fn slow_callback_duration(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "_slow_callback_duration", &args, 1, 2)?;
    let Some(l) = ev::loop_of(&pos[0]) else {
        return Err(vm.type_error("not an event loop"));
    };
    match pos.get(1) {
        None => Ok(Value::Float(l.slow_callback.get())),
        Some(v) => {
            let f = match v {
                Value::Int(i) => *i as f64,
                Value::Float(f) => *f,
                Value::Bool(b) => *b as i64 as f64,
                // CPython stores anything; the loop then compares it with a
                // float, which fails at the first slow callback.
                _ => return Err(vm.type_error("slow_callback_duration must be a number")),
            };
            l.slow_callback.set(f);
            Ok(Value::None)
        }
    }
}

fn gather_fn(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let mut ret = false;
    for (k, v) in args.kw {
        if k.as_str() == "return_exceptions" {
            ret = vm.truthy(v)?;
        } else {
            return Err(vm.type_error(format!(
                "gather() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    gather::gather(vm, args.pos, ret)
}

fn create_task(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let Some(coro) = args.pos.first() else {
        return Err(vm.type_error("create_task() missing 1 required positional argument: 'coro'"));
    };
    let name = args.kwarg("name").cloned().unwrap_or(Value::None);
    let context = args.kwarg("context").cloned();
    let l = ev::get_running_loop(vm)?;
    // 3.11's `asyncio.create_task` makes the task unnamed (a `Task-N` number
    // is used up) and then sets the name.
    vm.asyncio.creation_site = if context.is_some() {
        ev::debug::SITE_CREATE_TASK_CONTEXT
    } else {
        ev::debug::SITE_CREATE_TASK
    };
    let task = ev::task::new_task_in(vm, &l, coro.clone(), Value::None, context)?;
    if !name.is_none() {
        if let Some(set) = vm.get_attr_opt(&task, &Str::intern("set_name"))? {
            vm.call(&set, &[name], &[])?;
        }
    }
    Ok(task)
}

fn ensure_future(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Err(vm.type_error(
            "ensure_future() missing 1 required positional argument: 'coro_or_future'",
        ));
    };
    let l = args.kwarg("loop").cloned().filter(|v| !v.is_none());
    vm.asyncio.creation_site = ev::debug::SITE_ENSURE_FUTURE;
    let r = ev::ensure_future(vm, obj, l.as_ref());
    vm.asyncio.creation_site = &[];
    r
}

fn get_event_loop(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    Ok(ev::get_event_loop(vm))
}

fn new_event_loop(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    let l = ev::new_event_loop(vm);
    crate::modules::logging_support::log_selector_in_use(vm)?;
    Ok(l)
}

fn set_event_loop(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let l = args.pos.first().cloned().unwrap_or(Value::None);
    vm.asyncio.event_loop = if l.is_none() { None } else { Some(l) };
    Ok(Value::None)
}

/// The current loop slot as it is (None when unset), for the policy.
fn get_loop_raw(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    Ok(vm.asyncio.event_loop.clone().unwrap_or(Value::None))
}

/// `events._get_running_loop()`: the running loop or None.
fn get_running_loop_raw(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    Ok(vm.asyncio.running_loop.clone().unwrap_or(Value::None))
}

fn get_running_loop(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    ev::get_running_loop(vm)
}

fn current_task(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if args.pos.first().is_none_or(|v| v.is_none()) {
        ev::get_running_loop(vm)?;
    }
    Ok(vm.asyncio.current_task.clone().unwrap_or(Value::None))
}

fn all_tasks(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let l = match args.pos.first().filter(|v| !v.is_none()) {
        Some(l) => l.clone(),
        None => ev::get_running_loop(vm)?,
    };
    let tasks = vm.asyncio.live_tasks(&l);
    let set = Set::new(false);
    for t in tasks {
        vm.set_add(&set, t)?;
    }
    Ok(Value::Set(Rc::new(set)))
}

fn iscoroutine(_vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    Ok(Value::Bool(matches!(
        args.pos.first(),
        Some(Value::Generator(g)) if g.kind == GenKind::Coroutine
    )))
}

fn iscoroutinefunction(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let mut f = match args.pos.first() {
        Some(Value::BoundMethod(m)) => m.func.clone(),
        Some(v) => v.clone(),
        None => Value::None,
    };
    // `inspect._has_code_flag` looks through methods and `functools.partial`.
    for _ in 0..100 {
        f = match &f {
            Value::BoundMethod(m) => m.func.clone(),
            Value::Instance(i) if i.class().name.as_str() == "partial" => {
                match vm.get_attr_opt(&f, &Str::intern("func"))? {
                    Some(inner) => inner,
                    None => break,
                }
            }
            _ => break,
        };
    }
    Ok(Value::Bool(
        matches!(&f, Value::Function(f) if f.code.flags.coroutine),
    ))
}

fn isfuture(_vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    Ok(Value::Bool(
        args.pos.first().is_some_and(|v| fut_of(v).is_some()),
    ))
}
