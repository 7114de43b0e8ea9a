//! Schedule perturbation (`coil --schedule-seed N`): from a seed, reproducibly,
//! the loop makes the timing choices a real machine could make differently,
//! and never one asyncio rules out. The loop it perturbs is CPython 3.11's
//! `BaseEventLoop._run_once` (`Lib/asyncio/base_events.py`) as `run_loop.rs`
//! transcribes it.
//!
//! The reorderings allowed, each at the place where the real loop's order is
//! decided by timing or left unspecified (never inside the ready queue, whose
//! FIFO order `call_soon` guarantees):
//!
//! 1. **Timers with equal deadlines fire in any order.** `TimerHandle` compares
//!    only `when` and `heapq` is not stable, so CPython itself pops equal
//!    deadlines in an order set by the heap's shape (eight `call_at(t, …)` come
//!    out as `2 6 5 3 7 0 1 4`); and two `sleep(1)` started in one iteration tie
//!    whenever the clock does not move between them (always on the virtual
//!    clock, often on a coarse one). Coil's heap is stable; here the run of
//!    equal deadlines that falls due together is shuffled.
//! 2. **A timer may fire late, never early, by at most [`LATE_BOUND`] (1 ms).**
//!    Where the loop would wake for the earliest deadline D, it may wake at any
//!    later deadline D' ≤ D + 1 ms, as a busy machine's scheduler wakes a
//!    process late; every timer due by D' then runs in that one iteration, in
//!    deadline order. The clock reads D' (a scheduled deadline, so printed
//!    times stay round).
//! 3. **Callbacks take time.** With callbacks ready and the earliest timer at
//!    most 1 ms away, the clock may move to that timer before the iteration
//!    begins (the callbacks before it were slow), so the timer's callback runs
//!    in the same iteration as the ready ones, after them.
//! 4. **I/O readiness reported by one poll is handled in any order**: the
//!    kernel orders `epoll` events, and two descriptors ready "together" could
//!    equally have been reported one poll apart.
//!
//! What is never reordered: callbacks already in the ready queue (FIFO), so
//! everything one callback or task step schedules stays in the order it was
//! scheduled (done-callbacks of one future, wakeups of an `Event`'s waiters, the
//! first steps of tasks created one after another); timers with different
//! deadlines among themselves; and a timer before its deadline.

use super::timer_heap::TimerHeap;

/// How late a timer may fire, in seconds.
pub const LATE_BOUND: f64 = 1e-3;

/// The perturbation state: a seeded generator whose draws are made in a fixed
/// order, so the same seed replays the same run.
pub struct Schedule {
    state: u64,
}

impl Schedule {
    pub fn new(seed: u64) -> Schedule {
        // The seed is mixed once so neighbouring seeds start far apart.
        let mut s = Schedule {
            state: seed ^ 0x5851_f42d_4c95_7f2d,
        };
        s.next();
        s
    }

    /// SplitMix64: small, fast and well mixed, which is all a schedule needs.
    fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }

    /// Fisher–Yates over `items`.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// Rule 1: shuffles each run of equal deadlines in `due` (the timers that
    /// fell due this iteration, in deadline order, with their deadlines).
    pub fn shuffle_ties<T>(&mut self, due: &mut [T], whens: &[f64]) {
        let mut start = 0;
        while start < due.len() {
            let mut end = start + 1;
            while end < due.len() && whens[end] == whens[start] {
                end += 1;
            }
            if end - start > 1 {
                self.shuffle(&mut due[start..end]);
            }
            start = end;
        }
    }

    /// Rule 2: the deadline the loop wakes at instead of `when`, the earliest.
    pub fn late_wake(&mut self, timers: &TimerHeap, when: f64) -> f64 {
        if !self.coin() {
            return when;
        }
        let mut later = timers.deadlines_within(when, when + LATE_BOUND);
        if later.is_empty() {
            return when;
        }
        later.sort_by(f64::total_cmp);
        later.dedup();
        later[self.below(later.len())]
    }

    /// Rule 3: with callbacks ready at `now`, whether the clock moves to the
    /// next deadline `when` first.
    pub fn busy_until(&mut self, now: f64, when: f64) -> bool {
        when > now && when <= now + LATE_BOUND && self.below(4) == 0
    }
}

#[cfg(test)]
mod tests {
    use super::Schedule;

    #[test]
    fn same_seed_same_draws() {
        let (mut a, mut b) = (Schedule::new(7), Schedule::new(7));
        let mut x: Vec<u32> = (0..20).collect();
        let mut y = x.clone();
        a.shuffle(&mut x);
        b.shuffle(&mut y);
        assert_eq!(x, y);
        let mut z: Vec<u32> = (0..20).collect();
        Schedule::new(8).shuffle(&mut z);
        assert_ne!(x, z);
    }

    #[test]
    fn ties_only_move_within_their_run() {
        let mut s = Schedule::new(3);
        let whens = [1.0, 2.0, 2.0, 2.0, 3.0];
        for _ in 0..20 {
            let mut due = [0, 1, 2, 3, 4];
            s.shuffle_ties(&mut due, &whens);
            assert_eq!((due[0], due[4]), (0, 4));
            let mut mid = due[1..4].to_vec();
            mid.sort();
            assert_eq!(mid, [1, 2, 3]);
        }
    }
}
