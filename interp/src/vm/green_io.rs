//! Blocking system calls of green threads. CPython releases the GIL around a
//! blocking call (`Py_BEGIN_ALLOW_THREADS` in `Modules/socketmodule.c`
//! `sock_call_ex`, `Modules/posixmodule.c` `os_read_impl`, `os_waitpid_impl`,
//! `Modules/selectmodule.c`), so the other threads run while one waits in the
//! kernel. Coil's threads share one OS thread (`vm/green.rs`), so a call that
//! would block is turned around: the calling thread parks with an [`IoWait`]
//! (the descriptors the call needs ready, a deadline, and the call itself, tried
//! again without blocking) and the scheduler runs the others. When no thread
//! can run, the VM polls the descriptors of every parked call at once, with the
//! earliest deadline as timeout ([`Vm::wait_io`]), so a ready descriptor wakes
//! its thread at once and Ctrl-C is still seen within a slice.
//!
//! A call with no descriptor to wait on (`waitpid` on a kernel without pidfd)
//! is retried every [`POLL_EVERY`].

use super::Vm;
use crate::object::Value;
use crate::RunResult;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// How often a call without descriptors is retried.
const POLL_EVERY: Duration = Duration::from_millis(2);
/// The longest single `poll(2)`, so that a Ctrl-C flag is seen.
const SLICE: Duration = Duration::from_millis(20);

/// Tries the parked call again without blocking: None while it would still
/// block; `timed_out` is true once the deadline has passed (the call then
/// returns its timeout result).
pub type Attempt = Box<dyn Fn(&mut Vm, bool) -> Option<RunResult<Value>>>;

/// A blocking call parked until its descriptors are ready.
pub struct IoWait {
    /// Descriptors with the `poll(2)` events the call waits for (a call over
    /// several, such as `communicate`, drops those it has finished with).
    pub fds: Rc<RefCell<Vec<(i32, i16)>>>,
    /// Monotonic deadline (the VM's clock, virtual or real).
    pub deadline: Option<f64>,
    pub attempt: Attempt,
}

/// True when `fd` has one of `events` now (or is in error, which the retried
/// call reports).
pub fn fd_ready(fd: i32, events: i16) -> bool {
    let mut p = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    // SAFETY: one valid pollfd for the duration of the call.
    unsafe { libc::poll(&mut p, 1, 0) > 0 }
}

impl IoWait {
    /// A call waiting on one descriptor.
    pub fn one(fd: i32, events: i16, deadline: Option<f64>, attempt: Attempt) -> IoWait {
        IoWait {
            fds: Rc::new(RefCell::new(vec![(fd, events)])),
            deadline,
            attempt,
        }
    }

    /// Whether the call may be retried now: a descriptor is ready, or it has
    /// none to wait on.
    pub fn ready(&self) -> bool {
        let fds = self.fds.borrow();
        fds.is_empty() || fds.iter().any(|&(fd, ev)| fd_ready(fd, ev))
    }
}

impl Vm {
    /// True when other Python threads exist, so a blocking call must let them
    /// run (CPython: the GIL is released around it).
    pub fn green_must_yield(&self) -> bool {
        self.green.active()
    }

    /// Runs a blocking call as a parked wait: the call is tried first; while it
    /// would block, the calling thread waits (suspended, or hosting the others)
    /// and it is retried when its descriptors are ready.
    pub fn green_io(&mut self, w: IoWait) -> RunResult<Value> {
        if let Some(r) = (w.attempt)(self, false) {
            return r;
        }
        self.green_block(super::green::Wait::Io(std::rc::Rc::new(w)))
    }

    /// Waits until a descriptor of a parked call (or `extra`, such as the
    /// event loop's epoll descriptor) is ready, the monotonic time `until`
    /// passes, a call without descriptors is due for a retry, or Ctrl-C.
    /// Under virtual time the wait is real and the clock jumps to `until` once
    /// the real time waited covers the distance (as the loop's `wait_for_io`).
    pub(super) fn wait_io(&mut self, own: Option<&IoWait>, extra: Option<i32>, until: Option<f64>) {
        self.flush_stdout();
        let mut polls: Vec<libc::pollfd> = Vec::new();
        let mut every = false;
        let mut add = |w: &IoWait| {
            let fds = w.fds.borrow();
            every |= fds.is_empty();
            polls.extend(fds.iter().map(|&(fd, events)| libc::pollfd {
                fd,
                events,
                revents: 0,
            }));
        };
        if let Some(w) = own {
            add(w);
        }
        for w in self.green.io_waits() {
            add(&w);
        }
        if let Some(fd) = extra {
            polls.push(libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        let distance =
            until.map(|u| (u - self.asyncio.clock.monotonic(self.virtual_time)).max(0.0));
        let start = Instant::now();
        let end = distance.map(|d| start + Duration::from_secs_f64(d.min(1e9)));
        let flag = self.interrupt;
        loop {
            let left = end.map(|e| e.saturating_duration_since(Instant::now()));
            let mut slice = left.map_or(SLICE, |l| l.min(SLICE));
            if every {
                slice = slice.min(POLL_EVERY);
            }
            // SAFETY: `polls` is a live array of the given length.
            let n = unsafe {
                libc::poll(
                    polls.as_mut_ptr(),
                    polls.len() as libc::nfds_t,
                    slice.as_millis().max(if slice.is_zero() { 0 } else { 1 }) as i32,
                )
            };
            let reached = left.is_some_and(|l| l <= slice);
            if reached {
                if let (true, Some(u)) = (self.virtual_time, until) {
                    if n <= 0 {
                        self.asyncio.clock.advance_to(u);
                    }
                }
            }
            if n != 0 || reached || every || flag.is_some_and(|f| f.load(Ordering::Relaxed)) {
                return;
            }
        }
    }
}
