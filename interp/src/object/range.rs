//! `range` objects (`Objects/rangeobject.c`): `i64` bounds for the common case, and
//! CPython's arbitrary-precision bounds (`range(2**64, 2**64 + 3)`) in `BigRange`,
//! whose iterator is `longrange_iterator`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `range(start, stop, step)`. When any bound does not fit in an `i64`, `big` holds
/// the exact bounds and the `i64` fields are unused (all zero).
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<BigRange>>,
}

/// A range whose bounds need big ints.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl Range {
    /// A range with `i64` bounds (`step != 0`).
    pub fn new(start: i64, stop: i64, step: i64) -> Range {
        Range {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// A range from big bounds (`step != 0`), small when all three fit.
    pub fn from_big(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => Range::new(a, b, c),
            _ => Range {
                start: 0,
                stop: 0,
                step: 0,
                big: Some(Box::new(BigRange { start, stop, step })),
            },
        }
    }

    /// The bounds as big ints, whichever representation holds them.
    pub fn big_bounds(&self) -> BigRange {
        match &self.big {
            Some(b) => BigRange {
                start: b.start.clone(),
                stop: b.stop.clone(),
                step: b.step.clone(),
            },
            None => BigRange {
                start: self.start.into(),
                stop: self.stop.into(),
                step: self.step.into(),
            },
        }
    }

    /// The length; for a big range, saturated to `i64::MAX` (callers that must
    /// report CPython's OverflowError use `big_len`).
    pub fn len(&self) -> i64 {
        if let Some(b) = &self.big {
            return b.len().to_i64().unwrap_or(i64::MAX);
        }
        // In i128: `stop - start` can overflow i64 (`range(-2**63, 2**63 - 1)`).
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    /// The exact length (`range_length_obj`).
    pub fn big_len(&self) -> BigInt {
        match &self.big {
            Some(b) => b.len(),
            None => BigInt::from(self.len()),
        }
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(b) => b.len().is_zero(),
            None => self.len() == 0,
        }
    }
}

impl BigRange {
    /// `compute_range_length`.
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - BigInt::one()).div_floor(&step) + BigInt::one()
    }

    /// `start + i * step` (no bounds check).
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// `range_contains_long`.
    pub fn contains(&self, x: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        inside && (x - &self.start).mod_floor(&self.step).is_zero()
    }
}
