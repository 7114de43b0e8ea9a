//! The `asyncio` module (CPython 3.11 `Lib/asyncio/`): `run`, tasks and futures,
//! `sleep`, `gather`, `wait`, `wait_for`, `shield`, `as_completed`, the queues and
//! synchronisation primitives, the loop accessors and the exceptions. Future, Task
//! and the loop are in `coil_interp::event_loop` (a Task steps in
//! `event_loop/task.rs`); `run` (`run.rs`), `gather` (`gather.rs`) and the
//! `_sleep` awaitable under `sleep` (`sleep.rs`) are native here; what CPython
//! writes in Python is Python here too: each `.py` part in `PYTHON_PARTS`
//! (`mixins`, `locks`, `queues`, `tasks`, `base_tasks`, `timeouts`, `taskgroups`)
//! is compiled as the submodule of its name when asyncio is first imported, and the
//! names in its `__all__` join the module.

mod base_tasks;
mod gather;
mod line_map;
mod run;
mod runner_frames;
mod sleep;

use crate::builtins::args::func;
use crate::modules::new_module;
use coil_interp::event_loop::{self as ev, classes, future::fut_of};
use coil_interp::object::dict::HashKey;
use coil_interp::object::{Args, Dict, GenKind, Module, NativeFn, Set, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// The parts written in Python, in load order: `(submodule, source)`. Each sees
/// the names exported by the ones before it.
const PYTHON_PARTS: &[(&str, &str)] = &[
    ("mixins", include_str!("mixins.py")),
    ("locks", include_str!("locks.py")),
    ("queues", include_str!("queues.py")),
    ("tasks", include_str!("tasks.py")),
    ("base_tasks", include_str!("base_tasks.py")),
    ("timeouts", include_str!("timeouts.py")),
    ("taskgroups", include_str!("taskgroups.py")),
];

const FUNCS: &[(&str, NativeFn)] = &[
    ("run", run::run),
    ("_sleep", sleep::sleep),
    ("_source_line", base_tasks::source_line_fn),
    ("_exception_only", base_tasks::exception_only),
    ("gather", gather_fn),
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
];

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
    for (name, source) in PYTHON_PARTS {
        load_python_part(vm, &m, name, source)?;
    }
    // BrokenBarrierError is written in locks.py but belongs to
    // asyncio.exceptions (and so to asyncio), as in CPython.
    if let Some(Value::Module(locks)) = m.dict.get_str("locks") {
        if let Some(e) = locks.dict.get_str("BrokenBarrierError") {
            exceptions.dict.set_str("BrokenBarrierError", e.clone());
            m.dict.set_str("BrokenBarrierError", e);
        }
    }
    Ok(m)
}

/// Compiles one Python part as the submodule `asyncio.<name>` (under the file
/// name and line numbers of CPython's module of that name), its globals seeded with everything `asyncio` holds so far, then
/// copies the names in its `__all__` into `asyncio`.
fn load_python_part(vm: &mut Vm, asyncio: &Rc<Module>, name: &str, source: &str) -> RunResult<()> {
    let full = format!("asyncio.{name}");
    let globals = Rc::new(Dict::new());
    let seed: Vec<(HashKey, Value)> = asyncio
        .dict
        .map
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    globals.map.borrow_mut().extend(seed);
    globals.set_str("__name__", Value::string(full.clone()));
    let b = vm.builtins_module();
    globals.set_str("__builtins__", b);
    // CPython's file name and line numbers, so tracebacks through the part read
    // as CPython's (see `line_map`).
    let filename = format!("{}/{name}.py", runner_frames::asyncio_dir());
    let mut code = vm.compile_source(source, &filename)?;
    let lines = line_map::parse(source);
    line_map::apply(&mut code, &lines);
    line_map::register(&filename, &lines);
    vm.run_module_code(code, globals.clone())?;
    let exported = match globals.get_str("__all__") {
        Some(all) => vm.collect(&all)?,
        None => vec![],
    };
    for n in exported {
        if let Value::Str(s) = &n {
            if let Some(v) = globals.get_str(s.as_str()) {
                asyncio.dict.set_str(s.as_str(), v);
            }
        }
    }
    let part = Rc::new(Module {
        name: Str::intern(&full),
        dict: globals,
    });
    asyncio.dict.set_str(name, Value::Module(part));
    Ok(())
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
    ev::task::new_task_in(vm, &l, coro.clone(), name, context)
}

fn ensure_future(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Err(vm.type_error(
            "ensure_future() missing 1 required positional argument: 'coro_or_future'",
        ));
    };
    let l = args.kwarg("loop").cloned().filter(|v| !v.is_none());
    ev::ensure_future(vm, obj, l.as_ref())
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

fn iscoroutinefunction(_vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let f = match args.pos.first() {
        Some(Value::BoundMethod(m)) => m.func.clone(),
        Some(v) => v.clone(),
        None => Value::None,
    };
    Ok(Value::Bool(
        matches!(&f, Value::Function(f) if f.code.flags.coroutine),
    ))
}

fn isfuture(_vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    Ok(Value::Bool(
        args.pos.first().is_some_and(|v| fut_of(v).is_some()),
    ))
}
