//! asyncio's debug mode: where objects were created, and the checks a debug
//! loop makes. Follows CPython 3.11 `Lib/asyncio/format_helpers.py`
//! (`extract_stack`), `base_events.py` (`_check_thread`, `_check_callback`,
//! `_set_coroutine_origin_tracking`, the slow-callback report of `_run_once`)
//! and `Objects/genobject.c` (`compute_cr_origin`, the origin a coroutine
//! records while `sys.set_coroutine_origin_tracking_depth` is non-zero).
//!
//! Coil's loop is native, so the Python frames CPython has between a callback
//! and the code that runs the loop (`events.py` `_run`, `base_events.py`
//! `_run_once`/`run_forever`/`run_until_complete`, `runners.py` `run`) are
//! described here and spliced into the stacks recorded, where the walk leaves
//! the handle being run (`AsyncState::handle_base`).

use crate::object::{Generator, Value};
use crate::vm::library_frames::LibraryFrame;
use crate::vm::Vm;
use std::cell::RefCell;
use std::collections::HashMap;

/// `constants.DEBUG_STACK_DEPTH`: frames kept in a source traceback, and the
/// origin tracking depth a debug loop sets.
pub const DEBUG_STACK_DEPTH: usize = 10;

/// One recorded frame: file name, line, function, the line's text.
pub struct Entry {
    pub file: String,
    pub line: u32,
    pub name: String,
    pub text: Option<String>,
}

const fn lib(
    file: &'static str,
    line: u32,
    function: &'static str,
    text: &'static str,
) -> LibraryFrame {
    LibraryFrame {
        file,
        line,
        function,
        text,
        span: None,
        end_line: None,
    }
}

/// `Handle._run` running a callback.
const HANDLE_RUN: LibraryFrame = lib(
    "asyncio/events.py",
    80,
    "_run",
    "            self._context.run(self._callback, *self._args)",
);
/// `_run_once` calling `handle._run()`: the debug branch's line, and the other.
const RUN_ONCE_DEBUG: LibraryFrame = lib(
    "asyncio/base_events.py",
    1914,
    "_run_once",
    "                    handle._run()",
);
const RUN_ONCE: LibraryFrame = lib(
    "asyncio/base_events.py",
    1922,
    "_run_once",
    "                handle._run()",
);
const RUN_FOREVER: LibraryFrame = lib(
    "asyncio/base_events.py",
    607,
    "run_forever",
    "                self._run_once()",
);
const UNTIL_COMPLETE: LibraryFrame = lib(
    "asyncio/base_events.py",
    640,
    "run_until_complete",
    "            self.run_forever()",
);
const RUNNER_RUN: LibraryFrame = lib(
    "asyncio/runners.py",
    118,
    "run",
    "            return self._loop.run_until_complete(task)",
);
const ASYNCIO_RUN: LibraryFrame = lib(
    "asyncio/runners.py",
    190,
    "run",
    "        return runner.run(main)",
);

/// Where `asyncio.create_task(coro)` makes its task (`tasks.py`), innermost first.
pub const SITE_CREATE_TASK: &[LibraryFrame] = &[lib(
    "asyncio/tasks.py",
    384,
    "create_task",
    "        task = loop.create_task(coro)",
)];
/// `asyncio.create_task(coro, context=…)`.
pub const SITE_CREATE_TASK_CONTEXT: &[LibraryFrame] = &[lib(
    "asyncio/tasks.py",
    386,
    "create_task",
    "        task = loop.create_task(coro, context=context)",
)];
/// `asyncio.ensure_future(coro)` → `_ensure_future`.
pub const SITE_ENSURE_FUTURE: &[LibraryFrame] = &[
    lib(
        "asyncio/tasks.py",
        680,
        "_ensure_future",
        "        return loop.create_task(coro_or_future)",
    ),
    lib(
        "asyncio/tasks.py",
        659,
        "ensure_future",
        "    return _ensure_future(coro_or_future, loop=loop)",
    ),
];
/// `loop.create_future()`: the future's own creation line in `base_events.py`.
pub const SITE_CREATE_FUTURE: &[LibraryFrame] = &[lib(
    "asyncio/base_events.py",
    427,
    "create_future",
    "        return futures.Future(loop=self)",
)];
/// `asyncio.run(main())`'s main task (`Runner.run`, then `run`).
pub const SITE_ASYNCIO_RUN: &[LibraryFrame] = &[
    lib(
        "asyncio/runners.py",
        100,
        "run",
        "        task = self._loop.create_task(coro, context=context)",
    ),
    ASYNCIO_RUN,
];

fn lib_entry(f: &LibraryFrame) -> Entry {
    let file = format!("{}/{}", crate::vm::import::cpython_lib_dir(), f.file);
    // The line's text for the traceback printer and `linecache`, as
    // `library_frames` registers it (once per line: registering copies the file).
    let first = REGISTERED.with(|r| r.borrow_mut().insert((f.file, f.line)));
    if first {
        crate::vm::traceback::register_source_line(&file, f.line, f.text);
    }
    Entry {
        file,
        line: f.line,
        name: f.function.to_string(),
        text: Some(f.text.trim().to_string()),
    }
}

/// The running stack, innermost first, at most `limit` entries: `site` (the
/// library frames of the native function that asked), the script frames of
/// the running thread, and the loop's frames below a running callback.
pub fn stack(vm: &Vm, site: &[LibraryFrame], limit: usize) -> Vec<Entry> {
    let mut out: Vec<Entry> = site.iter().map(lib_entry).collect();
    let root = vm.green.thread_root();
    let handle_base = vm.asyncio.handle_base;
    let mut i = vm.frames.len();
    while i > root && out.len() < limit {
        i -= 1;
        let f = &vm.frames[i];
        let code = f.code();
        if !crate::vm::traceback::is_hidden(code) {
            let file = code.filename.as_str().to_string();
            let line = f.line();
            let text = crate::vm::traceback::source_line(&file, line).map(|s| s.trim().to_string());
            out.push(Entry {
                file,
                line,
                name: code.name.as_str().to_string(),
                text,
            });
        }
        if handle_base == Some(i) {
            out.extend(loop_frames(vm).iter().map(lib_entry));
        }
    }
    out.truncate(limit);
    out
}

/// The frames between a callback and the code that runs the loop, innermost
/// first.
fn loop_frames(vm: &Vm) -> Vec<LibraryFrame> {
    let debug = vm
        .asyncio
        .running_loop
        .as_ref()
        .and_then(super::loop_of)
        .is_some_and(|l| l.debug.get());
    let mut v = vec![
        HANDLE_RUN,
        if debug { RUN_ONCE_DEBUG } else { RUN_ONCE },
        RUN_FOREVER,
    ];
    if vm.asyncio.until_complete {
        v.push(UNTIL_COMPLETE);
        if vm.asyncio.native_run {
            v.push(RUNNER_RUN);
            v.push(ASYNCIO_RUN);
        }
    }
    v
}

/// `format_helpers.extract_stack()` for a future, task or handle of `loop_`
/// being made: None unless the loop is in debug mode. A tuple of
/// `(filename, lineno, name, line)` tuples, outermost first (read only; the
/// script sees a fresh list as `_source_traceback`).
pub fn source_traceback(vm: &mut Vm, loop_: &Value, site: &[LibraryFrame]) -> Option<Value> {
    // A future's traceback is the C `_asyncio`'s `traceback.extract_stack()`:
    // the whole stack.
    recorded(vm, loop_, site, usize::MAX)
}

/// A handle's source traceback: `DEBUG_STACK_DEPTH` frames counted from the
/// handle's constructor, less the `dropped` library frames CPython removes.
pub fn handle_traceback(vm: &mut Vm, loop_: &Value, dropped: usize) -> Option<Value> {
    recorded(vm, loop_, &[], DEBUG_STACK_DEPTH - dropped)
}

fn recorded(vm: &mut Vm, loop_: &Value, site: &[LibraryFrame], limit: usize) -> Option<Value> {
    let debug = super::loop_of(loop_).is_some_and(|l| l.debug.get());
    if !debug {
        return None;
    }
    let mut entries = stack(vm, site, limit);
    entries.reverse();
    Some(Value::tuple(
        entries
            .into_iter()
            .map(|e| {
                Value::tuple(vec![
                    Value::string(e.file),
                    Value::Int(e.line as i64),
                    Value::string(e.name),
                    e.text.map_or(Value::str(""), Value::string),
                ])
            })
            .collect(),
    ))
}

/// `created at file:line` of a recorded source traceback (its last entry).
pub fn created_at(tb: &Value) -> Option<String> {
    let Value::Tuple(t) = tb else { return None };
    let Value::Tuple(last) = t.items.last()? else {
        return None;
    };
    match (last.items.first()?, last.items.get(1)?) {
        (Value::Str(f), Value::Int(n)) => Some(format!("created at {}:{}", f.as_str(), n)),
        _ => None,
    }
}

/// `_source_traceback` as the script sees it: a list of its entries, or None.
pub fn source_traceback_list(tb: Option<&Value>) -> Value {
    match tb {
        Some(Value::Tuple(t)) => Value::list(t.items.to_vec()),
        _ => Value::None,
    }
}

/// `default_exception_handler`'s line for a recorded traceback
/// (`source_traceback: Object created at (most recent call last):` and the
/// frames, `traceback.format_list`'s text), with its newline; empty for None.
pub fn created_lines(key: &str, tb: Option<&Value>) -> String {
    let Some(Value::Tuple(t)) = tb else {
        return String::new();
    };
    let head = if key == "handle_traceback" {
        "Handle"
    } else {
        "Object"
    };
    let mut out = format!("{key}: {head} created at (most recent call last):\n");
    for e in t.items.iter() {
        let Some((_, _, e)) = push_file_line(&mut out, e) else {
            continue;
        };
        if let Some(Value::Str(text)) = e.get(3) {
            if !text.as_str().is_empty() {
                out.push_str(&format!("    {}\n", text.as_str()));
            }
        }
    }
    out
}

thread_local! {
    /// The described lines whose text was registered.
    static REGISTERED: RefCell<std::collections::HashSet<(&'static str, u32)>> =
        RefCell::new(std::collections::HashSet::new());
    /// `cr_origin` of the coroutines made while origin tracking was on, by
    /// the coroutine's address; an entry goes when its coroutine is freed.
    static ORIGINS: RefCell<HashMap<usize, Value>> = RefCell::new(HashMap::new());
}

fn addr(g: &Generator) -> usize {
    g as *const Generator as usize
}

/// `compute_cr_origin`: records where coroutine `g` is being made (the
/// running frames, innermost first, `depth` at most).
pub fn record_origin(vm: &Vm, g: &Generator, depth: usize) {
    let entries = stack(vm, &[], depth);
    let origin = Value::tuple(
        entries
            .into_iter()
            .map(|e| {
                Value::tuple(vec![
                    Value::string(e.file),
                    Value::Int(e.line as i64),
                    Value::string(e.name),
                ])
            })
            .collect(),
    );
    ORIGINS.with(|o| o.borrow_mut().insert(addr(g), origin));
}

/// `coro.cr_origin`.
pub fn origin(g: &Generator) -> Value {
    ORIGINS
        .try_with(|o| o.borrow().get(&addr(g)).cloned())
        .ok()
        .flatten()
        .unwrap_or(Value::None)
}

/// Takes the origin of a coroutine being freed (its address may be reused).
pub fn take_origin(g: &Generator) -> Option<Value> {
    ORIGINS
        .try_with(|o| {
            let mut o = o.try_borrow_mut().ok()?;
            if o.is_empty() {
                return None;
            }
            o.remove(&addr(g))
        })
        .ok()
        .flatten()
}

/// Appends `  File "f", line N, in name` for a recorded frame, a `(file,
/// line, name, ...)` tuple; returns its file, line and items, or None for
/// another shape.
fn push_file_line<'a>(out: &mut String, frame: &'a Value) -> Option<(&'a str, i64, &'a [Value])> {
    let Value::Tuple(t) = frame else { return None };
    let (Some(Value::Str(file)), Some(Value::Int(line)), Some(Value::Str(name))) =
        (t.items.first(), t.items.get(1), t.items.get(2))
    else {
        return None;
    };
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        file.as_str(),
        line,
        name.as_str()
    ));
    Some((file.as_str(), *line, &t.items))
}

/// `warnings._warn_unawaited_coroutine`'s message: the origin, if recorded,
/// as "Coroutine created at (most recent call last)" and its frames.
pub fn unawaited_message(qualname: &str, origin: Option<&Value>) -> String {
    let mut msg = format!("coroutine '{qualname}' was never awaited\n");
    if let Some(Value::Tuple(frames)) = origin {
        msg.push_str("Coroutine created at (most recent call last)\n");
        for fr in frames.items.iter().rev() {
            let Some((file, line, _)) = push_file_line(&mut msg, fr) else {
                continue;
            };
            let text = u32::try_from(line)
                .ok()
                .and_then(|n| crate::vm::traceback::source_line(file, n));
            if let Some(text) = text {
                let text = text.trim();
                if !text.is_empty() {
                    msg.push_str(&format!("    {text}\n"));
                }
            }
        }
    }
    msg.trim_end_matches('\n').to_string()
}

impl Vm {
    /// `_set_coroutine_origin_tracking(enabled)` of a loop starting or
    /// stopping (or switching debug mode while it runs).
    pub fn set_origin_tracking(&mut self, l: &super::LoopInner, enabled: bool) {
        if enabled == l.origin_saved.get().is_some() {
            return;
        }
        if enabled {
            l.origin_saved.set(Some(self.asyncio.origin_depth));
            self.asyncio.origin_depth = DEBUG_STACK_DEPTH as u32;
        } else {
            self.asyncio.origin_depth = l.origin_saved.take().unwrap_or(0);
        }
    }

    /// `BaseEventLoop._check_thread`: in debug mode, a loop running in
    /// another thread refuses non-thread-safe calls.
    pub fn check_loop_thread(&self, l: &super::LoopInner) -> crate::RunResult<()> {
        match l.thread_id.get() {
            Some(id) if id != self.green.ident() => Err(self.runtime_error(
                "Non-thread-safe operation invoked on an event loop other than the current one",
            )),
            _ => Ok(()),
        }
    }

    /// `BaseEventLoop._check_callback(callback, method)`.
    pub fn check_loop_callback(&mut self, callback: &Value, method: &str) -> crate::RunResult<()> {
        let is_coro = matches!(callback, Value::Generator(g) if g.kind == crate::object::GenKind::Coroutine)
            || matches!(callback, Value::Function(f) if f.code.flags.coroutine);
        if is_coro {
            return Err(self.type_error(format!("coroutines cannot be used with {method}()")));
        }
        let callable = match callback {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => {
                true
            }
            Value::Instance(_) | Value::Native(_) => self
                .lookup_special(callback, &crate::object::Str::intern("__call__"))
                .is_some(),
            _ => false,
        };
        if !callable {
            let r = self.repr(callback)?;
            return Err(self.type_error(format!(
                "a callable object was expected by {method}(), got {}",
                r.as_str()
            )));
        }
        Ok(())
    }
}

impl Vm {
    /// `_format_handle(handle)`: a task's step names the task, other handles
    /// read as their repr.
    pub(crate) fn format_handle(&mut self, h: &super::handle::Handle) -> String {
        use super::handle::Callback;
        let desc = match &h.cb {
            Callback::Step { task, .. } | Callback::Wakeup { task, .. } => {
                return super::future::repr(self, task).unwrap_or_else(|_| "<Task>".into());
            }
            Callback::Call(c) => super::format_helpers::callback_source(self, &c.func, &c.args),
            other => self.handle_desc(other),
        };
        let mut info = Vec::new();
        let when = h.state.as_ref().and_then(|s| s.when.get());
        info.push(
            if when.is_some() {
                "TimerHandle"
            } else {
                "Handle"
            }
            .to_string(),
        );
        if let Some(w) = when {
            info.push(format!("when={}", crate::object::float::float_repr(w)));
        }
        info.push(desc);
        if let Some(c) = h
            .state
            .as_ref()
            .and_then(|s| s.source_tb.borrow().as_ref().and_then(created_at))
        {
            info.push(c);
        }
        format!("<{}>", info.join(" "))
    }

    /// `logger.warning('Executing %s took %.3f seconds', …)` of a debug
    /// loop's `_run_once`: through `logging` when the program imported it,
    /// else as its last-resort handler prints it.
    pub(crate) fn report_slow_callback(&mut self, h: &super::handle::Handle, dt: f64) {
        let desc = self.format_handle(h);
        let log = match self.modules.get_str("logging") {
            Some(Value::Module(m)) => m.dict.get_str("_log_for_library"),
            _ => None,
        };
        let Some(log) = log else {
            self.write_stderr(&format!("Executing {desc} took {dt:.3} seconds\n"));
            return;
        };
        let path = format!(
            "{}/asyncio/base_events.py",
            crate::vm::import::cpython_lib_dir()
        );
        let args = [
            Value::str("asyncio"),
            Value::Int(30),
            Value::string(path),
            Value::Int(1917),
            Value::str("_run_once"),
            Value::str("Executing %s took %.3f seconds"),
            Value::tuple(vec![Value::string(desc), Value::Float(dt)]),
        ];
        if let Err(e) = self.call(&log, &args, &[]) {
            self.write_unraisable(&e, &Value::None);
        }
    }
}
