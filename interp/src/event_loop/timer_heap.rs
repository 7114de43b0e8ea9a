//! Scheduled callbacks (`base_events.py`'s `_scheduled` heap). CPython keeps
//! `TimerHandle`s in a `heapq` list and they compare by deadline alone, so timers
//! with exactly equal deadlines come out in the order heapq's sift operations
//! leave them (twelve `call_at(t, …)` fire as 0, 2, 6, 5, 11, 10, …). The heap
//! here is the same binary heap with the same push, pop and heapify steps
//! (`Modules/_heapqmodule.c`), so ties resolve identically.
//!
//! One exception keeps the virtual clock honest: a deadline computed from the
//! current time (`call_later`, `sleep`) is `relative`. On CPython's real clock two
//! such deadlines computed one after the other differ, so the earlier-scheduled
//! fires first; under `--virtual-time` the clock stands still between jumps and
//! they would tie. Two relative timers with equal deadlines therefore compare by
//! scheduling order. Explicit `call_at` deadlines tie as in CPython.
//!
//! Cancelled timers stay until they reach the top, or until CPython's compaction
//! rule (more than 100 scheduled, more than half cancelled) rebuilds the heap.

use super::handle::Handle;

/// `_MIN_SCHEDULED_TIMER_HANDLES` and `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`.
const MIN_SCHEDULED: usize = 100;
const MIN_CANCELLED_FRACTION: f64 = 0.5;

pub struct Timer {
    pub when: f64,
    pub seq: u64,
    /// The deadline was computed from the current time (see the module header).
    pub relative: bool,
    pub handle: Handle,
}

impl Timer {
    /// `TimerHandle.__lt__`, plus the scheduling order of relative deadlines.
    fn lt(&self, other: &Timer) -> bool {
        self.when < other.when
            || (self.when == other.when && self.relative && other.relative && self.seq < other.seq)
    }
}

#[derive(Default)]
pub struct TimerHeap {
    heap: Vec<Timer>,
    seq: u64,
}

impl TimerHeap {
    /// `heapq.heappush` of a timer due at `when`.
    pub fn push(&mut self, when: f64, handle: Handle, relative: bool) {
        self.seq += 1;
        if let Some(s) = &handle.state {
            s.scheduled.set(true);
            s.when.set(Some(when));
        }
        // A NaN deadline compares false with everything in CPython, so
        // `_run_once` finds it due at once (`asyncio.sleep(float('nan'))`
        // returns immediately); it is kept first in the heap here.
        let when = if when.is_nan() {
            f64::NEG_INFINITY
        } else {
            when
        };
        self.heap.push(Timer {
            when,
            seq: self.seq,
            relative,
            handle,
        });
        let last = self.heap.len() - 1;
        self.sift_down(0, last);
    }

    pub fn len(&self) -> usize {
        self.heap.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }

    pub fn peek_when(&self) -> Option<f64> {
        self.heap.first().map(|t| t.when)
    }

    /// Deadlines of live timers in `(lo, hi]`, unordered (schedule perturbation
    /// only: a scan of the heap).
    pub fn deadlines_within(&self, lo: f64, hi: f64) -> Vec<f64> {
        self.heap
            .iter()
            .filter(|t| t.when > lo && t.when <= hi && !t.handle.is_cancelled())
            .map(|t| t.when)
            .collect()
    }

    /// `heapq.heappop`: the last entry replaces the root and sifts up.
    pub fn pop(&mut self) -> Option<Timer> {
        let last = self.heap.pop()?;
        let t = if self.heap.is_empty() {
            last
        } else {
            let top = std::mem::replace(&mut self.heap[0], last);
            self.sift_up(0);
            top
        };
        if let Some(s) = &t.handle.state {
            s.scheduled.set(false);
        }
        Some(t)
    }

    /// heapq's `_siftdown`: moves the entry at `pos` towards the root while it is
    /// smaller than its parent.
    fn sift_down(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if self.heap[pos].lt(&self.heap[parent]) {
                self.heap.swap(pos, parent);
                pos = parent;
            } else {
                break;
            }
        }
    }

    /// heapq's `_siftup`: moves the smaller child up until a leaf is reached,
    /// puts the entry there, then sifts it back down.
    fn sift_up(&mut self, start: usize) {
        let end = self.heap.len();
        let mut pos = start;
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && !self.heap[child].lt(&self.heap[right]) {
                child = right;
            }
            self.heap.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_down(start, pos);
    }

    /// The start of `_run_once`: rebuilds the heap without cancelled timers when
    /// they dominate (`heapq.heapify` of those left, in heap order), else pops the
    /// cancelled ones off the top. `cancelled` is the loop's count of cancelled
    /// timers still in the heap.
    pub fn drop_cancelled(&mut self, cancelled: &mut usize) {
        let n = self.heap.len();
        if n > MIN_SCHEDULED && (*cancelled as f64) / (n as f64) > MIN_CANCELLED_FRACTION {
            let old = std::mem::take(&mut self.heap);
            let mut kept = Vec::with_capacity(n - *cancelled);
            for t in old {
                if t.handle.is_cancelled() {
                    if let Some(s) = &t.handle.state {
                        s.scheduled.set(false);
                    }
                } else {
                    kept.push(t);
                }
            }
            self.heap = kept;
            for i in (0..self.heap.len() / 2).rev() {
                self.sift_up(i);
            }
            *cancelled = 0;
        } else {
            while self.heap.first().is_some_and(|t| t.handle.is_cancelled()) {
                *cancelled = cancelled.saturating_sub(1);
                self.pop();
            }
        }
    }
}

impl crate::gc::Trace for TimerHeap {
    fn trace(&self, v: &mut crate::gc::Visitor) {
        self.heap.iter().for_each(|t| t.handle.trace(v));
    }
}
