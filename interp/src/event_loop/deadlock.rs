//! The deadlock report. CPython's `_run_once` (3.11 `base_events.py`) calls
//! `select()` with no timeout when nothing is ready and no timer is scheduled,
//! and a program whose tasks all wait on each other hangs there forever. Coil
//! knows when that wait could never end — nothing ready, no timer, and nothing
//! outside the loop that could wake it (`Vm::loop_can_be_woken`) — so while a
//! program waits for a future (`run_until_complete`, `asyncio.run`, an `await`
//! at the prompt) it prints what every pending task waits on and stops: exit
//! status 3 for a program, back to the prompt at the REPL.
//!
//! What a task waits on is read from its `fut_waiter` and its stack: another
//! task, a `gather()`, or a future created by a synchronisation primitive of
//! `asyncio/locks.py` or `queues.py`, recognised by the library frame that
//! awaits it. `Lock` records the task that acquired it (`record_lock_owner`)
//! so the report can say who holds it. Tasks waiting for tasks (or for a lock
//! held by a task) form a wait-for graph whose cycles are named.

use super::call_graph::{task_stack, StackFrame};
use super::future::{fut_of, FutKind};
use super::LoopInner;
use crate::object::{Instance, Str, Value};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// The exit status of a program stopped by a deadlock.
pub const DEADLOCK_EXIT: i32 = 3;

thread_local! {
    /// Lock address → (the lock, the task that acquired it last).
    static LOCK_OWNERS: RefCell<HashMap<usize, (Weak<Instance>, Value)>> =
        RefCell::new(HashMap::new());
    /// Set by the REPL: a deadlock returns to the prompt instead of exiting.
    static AT_PROMPT: Cell<bool> = const { Cell::new(false) };
}

/// The REPL says the program runs at the prompt (or no longer does).
pub fn set_at_prompt(on: bool) {
    AT_PROMPT.with(|p| p.set(on));
}

/// Whether a deadlock returns to the prompt.
pub fn at_prompt() -> bool {
    AT_PROMPT.with(Cell::get)
}

/// `Lock.acquire` succeeded in the current task: remember it as the holder.
/// (Nothing is recorded on release: the report trusts an owner only while the
/// lock is still locked.)
pub fn record_lock_owner(vm: &Vm, lock: &Value) {
    let Value::Instance(i) = lock else { return };
    let key = Rc::as_ptr(i) as usize;
    LOCK_OWNERS.with(|m| {
        let mut m = m.borrow_mut();
        match vm.asyncio.current_task.clone() {
            Some(t) => {
                if m.len() >= 64 && m.len().is_power_of_two() {
                    m.retain(|_, (l, _)| l.strong_count() > 0);
                }
                m.insert(key, (Rc::downgrade(i), t));
            }
            None => {
                m.remove(&key);
            }
        }
    });
}

fn lock_owner(lock: &Value) -> Option<Value> {
    let Value::Instance(i) = lock else {
        return None;
    };
    LOCK_OWNERS.with(|m| {
        let m = m.borrow();
        let (l, t) = m.get(&(Rc::as_ptr(i) as usize))?;
        l.upgrade().filter(|l| Rc::ptr_eq(l, i))?;
        Some(t.clone())
    })
}

impl Vm {
    /// Could anything outside the loop's queues wake it: a watched descriptor
    /// (sockets, pipes, a child's pidfd, the signal wake-up pipe). The one
    /// predicate the deadlock check asks; a source of wake-ups the reactor does
    /// not see (a thread, say) must be added here.
    pub fn loop_can_be_woken(&self, l: &LoopInner) -> bool {
        l.has_io() || self.green.io_waiting()
    }

    /// The loop can never run `fut` to completion: prints the report and ends
    /// the program with status 3, or, at the prompt, returns the error the
    /// prompt shows (the report already printed).
    pub fn deadlock(&mut self, loop_: &Value, fut: &Value) -> crate::Exc {
        let waits = match &self.asyncio.main_task {
            Some(m) if m.is(fut) => "asyncio.run()",
            _ if at_prompt() => "the prompt",
            _ => "run_until_complete()",
        };
        let text = report(self, loop_, fut, waits);
        self.write_stderr_now(&text);
        if !at_prompt() {
            self.flush_stdout();
            std::process::exit(DEADLOCK_EXIT);
        }
        self.runtime_error("deadlock: no task can make progress")
    }
}

/// What a task waits on, in words, and the tasks it waits for (edges of the
/// wait-for graph).
struct Wait {
    text: String,
    on: Vec<Value>,
}

fn task_name(t: &Value) -> String {
    match fut_of(t).and_then(|f| f.task()).map(|p| p.name()) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => "?".into(),
        None => "<Future pending>".into(),
    }
}

fn is_pending_task(v: &Value) -> bool {
    fut_of(v).is_some_and(|f| f.task().is_some() && !f.done())
}

fn waiter_of(t: &Value) -> Option<Value> {
    fut_of(t)?.task()?.fut_waiter.borrow().clone()
}

/// `<Future pending>`, with the class of a subclass.
fn pending_future(v: &Value) -> String {
    format!("<{} pending>", v.type_name())
}

fn describe(vm: &mut Vm, task: &Value, lib: &str) -> Wait {
    let Some(w) = waiter_of(task) else {
        return Wait {
            text: "not waiting for any future (nothing will resume it)".into(),
            on: Vec::new(),
        };
    };
    if fut_of(&w).is_some_and(|f| f.task().is_some()) {
        let mut text = format!("awaiting {}", task_name(&w));
        if let Some(next) = waiter_of(&w).filter(|n| fut_of(n).is_some_and(|f| f.task().is_some()))
        {
            text.push_str(&format!(" (which awaits {})", task_name(&next)));
        }
        return Wait { text, on: vec![w] };
    }
    if let Some(FutKind::Gathering(g)) = fut_of(&w).map(|f| &f.kind) {
        let pending: Vec<Value> = g
            .children
            .borrow()
            .iter()
            .filter(|c| fut_of(c).is_some_and(|f| !f.done()))
            .cloned()
            .collect();
        let names: Vec<String> = pending
            .iter()
            .map(|c| match fut_of(c).and_then(|f| f.task()) {
                Some(_) => task_name(c),
                None => pending_future(c),
            })
            .collect();
        return Wait {
            text: format!("awaiting gather() of {}", names.join(", ")),
            on: pending.into_iter().filter(is_pending_task).collect(),
        };
    }
    let stack = task_stack(vm, task, 0);
    if let Some(w) = primitive_wait(vm, &stack, lib) {
        return w;
    }
    // Another asyncio function (`wait`, `wait_for`, `TaskGroup.__aexit__`):
    // named by the outermost library frame, the one the program called.
    let lib_frames = stack
        .iter()
        .take_while(|f| f.code.filename.as_str().starts_with(lib));
    if let Some(f) = lib_frames.last() {
        let q = f.code.qualname.as_str();
        let name = if q.contains('.') {
            q.to_string()
        } else {
            format!("asyncio.{q}")
        };
        // The tasks recorded as awaited by this one (a TaskGroup's children).
        let on: Vec<Value> = super::call_graph::all_tasks(vm)
            .into_iter()
            .filter(|c| is_pending_task(c) && !c.is(task))
            .filter(|c| {
                super::call_graph::awaited_by(vm, c)
                    .iter()
                    .any(|w| w.is(task))
            })
            .collect();
        let mut text = format!("waiting in {name}()");
        if !on.is_empty() {
            let names: Vec<String> = on.iter().map(task_name).collect();
            text.push_str(&format!(" for {}", names.join(", ")));
        }
        return Wait { text, on };
    }
    Wait {
        text: format!("waiting for Future {}", pending_future(&w)),
        on: Vec::new(),
    }
}

fn attr(vm: &mut Vm, obj: &Value, name: &str) -> Option<Value> {
    vm.get_attr_opt(obj, &Str::intern(name)).ok().flatten()
}

/// A wait inside `asyncio/locks.py` or `queues.py`: named by the outermost
/// library frame of the top run of library frames whose method is a public
/// waiting API (`Queue.join` waits in `Event.wait`; `async with lock` in
/// `Lock.acquire` under `__aenter__`).
fn primitive_wait(vm: &mut Vm, stack: &[StackFrame], lib: &str) -> Option<Wait> {
    let mut found: Option<(&str, Value)> = None;
    for f in stack
        .iter()
        .take_while(|f| f.code.filename.as_str().starts_with(lib))
    {
        let q = f.code.qualname.as_str();
        let known = [
            "Lock.acquire",
            "Semaphore.acquire",
            "Event.wait",
            "Condition.wait",
            "Condition.wait_for",
            "Barrier.wait",
            "Queue.get",
            "Queue.put",
            "Queue.join",
        ];
        if let (Some(k), Some(me)) = (known.iter().find(|k| **k == q), &f.first_local) {
            found = Some((k, me.clone()));
        }
    }
    let (api, me) = found?;
    let method = api.split('.').nth(1).unwrap_or("");
    let cls = me.type_name();
    let mut on = Vec::new();
    let mut text = format!("waiting for {cls}.{method}()");
    match api {
        "Lock.acquire" => match lock_owner(&me) {
            Some(owner)
                if attr(vm, &me, "_locked").is_some_and(|v| matches!(v, Value::Bool(true))) =>
            {
                let done = fut_of(&owner).is_some_and(|f| f.done());
                let state = if done { ", which has finished" } else { "" };
                text.push_str(&format!(" (held by {}{state})", task_name(&owner)));
                if !done {
                    on.push(owner);
                }
            }
            _ => {}
        },
        "Queue.get" | "Queue.put" | "Queue.join" => {
            let maxsize = attr(vm, &me, "_maxsize")
                .and_then(|v| vm.repr(&v).ok())
                .map_or_else(|| "?".to_string(), |s| s.as_str().to_string());
            text.push_str(&format!(" on <{cls} maxsize={maxsize}>"));
            if api == "Queue.put" {
                text.push_str(" (full)");
            } else if api == "Queue.join" {
                if let Some(Value::Int(n)) = attr(vm, &me, "_unfinished_tasks") {
                    let s = if n == 1 { "" } else { "s" };
                    text.push_str(&format!(" ({n} item{s} not marked done)"));
                }
            }
        }
        _ => {}
    }
    Some(Wait { text, on })
}

/// The frames a report shows: the program's own, innermost first (the
/// library frames of the primitive are what the "waiting for" line names);
/// all of them when the task runs library code only.
fn shown_frames<'a>(stack: &'a [StackFrame], lib: &str) -> Vec<&'a StackFrame> {
    let own: Vec<&StackFrame> = stack
        .iter()
        .filter(|f| !f.code.filename.as_str().starts_with(lib))
        .collect();
    if own.is_empty() {
        stack.iter().collect()
    } else {
        own
    }
}

/// The cycles of the wait-for graph (`edges[i]`: indices task `i` waits for),
/// each starting at its earliest-created task, in order, without repeats.
fn cycles(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    fn walk(at: usize, edges: &[Vec<usize>], path: &mut Vec<usize>, found: &mut Vec<Vec<usize>>) {
        for &next in &edges[at] {
            if let Some(pos) = path.iter().position(|&p| p == next) {
                let mut c = path[pos..].to_vec();
                let start = c
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, v)| **v)
                    .map_or(0, |(i, _)| i);
                c.rotate_left(start);
                if !found.contains(&c) && found.len() < 16 {
                    found.push(c);
                }
            } else if path.len() < 64 {
                path.push(next);
                walk(next, edges, path, found);
                path.pop();
            }
        }
    }
    let mut found = Vec::new();
    for start in 0..edges.len() {
        walk(start, edges, &mut vec![start], &mut found);
    }
    found.sort();
    found
}

/// The report's text.
fn report(vm: &mut Vm, loop_: &Value, fut: &Value, waits: &str) -> String {
    let lib = format!("{}/asyncio/", crate::vm::import::cpython_lib_dir());
    let tasks = vm.asyncio.live_tasks(loop_);
    let what = if fut_of(fut).is_some_and(|f| f.task().is_some()) {
        task_name(fut)
    } else {
        pending_future(fut)
    };
    let mut out = format!(
        "Deadlock: {waits} waits for {what}, and no task can ever run again:\n\
         nothing is ready, no timer is pending, and no I/O, child process or\n\
         signal can wake the event loop.\n"
    );
    if tasks.is_empty() {
        out.push_str("\nNo task is pending: nothing can complete it.\n");
        return out;
    }
    let mut edges = Vec::with_capacity(tasks.len());
    for t in &tasks {
        let w = describe(vm, t, &lib);
        let stack = task_stack(vm, t, 0);
        out.push_str(&format!("\n{}: {}\n", task_name(t), w.text));
        for f in shown_frames(&stack, &lib) {
            let file = f.code.filename.as_str();
            out.push_str(&format!(
                "  File \"{file}\", line {}, in {}\n",
                f.line,
                f.code.name.as_str()
            ));
            if let Some(src) = crate::vm::traceback::source_line(file, f.line) {
                let src = src.trim();
                if !src.is_empty() {
                    out.push_str(&format!("    {src}\n"));
                }
            }
        }
        edges.push(
            w.on.iter()
                .filter_map(|o| tasks.iter().position(|t| t.is(o)))
                .collect::<Vec<_>>(),
        );
    }
    let found = cycles(&edges);
    if !found.is_empty() {
        out.push('\n');
    }
    for c in found {
        let mut names: Vec<String> = c.iter().map(|&i| task_name(&tasks[i])).collect();
        names.push(task_name(&tasks[c[0]]));
        out.push_str(&format!("deadlock cycle: {}\n", names.join(" -> ")));
    }
    out
}
