//! Scheduled callbacks (`base_events.py`'s `_scheduled` heap): a binary heap keyed
//! by `(when, seq)`. The sequence number makes equal deadlines fire in scheduling
//! order, which matters on the virtual clock where deadlines often tie. Cancelled
//! timers stay until they reach the top, or until CPython's compaction rule (more
//! than 100 scheduled, more than half cancelled) rebuilds the heap.

use super::handle::Handle;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// `_MIN_SCHEDULED_TIMER_HANDLES` and `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`.
const MIN_SCHEDULED: usize = 100;
const MIN_CANCELLED_FRACTION: f64 = 0.5;

pub struct Timer {
    pub when: f64,
    pub seq: u64,
    pub handle: Handle,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Timer) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Timer) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timer {
    // Reversed: `BinaryHeap` is a max-heap and the earliest timer must be on top.
    fn cmp(&self, other: &Timer) -> Ordering {
        other
            .when
            .total_cmp(&self.when)
            .then(other.seq.cmp(&self.seq))
    }
}

#[derive(Default)]
pub struct TimerHeap {
    heap: BinaryHeap<Timer>,
    seq: u64,
}

impl TimerHeap {
    pub fn push(&mut self, when: f64, handle: Handle) {
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
            handle,
        });
    }

    pub fn len(&self) -> usize {
        self.heap.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }

    pub fn peek_when(&self) -> Option<f64> {
        self.heap.peek().map(|t| t.when)
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

    pub fn pop(&mut self) -> Option<Timer> {
        let t = self.heap.pop()?;
        if let Some(s) = &t.handle.state {
            s.scheduled.set(false);
        }
        Some(t)
    }

    /// The start of `_run_once`: rebuilds the heap without cancelled timers when
    /// they dominate, else pops the cancelled ones off the top. `cancelled` is the
    /// loop's count of cancelled timers still in the heap.
    pub fn drop_cancelled(&mut self, cancelled: &mut usize) {
        let n = self.heap.len();
        if n > MIN_SCHEDULED && (*cancelled as f64) / (n as f64) > MIN_CANCELLED_FRACTION {
            let old = std::mem::take(&mut self.heap);
            let mut kept = Vec::with_capacity(n - *cancelled);
            for t in old.into_vec() {
                if t.handle.is_cancelled() {
                    if let Some(s) = &t.handle.state {
                        s.scheduled.set(false);
                    }
                } else {
                    kept.push(t);
                }
            }
            self.heap = BinaryHeap::from(kept);
            *cancelled = 0;
        } else {
            while self.heap.peek().is_some_and(|t| t.handle.is_cancelled()) {
                *cancelled = cancelled.saturating_sub(1);
                self.pop();
            }
        }
    }
}
