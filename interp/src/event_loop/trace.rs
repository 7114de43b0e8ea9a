//! The run recorder behind `coil --trace`: what each task did and when, kept
//! in memory and written out by the `coil` command (Chrome Trace Event JSON,
//! an SVG timeline, a per-task summary). CPython has no counterpart; the
//! events follow the points of CPython 3.11's `Lib/asyncio/tasks.py` where a
//! task is created (`Task.__init__`), steps (`__step`: resume to suspend),
//! waits (`__step` adding `__wakeup` to the future it yielded), is cancelled
//! (`cancel`) and ends, plus the callbacks `_run_once` runs that are not task
//! steps (timers, I/O readiness, done-callbacks).
//!
//! Time: the loop's clock (virtual under `--virtual-time`) gives where a slice
//! starts; its width is the real time the step took. On the virtual clock a
//! step takes no time, so a slice that would start inside the previous one is
//! moved just after it: slices never overlap, and stay in run order.
//!
//! Every hook is a free function that returns at once when `AsyncState::trace`
//! is `None`, so a run without `--trace` pays one branch per hook.

use super::future::{fut_of, FutKind, FutState};
use crate::object::{GenState, Value};
use crate::vm::Vm;
use std::collections::HashMap;
use std::time::Instant;

/// The track of callbacks that are not task steps.
pub const LOOP_TID: u32 = 0;

/// One recorded event; times are microseconds from the first event.
pub enum Event {
    /// A task step or a loop callback, from resume to suspend.
    Slice {
        tid: u32,
        ts: f64,
        dur: f64,
        name: String,
        /// Where the step suspended or ended (file, line), for task steps.
        at: Option<(String, u32)>,
        /// What the task waits on after this step, if it suspended.
        waits_on: Option<String>,
    },
    /// `created`, `cancel requested`, `returned`, `raised E`, `cancelled`.
    Instant { tid: u32, ts: f64, name: String },
    /// An arrow from a waiting task (`start`) to the slice in which what it
    /// waited on completed (the awaited task's last step, a timer's or an I/O
    /// callback, the step that set an `Event`).
    Flow {
        id: u64,
        tid: u32,
        ts: f64,
        start: bool,
        name: String,
    },
    /// A task waiting between two steps (the summary and the SVG draw it).
    Wait {
        tid: u32,
        ts: f64,
        end: f64,
        what: String,
    },
}

/// Per-task figures, in creation order.
pub struct TaskTrack {
    pub tid: u32,
    pub name: String,
    /// The root coroutine's qualname.
    pub coro: String,
    pub steps: u32,
    /// Real seconds spent in steps.
    pub running: f64,
    /// Loop-clock seconds spent waiting between steps.
    pub waiting: f64,
    /// The longest wait: seconds and what it was on.
    pub longest: Option<(f64, String)>,
    /// While suspended: since when (loop clock), on what, since which µs.
    wait_since: Option<(f64, String, f64)>,
}

/// A slice being run.
struct Open {
    tid: u32,
    ts: f64,
    real: Instant,
}

#[derive(Default)]
pub struct Tracer {
    /// Loop clock (seconds) at the first event.
    origin: Option<f64>,
    /// End (µs) of the last slice: the next one starts no earlier.
    cursor: f64,
    open: Vec<Open>,
    pub tasks: Vec<TaskTrack>,
    /// Future hash (`Fut::hash`) of a task → its index in `tasks`.
    by_hash: HashMap<i64, usize>,
    /// Future hash → flows waiting for it to complete.
    pending_flows: HashMap<i64, Vec<(u64, String)>>,
    next_flow: u64,
    pub events: Vec<Event>,
}

impl Tracer {
    fn clock_us(&mut self, now: f64) -> f64 {
        let origin = *self.origin.get_or_insert(now);
        (now - origin) * 1e6
    }

    /// The time of an event happening now: inside the open slice, its start
    /// plus the real time since; else the clock, but not before the cursor.
    fn now_us(&mut self, now: f64) -> (u32, f64) {
        let clock = self.clock_us(now);
        match self.open.last() {
            Some(o) => (o.tid, o.ts + o.real.elapsed().as_secs_f64() * 1e6),
            None => (LOOP_TID, clock.max(self.cursor)),
        }
    }

    /// A point event of task `tid` happening now.
    fn instant(&mut self, tid: u32, now: f64, name: &str) {
        let (_, ts) = self.now_us(now);
        self.events.push(Event::Instant {
            tid,
            ts,
            name: name.into(),
        });
    }

    fn begin(&mut self, tid: u32, now: f64) -> f64 {
        let ts = self.clock_us(now).max(self.cursor);
        self.open.push(Open {
            tid,
            ts,
            real: Instant::now(),
        });
        ts
    }

    /// Closes the open slice: (tid, start, width). At least 1 µs wide so every
    /// viewer draws it.
    fn end(&mut self) -> Option<(u32, f64, f64)> {
        let o = self.open.pop()?;
        let dur = (o.real.elapsed().as_secs_f64() * 1e6).max(1.0);
        if self.open.is_empty() {
            self.cursor = self.cursor.max(o.ts + dur);
        }
        Some((o.tid, o.ts, dur))
    }

    /// Task summaries print finished waits; this closes the ones still open
    /// at the end of the run.
    pub fn finish(&mut self, now: f64) {
        let end = self.clock_us(now).max(self.cursor);
        for t in &mut self.tasks {
            if let Some((since, what, ts)) = t.wait_since.take() {
                record_wait(t, now - since, &what);
                self.events.push(Event::Wait {
                    tid: t.tid,
                    ts,
                    end,
                    what,
                });
            }
        }
    }
}

fn record_wait(t: &mut TaskTrack, secs: f64, what: &str) {
    t.waiting += secs;
    if t.longest.as_ref().is_none_or(|(l, _)| secs > *l) {
        t.longest = Some((secs, what.to_string()));
    }
}

fn coro_qualname(coro: &Value) -> String {
    match coro {
        Value::Generator(g) => g.qualname.as_str().to_string(),
        other => other.type_name().to_string(),
    }
}

fn task_name(v: &Value) -> String {
    match fut_of(v).and_then(|f| f.task()).map(|t| t.name()) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "?".into(),
    }
}

/// The hooks the loop calls: each an inlined test of whether tracing is on,
/// so an untraced run pays one branch, and a cold body that records.
macro_rules! hooks {
    ($($(#[$doc:meta])* $name:ident => $body:ident;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name(vm: &mut Vm, task: &Value) {
            if vm.asyncio.trace.is_some() {
                $body(vm, task);
            }
        }
    )*};
}

hooks! {
    /// A task was made (`Task.__init__`).
    task_created => task_created_traced;
    /// `Task.cancel()` asked for a cancellation.
    task_cancelled => task_cancelled_traced;
    /// A step of `task` begins (`Task.__step` about to resume the coroutine).
    step_begin => step_begin_traced;
    /// The step of `task` ended: it suspended (waiting on its `fut_waiter`, or
    /// yielding to the loop), returned, raised or was cancelled.
    step_end => step_end_traced;
}

/// The tracker, `task`'s row in it and the loop's time, when tracing is on
/// and the task was seen being made.
fn tracked<'a>(vm: &'a mut Vm, task: &Value) -> Option<(&'a mut Tracer, usize, f64)> {
    let f = fut_of(task)?;
    let now = vm.loop_time();
    let tr = vm.asyncio.trace.as_mut()?;
    let i = *tr.by_hash.get(&f.hash)?;
    Some((tr, i, now))
}

#[cold]
#[inline(never)]
fn task_created_traced(vm: &mut Vm, task: &Value) {
    let Some(f) = fut_of(task) else { return };
    let Some(part) = f.task() else { return };
    let now = vm.loop_time();
    let name = task_name(task);
    let coro = coro_qualname(&part.coro);
    let Some(tr) = vm.asyncio.trace.as_mut() else {
        return;
    };
    let tid = tr.tasks.len() as u32 + 1;
    tr.by_hash.insert(f.hash, tr.tasks.len());
    tr.tasks.push(TaskTrack {
        tid,
        name,
        coro,
        steps: 0,
        running: 0.0,
        waiting: 0.0,
        longest: None,
        wait_since: None,
    });
    tr.instant(tid, now, "created");
}

#[cold]
#[inline(never)]
fn task_cancelled_traced(vm: &mut Vm, task: &Value) {
    let Some((tr, i, now)) = tracked(vm, task) else {
        return;
    };
    let tid = tr.tasks[i].tid;
    tr.instant(tid, now, "cancel requested");
}

#[cold]
#[inline(never)]
fn step_begin_traced(vm: &mut Vm, task: &Value) {
    let name = task_name(task);
    let Some((tr, i, now)) = tracked(vm, task) else {
        return;
    };
    let tid = tr.tasks[i].tid;
    let ts = tr.begin(tid, now);
    let t = &mut tr.tasks[i];
    t.name = name;
    t.steps += 1;
    if let Some((since, what, wts)) = t.wait_since.take() {
        record_wait(t, now - since, &what);
        tr.events.push(Event::Wait {
            tid,
            ts: wts,
            end: ts,
            what,
        });
    }
}

#[cold]
#[inline(never)]
fn step_end_traced(vm: &mut Vm, task: &Value) {
    let Some(f) = fut_of(task) else { return };
    let Some(part) = f.task() else { return };
    let now = vm.loop_time();
    let qual = coro_qualname(&part.coro);
    let (at, suspended) = match &part.coro {
        Value::Generator(g) => {
            let line = match g.state.get() {
                GenState::Suspended => g.suspended_line(),
                _ => g.code.first_line,
            };
            (
                Some((g.code.filename.as_str().to_string(), line)),
                g.state.get() == GenState::Suspended,
            )
        }
        _ => (None, f.state.get() == FutState::Pending),
    };
    let outcome = match f.state.get() {
        FutState::Pending => None,
        FutState::Cancelled => Some("cancelled".to_string()),
        FutState::Finished => Some(match &*f.exception.borrow() {
            Some(e) => format!("raised {}", e.class().name.as_str()),
            None => "returned".to_string(),
        }),
    };
    let waiter = part.fut_waiter.borrow().clone();
    let what = if f.state.get() != FutState::Pending {
        None
    } else {
        Some(match &waiter {
            Some(w) => describe_wait(vm, w, &part.coro),
            None => "the loop (sleep(0))".to_string(),
        })
    };
    let Some(tr) = vm.asyncio.trace.as_mut() else {
        return;
    };
    let Some((tid, ts, dur)) = tr.end() else {
        return;
    };
    let name = match (&at, suspended) {
        (Some((_, line)), true) => format!("{qual} line {line}"),
        _ => match &outcome {
            Some(o) => format!("{qual} {o}"),
            None => qual.clone(),
        },
    };
    tr.events.push(Event::Slice {
        tid,
        ts,
        dur,
        name,
        at,
        waits_on: what.clone(),
    });
    let end = ts + dur;
    if let Some(&i) = tr.by_hash.get(&f.hash) {
        let t = &mut tr.tasks[i];
        t.running += dur / 1e6;
        if let Some(what) = &what {
            t.wait_since = Some((now, what.clone(), end));
        }
    }
    if let Some(o) = outcome {
        tr.events.push(Event::Instant {
            tid,
            ts: end,
            name: o,
        });
    }
    if let (Some(w), Some(what)) = (waiter.as_ref().and_then(fut_of), what) {
        let id = tr.next_flow;
        tr.next_flow += 1;
        tr.events.push(Event::Flow {
            id,
            tid,
            ts: ts + dur / 2.0,
            start: true,
            name: what.clone(),
        });
        tr.pending_flows.entry(w.hash).or_default().push((id, what));
    }
}

/// What a suspended task waits on, in words: another task, a gather, a
/// timer, or a plain future named by the innermost function awaiting it
/// (`Queue.get`, `Event.wait`, `sock_recv`, …).
fn describe_wait(vm: &Vm, w: &Value, coro: &Value) -> String {
    let Some(f) = fut_of(w) else {
        return w.type_name().to_string();
    };
    match &f.kind {
        FutKind::Task(_) => {
            let name = task_name(w);
            let coro = f.task().map(|t| coro_qualname(&t.coro)).unwrap_or_default();
            format!("{name} ({coro})")
        }
        FutKind::Gathering(g) => {
            format!("gather of {} awaitables", g.children.borrow().len())
        }
        FutKind::Plain => {
            if let Some(when) = f.timer().and_then(|t| t.when.get()) {
                let left = when - vm.loop_time();
                return format!("sleep({})", round_secs(left));
            }
            let inner = match coro {
                Value::Generator(g) => g
                    .frames
                    .borrow()
                    .frames
                    .last()
                    .map(|fr| fr.code().qualname.as_str().to_string()),
                _ => None,
            };
            match inner {
                Some(q) => format!("a Future in {q}()"),
                None => "a Future".to_string(),
            }
        }
    }
}

/// Seconds for a label: at most six decimals, no trailing zeros.
pub fn round_secs(s: f64) -> String {
    let t = format!("{:.6}", s.max(0.0));
    let t = t.trim_end_matches('0').trim_end_matches('.');
    t.to_string()
}

/// A future completed: the flows of the tasks waiting on it end in the slice
/// running now (on the track of whoever completed it).
#[cold]
#[inline(never)]
pub fn future_done(vm: &mut Vm, hash: i64) {
    let Some(tr) = vm.asyncio.trace.as_mut() else {
        return;
    };
    let Some(flows) = tr.pending_flows.remove(&hash) else {
        return;
    };
    // Completed outside any step or callback (top-level code): the flows
    // have no slice to end in.
    let Some(o) = tr.open.last() else { return };
    let (tid, ts) = (o.tid, o.ts + o.real.elapsed().as_secs_f64() * 1e6);
    for (id, name) in flows {
        tr.events.push(Event::Flow {
            id,
            tid,
            ts,
            start: false,
            name,
        });
    }
}

/// A loop callback that is not a task step begins (`name` as the handle's
/// repr shows it).
#[cold]
#[inline(never)]
pub fn callback_begin(vm: &mut Vm) {
    if vm.asyncio.trace.is_none() {
        return;
    }
    let now = vm.loop_time();
    if let Some(tr) = vm.asyncio.trace.as_mut() {
        tr.begin(LOOP_TID, now);
    }
}

/// The callback begun by `callback_begin` ended.
#[cold]
#[inline(never)]
pub fn callback_end(vm: &mut Vm, name: String) {
    let Some(tr) = vm.asyncio.trace.as_mut() else {
        return;
    };
    if let Some((tid, ts, dur)) = tr.end() {
        tr.events.push(Event::Slice {
            tid,
            ts,
            dur,
            name,
            at: None,
            waits_on: None,
        });
    }
}
