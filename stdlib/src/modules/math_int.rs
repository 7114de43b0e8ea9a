//! The integer functions of `math`: `factorial`, `gcd`, `lcm`, `isqrt`, `comb`,
//! `perm`, with CPython 3.11's argument rules (`Modules/mathmodule.c`): every
//! argument goes through `__index__`, so floats are a TypeError.

use super::math::int_arg;
use crate::builtins::args::{one_arg, positional};
use coil_interp::object::Args;
use coil_interp::{RunResult, Value, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The product `lo * (lo+1) * … * hi`, by halves so the big multiplications
/// are balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for k in lo..=hi {
            p *= k;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

pub fn factorial(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "factorial", &args)?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n
        .to_u64()
        .filter(|n| *n <= i32::MAX as u64)
        .ok_or_else(|| vm.overflow_error("factorial() argument should not exceed 2147483647"))?;
    Ok(Value::from_bigint(range_product(1, n)))
}

pub fn gcd(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    crate::builtins::args::no_kwargs(vm, "gcd", &args)?;
    let mut g = BigInt::zero();
    for v in args.pos {
        let n = int_arg(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(g))
}

pub fn lcm(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    crate::builtins::args::no_kwargs(vm, "lcm", &args)?;
    let mut l = BigInt::one();
    for v in args.pos {
        let n = int_arg(vm, v)?;
        l = if l.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&n)
        };
    }
    Ok(Value::from_bigint(l.abs()))
}

pub fn isqrt(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "isqrt", &args)?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// `n` and `k` checked as `comb`/`perm` do.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> RunResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * … * (n-k+1)` for `k <= n`.
fn falling(vm: &Vm, n: &BigInt, k: &BigInt) -> RunResult<BigInt> {
    let k = k
        .to_u64()
        .ok_or_else(|| vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"))?;
    match n.to_u64() {
        Some(n) => Ok(range_product(n - k + 1, n)),
        None => {
            let mut p = BigInt::one();
            let mut f = n.clone();
            for _ in 0..k {
                p *= &f;
                f -= 1;
            }
            Ok(p)
        }
    }
}

pub fn comb(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "comb", &args, 2, 2)?;
    let (n, k) = n_k(vm, &pos[0], &pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let num = falling(vm, &n, &k)?;
    let den = range_product(1, k.to_u64().unwrap_or(0));
    Ok(Value::from_bigint(num / den))
}

pub fn perm(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "perm", &args, 1, 2)?;
    let k = match pos.get(1) {
        None | Some(Value::None) => pos[0].clone(),
        Some(k) => k.clone(),
    };
    let (n, k) = n_k(vm, &pos[0], &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(falling(vm, &n, &k)?))
}
