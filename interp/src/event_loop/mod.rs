//! The embedded asyncio event loop: clock, ready queue and timer heap, handles,
//! `Future`, `Task`, and the loop object. The `asyncio` module (`coil-stdlib`)
//! exposes them. See ARCHITECTURE.md, "Async: tasks and the event loop".

pub mod call_graph;
pub mod clock;
pub mod deadlock;
pub mod debug;
pub mod format_helpers;
pub mod future;
pub mod handle;
pub mod io_methods;
pub mod methods;
pub mod reactor;
pub mod report;
pub mod run_loop;
pub mod schedule;
pub mod task;
pub mod timer_heap;
pub mod trace;

pub use future::{Fut, FutCallback, FutKind, FutState};
pub use run_loop::LoopInner;

use crate::object::{Class, Exc, Native, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::rc::{Rc, Weak};

/// The classes of the objects this module makes (built once per VM).
pub struct AsyncClasses {
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub gathering_future: Rc<Class>,
    pub event_loop: Rc<Class>,
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    pub future_iter: Rc<Class>,
    pub cancelled_error: Rc<Class>,
    pub invalid_state_error: Rc<Class>,
}

/// Per-VM asyncio state: the clock, the running and the current loop, the
/// current task, the task counter (`Task-N`) and every task created (a weak
/// registry, as CPython's `_all_tasks` WeakSet).
#[derive(Default)]
pub struct AsyncState {
    pub clock: clock::Clock,
    pub classes: Option<Rc<AsyncClasses>>,
    pub running_loop: Option<Value>,
    pub event_loop: Option<Value>,
    pub current_task: Option<Value>,
    pub task_counter: u64,
    pub tasks: Vec<Weak<Native>>,
    /// `asyncio.run`'s main task while it runs: Ctrl-C cancels it instead of
    /// raising in the running code (3.11 `Runner._on_sigint`).
    pub main_task: Option<Value>,
    /// Set when Ctrl-C cancelled the main task (`Runner._interrupt_count`).
    pub interrupted: bool,
    /// `--schedule-seed`: the timing perturbation (`schedule.rs`); None runs
    /// the loop unperturbed.
    pub schedule: Option<schedule::Schedule>,
    /// `--trace`: the recorder of task steps (`trace.rs`); None records nothing.
    pub trace: Option<Box<trace::Tracer>>,
    /// Debug mode (`debug.rs`): the index in `Vm::frames` of the first frame
    /// of the handle the loop is running.
    pub handle_base: Option<usize>,
    /// Debug mode: the source traceback of the handle being run
    /// (`_current_handle._source_traceback`).
    pub current_handle_tb: Option<Value>,
    /// The running loop was entered by `run_until_complete` (not `run_forever`).
    pub until_complete: bool,
    /// The running loop was entered by the native `asyncio.run`.
    pub native_run: bool,
    /// The library frames of the native function about to make a task
    /// (`asyncio.create_task`'s `tasks.py` line), for its source traceback.
    pub creation_site: &'static [crate::vm::library_frames::LibraryFrame],
    /// `sys.get_coroutine_origin_tracking_depth()`.
    pub origin_depth: u32,
    /// The asyncio package's native names, which seed the globals of each of
    /// its Python parts when it is loaded on first use (`stdlib` `asyncio/parts.rs`).
    pub package_seed: Option<Rc<crate::object::Dict>>,
}

impl AsyncState {
    pub fn register_task(&mut self, task: &Value) {
        if let Value::Native(n) = task {
            if self.tasks.len() >= 64 && self.tasks.len().is_power_of_two() {
                self.tasks.retain(|w| w.strong_count() > 0);
            }
            self.tasks.push(Rc::downgrade(n));
        }
    }

    /// Live tasks of `loop_` that are not done, in creation order.
    pub fn live_tasks(&mut self, loop_: &Value) -> Vec<Value> {
        self.tasks.retain(|w| w.strong_count() > 0);
        self.tasks
            .iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Native)
            .filter(|t| fut_of_loop(t, loop_))
            .collect()
    }
}

fn fut_of_loop(t: &Value, loop_: &Value) -> bool {
    future::fut_of(t).is_some_and(|f| !f.done() && f.loop_.is(loop_))
}

/// The classes, built on first use.
pub fn classes(vm: &mut Vm) -> Rc<AsyncClasses> {
    if let Some(c) = &vm.asyncio.classes {
        return c.clone();
    }
    let c = Rc::new(methods::build_classes(vm));
    vm.asyncio.classes = Some(c.clone());
    c
}

/// The loop payload of a loop object.
pub fn loop_of(v: &Value) -> Option<&LoopInner> {
    match v {
        Value::Native(n) => n.get::<LoopInner>(),
        _ => None,
    }
}

pub fn is_cancelled_error(vm: &mut Vm, e: &Exc) -> bool {
    let cls = classes(vm).cancelled_error.clone();
    e.class().is_subclass(&cls)
}

/// `new_event_loop()`.
pub fn new_event_loop(vm: &mut Vm) -> Value {
    let cls = classes(vm).event_loop.clone();
    let inner = LoopInner::default();
    // `coroutines._is_debug_mode()`: a new loop starts in debug mode when
    // PYTHONASYNCIODEBUG is set to a non-empty value.
    let debug = std::env::var_os("PYTHONASYNCIODEBUG").is_some_and(|v| !v.is_empty());
    inner.debug.set(debug);
    crate::object::native(&cls, inner)
}

/// `get_event_loop()`: the running loop, else the current one (made on first use).
pub fn get_event_loop(vm: &mut Vm) -> Value {
    if let Some(l) = &vm.asyncio.running_loop {
        return l.clone();
    }
    if let Some(l) = &vm.asyncio.event_loop {
        return l.clone();
    }
    let l = new_event_loop(vm);
    vm.asyncio.event_loop = Some(l.clone());
    l
}

/// `get_running_loop()`.
pub fn get_running_loop(vm: &mut Vm) -> RunResult<Value> {
    match &vm.asyncio.running_loop {
        Some(l) => Ok(l.clone()),
        None => Err(vm.runtime_error("no running event loop")),
    }
}

/// `ensure_future(obj, loop=)`: futures pass through; coroutines become tasks;
/// other awaitables are wrapped.
pub fn ensure_future(vm: &mut Vm, obj: &Value, loop_: Option<&Value>) -> RunResult<Value> {
    if let Some(f) = future::fut_of(obj) {
        if let Some(l) = loop_ {
            if !f.loop_.is(l) {
                return Err(vm.value_error(
                    "The future belongs to a different loop than the one specified as the loop argument",
                ));
            }
        }
        return Ok(obj.clone());
    }
    let is_coro = matches!(obj, Value::Generator(g) if g.kind == crate::object::GenKind::Coroutine)
        || crate::vm::async_gen::is_awaitable(obj);
    if !is_coro && matches!(obj, Value::Instance(_)) {
        // Any object with `__await__` is wrapped in a coroutine that awaits it
        // (`tasks._wrap_awaitable`, written in the asyncio module's tasks.py).
        let has_await = vm
            .get_attr_opt(obj, &crate::object::Str::intern("__await__"))?
            .is_some();
        // An attribute lookup, so the part that defines it loads if need be.
        let wrap = match vm.modules.get_str("asyncio") {
            Some(m) if has_await => {
                vm.get_attr_opt(&m, &crate::object::Str::intern("_wrap_awaitable"))?
            }
            _ => None,
        };
        if let (true, Some(wrap)) = (has_await, wrap) {
            let coro = vm.call(&wrap, std::slice::from_ref(obj), &[])?;
            let l = match loop_ {
                Some(l) => l.clone(),
                None => get_event_loop(vm),
            };
            return task::new_task(vm, &l, coro, Value::None);
        }
    }
    if !is_coro {
        return Err(vm.type_error("An asyncio.Future, a coroutine or an awaitable is required"));
    }
    let l = match loop_ {
        Some(l) => l.clone(),
        None => get_event_loop(vm),
    };
    task::new_task(vm, &l, obj.clone(), Value::None)
}
