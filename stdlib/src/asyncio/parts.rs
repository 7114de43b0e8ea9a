//! asyncio's parts written in Python (CPython 3.11 `Lib/asyncio/*.py`), each
//! loaded the first time something of it is used.
//!
//! CPython's `asyncio/__init__.py` imports every submodule. Loading all of ours
//! at `import asyncio` was four fifths of a one-coroutine script's start-up
//! (reading ~200 KB of embedded bytecode, building ~90 classes), while a typical
//! program touches two or three parts. So the package holds only its native
//! names at first and a PEP 562 `__getattr__` (`Objects/moduleobject.c`
//! `module_getattro`) that loads the part exporting a missing name; the loop
//! methods written in Python are properties on the loop class that load their
//! part on first access; `import asyncio.streams` finds each part registered as
//! a native module. A part's globals are seeded as the eager order gave them:
//! the native names plus the exports of every part before it that is loaded
//! (its dependencies, listed in `Part::deps`, always are).
//!
//! What a program can still tell: `sys.modules` and `vars(asyncio)` lack the
//! parts not yet used (as `'socket' in sys.modules` does for the lazy socket
//! import in `selector_events.py`); `dir(asyncio)` loads everything first.

use super::PYTHON_SOURCES;
use crate::builtins::args::{bound_method, func};
use coil_interp::event_loop::classes;
use coil_interp::object::descriptors::Property;
use coil_interp::object::dict::HashKey;
use coil_interp::object::{native, Args, Class, Dict, Module, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// One Python part: the submodule name, the parts whose exports its code uses,
/// the names its `__all__` copies into `asyncio`, and the loop methods it
/// defines (its `_LOOP_METHODS`). `tests` checks the lists against the sources.
pub(super) struct Part {
    pub name: &'static str,
    deps: &'static [&'static str],
    exports: &'static [&'static str],
    loop_methods: &'static [&'static str],
}

const NONE: &[&str] = &[];

/// The parts in CPython's (and the former eager) load order.
pub(super) const PARTS: &[Part] = &[
    Part {
        name: "mixins",
        deps: NONE,
        exports: NONE,
        loop_methods: NONE,
    },
    Part {
        name: "locks",
        deps: &["mixins"],
        exports: &[
            "Lock",
            "Event",
            "Condition",
            "Semaphore",
            "BoundedSemaphore",
            "Barrier",
        ],
        loop_methods: NONE,
    },
    Part {
        name: "queues",
        deps: &["mixins", "locks"],
        exports: &[
            "Queue",
            "PriorityQueue",
            "LifoQueue",
            "QueueFull",
            "QueueEmpty",
        ],
        loop_methods: NONE,
    },
    Part {
        name: "tasks",
        deps: &["queues"],
        exports: &[
            "_wrap_awaitable",
            "FIRST_COMPLETED",
            "FIRST_EXCEPTION",
            "ALL_COMPLETED",
            "sleep",
            "wait",
            "wait_for",
            "as_completed",
            "shield",
        ],
        loop_methods: NONE,
    },
    Part {
        name: "base_tasks",
        deps: NONE,
        exports: NONE,
        loop_methods: NONE,
    },
    Part {
        name: "timeouts",
        deps: NONE,
        exports: &["Timeout", "timeout", "timeout_at"],
        loop_methods: NONE,
    },
    Part {
        name: "taskgroups",
        deps: NONE,
        exports: &["TaskGroup"],
        loop_methods: NONE,
    },
    Part {
        name: "protocols",
        deps: NONE,
        exports: &[
            "BaseProtocol",
            "Protocol",
            "DatagramProtocol",
            "SubprocessProtocol",
            "BufferedProtocol",
            "BaseTransport",
            "ReadTransport",
            "WriteTransport",
            "Transport",
            "DatagramTransport",
            "SubprocessTransport",
        ],
        loop_methods: NONE,
    },
    Part {
        name: "selector_events",
        deps: &["protocols"],
        exports: NONE,
        loop_methods: &[
            "sock_recv",
            "sock_recv_into",
            "sock_sendall",
            "sock_connect",
            "sock_accept",
            "sock_sendto",
            "sock_recvfrom",
            "create_connection",
            "create_server",
            "create_unix_connection",
            "create_unix_server",
            "create_datagram_endpoint",
            "connect_accepted_socket",
            "set_exception_handler",
            "get_exception_handler",
            "call_exception_handler",
            "default_exception_handler",
            "_exception_handler",
            "slow_callback_duration",
            "_start_serving",
            "_stop_serving",
            "_accept_connection",
            "_accept_connection2",
            "_create_connection_transport",
            "_connect_sock",
            "add_signal_handler",
            "remove_signal_handler",
        ],
    },
    // Defines part of the functions selector_events lists as loop methods.
    Part {
        name: "base_events",
        deps: &["tasks", "selector_events"],
        exports: &["Server", "AbstractServer"],
        loop_methods: NONE,
    },
    Part {
        name: "streams",
        deps: &["tasks", "protocols", "selector_events"],
        exports: &[
            "StreamReader",
            "StreamWriter",
            "StreamReaderProtocol",
            "open_connection",
            "start_server",
            "open_unix_connection",
            "start_unix_server",
            "IncompleteReadError",
            "LimitOverrunError",
        ],
        loop_methods: NONE,
    },
    Part {
        name: "subprocess",
        deps: &["protocols", "streams"],
        exports: &["create_subprocess_exec", "create_subprocess_shell"],
        loop_methods: NONE,
    },
    Part {
        name: "graph",
        deps: NONE,
        exports: &[
            "capture_call_graph",
            "format_call_graph",
            "print_call_graph",
            "FrameCallGraphEntry",
            "FutureCallGraph",
        ],
        loop_methods: NONE,
    },
    Part {
        name: "threads",
        deps: NONE,
        exports: &["to_thread", "wrap_future", "run_coroutine_threadsafe"],
        loop_methods: &[
            "run_in_executor",
            "set_default_executor",
            "shutdown_default_executor",
        ],
    },
    Part {
        name: "runners",
        deps: NONE,
        exports: &[
            "Runner",
            "AbstractEventLoop",
            "AbstractEventLoopPolicy",
            "DefaultEventLoopPolicy",
            "get_event_loop_policy",
            "set_event_loop_policy",
            "get_event_loop",
            "set_event_loop",
            "new_event_loop",
        ],
        loop_methods: NONE,
    },
];

/// Native functions a part replaces (runners.py's policy-aware versions): the
/// package starts without them, the parts' globals with them.
pub(super) const REPLACED_NATIVES: &[&str] =
    &["get_event_loop", "set_event_loop", "new_event_loop"];

/// Names a part defines for `asyncio.exceptions` (and `asyncio`) outside its
/// `__all__`, as CPython keeps them in `exceptions.py`.
const EXCEPTION_NAMES: &[(&str, &str)] = &[
    ("BrokenBarrierError", "locks"),
    ("IncompleteReadError", "streams"),
    ("LimitOverrunError", "streams"),
];

/// Parts loaded with the package: base_tasks replaces two `Task` methods.
const EAGER: &[&str] = &["base_tasks"];

fn index_of(name: &str) -> Option<usize> {
    PARTS.iter().position(|p| p.name == name)
}

fn asyncio_module(vm: &Vm) -> Option<Rc<Module>> {
    match vm.modules.get_str("asyncio") {
        Some(Value::Module(m)) => Some(m),
        _ => None,
    }
}

/// Sets up the package: the hooks, `__all__`, the loop-method properties and
/// the eager parts. `seed` holds the native names every part's globals start
/// with.
pub(super) fn install(vm: &mut Vm, asyncio: &Rc<Module>, exceptions: &Rc<Module>) -> RunResult<()> {
    let seed = Rc::new(Dict::new());
    let natives: Vec<(HashKey, Value)> = asyncio
        .dict
        .map
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    seed.map.borrow_mut().extend(natives);
    vm.asyncio.package_seed = Some(seed);
    for name in REPLACED_NATIVES {
        asyncio.dict.remove_name(&Str::intern(name));
    }
    asyncio
        .dict
        .set_str("__getattr__", func("__getattr__", package_getattr));
    asyncio
        .dict
        .set_str("__dir__", func("__dir__", package_dir));
    exceptions
        .dict
        .set_str("__getattr__", func("__getattr__", exceptions_getattr));
    asyncio.dict.set_str("__all__", all_names(asyncio));
    let loop_class = classes(vm).event_loop.clone();
    for part in PARTS {
        for name in part.loop_methods.iter() {
            if loop_class.dict.get_str(name).is_none() {
                loop_class.dict.set_str(name, loop_stub(vm, name));
            }
        }
    }
    for name in EAGER {
        if let Some(i) = index_of(name) {
            load(vm, i)?;
        }
    }
    Ok(())
}

/// `asyncio.__all__`: the public native names, then each part's exports in
/// load order (CPython's is the concatenation of its submodules' lists).
fn all_names(asyncio: &Rc<Module>) -> Value {
    let mut names: Vec<Value> = asyncio
        .dict
        .map
        .borrow()
        .iter()
        .filter_map(|(k, v)| match (&k.value, v) {
            (Value::Str(s), Value::Builtin(_) | Value::Class(_))
                if !s.as_str().starts_with('_') =>
            {
                Some(Value::Str(s.clone()))
            }
            _ => None,
        })
        .collect();
    for part in PARTS {
        // CPython 3.11's `asyncio/__init__.py` leaves `taskgroups.__all__` out of
        // its own, so `from asyncio import *` gives no TaskGroup.
        let listed = |n: &&&str| !n.starts_with('_') && part.name != "taskgroups";
        for n in part.exports.iter().filter(listed) {
            names.push(Value::str(n));
        }
    }
    for (n, _) in EXCEPTION_NAMES.iter().take(1) {
        names.push(Value::str(n));
    }
    Value::tuple(names)
}

/// The part that provides `name` as an attribute of `asyncio`.
fn part_for(name: &str) -> Option<usize> {
    if let Some(i) = index_of(name) {
        return Some(i);
    }
    if let Some((_, p)) = EXCEPTION_NAMES.iter().find(|(n, _)| *n == name) {
        return index_of(p);
    }
    PARTS.iter().position(|p| p.exports.contains(&name))
}

/// `asyncio.__getattr__(name)` (PEP 562): loads the part that has `name`; a
/// name no part has loads them all first, so the AttributeError's "Did you
/// mean" sees every name, as CPython's.
fn package_getattr(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let Some(Value::Str(name)) = args.pos.first().cloned() else {
        return Err(vm.type_error("__getattr__ expects a str"));
    };
    let Some(m) = asyncio_module(vm) else {
        return Err(vm.attribute_error(format!(
            "module 'asyncio' has no attribute '{}'",
            name.as_str()
        )));
    };
    match part_for(name.as_str()) {
        Some(i) => {
            load(vm, i)?;
        }
        None => load_all(vm)?,
    }
    match m.dict.get_name(&name) {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&Value::Module(m), &name)),
    }
}

/// `asyncio.exceptions.__getattr__`: the exceptions written in a part.
fn exceptions_getattr(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let Some(Value::Str(name)) = args.pos.first().cloned() else {
        return Err(vm.type_error("__getattr__ expects a str"));
    };
    let Some(Value::Module(exc)) = vm.modules.get_str("asyncio.exceptions") else {
        return Err(vm.attribute_error(format!(
            "module 'asyncio.exceptions' has no attribute '{}'",
            name.as_str()
        )));
    };
    match EXCEPTION_NAMES
        .iter()
        .find(|(n, _)| *n == name.as_str())
        .and_then(|(_, p)| index_of(p))
    {
        Some(i) => {
            load(vm, i)?;
        }
        None => load_all(vm)?,
    }
    match exc.dict.get_name(&name) {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&Value::Module(exc), &name)),
    }
}

/// `dir(asyncio)`: everything loaded, then the package's names.
fn package_dir(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    load_all(vm)?;
    let Some(m) = asyncio_module(vm) else {
        return Ok(Value::list(vec![]));
    };
    Ok(Value::list(m.dict.key_values()))
}

/// Loads every part; the hooks then have nothing left to do and go, so the
/// package looks as CPython's.
pub(super) fn load_all(vm: &mut Vm) -> RunResult<()> {
    for i in 0..PARTS.len() {
        load(vm, i)?;
    }
    if let Some(m) = asyncio_module(vm) {
        m.dict.remove_name(&Str::intern("__getattr__"));
        m.dict.remove_name(&Str::intern("__dir__"));
    }
    if let Some(Value::Module(e)) = vm.modules.get_str("asyncio.exceptions") {
        e.dict.remove_name(&Str::intern("__getattr__"));
    }
    Ok(())
}

/// `import asyncio.<part>`: each part is registered as a native module whose
/// initialiser loads it (`PART_INITS`).
fn init_part<const I: usize>(vm: &mut Vm) -> RunResult<Rc<Module>> {
    vm.import_module("asyncio")?;
    load(vm, I)
}

/// Registers `asyncio.<part>` for every part with the importer.
pub fn register(vm: &mut Vm) {
    const INITS: [coil_interp::vm::ModuleInit; 15] = [
        init_part::<0>,
        init_part::<1>,
        init_part::<2>,
        init_part::<3>,
        init_part::<4>,
        init_part::<5>,
        init_part::<6>,
        init_part::<7>,
        init_part::<8>,
        init_part::<9>,
        init_part::<10>,
        init_part::<11>,
        init_part::<12>,
        init_part::<13>,
        init_part::<14>,
    ];
    const NAMES: [&str; 15] = [
        "asyncio.mixins",
        "asyncio.locks",
        "asyncio.queues",
        "asyncio.tasks",
        "asyncio.base_tasks",
        "asyncio.timeouts",
        "asyncio.taskgroups",
        "asyncio.protocols",
        "asyncio.selector_events",
        "asyncio.base_events",
        "asyncio.streams",
        "asyncio.subprocess",
        "asyncio.graph",
        "asyncio.threads",
        "asyncio.runners",
    ];
    for (name, init) in NAMES.iter().zip(INITS) {
        vm.register_module(name, init);
    }
}

/// Loads part `i` (its dependencies first) unless it is loaded or loading:
/// compiled as the submodule `asyncio.<name>` under CPython's file name, its
/// exports copied into `asyncio` where the program has not set the name.
pub(super) fn load(vm: &mut Vm, i: usize) -> RunResult<Rc<Module>> {
    let part = &PARTS[i];
    let full = format!("asyncio.{}", part.name);
    if let Some(Value::Module(m)) = vm.modules.get_str(&full) {
        return Ok(m);
    }
    for dep in part.deps {
        if let Some(d) = index_of(dep) {
            load(vm, d)?;
        }
    }
    let Some(asyncio) = asyncio_module(vm) else {
        return Err(vm.runtime_error("asyncio is not imported"));
    };
    let globals = Rc::new(Dict::new());
    if let Some(seed) = vm.asyncio.package_seed.clone() {
        let natives: Vec<(HashKey, Value)> = seed
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        globals.map.borrow_mut().extend(natives);
    }
    for earlier in &PARTS[..i] {
        if let Some(Value::Module(m)) = vm.modules.get_str(&format!("asyncio.{}", earlier.name)) {
            for n in earlier.exports {
                if let Some(v) = m.dict.get_str(n) {
                    globals.set_str(n, v);
                }
            }
            globals.set_str(earlier.name, Value::Module(m));
        }
    }
    globals.set_str("__name__", Value::string(full.clone()));
    let b = vm.builtins_module();
    globals.set_str("__builtins__", b);
    let module = Rc::new(Module {
        name: Str::intern(&full),
        dict: globals.clone(),
    });
    // In `sys.modules` while its body runs, as CPython's importer does.
    vm.modules.set_str(&full, Value::Module(module.clone()));
    let source = PYTHON_SOURCES[i];
    // CPython's file name and line numbers, so tracebacks through the part
    // read as CPython's (see `line_map`).
    let ran = vm
        .compile_library_source(source, &format!("asyncio/{}.py", part.name))
        .and_then(|(code, _)| vm.run_module_code(code, globals.clone()));
    if let Err(e) = ran {
        vm.modules.remove_name(&Str::intern(&full));
        return Err(e);
    }
    let exported = match globals.get_str("__all__") {
        Some(all) => vm.collect(&all)?,
        None => vec![],
    };
    let set_absent = |d: &Dict, n: &str, v: Value| {
        if d.get_str(n).is_none() {
            d.set_str(n, v);
        }
    };
    for n in exported {
        if let Value::Str(s) = &n {
            if let Some(v) = globals.get_str(s.as_str()) {
                set_absent(&asyncio.dict, s.as_str(), v);
            }
        }
    }
    set_absent(&asyncio.dict, part.name, Value::Module(module.clone()));
    if let Some(Value::Module(exc)) = vm.modules.get_str("asyncio.exceptions") {
        for (n, p) in EXCEPTION_NAMES {
            if *p == part.name {
                if let Some(v) = globals.get_str(n) {
                    set_absent(&exc.dict, n, v.clone());
                    set_absent(&asyncio.dict, n, v);
                }
            }
        }
    }
    attach_loop_methods(vm, part.name);
    Ok(module)
}

/// The loop methods written in Python go into the loop class once their part
/// is there: `threads.py`'s own, and selector_events' list once base_events
/// (which defines some of them) is loaded too, the later part winning.
fn attach_loop_methods(vm: &mut Vm, loaded: &str) {
    let (list_part, from): (&str, &[&str]) = match loaded {
        "threads" => ("threads", &["threads"]),
        "base_events" => ("selector_events", &["selector_events", "base_events"]),
        _ => return,
    };
    let Some(Value::Module(lister)) = vm.modules.get_str(&format!("asyncio.{list_part}")) else {
        return;
    };
    let Some(Value::Tuple(names)) = lister.dict.get_str("_LOOP_METHODS") else {
        return;
    };
    let mods: Vec<Rc<Module>> = from
        .iter()
        .filter_map(|p| match vm.modules.get_str(&format!("asyncio.{p}")) {
            Some(Value::Module(m)) => Some(m),
            _ => None,
        })
        .collect();
    let loop_class: Rc<Class> = classes(vm).event_loop.clone();
    for n in names.items.iter() {
        let Value::Str(n) = n else { continue };
        for m in &mods {
            if let Some(f) = m.dict.get_str(n.as_str()) {
                loop_class.dict.set_str(n.as_str(), f);
            }
        }
    }
}

/// The part whose loading defines loop method `name`.
fn loop_part(name: &str) -> Option<usize> {
    let owner = PARTS.iter().find(|p| p.loop_methods.contains(&name))?;
    // selector_events' list is attached when base_events is loaded.
    index_of(if owner.name == "selector_events" {
        "base_events"
    } else {
        owner.name
    })
}

/// A property standing for loop method `name` until its part is loaded:
/// reading or setting it loads the part (which replaces the property) and
/// does the same again.
fn loop_stub(vm: &Vm, name: &str) -> Value {
    let n = Value::str(name);
    let get = bound_method(STUB_OWNER, name, loop_stub_get, n.clone());
    let set = bound_method(STUB_OWNER, name, loop_stub_set, n);
    native(
        &vm.types.property,
        Property::new(Some(get), Some(set), None, None),
    )
}

/// Marks the stubs' accessors.
const STUB_OWNER: &str = "_lazy_loop_method";

/// Whether the loop class still holds the stub for `name` (no part defined it).
fn still_stub(vm: &mut Vm, name: &Str) -> bool {
    let entry = classes(vm).event_loop.dict.get_str(name.as_str());
    let Some(Value::Native(n)) = entry else {
        return false;
    };
    n.get::<Property>().is_some_and(|p| {
        matches!(&p.fget, Some(Value::Builtin(b)) if b.owner.as_ref().is_some_and(|o| o.as_str() == STUB_OWNER))
    })
}

fn stub_name(vm: &mut Vm, recv: &Value) -> RunResult<Rc<Str>> {
    match recv {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(vm.type_error("loop method stub without a name")),
    }
}

fn loop_stub_get(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let name = stub_name(vm, recv)?;
    let Some(obj) = args.pos.first().cloned() else {
        return Err(vm.type_error("loop method stub expects the loop"));
    };
    if let Some(i) = loop_part(name.as_str()) {
        load(vm, i)?;
    }
    if still_stub(vm, &name) {
        return Err(vm.no_attribute(&obj, &name));
    }
    vm.get_attr(&obj, &name)
}

fn loop_stub_set(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let name = stub_name(vm, recv)?;
    let (Some(obj), Some(v)) = (args.pos.first().cloned(), args.pos.get(1).cloned()) else {
        return Err(vm.type_error("loop method stub expects the loop and a value"));
    };
    if let Some(i) = loop_part(name.as_str()) {
        load(vm, i)?;
    }
    if still_stub(vm, &name) {
        return Err(vm.no_attribute(&obj, &name));
    }
    vm.set_attr(&obj, &name, v)?;
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(vm: &mut Vm, v: Option<Value>) -> Vec<String> {
        let items = v
            .map(|v| vm.collect(&v).unwrap_or_default())
            .unwrap_or_default();
        items
            .iter()
            .filter_map(|n| match n {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect()
    }

    /// The tables above say what each source's `__all__` and `_LOOP_METHODS`
    /// say.
    #[test]
    fn tables_match_the_sources() {
        let mut vm = Vm::new();
        crate::install(&mut vm);
        assert!(vm.import_module("asyncio").is_ok());
        assert!(load_all(&mut vm).is_ok());
        for part in PARTS {
            let Some(Value::Module(m)) = vm.modules.get_str(&format!("asyncio.{}", part.name))
            else {
                panic!("part {} not loaded", part.name);
            };
            let all = names(&mut vm, m.dict.get_str("__all__"));
            assert_eq!(all, part.exports, "__all__ of {}", part.name);
            let methods = names(&mut vm, m.dict.get_str("_LOOP_METHODS"));
            assert_eq!(methods, part.loop_methods, "_LOOP_METHODS of {}", part.name);
        }
    }
}
