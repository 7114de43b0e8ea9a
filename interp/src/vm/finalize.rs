//! What happens when the last reference to a generator or coroutine goes
//! (CPython 3.11's `_PyGen_Finalize` in `Objects/genobject.c`,
//! `PyErr_WriteUnraisable` in `Python/errors.c`, `_PyErr_WarnUnawaitedCoroutine`
//! and `warnings._formatwarnmsg_impl`).
//!
//! - A suspended generator (or coroutine) is closed: GeneratorExit is thrown in at
//!   its suspension point, so its `finally` blocks and `with` exits run. An
//!   exception escaping that, or a yield in response ("generator ignored
//!   GeneratorExit"), is reported as "Exception ignored in: <generator object …>".
//! - A coroutine that never started gives "RuntimeWarning: coroutine '…' was never
//!   awaited", attributed to the running frame's line.
//!
//! `Drop` cannot run script code (the VM is borrowed, possibly mid-instruction), so
//! `Drop for Generator` moves the suspended segment into a fresh generator object
//! and queues it here; the VM drains the queue at points where its state is saved:
//! after the instruction handler that dropped it (`handler!` in `vm/dispatch.rs`,
//! `PopTop` of a generator), at the dispatch loop's safepoints (the queue pokes the collector's
//! budget so the existing cheap check fires), before any output is written (so
//! `del g; print("after")` prints the `finally` output first), and at exit.
//! A generator without an active handler block in any of its frames is not
//! queued: throwing GeneratorExit into it could run no code.

use super::Vm;
use crate::object::exception::TracebackEntry;
use crate::object::{Exc, GenKind, GenState, Generator, Str, Value};
use std::cell::{Cell, RefCell};
use std::collections::{HashSet, VecDeque};
use std::rc::Rc;

enum Pending {
    /// A suspended generator to close (rebuilt from the dropped one, or kept alive
    /// by the cycle collector until it is closed).
    Close(Rc<Generator>),
    /// A coroutine freed before it started: its qualified name.
    /// A coroutine's qualname and its `cr_origin` (None when not tracked).
    NeverAwaited(Rc<Str>, Option<Value>),
    /// An instance whose class defines `__del__` (`vm/del.rs`), rebuilt from the
    /// dropped one or kept alive by the cycle collector.
    Del(Rc<crate::object::Instance>),
    /// A weak reference's callback (or a `weakref.finalize`) whose referent was
    /// freed: the function and its arguments (`vm/weakref.rs`).
    Call(Value, Vec<Value>),
    /// A native object's finaliser (`NativeData::take_finalizer`, or a payload's
    /// `Drop` that revives it, as a pending task's report does).
    Run(Box<dyn FnOnce(&mut Vm)>),
}

/// Queues native finalisation code to run once the VM's state is saved.
pub fn queue_run(f: Box<dyn FnOnce(&mut Vm)>) {
    queue(Pending::Run(f));
}

/// Queues a call to run once the VM's state is saved (weak-reference callbacks).
pub(crate) fn queue_call(func: Value, args: Vec<Value>) {
    queue(Pending::Call(func, args));
}

thread_local! {
    static QUEUE: RefCell<VecDeque<Pending>> = const { RefCell::new(VecDeque::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    /// Generators alive now: at exit, the main module's globals are cleared (as
    /// CPython's `finalize_modules` does) only when some may need finalising.
    static LIVE: Cell<usize> = const { Cell::new(0) };
    /// `__warningregistry__`: (file, line, text) already warned about (the
    /// "default" action shows a warning once per location).
    static WARNED: RefCell<HashSet<(String, u32, String)>> = RefCell::new(HashSet::new());
}

/// Asks for a drain without queueing anything here (a "Task exception was never
/// retrieved" report was queued in `event_loop/report.rs`).
pub fn wake() {
    let _ = PENDING.try_with(|f| f.set(true));
    crate::gc::poke();
}

fn queue(p: Pending) {
    // During thread teardown the queue may be gone: the report is then lost.
    let _ = QUEUE.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push_back(p);
        }
    });
    let _ = PENDING.try_with(|f| f.set(true));
    crate::gc::poke();
}

/// True when finalisers are waiting to run.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.with(Cell::get)
}

/// Counts a generator made (`make_generator`).
pub(crate) fn generator_created() {
    let _ = LIVE.try_with(|l| l.set(l.get() + 1));
}

/// True when the generator's frame, or one of the generators it awaits, has an
/// active handler block (`try`, `with`): only then can throwing GeneratorExit in
/// run script code.
fn has_handlers(g: &Generator) -> bool {
    let own = g.frames.try_borrow().is_ok_and(|seg| {
        seg.frames
            .iter()
            .any(|f| f.exc_state.as_ref().is_some_and(|s| !s.blocks.is_empty()))
    });
    own || super::generator::delegate_of(g).is_some_and(|d| has_handlers(&d))
}

/// True when freeing a suspended `g` runs a finaliser: its loop's asyncgen
/// finalizer hook (once), else closing it if it has handlers.
fn needs_finalizing(g: &Generator) -> bool {
    super::async_gen::finalized_by_hook(g).unwrap_or_else(|| has_handlers(g))
}

/// True when freeing `g` would run a finaliser: what the cycle collector asks
/// before clearing a garbage generator.
pub(crate) fn needs_close(g: &Generator) -> bool {
    g.state.get() == GenState::Suspended && needs_finalizing(g)
}

/// Keeps a garbage generator alive until it is closed (the cycle collector's
/// `finalize_garbage`): its cycle is freed by a later collection.
pub(crate) fn queue_close(g: Rc<Generator>) {
    queue(Pending::Close(g));
}

/// Queues `__del__` for an instance (`vm/del.rs`).
pub(crate) fn queue_del(inst: Rc<crate::object::Instance>) {
    queue(Pending::Del(inst));
}

/// A class defining `__del__` exists: at exit, `__main__`'s globals are released
/// so the instances they hold are finalised (as CPython's `finalize_modules`).
pub(crate) fn del_class_created() {
    let _ = LIVE.try_with(|l| l.set(l.get() + 1));
}

/// A coroutine that never started is being freed (by `Drop` or the collector).
pub(crate) fn queue_never_awaited(g: &Generator) {
    if g.kind == GenKind::Coroutine && g.state.get() == GenState::Created && !g.started.get() {
        g.started.set(true);
        let origin = crate::event_loop::debug::take_origin(g);
        queue(Pending::NeverAwaited(g.qualname.clone(), origin));
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        let _ = LIVE.try_with(|l| l.set(l.get().saturating_sub(1)));
        match self.state.get() {
            GenState::Suspended if needs_finalizing(self) => {
                // The object is going; its frames move into a new one that the
                // VM closes (CPython resurrects the object itself).
                let seg = std::mem::take(self.frames.get_mut());
                generator_created();
                queue(Pending::Close(Rc::new(Generator {
                    kind: self.kind,
                    state: Cell::new(GenState::Suspended),
                    frames: RefCell::new(seg),
                    code: self.code.clone(),
                    name: self.name.clone(),
                    qualname: self.qualname.clone(),
                    started: Cell::new(true),
                    ag: self.ag.take(),
                })));
            }
            GenState::Created => queue_never_awaited(self),
            _ => {}
        }
        if self.kind == GenKind::Coroutine {
            crate::event_loop::debug::take_origin(self);
        }
    }
}

impl Vm {
    /// Runs the queued finalisers, oldest first (and those they queue). Call only
    /// where the VM's state is saved (no frame state held in Rust locals).
    pub fn run_finalizers(&mut self) {
        if !pending() || DRAINING.with(Cell::get) {
            return;
        }
        DRAINING.with(|d| d.set(true));
        loop {
            let next = QUEUE.with(|q| q.borrow_mut().pop_front());
            let Some(p) = next else {
                if !crate::event_loop::report::has_queued() {
                    break;
                }
                self.flush_async_reports();
                continue;
            };
            match p {
                Pending::Close(g) => self.finalize_generator(g),
                Pending::NeverAwaited(name, origin) => self.warn_never_awaited(&name, origin),
                Pending::Del(inst) => self.call_del(inst),
                Pending::Run(f) => f(self),
                Pending::Call(func, args) => {
                    // `handle_callback` in Objects/weakrefobject.c: an exception
                    // is reported as unraisable, naming the callback.
                    if let Err(e) = self.call(&func, &args, &[]) {
                        self.write_unraisable(&e, &func);
                    }
                }
            }
        }
        PENDING.with(|f| f.set(false));
        DRAINING.with(|d| d.set(false));
    }

    /// Drops a generator popped by the dispatch loop and runs what that queued.
    pub(crate) fn drop_generator(&mut self, g: Rc<Generator>) {
        drop(g);
        self.run_finalizers();
    }

    /// `_PyGen_Finalize`: close, reporting what escapes; whatever happens, the
    /// generator ends closed (a second yield is not resumed again).
    fn finalize_generator(&mut self, g: Rc<Generator>) {
        // An async generator first iterated under a loop: the loop's finalizer
        // hook closes it (`_PyGen_Finalize` calls `ag_origin_or_finalizer`).
        if self.call_agen_finalizer(&g) {
            return;
        }
        if let Err(e) = self.gen_close(&g) {
            self.write_unraisable(&e, &Value::Generator(g.clone()));
        }
        if g.state.get() != GenState::Closed {
            let seg = std::mem::take(&mut *g.frames.borrow_mut());
            g.state.set(GenState::Closed);
            drop(seg);
        }
    }

    /// `PyErr_WriteUnraisable(obj)`: "Exception ignored in: repr(obj)", then the
    /// exception alone (no chain); one without a traceback gets the running
    /// frame's entry.
    pub fn write_unraisable(&mut self, e: &Exc, obj: &Value) {
        if let Some(d) = e.exc() {
            let empty = d.borrow().traceback.is_empty();
            if empty {
                if let Some(f) = self.reporting_frame() {
                    d.borrow_mut().traceback.push(TracebackEntry {
                        code: f.code().clone(),
                        ip: f.lasti(),
                    });
                }
            }
        }
        let what = match self.repr(obj) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => format!("<{} object>", obj.type_name()),
        };
        let body = super::traceback::format_single_exception(self, e);
        self.write_stderr(&format!("Exception ignored in: {what}\n{body}"));
    }

    /// The frame a report is attributed to: the innermost running one, or its
    /// caller when it was pushed but has not run an instruction yet.
    fn reporting_frame(&self) -> Option<&super::Frame> {
        let n = self.frames.len();
        let top = self.frames.last()?;
        let mut i = if top.ip == 0 && n >= 2 { n - 2 } else { n - 1 };
        // A library function standing for a C one (`gc.collect`) has no frame
        // in CPython (golden gc/coroutine_suspended_cycle).
        while i > 0 && super::traceback::is_hidden(self.frames[i].code()) {
            i -= 1;
        }
        self.frames.get(i)
    }

    /// `warnings.warn(msg, RuntimeWarning, stacklevel=2, source=coro)` with the
    /// default filters: `file:line: RuntimeWarning: …`, the source line, and the
    /// tracemalloc hint; once per location. With no frame running (interpreter
    /// exit) it is the C fallback's `sys:1: …` line alone.
    fn warn_never_awaited(&mut self, qualname: &Str, origin: Option<Value>) {
        let text = crate::event_loop::debug::unawaited_message(qualname.as_str(), origin.as_ref());
        let Some(f) = self.reporting_frame() else {
            self.write_stderr(&format!("sys:1: RuntimeWarning: {text}\n"));
            return;
        };
        let filename = f.code().filename.as_str().to_string();
        let line = f.line();
        // With the warnings module imported, its filters, registry and
        // showwarning decide (as `_PyErr_WarnFormat` does); an exception from
        // them (the "error" action) is unraisable here.
        let globals = f.globals().clone();
        if let Some(Value::Module(m)) = self.modules.get_str("warnings") {
            if let Some(hook) = m.dict.get_str("_warn_unawaited") {
                let args = [
                    Value::string(text),
                    Value::string(filename),
                    Value::Int(line as i64),
                    Value::Dict(globals),
                    Value::str(qualname.as_str()),
                ];
                if let Err(e) = self.call(&hook, &args, &[]) {
                    self.write_unraisable(&e, &Value::None);
                }
                return;
            }
        }
        let key = (filename.clone(), line, text.clone());
        if !WARNED.with(|w| w.borrow_mut().insert(key)) {
            return;
        }
        let mut out = format!("{filename}:{line}: RuntimeWarning: {text}\n");
        if let Some(src) = super::traceback::source_line(&filename, line) {
            let src = src.trim();
            if !src.is_empty() {
                out.push_str(&format!("  {src}\n"));
            }
        }
        out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        self.write_stderr(&out);
    }

    /// `atexit`'s callbacks, first thing at exit as in `Py_FinalizeEx`, if a
    /// program imported the module (`stdlib/lib/atexit.py` reports their errors).
    fn run_atexit(&mut self) {
        let Some(Value::Module(m)) = self.modules.get_str("atexit") else {
            return;
        };
        if let Some(run) = m.dict.get_str("_run_exitfuncs") {
            let _ = self.call(&run, &[], &[]);
        }
    }

    /// Interpreter exit (`finalize_modules`): queued finalisers run, then, if
    /// generators are still alive, the main module's globals are released in
    /// insertion order (what freeing `__main__`'s dict does), so the generators
    /// they held are finalised with no frame running.
    pub fn finalize_at_exit(&mut self) {
        self.green_shutdown();
        self.run_atexit();
        self.run_finalizers();
        let hooks = EXIT_HOOKS.with(|h| h.borrow().clone());
        for hook in hooks {
            hook(self);
        }
        // Tasks kept alive only by their cycles are freed (and reported as
        // pending) by the collections CPython runs while finalising
        // (golden gc/task_destroyed_at_exit).
        self.collect_tasks_at_exit();
        if LIVE.with(Cell::get) == 0 {
            return;
        }
        let Some(Value::Module(m)) = self.modules.get_str("__main__") else {
            return;
        };
        let keys = m.dict.key_values();
        for k in &keys {
            let Value::Str(name) = k else { continue };
            if name.as_str() != "__builtins__" {
                m.dict.set_name(name, Value::None);
                self.run_finalizers();
            }
        }
        self.collect_tasks_at_exit();
    }

    /// A full collection at exit when tasks are still alive (only then, so a
    /// program that made none does not pay for one).
    fn collect_tasks_at_exit(&mut self) {
        if crate::gc::is_enabled() && self.asyncio.tasks.iter().any(|w| w.strong_count() > 0) {
            self.gc_collect();
        }
    }
}

thread_local! {
    /// What the library runs when the program ends, before `__main__` is
    /// cleared (the `io` module flushes files nobody closed, as CPython's
    /// finalisation of file objects does, even after an uncaught exception).
    static EXIT_HOOKS: RefCell<Vec<fn(&mut Vm)>> = const { RefCell::new(Vec::new()) };
}

/// Registers `hook` to run at exit (once, however often it is registered).
pub fn register_exit_hook(hook: fn(&mut Vm)) {
    EXIT_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if !h.iter().any(|f| std::ptr::fn_addr_eq(*f, hook)) {
            h.push(hook);
        }
    });
}
