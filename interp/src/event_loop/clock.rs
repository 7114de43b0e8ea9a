//! The loop's clock (CPython's `loop.time()` is `time.monotonic()`), real or virtual.
//!
//! Virtual time (`--virtual-time`, `COIL_VIRTUAL_TIME=1`) starts at the real clocks,
//! rounded down to whole seconds so that sums of round delays stay exact, and moves
//! only when the loop has nothing ready (it jumps to the earliest timer) or when
//! `time.sleep` is called. Durations printed by programs are then exactly the
//! delays they slept (`2.0`, not `2.0028`).

use std::cell::Cell;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub struct Clock {
    base: Instant,
    /// Virtual monotonic time now, and wall time minus monotonic time; set on the
    /// first read under virtual time.
    virt: Cell<Option<(f64, f64)>>,
}

impl Default for Clock {
    fn default() -> Clock {
        Clock {
            base: Instant::now(),
            virt: Cell::new(None),
        }
    }
}

fn real_wall() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

impl Clock {
    fn real_monotonic(&self) -> f64 {
        // An offset keeps the value clear of zero, as a system uptime would be.
        1000.0 + self.base.elapsed().as_secs_f64()
    }

    fn virt(&self) -> (f64, f64) {
        if let Some(v) = self.virt.get() {
            return v;
        }
        let mono = self.real_monotonic().floor();
        let v = (mono, real_wall().floor() - mono);
        self.virt.set(Some(v));
        v
    }

    /// `time.monotonic()` / `loop.time()`.
    pub fn monotonic(&self, virtual_: bool) -> f64 {
        if virtual_ {
            self.virt().0
        } else {
            self.real_monotonic()
        }
    }

    /// `time.time()`.
    pub fn wall(&self, virtual_: bool) -> f64 {
        if virtual_ {
            let (m, off) = self.virt();
            m + off
        } else {
            real_wall()
        }
    }

    /// Moves virtual time forward to monotonic time `t` (never backwards).
    pub fn advance_to(&self, t: f64) {
        let (m, off) = self.virt();
        if t > m {
            self.virt.set(Some((t, off)));
        }
    }

    /// Waits `secs`: sleeps the thread in real time, jumps in virtual time.
    pub fn sleep(&self, virtual_: bool, secs: f64) {
        if secs.is_nan() || secs <= 0.0 {
            return;
        }
        if virtual_ {
            let m = self.virt().0;
            self.advance_to(m + secs);
        } else {
            std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
        }
    }
}
