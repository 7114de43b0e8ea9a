//! Python threads as green threads on the one VM thread (CPython 3.11 runs one
//! thread at a time under the GIL: `Python/ceval_gil.c`, `Modules/_threadmodule.c`).
//!
//! Values are `Rc`, so every Python thread runs on the interpreter's OS thread. A
//! started thread is a stack of frames of its own: while it runs, its frames sit
//! on top of `Vm::frames` above a `Boundary`; when it blocks (a contended lock,
//! `time.sleep`) or its time slice ends, its frame records move into a `Segment`
//! and the scheduler resumes another thread. Its values never move: a thread runs
//! on a value stack of its own (swapped with the host's around its run), and its
//! generators' resumers' stacks (`Vm::outer_stacks` above its base) go with it.
//!
//! The main thread is the bottom of the stack and is never moved. When it
//! blocks, or a thread whose Rust caller is half-way through a native call (a
//! builtin that called script code) blocks, that thread becomes the *host*: the
//! scheduler runs the other threads on top of it (`host_wait`) until its wait is
//! satisfied. A blocking call in a thread running straight from the dispatch
//! loop instead fails with a private marker exception that the thread's runner
//! catches before any handler sees it (`suspend`): the call's arguments are
//! already off the stack, so resuming pushes the call's result and goes on.
//!
//! Time slices: a timer OS thread sets `SWITCH_DUE` every switch interval while
//! threads exist; the dispatch loop looks at it on backward jumps.

use super::dispatch::Exit;
use super::frame::{FrameRole, Segment};
use super::green_io::IoWait;
use super::unwind::Unwinding;
use super::Vm;
use crate::object::{Exc, Value};
use crate::RunResult;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Set by the timer thread when the running thread's time slice is over.
pub static SWITCH_DUE: AtomicBool = AtomicBool::new(false);
/// Live green threads (the timer thread stops when it drops to 0).
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// The switch interval in microseconds (`sys.setswitchinterval`).
static INTERVAL_US: AtomicUsize = AtomicUsize::new(5000);
/// Whether the timer thread runs.
static TIMER: AtomicBool = AtomicBool::new(false);

/// `sys.getswitchinterval()`.
pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// `sys.setswitchinterval(s)` (already checked positive).
pub fn set_switch_interval(s: f64) {
    INTERVAL_US.store(((s * 1e6) as usize).max(1), Ordering::Relaxed);
}

/// A lock's state, shared by the lock object and the threads waiting on it.
#[derive(Default)]
pub struct LockCell {
    pub locked: Cell<bool>,
    /// For an `RLock`: the owning thread's ident and its recursion depth.
    pub owner: Cell<u64>,
    pub count: Cell<u64>,
}

/// What a blocked thread waits for.
#[derive(Clone)]
pub enum Wait {
    /// Runnable: suspended at the end of its time slice (nothing to deliver).
    Nothing,
    /// The lock to be free (it takes it when woken: the wake-up delivers True),
    /// or the monotonic deadline to pass (False). A non-zero third field is
    /// an `RLock`'s recursion depth: the woken thread becomes its owner.
    Lock(Rc<LockCell>, Option<f64>, u64),
    /// The monotonic deadline to pass (`time.sleep`; delivers None).
    Sleep(f64),
    /// A blocking system call parked until its descriptors are ready; delivers
    /// what the retried call returns or raises (`vm/green_io.rs`).
    Io(Rc<IoWait>),
}

impl Wait {
    fn deadline(&self) -> Option<f64> {
        match self {
            Wait::Lock(_, d, _) => *d,
            Wait::Sleep(d) => Some(*d),
            Wait::Io(w) => w.deadline,
            Wait::Nothing => None,
        }
    }
}

/// One started thread other than the main one.
pub struct GreenThread {
    pub ident: u64,
    /// Its frames while it is not running.
    seg: RefCell<Segment>,
    /// Its part of `Vm::outer_stacks` (one per generator frame in `seg`) while
    /// it is not running.
    outer_stacks: RefCell<Vec<Vec<Option<Value>>>>,
    /// The function it runs, until its first run.
    start: RefCell<Option<Value>>,
    wait: RefCell<Wait>,
    /// Index of its bottom frame and the native depth while it runs.
    root: Cell<usize>,
    depth: Cell<usize>,
    /// Its current context and the asyncio state it sees, while not running.
    saved: RefCell<Saved>,
}

#[derive(Default)]
struct Saved {
    context: Option<Value>,
    running_loop: Option<Value>,
    current_task: Option<Value>,
}

/// The scheduler's state (`Vm::green`).
#[derive(Default)]
pub struct GreenThreads {
    /// Started threads that have not finished, in start order.
    threads: Vec<Rc<GreenThread>>,
    /// The running thread (None: the main thread).
    current: Option<Rc<GreenThread>>,
    /// Round-robin position in `threads`.
    next: usize,
    /// The last ident handed out.
    last_ident: u64,
    /// The marker a blocking call fails with to suspend its thread.
    marker: Option<Exc>,
}

/// The main thread's ident (`threading.get_ident()` in the main thread).
pub const MAIN_IDENT: u64 = 140_100_000_000_000;

impl GreenThreads {
    /// The running thread's ident.
    pub fn ident(&self) -> u64 {
        self.current.as_ref().map_or(MAIN_IDENT, |t| t.ident)
    }

    /// Where the running thread's frames start in `Vm::frames` (0: the main
    /// thread; frames below belong to the thread it runs on top of).
    pub fn thread_root(&self) -> usize {
        self.current
            .as_ref()
            .map_or(0, |t| t.root.get().min(usize::MAX - 1))
    }

    /// True when other threads exist (time.sleep and friends must schedule).
    pub fn active(&self) -> bool {
        !self.threads.is_empty()
    }

    /// Number of started, unfinished threads besides the main one.
    pub fn count(&self) -> usize {
        self.threads.len()
    }

    /// The blocking calls threads are parked in.
    pub fn io_waits(&self) -> Vec<Rc<IoWait>> {
        self.threads
            .iter()
            .filter_map(|t| match &*t.wait.borrow() {
                Wait::Io(w) => Some(w.clone()),
                _ => None,
            })
            .collect()
    }

    /// True when a thread is parked in a blocking call (it can wake the loop).
    pub fn io_waiting(&self) -> bool {
        self.threads
            .iter()
            .any(|t| matches!(&*t.wait.borrow(), Wait::Io(_)))
    }
}

impl Vm {
    fn now(&self) -> f64 {
        self.asyncio.clock.monotonic(self.virtual_time)
    }

    /// `_thread.start_new_thread`: a new thread that will call `func()` (a script
    /// function of no arguments). It first runs when the running thread blocks
    /// or its slice ends.
    pub fn green_start(&mut self, func: Value) -> RunResult<u64> {
        if !matches!(func, Value::Function(_)) {
            return Err(self.type_error("first arg must be a function"));
        }
        self.green.last_ident += 1;
        let ident = MAIN_IDENT + 4096 * 64 * self.green.last_ident;
        let saved = Saved {
            context: None,
            running_loop: None,
            current_task: None,
        };
        self.green.threads.push(Rc::new(GreenThread {
            ident,
            seg: RefCell::default(),
            outer_stacks: RefCell::default(),
            start: RefCell::new(Some(func)),
            wait: RefCell::new(Wait::Nothing),
            root: Cell::new(0),
            depth: Cell::new(0),
            saved: RefCell::new(saved),
        }));
        LIVE.fetch_add(1, Ordering::Relaxed);
        start_timer();
        Ok(ident)
    }

    /// The marker exception of a suspension.
    fn marker(&mut self) -> Exc {
        if let Some(m) = &self.green.marker {
            return m.clone();
        }
        let m = self.new_error(&self.types.exc.system_error, "thread switch");
        self.green.marker = Some(m.clone());
        m
    }

    /// True when the running thread can be moved off the stack: it is not the
    /// main thread and no native call is half-way through between its bottom
    /// frame and the top.
    fn switchable(&self) -> bool {
        let Some(t) = &self.green.current else {
            return false;
        };
        let root = t.root.get();
        self.native_depth == t.depth.get()
            && self.frames.len() > root
            && self.frames[root + 1..]
                .iter()
                .all(|f| !matches!(f.role, FrameRole::Boundary | FrameRole::GenBoundary(_)))
    }

    /// Blocks the running thread until `w` is satisfied and returns what the wait
    /// delivers (see [`Wait`]). Called by natives straight from script code.
    pub fn green_block(&mut self, w: Wait) -> RunResult<Value> {
        if self.switchable() {
            if let Some(t) = &self.green.current {
                *t.wait.borrow_mut() = w;
            }
            return Err(self.marker());
        }
        self.host_wait(w)
    }

    /// Whether `w` is satisfied now, with what it delivers; takes the lock of
    /// a satisfied lock wait, retries a parked call whose descriptors are ready.
    fn satisfied(&mut self, w: &Wait) -> Option<RunResult<Value>> {
        match w {
            Wait::Nothing => Some(Ok(Value::None)),
            Wait::Lock(l, deadline, _) => {
                if !l.locked.get() {
                    l.locked.set(true);
                    Some(Ok(Value::Bool(true)))
                } else if deadline.is_some_and(|d| self.now() >= d) {
                    Some(Ok(Value::Bool(false)))
                } else {
                    None
                }
            }
            Wait::Sleep(d) => (self.now() >= *d).then_some(Ok(Value::None)),
            Wait::Io(io) => {
                if io.ready() {
                    if let Some(r) = (io.attempt)(self, false) {
                        return Some(r);
                    }
                }
                if io.deadline.is_some_and(|d| self.now() >= d) {
                    return (io.attempt)(self, true);
                }
                None
            }
        }
    }

    /// The next thread (round robin) whose wait is satisfied, with the value
    /// its wait delivers (None for a thread not started yet).
    fn pick(&mut self) -> Option<(Rc<GreenThread>, Option<RunResult<Value>>)> {
        let n = self.green.threads.len();
        for k in 0..n {
            let i = (self.green.next + k) % n;
            let t = self.green.threads[i].clone();
            // Threads on the running stack (hosts) are not resumable.
            if self
                .green
                .current
                .as_ref()
                .is_some_and(|c| Rc::ptr_eq(c, &t))
                || t.root.get() == usize::MAX
            {
                continue;
            }
            if t.start.borrow().is_some() {
                self.green.next = i + 1;
                return Some((t, None));
            }
            let w = t.wait.borrow().clone();
            if let Wait::Nothing = w {
                // Suspended at the end of its slice: it resumes where it was.
                self.green.next = i + 1;
                return Some((t, None));
            }
            if let Some(v) = self.satisfied(&w) {
                if let (Wait::Lock(l, _, depth @ 1..), Ok(Value::Bool(true))) = (&w, &v) {
                    l.owner.set(t.ident);
                    l.count.set(*depth);
                }
                *t.wait.borrow_mut() = Wait::Nothing;
                self.green.next = i + 1;
                return Some((t, Some(v)));
            }
        }
        None
    }

    /// The earliest deadline among suspended threads' waits.
    fn threads_deadline(&self) -> Option<f64> {
        let mut best: Option<f64> = None;
        for t in &self.green.threads {
            let d = t.wait.borrow().deadline();
            if let Some(d) = d {
                best = Some(best.map_or(d, |b: f64| b.min(d)));
            }
        }
        best
    }

    /// Waits (real or virtual) until monotonic time `d`.
    /// In real time Ctrl-C ends the wait early (the flag is only looked at;
    /// the caller's safepoint handles it).
    fn wait_until(&mut self, d: f64) {
        self.flush_stdout();
        let flag = self.interrupt.filter(|_| !self.virtual_time);
        loop {
            let left = d - self.now();
            if left <= 0.0 {
                return;
            }
            let Some(flag) = flag else {
                self.asyncio.clock.sleep(self.virtual_time, left);
                return;
            };
            if flag.load(Ordering::Relaxed) {
                return;
            }
            self.asyncio.clock.sleep(false, left.min(0.02));
        }
    }

    /// Runs thread `t` (resumed with `value`) until it blocks, its slice ends or
    /// it finishes.
    fn run_thread(&mut self, t: Rc<GreenThread>, value: Option<RunResult<Value>>) -> RunResult<()> {
        self.enter_native()?;
        let prev = self.green.current.replace(t.clone());
        let prev_root = prev.as_ref().map(|p| p.root.get());
        if let Some(p) = &prev {
            // The host stays on the stack below: not resumable meanwhile.
            p.root.set(usize::MAX);
        }
        self.swap_saved(&t);
        // The thread runs on its own value stack (its frames are relative to it,
        // so switching threads moves frame records and no value); the host's
        // stack waits here.
        let own = std::mem::take(&mut t.seg.borrow_mut().values);
        let host_values = std::mem::replace(&mut self.values, own);
        let stacks_base = self.outer_stacks.len();
        self.outer_stacks.append(&mut t.outer_stacks.borrow_mut());
        let base = self.frames.len();
        t.root.set(base);
        t.depth.set(self.native_depth);
        let start = t.start.borrow_mut().take();
        let ready = match start {
            Some(Value::Function(f)) => match self.bind_frame(&f, &[], &[]) {
                Ok(frame) => {
                    self.push_pending(frame, FrameRole::Boundary);
                    Ok(())
                }
                Err(e) => Err(e),
            },
            Some(_) => Ok(()),
            None => {
                super::stack::move_tail(&mut t.seg.borrow_mut().frames, 0, &mut self.frames);
                self.frames[base].role = FrameRole::Boundary;
                match value {
                    Some(Ok(v)) => {
                        self.push(v);
                        Ok(())
                    }
                    // The parked call failed: it raises where it was called.
                    Some(Err(e)) => self.unwind(Unwinding::from(e), base),
                    None => Ok(()),
                }
            }
        };
        let finished = match ready {
            Err(e) => Err(e),
            Ok(()) => loop {
                match self.run_inner() {
                    Ok(Exit::Return(_)) | Ok(Exit::Yield(_)) => break Ok(true),
                    Err(u)
                        if self
                            .green
                            .marker
                            .as_ref()
                            .is_some_and(|m| Rc::ptr_eq(m, &u.exc)) =>
                    {
                        let mut seg = t.seg.borrow_mut();
                        super::stack::move_tail(&mut self.frames, base, &mut seg.frames);
                        let mut stacks = t.outer_stacks.borrow_mut();
                        super::stack::move_tail(&mut self.outer_stacks, stacks_base, &mut stacks);
                        if let Some(f) = seg.frames.first_mut() {
                            f.role = FrameRole::Call;
                        }
                        break Ok(false);
                    }
                    Err(u) => {
                        if let Err(e) = self.unwind(u, base) {
                            break Err(e);
                        }
                    }
                }
            },
        };
        let own = std::mem::replace(&mut self.values, host_values);
        if matches!(finished, Ok(false)) {
            t.seg.borrow_mut().values = own;
        }
        self.swap_saved(&t);
        self.green.current = prev;
        if let (Some(p), Some(r)) = (&self.green.current, prev_root) {
            p.root.set(r);
        }
        self.native_depth -= 1;
        let done = match finished {
            Ok(done) => done,
            Err(e) => {
                // The bootstrap in `threading` catches everything; what still
                // escapes is reported with its traceback.
                let text = super::traceback::format_exception(self, &e);
                self.write_stderr(&text);
                true
            }
        };
        if done {
            self.green.threads.retain(|x| !Rc::ptr_eq(x, &t));
            LIVE.fetch_sub(1, Ordering::Relaxed);
        }
        Ok(())
    }

    /// Exchanges the VM's per-thread state with `t`'s saved copy.
    fn swap_saved(&mut self, t: &GreenThread) {
        let mut s = t.saved.borrow_mut();
        std::mem::swap(&mut s.context, &mut self.contextvars.current);
        std::mem::swap(&mut s.running_loop, &mut self.asyncio.running_loop);
        std::mem::swap(&mut s.current_task, &mut self.asyncio.current_task);
    }

    /// The running thread (main or a host) blocks on `w`: other threads run on
    /// top of it until `w` is satisfied.
    pub fn host_wait(&mut self, w: Wait) -> RunResult<Value> {
        loop {
            if let Some(r) = self.satisfied(&w) {
                return r;
            }
            if let Some((t, v)) = self.pick() {
                self.run_thread(t, v)?;
                continue;
            }
            let d = match (w.deadline(), self.threads_deadline()) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let own_io = match &w {
                Wait::Io(io) => Some(io.clone()),
                _ => None,
            };
            if own_io.is_some() || self.green.io_waiting() {
                self.wait_io(own_io.as_deref(), None, d);
            } else {
                match d {
                    Some(d) => self.wait_until(d),
                    None => {
                        return Err(self.runtime_error(
                            "deadlock: every thread is blocked and none can wake up",
                        ))
                    }
                }
            }
            if self.take_interrupt() {
                self.handle_interrupt()?;
            }
        }
    }

    /// The time slice is over (`SWITCH_DUE`, seen at a backward jump): a thread
    /// that can be moved off the stack is suspended; otherwise the other runnable
    /// threads each run once on top of this one.
    pub fn green_preempt(&mut self) -> RunResult<()> {
        SWITCH_DUE.store(false, Ordering::Relaxed);
        if self.green.threads.is_empty() {
            return Ok(());
        }
        if self.switchable() {
            if let Some(t) = &self.green.current {
                *t.wait.borrow_mut() = Wait::Nothing;
            }
            return Err(self.marker());
        }
        self.run_round()
    }

    /// Runs each runnable thread once.
    pub fn run_round(&mut self) -> RunResult<()> {
        let n = self.green.threads.len();
        for _ in 0..n {
            match self.pick() {
                Some((t, v)) => self.run_thread(t, v)?,
                None => break,
            }
        }
        Ok(())
    }

    /// True when the marker of a suspension is this exception.
    pub fn is_switch(&self, e: &Exc) -> bool {
        self.green.marker.as_ref().is_some_and(|m| Rc::ptr_eq(m, e))
    }

    /// The event loop has nothing ready: run the other threads until one makes
    /// a callback ready (`call_soon_threadsafe`), or none can run before
    /// `timer` (the loop's next timer). Returns without waiting when threads
    /// wait only on locks.
    ///
    /// While a thread is parked in a blocking call (`green_io.rs`) the waiting
    /// happens here, on its descriptors and the loop's epoll descriptor
    /// `io_fd` at once; the loop then only polls its reactor without waiting.
    pub fn green_serve_loop(
        &mut self,
        ready: &dyn Fn() -> bool,
        timer: Option<f64>,
        io: bool,
        io_fd: Option<i32>,
    ) -> RunResult<()> {
        loop {
            if ready() {
                return Ok(());
            }
            if let Some((t, v)) = self.pick() {
                self.run_thread(t, v)?;
                continue;
            }
            if self.green.io_waiting() {
                let until = match (self.threads_deadline(), timer) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                self.wait_io(None, io_fd.filter(|_| io), until);
                let due = |vm: &Vm, d: Option<f64>| d.is_some_and(|d| vm.now() >= d);
                let interrupted = self.interrupt.is_some_and(|f| f.load(Ordering::Relaxed));
                let io_ready =
                    io_fd.is_some_and(|fd| io && super::green_io::fd_ready(fd, libc::POLLIN));
                if due(self, timer) || interrupted || io_ready {
                    return Ok(());
                }
                continue;
            }
            match self.threads_deadline() {
                Some(d) if timer.is_none_or(|w| d < w) => {
                    if io {
                        // Descriptors may become ready meanwhile: poll in short
                        // steps, leaving the loop to look at them in between.
                        let step = (d - self.now()).min(0.001);
                        if step > 0.0 && !self.virtual_time {
                            self.wait_until(self.now() + step);
                        } else if self.virtual_time {
                            self.wait_until(d);
                        }
                        return Ok(());
                    }
                    self.wait_until(d);
                }
                _ => return Ok(()),
            }
        }
    }

    /// At exit: `threading._shutdown()` waits for the non-daemon threads
    /// (CPython's `wait_for_thread_shutdown`, before `atexit`).
    pub fn green_shutdown(&mut self) {
        let Some(m) = self.modules.get_str("threading") else {
            return;
        };
        let name = crate::object::Str::intern("_shutdown");
        let r = match self.get_attr(&m, &name) {
            Ok(f) => self.call(&f, &[], &[]).map(drop),
            Err(e) => Err(e),
        };
        if let Err(e) = r {
            let text = super::traceback::format_exception(self, &e);
            self.write_stderr(&text);
        }
    }
}

/// Starts the timer thread that marks the end of time slices (it touches only
/// the atomics above, and sleeps for good once no thread is left).
fn start_timer() {
    if TIMER.swap(true, Ordering::Relaxed) {
        return;
    }
    let spawned = std::thread::Builder::new()
        .name("coil-switch".into())
        .spawn(|| loop {
            let us = INTERVAL_US.load(Ordering::Relaxed) as u64;
            std::thread::sleep(std::time::Duration::from_micros(us));
            if LIVE.load(Ordering::Relaxed) > 0 {
                SWITCH_DUE.store(true, Ordering::Relaxed);
            }
        });
    if spawned.is_err() {
        TIMER.store(false, Ordering::Relaxed);
    }
}
