//! The event loop (CPython 3.11 `base_events.py`: `_run_once`, `run_forever`,
//! `run_until_complete`, `call_soon`/`call_later`/`call_at`). The structure is
//! kept exactly, because output interleavings depend on it: a FIFO of ready
//! handles; a timer heap; each iteration moves the due timers to the ready queue
//! and runs only the handles that were ready when the iteration began.

use super::future::{self, fut_of, FutCallback};
use super::handle::{Callback, Handle, HandleState};
use super::task;
use super::timer_heap::TimerHeap;
use crate::object::Value;
use crate::vm::Vm;
use crate::RunResult;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// `time.get_clock_info('monotonic').resolution` on Linux.
const CLOCK_RESOLUTION: f64 = 1e-9;

pub struct LoopInner {
    pub ready: RefCell<VecDeque<Handle>>,
    pub timers: RefCell<TimerHeap>,
    /// Cancelled timers still in the heap (`_timer_cancelled_count`).
    pub timer_cancelled: Rc<Cell<usize>>,
    pub running: Cell<bool>,
    pub closed: Cell<bool>,
    pub stopping: Cell<bool>,
    pub debug: Cell<bool>,
    /// The origin tracking depth saved while this loop tracks origins
    /// (`_coroutine_origin_tracking_saved_depth`; `debug.rs`).
    pub origin_saved: Cell<Option<u32>>,
    /// The thread running the loop (`_thread_id`), for `_check_thread`.
    pub thread_id: Cell<Option<u64>>,
    /// `slow_callback_duration`.
    pub slow_callback: Cell<f64>,
    /// Watched file descriptors (`add_reader`/`add_writer`), made on first use.
    pub reactor: RefCell<Option<super::reactor::Reactor>>,
    /// Under virtual time, real seconds spent waiting for I/O since the clock
    /// last moved (see `wait_for_io`).
    pub io_waited: Cell<f64>,
}

impl Default for LoopInner {
    fn default() -> LoopInner {
        LoopInner {
            ready: RefCell::default(),
            timers: RefCell::default(),
            timer_cancelled: Rc::default(),
            running: Cell::default(),
            closed: Cell::default(),
            stopping: Cell::default(),
            debug: Cell::default(),
            origin_saved: Cell::default(),
            thread_id: Cell::default(),
            slow_callback: Cell::new(0.1),
            reactor: RefCell::default(),
            io_waited: Cell::default(),
        }
    }
}

impl LoopInner {
    /// Whether a descriptor is watched (I/O pending).
    pub fn has_io(&self) -> bool {
        self.reactor.borrow().as_ref().is_some_and(|r| r.has_io())
    }

    pub fn call_soon(&self, cb: Callback) {
        self.ready.borrow_mut().push_back(Handle::new(cb));
    }

    /// `call_soon` for script code: the handle's state is shared with the
    /// `Handle` object returned.
    pub fn call_soon_handle(&self, cb: Callback) -> Rc<HandleState> {
        let state = Rc::new(HandleState::default());
        self.ready.borrow_mut().push_back(Handle {
            cb,
            state: Some(state.clone()),
        });
        state
    }

    /// `call_at(when, …)`.
    pub fn call_at(&self, when: f64, cb: Callback) -> Rc<HandleState> {
        self.schedule(when, cb, false)
    }

    /// A timer whose deadline `when` was computed from the current time
    /// (`call_later`, `sleep`): ties with another such timer keep scheduling
    /// order (`timer_heap.rs`).
    pub fn call_at_from_now(&self, when: f64, cb: Callback) -> Rc<HandleState> {
        self.schedule(when, cb, true)
    }

    fn schedule(&self, when: f64, cb: Callback, relative: bool) -> Rc<HandleState> {
        let state = Rc::new(HandleState::default());
        self.timers.borrow_mut().push(
            when,
            Handle {
                cb,
                state: Some(state.clone()),
            },
            relative,
        );
        state
    }
}

impl Vm {
    /// `loop.time()`.
    pub fn loop_time(&self) -> f64 {
        self.asyncio.clock.monotonic(self.virtual_time)
    }

    /// Runs one handle; exceptions other than SystemExit and KeyboardInterrupt go
    /// to the default exception handler, as `Handle._run` does.
    fn run_handle(&mut self, h: Handle, debug: bool) -> RunResult<()> {
        // Debug mode: where the callback's frames start (`debug.rs` adds the
        // loop's frames below them), and its duration (`_run_once`).
        let outer_base = self.asyncio.handle_base.replace(self.frames.len());
        let outer_tb = match (debug, &h.state) {
            (true, Some(s)) => std::mem::replace(
                &mut self.asyncio.current_handle_tb,
                s.source_tb.borrow().clone(),
            ),
            _ => self.asyncio.current_handle_tb.take(),
        };
        let t0 = debug.then(|| self.loop_time());
        let r = self.run_handle_inner(&h);
        self.asyncio.handle_base = outer_base;
        if let (Some(t0), Ok(())) = (t0, &r) {
            let dt = self.loop_time() - t0;
            // Read after the callback, which may have changed it.
            let limit = self
                .asyncio
                .running_loop
                .as_ref()
                .and_then(super::loop_of)
                .map_or(0.1, |l| l.slow_callback.get());
            if dt >= limit {
                self.report_slow_callback(&h, dt);
            }
        }
        self.asyncio.current_handle_tb = outer_tb;
        drop(h);
        self.flush_async_reports();
        r
    }

    fn run_handle_inner(&mut self, h: &Handle) -> RunResult<()> {
        let traced = self.asyncio.trace.is_some()
            && !matches!(h.cb, Callback::Step { .. } | Callback::Wakeup { .. });
        if traced {
            super::trace::callback_begin(self);
        }
        let r = match &h.cb {
            Callback::Step { task, exc } => {
                let ctx = task::task_context(task);
                self.run_in_context(&ctx, |vm| task::task_step(vm, task, exc.clone()))
            }
            Callback::Wakeup { task, fut } => {
                let ctx = task::task_context(task);
                self.run_in_context(&ctx, |vm| task::task_wakeup(vm, task, fut))
            }
            Callback::Call(c) => match &c.context {
                Some(ctx) => {
                    self.run_in_context(ctx, |vm| vm.call(&c.func, &c.args, &[]).map(|_| ()))
                }
                None => self.call(&c.func, &c.args, &[]).map(|_| ()),
            },
            Callback::Native(n) => (n.func)(self, &n.fut, &n.state),
            Callback::SetResultUnlessCancelled { fut, result } => {
                if fut_of(fut).is_some_and(|f| !f.done()) {
                    future::set_result(self, fut, result.clone())
                } else {
                    Ok(())
                }
            }
        };
        if traced {
            self.trace_callback_end(&h.cb);
        }
        if let Err(e) = r {
            let fatal = self.exc_matches(&e, &self.types.exc.keyboard_interrupt.clone())
                || self.exc_matches(&e, &self.types.exc.system_exit.clone());
            if fatal {
                return Err(e);
            }
            self.report_callback_exception(h, e);
        }
        Ok(())
    }

    /// Ends a callback's slice on the trace's loop track, named without
    /// running script code (no `repr`).
    #[cold]
    #[inline(never)]
    fn trace_callback_end(&mut self, cb: &Callback) {
        let name = match cb {
            Callback::Call(c) => match &c.func {
                Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                other => other.type_name().to_string(),
            },
            Callback::Native(n) => n.name.split(" at ").next().unwrap_or(n.name).to_string(),
            Callback::SetResultUnlessCancelled { .. } => "sleep timer".into(),
            Callback::Step { .. } | Callback::Wakeup { .. } => "task step".into(),
        };
        super::trace::callback_end(self, name);
    }

    pub(super) fn handle_desc(&mut self, cb: &Callback) -> String {
        match cb {
            Callback::Step { .. } => "Task.task_step()".into(),
            Callback::Wakeup { .. } => "Task.task_wakeup()".into(),
            Callback::Call(c) => future::callback_desc(self, &c.func),
            Callback::Native(n) => n.name.to_string(),
            Callback::SetResultUnlessCancelled { .. } => "_set_result_unless_cancelled()".into(),
        }
    }

    /// `_run_once`. Returns false when nothing is ready, no timer is scheduled
    /// and no descriptor is watched, where CPython would block forever.
    pub fn run_once(&mut self, l: &LoopInner) -> RunResult<bool> {
        {
            let mut cancelled = l.timer_cancelled.get();
            l.timers.borrow_mut().drop_cancelled(&mut cancelled);
            l.timer_cancelled.set(cancelled);
        }
        let io = l.has_io();
        if self.green.active() && l.ready.borrow().is_empty() && !l.stopping.get() {
            // Where the loop would wait, the other Python threads run first
            // (`vm/green.rs`): a callback they schedule ends the wait.
            let timer = l.timers.borrow().peek_when();
            let ready = || !l.ready.borrow().is_empty() || l.stopping.get();
            let io_fd = l.reactor.borrow().as_ref().map(|r| r.raw_fd());
            self.green_serve_loop(&ready, timer, io, io_fd)?;
        }
        // A thread parked in a blocking call waited above, on the reactor too.
        let nothing_ready =
            l.ready.borrow().is_empty() && !l.stopping.get() && !self.green.io_waiting();
        // Where CPython calls `self._selector.select(timeout)`.
        if nothing_ready {
            let next = l.timers.borrow().peek_when();
            match next {
                None if !self.loop_can_be_woken(l) => return Ok(false),
                None => {
                    self.flush_stdout();
                    self.wait_for_io(l, None);
                }
                Some(when) => {
                    let mut wait = when - self.loop_time();
                    let mut when = when;
                    if wait > 0.0 {
                        if let Some(s) = self.asyncio.schedule.as_mut() {
                            when = s.late_wake(&l.timers.borrow(), when);
                            wait = when - self.asyncio.clock.monotonic(self.virtual_time);
                        }
                    }
                    if wait > 0.0 {
                        self.flush_stdout();
                        if io {
                            self.wait_for_io(l, Some((when, wait)));
                        } else if self.virtual_time {
                            self.asyncio.clock.advance_to(when);
                            l.io_waited.set(0.0);
                        } else {
                            self.interruptible_sleep(wait);
                        }
                    } else if io {
                        l.io_waited.set(0.0);
                        self.wait_for_io(l, Some((when, 0.0)));
                    }
                }
            }
        } else {
            if let Some(s) = self.asyncio.schedule.as_mut() {
                let now = self.asyncio.clock.monotonic(self.virtual_time);
                if let Some(when) = l.timers.borrow().peek_when() {
                    if self.virtual_time && s.busy_until(now, when) {
                        self.asyncio.clock.advance_to(when);
                    }
                }
            }
            if io {
                self.wait_for_io(l, Some((0.0, 0.0)));
            }
        }
        let now = self.loop_time();
        // Under `--schedule-seed`: where the due timers start in the ready
        // queue, and their deadlines (schedule.rs, rule 1).
        let first_due = l.ready.borrow().len();
        let mut due_whens = Vec::new();
        let end = now + CLOCK_RESOLUTION;
        loop {
            // `when < end`, or already reached: far ahead (`sleep(2**31)` under
            // virtual time) the resolution is lost in rounding and `now + res`
            // equals the deadline the clock jumped to.
            let due = l
                .timers
                .borrow()
                .peek_when()
                .is_some_and(|w| w < end || w <= now);
            if !due {
                break;
            }
            let t = l.timers.borrow_mut().pop();
            if let Some(t) = t {
                if t.handle.is_cancelled() {
                    l.timer_cancelled
                        .set(l.timer_cancelled.get().saturating_sub(1));
                }
                if self.asyncio.schedule.is_some() {
                    due_whens.push(t.when);
                }
                l.ready.borrow_mut().push_back(t.handle);
            }
        }
        if let Some(s) = self.asyncio.schedule.as_mut() {
            let mut ready = l.ready.borrow_mut();
            s.shuffle_ties(&mut ready.make_contiguous()[first_due..], &due_whens);
        }
        let ntodo = l.ready.borrow().len();
        let debug = l.debug.get();
        for _ in 0..ntodo {
            let h = l.ready.borrow_mut().pop_front();
            let Some(h) = h else { break };
            if h.is_cancelled() {
                continue;
            }
            self.run_handle(h, debug)?;
        }
        Ok(true)
    }

    /// The selector call with I/O pending: waits for readiness up to `wait`
    /// seconds (`deadline` is the timer it waits for; None: no timer) and adds
    /// the ready callbacks to the ready queue (`_process_events`).
    ///
    /// The virtual-time rule: with a descriptor watched the loop waits for real
    /// (a peer or a child may answer at any moment). The virtual clock still
    /// moves only in jumps to timer deadlines: real waiting is summed in
    /// `io_waited`, and once it covers the distance to the next deadline the
    /// clock jumps there. So `loop.time()` stays on the deadlines a program
    /// scheduled (deterministic output), while a timer fires after as much
    /// real quiet time as it asked for.
    fn wait_for_io(&mut self, l: &LoopInner, deadline: Option<(f64, f64)>) {
        let virtual_ = self.virtual_time;
        let waited = l.io_waited.get();
        let timeout = deadline.map(|(_, wait)| {
            let w = if virtual_ { wait - waited } else { wait };
            std::time::Duration::from_secs_f64(w.clamp(0.0, 1e9))
        });
        let flag = self.interrupt;
        let interrupted =
            move || flag.is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed));
        let (handles, real) = match l.reactor.borrow_mut().as_mut() {
            Some(r) => r.poll(timeout, &interrupted),
            None => return,
        };
        if virtual_ {
            if let Some((when, wait)) = deadline {
                let total = waited + real.as_secs_f64();
                if wait > 0.0 && total >= wait {
                    self.asyncio.clock.advance_to(when);
                    l.io_waited.set(0.0);
                } else if wait > 0.0 {
                    l.io_waited.set(total);
                }
            }
        }
        let mut handles = handles;
        if let Some(s) = self.asyncio.schedule.as_mut() {
            s.shuffle(&mut handles);
        }
        l.ready.borrow_mut().extend(handles);
    }

    /// Sleeps until the next timer, waking early on Ctrl-C (the embedder's flag
    /// is only looked at, not cleared).
    fn interruptible_sleep(&mut self, secs: f64) {
        let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9));
        loop {
            if self
                .interrupt
                .is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed))
            {
                return;
            }
            let left = end.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return;
            }
            std::thread::sleep(left.min(std::time::Duration::from_millis(20)));
        }
    }

    /// Ctrl-C under `asyncio.run`: cancel the main task (3.11 `Runner._on_sigint`).
    fn cancel_main_on_interrupt(&mut self) -> RunResult<()> {
        let Some(main) = self.asyncio.main_task.clone() else {
            return Ok(());
        };
        let hit = self
            .interrupt
            .is_some_and(|f| f.swap(false, std::sync::atomic::Ordering::Relaxed));
        if !hit || self.serve_dump_request() {
            return Ok(());
        }
        // With `signal` imported the flag may be another signal: its Python
        // handlers run; only SIGINT's default handler (KeyboardInterrupt)
        // means Ctrl-C.
        if let Some(hook) = self.signal_hook {
            match hook(self) {
                Ok(()) => return Ok(()),
                Err(e) if e.class().is_subclass(&self.types.exc.keyboard_interrupt) => {}
                Err(e) => return Err(e),
            }
        }
        if fut_of(&main).is_some_and(|f| !f.done()) {
            self.asyncio.interrupted = true;
            future::cancel(self, &main, Value::None)?;
        }
        Ok(())
    }

    /// `run_forever`.
    pub fn run_forever(&mut self, loop_: &Value) -> RunResult<()> {
        self.run_loop(loop_).map(|_| ())
    }

    /// `run_forever`'s loop. True when it ended because nothing could ever
    /// happen again (where CPython would block forever), not by `stop()`.
    fn run_loop(&mut self, loop_: &Value) -> RunResult<bool> {
        let l = super::loop_of(loop_).ok_or_else(|| self.type_error("not an event loop"))?;
        if l.closed.get() {
            return Err(self.runtime_error("Event loop is closed"));
        }
        self.check_running(l)?;
        l.running.set(true);
        self.asyncio.running_loop = Some(loop_.clone());
        self.set_origin_tracking(l, l.debug.get());
        l.thread_id.set(Some(self.green.ident()));
        let r = loop {
            // `set_debug` while running switches origin tracking here.
            self.set_origin_tracking(l, l.debug.get());
            match self.run_once(l) {
                Ok(true) => {}
                Ok(false) => break Ok(true),
                Err(e) => break Err(e),
            }
            if let Err(e) = self.cancel_main_on_interrupt() {
                break Err(e);
            }
            if l.stopping.get() {
                break Ok(false);
            }
        };
        l.stopping.set(false);
        l.running.set(false);
        l.thread_id.set(None);
        self.asyncio.running_loop = None;
        self.set_origin_tracking(l, false);
        r
    }

    /// `run_until_complete(future)`.
    /// `BaseEventLoop._check_running`.
    fn check_running(&self, l: &LoopInner) -> RunResult<()> {
        if l.running.get() {
            return Err(self.runtime_error("This event loop is already running"));
        }
        if self.asyncio.running_loop.is_some() {
            return Err(
                self.runtime_error("Cannot run the event loop while another loop is running")
            );
        }
        Ok(())
    }

    pub fn run_until_complete(&mut self, loop_: &Value, fut: &Value) -> RunResult<Value> {
        let l = super::loop_of(loop_).ok_or_else(|| self.type_error("not an event loop"))?;
        if l.closed.get() {
            return Err(self.runtime_error("Event loop is closed"));
        }
        // `_check_running` comes before `ensure_future`: a coroutine passed to
        // a loop that is already running is never wrapped in a task.
        self.check_running(l)?;
        let fut = super::ensure_future(self, fut, Some(loop_))?;
        let stop: super::handle::NativeCallback = Rc::new(|vm: &mut Vm, f: &Value, _: &Value| {
            if let Some(fu) = fut_of(f) {
                if let Some(l) = super::loop_of(&fu.loop_) {
                    l.stopping.set(true);
                }
            }
            let _ = vm;
            Ok(())
        });
        future::add_done_callback(
            self,
            &fut,
            FutCallback::Native(
                stop.clone(),
                "_run_until_complete_cb() at asyncio/base_events.py:180",
                Value::None,
            ),
        );
        let outer = std::mem::replace(&mut self.asyncio.until_complete, true);
        let r = self.run_loop(loop_);
        self.asyncio.until_complete = outer;
        future::remove_native_callback(&fut, &stop);
        let stuck = r?;
        if stuck && fut_of(&fut).is_some_and(|f| !f.done()) {
            return Err(self.deadlock(loop_, &fut));
        }
        if !fut_of(&fut).is_some_and(|f| f.done()) {
            return Err(self.runtime_error("Event loop stopped before Future completed."));
        }
        future::result(self, &fut).inspect_err(super::report::add_until_complete_entry)
    }
}

// The loop's queues hold the callbacks it will run (tasks' steps, script
// callbacks); the reactor's registrations are file descriptors and handles.
crate::native_payload!(LoopInner { ready, timers });
