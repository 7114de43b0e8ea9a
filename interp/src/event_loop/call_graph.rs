//! The await graph of tasks, as CPython 3.14's `Lib/asyncio/graph.py` defines it
//! (`capture_call_graph`, `format_call_graph`): a future, the call stack of its
//! coroutine (innermost frame first) and the graphs of the futures awaiting it.
//!
//! Coil keeps no extra links for it on the hot path. A task's stack is read from
//! the frames its coroutine owns while suspended (`Generator::frames`), or from
//! `Vm::frames` down to the coroutine's bottom frame while it runs. "Awaited by"
//! (3.14's `_asyncio_awaited_by`) is derived when asked: the tasks whose
//! `fut_waiter` is the future, or a `gather()` over it (3.14 records the task that
//! called `gather`), plus the links recorded explicitly by
//! `future_add_to_awaited_by` (TaskGroup and `shield` call it, as in 3.14).
//!
//! The same stacks serve the deadlock report (`deadlock.rs`) and the dump of
//! every task that SIGQUIT asks for (`dump_all_tasks`).

use super::future::{fut_of, FutKind};
use crate::bytecode::CodeObject;
use crate::object::{Dict, GenState, Generator, Native, Value};
use crate::vm::frame::FrameRole;
use crate::vm::Vm;
use crate::RunResult;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

/// One frame of a task's stack, copied out of the VM.
pub struct StackFrame {
    pub code: Rc<CodeObject>,
    pub lasti: u32,
    pub line: u32,
    pub globals: Rc<Dict>,
    /// Local 0 (`self` of a method), for describing what a frame waits on.
    pub first_local: Option<Value>,
}

/// `FutureCallGraph(future, call_stack, awaited_by)`.
pub struct Graph {
    pub future: Value,
    /// Innermost frame first.
    pub stack: Vec<StackFrame>,
    pub awaited_by: Vec<Graph>,
}

/// The coroutine of a task (None for a plain future or a task whose coroutine is
/// an `aclose()`-style awaitable with no frames).
fn task_coro(fut: &Value) -> Option<Rc<Generator>> {
    match &fut_of(fut)?.task()?.coro {
        Value::Generator(g) => Some(g.clone()),
        _ => None,
    }
}

/// The frames of a suspended (or not yet started) coroutine and of the
/// generators it awaits (each keeps its own frame), innermost first.
fn suspended_stack(g: &Rc<Generator>) -> Vec<StackFrame> {
    let mut out = Vec::new();
    let mut next = Some(g.clone());
    while let Some(g) = next {
        let Ok(seg) = g.frames.try_borrow() else {
            break;
        };
        let created = g.state.get() == GenState::Created;
        if let Some(f) = seg.frames.first() {
            out.push(StackFrame {
                code: f.code().clone(),
                lasti: f.lasti(),
                // An unstarted coroutine stands at its `def` line, as 3.11's f_lineno.
                line: if created {
                    f.code().first_line
                } else {
                    f.line()
                },
                globals: f.globals().clone(),
                first_local: seg.values.get(f.base as usize).cloned().flatten(),
            });
        }
        drop(seg);
        next = crate::vm::generator::delegate_of(&g);
    }
    out.reverse();
    out
}

/// The frames of a running coroutine: `Vm::frames` from the top, skipping
/// `skip` frames, down to the frame `gen_resume` started the coroutine in.
fn running_stack(vm: &Vm, g: &Rc<Generator>, skip: usize) -> Vec<StackFrame> {
    let mut out = Vec::new();
    for (i, f) in vm.frames.iter().enumerate().rev() {
        out.push(StackFrame {
            code: f.code().clone(),
            lasti: f.lasti(),
            line: f.line(),
            globals: f.globals().clone(),
            first_local: vm.frame_values(i, |v| v.get(f.base as usize).cloned().flatten()),
        });
        if matches!(&f.role, FrameRole::GenBoundary(b) if Rc::ptr_eq(b, g)) {
            return out.into_iter().skip(skip).collect();
        }
    }
    // The coroutine runs but not from a task step (driven by hand): no stack.
    Vec::new()
}

/// A task's coroutine stack, innermost first; `skip` frames are left off the top
/// of a running one (`capture_call_graph(depth=)`).
pub fn task_stack(vm: &Vm, task: &Value, skip: usize) -> Vec<StackFrame> {
    let Some(g) = task_coro(task) else {
        return Vec::new();
    };
    match g.state.get() {
        GenState::Closed => Vec::new(),
        GenState::Running => running_stack(vm, &g, skip),
        GenState::Created | GenState::Suspended => suspended_stack(&g),
    }
}

/// A future and the futures recorded as awaiting it, both weak.
type Recorded = (Weak<Native>, Vec<Weak<Native>>);

thread_local! {
    /// Links recorded by `future_add_to_awaited_by`, keyed by the awaited
    /// future's address (checked against the weak reference on use).
    static RECORDED: RefCell<HashMap<usize, Recorded>> = RefCell::new(HashMap::new());
}

fn native_of(v: &Value) -> Option<&Rc<Native>> {
    match v {
        Value::Native(n) if fut_of(v).is_some() => Some(n),
        _ => None,
    }
}

/// `future_add_to_awaited_by(fut, waiter)`: both must be futures (anything else
/// is ignored, as in 3.14).
pub fn add_awaited_by(fut: &Value, waiter: &Value) {
    let (Some(f), Some(w)) = (native_of(fut), native_of(waiter)) else {
        return;
    };
    RECORDED.with(|r| {
        let mut r = r.borrow_mut();
        if r.len() >= 64 && r.len().is_power_of_two() {
            r.retain(|_, (f, ws)| {
                ws.retain(|w| w.strong_count() > 0);
                f.strong_count() > 0 && !ws.is_empty()
            });
        }
        let key = Rc::as_ptr(f) as usize;
        let entry = r
            .entry(key)
            .or_insert_with(|| (Rc::downgrade(f), Vec::new()));
        if entry.0.upgrade().is_none_or(|old| !Rc::ptr_eq(&old, f)) {
            *entry = (Rc::downgrade(f), Vec::new());
        }
        if !entry.1.iter().any(|x| x.as_ptr() == Rc::as_ptr(w)) {
            entry.1.push(Rc::downgrade(w));
        }
    });
}

/// `future_discard_from_awaited_by(fut, waiter)`.
pub fn discard_awaited_by(fut: &Value, waiter: &Value) {
    let (Some(f), Some(w)) = (native_of(fut), native_of(waiter)) else {
        return;
    };
    RECORDED.with(|r| {
        let mut r = r.borrow_mut();
        let key = Rc::as_ptr(f) as usize;
        if let Some((_, ws)) = r.get_mut(&key) {
            ws.retain(|x| x.as_ptr() != Rc::as_ptr(w));
            if ws.is_empty() {
                r.remove(&key);
            }
        }
    });
}

thread_local! {
    /// `gather()`s called from a task: (the gathering future, the task). 3.14
    /// records the task as awaiting each child until the child is done; one
    /// entry per call keeps `gather` as cheap as before.
    static GATHERS: RefCell<Vec<(Weak<Native>, Weak<Native>)>> = const { RefCell::new(Vec::new()) };
}

/// `gather()` was called from `task` and returned `outer`.
pub fn record_gather(outer: &Value, task: &Value) {
    let (Some(o), Some(t)) = (native_of(outer), native_of(task)) else {
        return;
    };
    GATHERS.with(|g| {
        let mut g = g.borrow_mut();
        if g.len() >= 64 && g.len().is_power_of_two() {
            g.retain(|(o, t)| o.strong_count() > 0 && t.strong_count() > 0);
        }
        g.push((Rc::downgrade(o), Rc::downgrade(t)));
    });
}

/// The tasks that called a `gather()` over `fut`.
fn gathering_callers(fut: &Value) -> Vec<Value> {
    GATHERS.with(|g| {
        g.borrow()
            .iter()
            .filter_map(|(o, t)| Some((o.upgrade()?, t.upgrade()?)))
            .filter(|(o, _)| waits_on(&Value::Native(o.clone()), fut, 0))
            .map(|(_, t)| Value::Native(t))
            .collect()
    })
}

fn recorded_waiters(fut: &Rc<Native>) -> Vec<Value> {
    RECORDED.with(|r| {
        let r = r.borrow();
        match r.get(&(Rc::as_ptr(fut) as usize)) {
            Some((f, ws)) if f.as_ptr() == Rc::as_ptr(fut) => ws
                .iter()
                .filter_map(Weak::upgrade)
                .map(Value::Native)
                .collect(),
            _ => Vec::new(),
        }
    })
}

/// Whether `waiting_on` (what a task awaits) is `fut` or a `gather()` over it.
fn waits_on(waiting_on: &Value, fut: &Value, depth: usize) -> bool {
    if waiting_on.is(fut) {
        return true;
    }
    match fut_of(waiting_on).map(|f| &f.kind) {
        Some(FutKind::Gathering(g)) if depth < 64 => g
            .children
            .borrow()
            .iter()
            .any(|c| waits_on(c, fut, depth + 1)),
        _ => false,
    }
}

/// Every live task, in creation order.
pub fn all_tasks(vm: &Vm) -> Vec<Value> {
    vm.asyncio
        .tasks
        .iter()
        .filter_map(Weak::upgrade)
        .map(Value::Native)
        .collect()
}

/// The pending futures awaiting `fut` (3.14's `fut._asyncio_awaited_by`), in
/// creation order.
pub fn awaited_by(vm: &Vm, fut: &Value) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for t in all_tasks(vm) {
        let Some(f) = fut_of(&t) else { continue };
        if f.done() {
            continue;
        }
        let waiter = f.task().and_then(|p| p.fut_waiter.borrow().clone());
        if waiter.is_some_and(|w| waits_on(&w, fut, 0)) {
            out.push(t);
        }
    }
    if let Some(n) = native_of(fut) {
        let mut recorded = recorded_waiters(n);
        recorded.extend(gathering_callers(fut));
        for w in recorded {
            if !out.iter().any(|o| o.is(&w)) && fut_of(&w).is_some_and(|f| !f.done()) {
                out.push(w);
            }
        }
    }
    out.sort_by_key(|v| fut_of(v).map_or(0, |f| f.hash));
    out
}

/// Keeps `limit`'s entries of an innermost-first stack: positive keeps the
/// outermost (nearest the task's start), negative the innermost, 0 none.
fn apply_limit(mut stack: Vec<StackFrame>, limit: Option<i64>) -> Vec<StackFrame> {
    match limit {
        None => stack,
        Some(0) => Vec::new(),
        Some(n) if n > 0 => {
            let keep = (n as usize).min(stack.len());
            stack.split_off(stack.len() - keep)
        }
        Some(n) => {
            stack.truncate(n.unsigned_abs().min(usize::MAX as u64) as usize);
            stack
        }
    }
}

/// The graph of `fut` (`_build_graph_for_future`); `path` holds the futures
/// already being expanded, so tasks awaiting each other end the recursion.
fn build(vm: &Vm, fut: &Value, limit: Option<i64>, skip: usize, path: &mut Vec<Value>) -> Graph {
    let stack = if limit == Some(0) {
        Vec::new()
    } else {
        let mut stack = task_stack(vm, fut, skip);
        let running = task_coro(fut).is_some_and(|g| g.state.get() == GenState::Running);
        if !running {
            // 3.14 walks `cr_await` from coroutine to coroutine: a plain
            // generator awaited through `@types.coroutine` ends the walk.
            let end = stack
                .iter()
                .rposition(|f| f.code.flags.generator && !f.code.flags.coroutine);
            if let Some(end) = end {
                stack.drain(..=end);
            }
        }
        if !path.is_empty() {
            // A running task met as an awaiter: 3.14 follows its coroutines
            // (`cr_await`), so plain functions it is calling are not shown.
            stack.retain(|f| {
                let fl = &f.code.flags;
                fl.coroutine || fl.async_generator || fl.generator
            });
        }
        apply_limit(stack, limit)
    };
    path.push(fut.clone());
    let mut children = Vec::new();
    for w in awaited_by(vm, fut) {
        if !path.iter().any(|p| p.is(&w)) {
            children.push(build(vm, &w, limit, 0, path));
        }
    }
    path.pop();
    Graph {
        future: fut.clone(),
        stack,
        awaited_by: children,
    }
}

/// `capture_call_graph(future, depth=, limit=)`: `depth` frames are skipped
/// from the top when `future` is the running task (counted from the caller
/// of the native, whose own frame is the top of `Vm::frames`).
pub fn capture(vm: &Vm, fut: &Value, depth: usize, limit: Option<i64>) -> Graph {
    build(vm, fut, limit, depth, &mut Vec::new())
}

/// The `co_qualname` tag 3.14 prints before a frame's function.
fn tag(code: &CodeObject) -> &'static str {
    if code.flags.coroutine {
        "async "
    } else if code.flags.async_generator {
        "async generator "
    } else if code.flags.generator {
        "generator "
    } else {
        ""
    }
}

/// `format_call_graph`'s text for one graph (no final newline).
pub fn render(vm: &mut Vm, g: &Graph) -> RunResult<String> {
    let mut lines = Vec::new();
    render_level(vm, g, 0, &mut lines)?;
    Ok(lines.join("\n"))
}

fn render_level(vm: &mut Vm, g: &Graph, level: usize, out: &mut Vec<String>) -> RunResult<()> {
    let pad = "    ".repeat(level);
    let id = g.future.ptr_id().unwrap_or(0);
    match fut_of(&g.future).and_then(|f| f.task()) {
        Some(t) => {
            let name = t.name();
            let name = vm.repr(&name)?;
            out.push(format!("{pad}* Task(name={}, id={id:#x})", name.as_str()));
        }
        None => out.push(format!("{pad}* Future(id={id:#x})")),
    }
    if !g.stack.is_empty() {
        out.push(format!("{pad}  + Call stack:"));
        for f in &g.stack {
            let file = vm.repr(&Value::Str(f.code.filename.clone()))?;
            out.push(format!(
                "{pad}  |   File {}, line {}, in {}{}()",
                file.as_str(),
                f.line,
                tag(&f.code),
                f.code.qualname.as_str()
            ));
        }
    }
    if !g.awaited_by.is_empty() {
        out.push(format!("{pad}  + Awaited by:"));
        for a in &g.awaited_by {
            render_level(vm, a, level + 1, out)?;
        }
    }
    Ok(())
}

/// Set by the SIGQUIT handler; the VM prints the dump at its next safepoint.
static DUMP_REQUESTED: AtomicBool = AtomicBool::new(false);

/// Asks for a dump of every task (async-signal-safe: one atomic store).
pub fn request_dump() {
    DUMP_REQUESTED.store(true, Ordering::SeqCst);
}

impl Vm {
    /// Prints the dump SIGQUIT asked for, if it did. True when it did: the
    /// interrupt flag that woke the VM was the dump request, not Ctrl-C.
    pub fn serve_dump_request(&mut self) -> bool {
        if !DUMP_REQUESTED.swap(false, Ordering::SeqCst) {
            return false;
        }
        let text = self.format_all_tasks("SIGQUIT");
        self.write_stderr_now(&text);
        true
    }

    /// The dump of every pending task (SIGQUIT, the prompt's `%tasks`): a
    /// heading, then `format_call_graph(task)` for each, in creation order.
    pub fn format_all_tasks(&mut self, why: &str) -> String {
        let tasks: Vec<Value> = all_tasks(self)
            .into_iter()
            .filter(|t| fut_of(t).is_some_and(|f| !f.done()))
            .collect();
        let mut text = format!(
            "Task dump ({why}): {} pending task{}\n",
            tasks.len(),
            if tasks.len() == 1 { "" } else { "s" }
        );
        for t in &tasks {
            let g = capture(self, t, 0, None);
            match render(self, &g) {
                Ok(s) => {
                    text.push_str(&s);
                    text.push('\n');
                }
                Err(_) => text.push_str("* (a task whose name cannot be shown)\n"),
            }
        }
        text
    }
}
