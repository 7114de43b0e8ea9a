//! The loop's reactor: readiness of file descriptors, as CPython 3.11's
//! `selector_events.BaseSelectorEventLoop` keeps it (`_add_reader`,
//! `_remove_reader`, `_add_writer`, `_remove_writer`, `_process_events`) over
//! `selectors.EpollSelector`. Built on the `polling` crate in level-triggered
//! mode, which is what the selector's `epoll` gives: a reader is called on every
//! iteration while its descriptor stays readable.
//!
//! `_run_once` calls [`Reactor::poll`] where CPython calls `self._selector.select`,
//! and the handles of ready descriptors join the ready queue before the due
//! timers, so callback order is CPython's.

use super::handle::{Callback, Handle, HandleState};
use crate::object::Value;
use std::collections::HashMap;
use std::os::fd::BorrowedFd;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// A reader or writer callback: `func(*args)` in `context`, and the state its
/// `Handle` object shares (cancelling it removes the callback at the next event,
/// as `_process_events` does).
#[derive(Clone)]
pub struct IoCallback {
    pub func: Value,
    pub args: Vec<Value>,
    pub context: Option<Value>,
    pub state: Rc<HandleState>,
}

impl IoCallback {
    fn handle(&self) -> Handle {
        Handle {
            cb: Callback::call(self.func.clone(), self.args.clone(), self.context.clone()),
            state: Some(self.state.clone()),
        }
    }
}

#[derive(Default)]
struct FdEntry {
    reader: Option<IoCallback>,
    writer: Option<IoCallback>,
}

/// The registered descriptors and the OS poller (made on first registration).
pub struct Reactor {
    poller: polling::Poller,
    fds: HashMap<i32, FdEntry>,
    events: polling::Events,
}

/// How long one wait may last before Ctrl-C is looked at again.
const INTERRUPT_SLICE: Duration = Duration::from_millis(50);

impl Reactor {
    pub fn new() -> std::io::Result<Reactor> {
        Ok(Reactor {
            poller: polling::Poller::new()?,
            fds: HashMap::new(),
            events: polling::Events::new(),
        })
    }

    /// The epoll descriptor: readable when a watched descriptor is ready (the
    /// green threads' wait polls it beside their own, `vm/green.rs`).
    pub fn raw_fd(&self) -> i32 {
        std::os::fd::AsRawFd::as_raw_fd(&self.poller)
    }

    /// Whether any descriptor is watched: the loop then waits for real, even
    /// under virtual time.
    pub fn has_io(&self) -> bool {
        !self.fds.is_empty()
    }

    /// Whether `fd` has a reader (or a writer) registered: what a transport's
    /// repr calls `read=polling` (`_test_selector_event`).
    pub fn watching(&self, fd: i32, write: bool) -> bool {
        self.fds.get(&fd).is_some_and(|e| {
            if write {
                e.writer.is_some()
            } else {
                e.reader.is_some()
            }
        })
    }

    fn interest(fd: i32, e: &FdEntry) -> polling::Event {
        let key = fd as usize;
        match (e.reader.is_some(), e.writer.is_some()) {
            (true, true) => polling::Event::all(key),
            (true, false) => polling::Event::readable(key),
            (false, true) => polling::Event::writable(key),
            (false, false) => polling::Event::none(key),
        }
    }

    /// Registers or re-registers `fd` with the poller after a change.
    fn sync(&mut self, fd: i32, was_new: bool) -> std::io::Result<()> {
        let Some(e) = self.fds.get(&fd) else {
            return Ok(());
        };
        let ev = Self::interest(fd, e);
        let mode = polling::PollMode::Level;
        // SAFETY: the descriptor is only borrowed for the duration of the call;
        // the poller keeps the number, not the borrow, and `remove` deletes it
        // before the program's `close` in the normal course (as CPython asks).
        let bfd = unsafe { BorrowedFd::borrow_raw(fd) };
        let r = if was_new {
            // SAFETY: as above; the reactor deletes the fd before forgetting it.
            match unsafe { self.poller.add_with_mode(fd, ev, mode) } {
                Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {
                    self.poller.modify_with_mode(bfd, ev, mode)
                }
                r => r,
            }
        } else {
            match self.poller.modify_with_mode(bfd, ev, mode) {
                // The descriptor was closed and reopened under the same number
                // while still watched: epoll forgot it, so register it again.
                Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {
                    // SAFETY: as above.
                    unsafe { self.poller.add_with_mode(fd, ev, mode) }
                }
                r => r,
            }
        };
        if r.is_err() {
            self.fds.remove(&fd);
        }
        r
    }

    /// `_add_reader` / `_add_writer`: replaces a previous callback (its handle is
    /// cancelled, as CPython does).
    pub fn add(&mut self, fd: i32, write: bool, cb: IoCallback) -> std::io::Result<()> {
        let was_new = !self.fds.contains_key(&fd);
        let e = self.fds.entry(fd).or_default();
        let slot = if write { &mut e.writer } else { &mut e.reader };
        if let Some(old) = slot.replace(cb) {
            old.state.cancelled.set(true);
        }
        self.sync(fd, was_new)
    }

    /// `_remove_reader` / `_remove_writer`: whether a callback was registered.
    pub fn remove(&mut self, fd: i32, write: bool) -> bool {
        let Some(e) = self.fds.get_mut(&fd) else {
            return false;
        };
        let slot = if write { &mut e.writer } else { &mut e.reader };
        let Some(old) = slot.take() else {
            return false;
        };
        old.state.cancelled.set(true);
        if e.reader.is_none() && e.writer.is_none() {
            self.fds.remove(&fd);
            // SAFETY: borrowed for the call only. A descriptor already closed
            // makes `delete` fail harmlessly (epoll dropped it on close).
            let _ = self.poller.delete(unsafe { BorrowedFd::borrow_raw(fd) });
        } else {
            let _ = self.sync(fd, false);
        }
        true
    }

    /// Waits up to `timeout` (None: until an event) for readiness, in slices so
    /// that `interrupted` (Ctrl-C) is seen; returns the ready handles in the
    /// order `_process_events` adds them and the real time waited.
    pub fn poll(
        &mut self,
        timeout: Option<Duration>,
        interrupted: &dyn Fn() -> bool,
    ) -> (Vec<Handle>, Duration) {
        let start = Instant::now();
        let end = timeout.map(|t| start + t.min(Duration::from_secs(1 << 30)));
        loop {
            let left = end.map(|e| e.saturating_duration_since(Instant::now()));
            let slice = match left {
                Some(l) => l.min(INTERRUPT_SLICE),
                None => INTERRUPT_SLICE,
            };
            self.events.clear();
            let n = self.poller.wait(&mut self.events, Some(slice)).unwrap_or(0);
            if n > 0 || left.is_some_and(|l| l <= slice) || interrupted() {
                break;
            }
        }
        let mut ready = Vec::new();
        let mut dead = Vec::new();
        let fired: Vec<(i32, bool, bool)> = self
            .events
            .iter()
            .map(|e| (e.key as i32, e.readable, e.writable))
            .collect();
        for (fd, r, w) in fired {
            let Some(e) = self.fds.get(&fd) else { continue };
            if r {
                if let Some(cb) = &e.reader {
                    if cb.state.cancelled.get() {
                        dead.push((fd, false));
                    } else {
                        ready.push(cb.handle());
                    }
                }
            }
            if w {
                if let Some(cb) = &e.writer {
                    if cb.state.cancelled.get() {
                        dead.push((fd, true));
                    } else {
                        ready.push(cb.handle());
                    }
                }
            }
        }
        for (fd, w) in dead {
            self.remove(fd, w);
        }
        (ready, start.elapsed())
    }
}
