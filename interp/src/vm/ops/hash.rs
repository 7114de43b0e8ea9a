//! `hash()`: CPython's numeric hash (so `hash(1) == hash(1.0) == hash(True)` and
//! `hash(-1) == -2`), str hashes (Coil's own: CPython randomises them), the
//! xxHash-based tuple hash, the frozenset hash, `__hash__` (and `__eq__` without
//! `__hash__` making a class unhashable), and "unhashable type" errors
//! (`Python/pyhash.c` `_Py_HashDouble`, `Objects/longobject.c` `long_hash`,
//! `Objects/tupleobject.c` `tuplehash`, `Objects/setobject.c` `frozenset_hash`).

use crate::intern;
use crate::object::int::IntRef;
use crate::object::{HashKey, Set};
use crate::vm::Vm;
use crate::RunResult;
use crate::Value;
use num_traits::ToPrimitive;

/// `_PyHASH_BITS` and `_PyHASH_MODULUS` (the Mersenne prime 2**61 - 1).
const HASH_BITS: u32 = 61;
const MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;

/// `hash(n)` for an int: `n mod (2**61 - 1)` with the sign of `n`, -1 becoming -2.
pub fn hash_int(i: IntRef) -> i64 {
    match i {
        IntRef::Small(n) => {
            let m = (n.unsigned_abs() % MODULUS) as i64;
            let h = if n < 0 { -m } else { m };
            if h == -1 {
                -2
            } else {
                h
            }
        }
        IntRef::Big(b) => {
            let m = (b.magnitude() % num_bigint::BigUint::from(MODULUS))
                .to_i64()
                .expect("reduced below 2**61");
            let h = if b.sign() == num_bigint::Sign::Minus {
                -m
            } else {
                m
            };
            if h == -1 {
                -2
            } else {
                h
            }
        }
    }
}

/// `hash(x)` for a float, equal to the hash of the int it equals if integral.
pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        // CPython hashes a NaN by identity: here its payload (`object/float.rs`).
        return (v.to_bits() & ((1 << 51) - 1) | (v.to_bits() >> 63) << 52) as i64;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's `tuplehash` over the items' hashes.
pub fn hash_tuple_of(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's `frozenset_hash` over the stored keys' hashes.
pub fn hash_frozenset(s: &Set) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let items = s.items.borrow();
    let mut hash: u64 = 0;
    for k in items.iter() {
        hash ^= shuffle(k.hash);
    }
    hash ^= (items.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> RunResult<i64> {
        Ok(match v {
            Value::Int(i) => hash_int(IntRef::Small(*i)),
            Value::Str(s) => s.hash() as i64,
            Value::Bytes(b) => b.hash() as i64,
            Value::Bool(b) => *b as i64,
            Value::Float(f) => hash_float(*f),
            Value::Complex(c) => super::complex_ops::hash_complex(**c),
            Value::BigInt(b) => hash_int(IntRef::Big(b)),
            Value::None => 0xFCA86420 >> 4,
            Value::Tuple(t) => {
                let mut hashes = Vec::with_capacity(t.items.len());
                for x in t.items.iter() {
                    hashes.push(self.hash(x)?);
                }
                hash_tuple_of(hashes.into_iter())
            }
            Value::Set(s) if s.frozen => hash_frozenset(s),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(self.unhashable(v));
            }
            Value::Range(r) if r.big.is_some() => {
                let b = r.big_bounds();
                let len = b.len();
                let none = 0xFCA86420 >> 4;
                let h = |x: &num_bigint::BigInt| hash_int(IntRef::Big(x));
                let parts = if len == 0.into() {
                    [h(&len), none, none]
                } else if len == 1.into() {
                    [h(&len), h(&b.start), none]
                } else {
                    [h(&len), h(&b.start), h(&b.step)]
                };
                hash_tuple_of(parts.into_iter())
            }
            Value::Range(r) => {
                // `range_hash`: hash((len, start, step)) with None for unused parts.
                let len = r.len();
                let parts = match len {
                    0 => [hash_int(IntRef::Small(0)), 0xFCA86420 >> 4, 0xFCA86420 >> 4],
                    1 => [
                        hash_int(IntRef::Small(1)),
                        hash_int(IntRef::Small(r.start)),
                        0xFCA86420 >> 4,
                    ],
                    _ => [
                        hash_int(IntRef::Small(len)),
                        hash_int(IntRef::Small(r.start)),
                        hash_int(IntRef::Small(r.step)),
                    ],
                };
                hash_tuple_of(parts.into_iter())
            }
            // A script subclass (not a builtin type) may override `__hash__`.
            Value::Native(n) => match n.data.native_hash() {
                Some(h) if n.class.base_kind == crate::object::class::BaseKind::Builtin => h,
                _ => return self.hash_object(v),
            },
            Value::Instance(_) => return self.hash_object(v),
            Value::Class(c) if c.metaclass.is_some() => return self.hash_object(v),
            Value::BoundMethod(m) => {
                let h = self.hash(&m.func)?;
                h ^ identity_hash(&m.receiver)
            }
            _ => identity_hash(v),
        })
    }

    /// `__hash__` on a class, or the identity hash; None (`__hash__ = None`, or
    /// `__eq__` defined without `__hash__`) makes it unhashable.
    fn hash_object(&mut self, v: &Value) -> RunResult<i64> {
        let cls = self.type_of(v);
        let hash_name = intern!("__hash__");
        // The first class in the MRO defining `__hash__` or `__eq__` decides.
        for c in std::iter::once(&cls).chain(cls.mro.iter()) {
            if let Some(h) = c.dict.get_name(&hash_name) {
                if h.is_none() {
                    return Err(self.unhashable(v));
                }
                if Vm::is_builtin_fn(&h, super::base_methods::object_hash) {
                    return Ok(identity_hash(v));
                }
                let r = self.call_unbound(&h, v, &[])?;
                return match IntRef::of(&r) {
                    Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                    Some(big) => Ok(hash_int(big)),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                };
            }
            if c.dict.get_name(&intern!("__eq__")).is_some()
                && !std::ptr::eq(&**c, &*self.types.object)
            {
                return Err(self.unhashable(v));
            }
        }
        Ok(identity_hash(v))
    }

    fn unhashable(&self, v: &Value) -> crate::Exc {
        self.type_error(format!("unhashable type: '{}'", self.type_name(v).as_str()))
    }

    /// The dict/set key for `v` (its hash computed once).
    pub fn hash_key(&mut self, v: &Value) -> RunResult<HashKey> {
        let hash = match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => hash_int(IntRef::Small(*i)) as u64,
            _ => self.hash(v)? as u64,
        };
        Ok(HashKey {
            hash,
            value: v.clone(),
        })
    }
}

/// `object.__hash__`: derived from the address, as CPython's `_Py_HashPointer`
/// (rotated by 4 bits so the alignment zeros do not waste hash bits).
pub fn identity_hash(v: &Value) -> i64 {
    let p = v.ptr_id().unwrap_or(0) as u64;
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_int(IntRef::Small(-1)), -2);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-0.5), -1152921504606846976);
        assert_eq!(hash_float(1e300), 1224995262755759164);
        assert_eq!(hash_float(f64::INFINITY), 314159);
        assert_eq!(hash_float(3.0), 3);
        let b: num_bigint::BigInt = num_bigint::BigInt::from(1) << 100;
        assert_eq!(hash_int(IntRef::Big(&b)), 549755813888);
        assert_eq!(hash_int(IntRef::Big(&-b)), -549755813888);
        assert_eq!(hash_tuple_of([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(hash_tuple_of(std::iter::empty()), 5740354900026072187);
        let inner = hash_tuple_of([2i64, 3].into_iter());
        assert_eq!(
            hash_tuple_of([1i64, inner].into_iter()),
            7267574591690527098
        );
    }
}
