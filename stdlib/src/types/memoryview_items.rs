//! The item formats of a memoryview (CPython 3.11 `Objects/memoryobject.c`
//! `unpack_single`, `pack_single`): native little-endian sizes for the single
//! character formats `B b c H h I i L l Q q N n P f d ?`, and `w`, the format an
//! `array('u')` exports, which CPython can show but not convert. Also the nested
//! lists of a multi-dimensional `tolist` (`tolist_rec`).

use coil_interp::{RunResult, Value, Vm};

/// Item size of a format code, or None if Coil does not support it.
pub(crate) fn item_size(code: u8) -> Option<usize> {
    Some(match code {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'H' | b'h' => 2,
        b'I' | b'i' | b'f' | b'w' => 4,
        b'L' | b'l' | b'Q' | b'q' | b'd' | b'N' | b'n' | b'P' => 8,
        _ => return None,
    })
}

/// Item `i` as a Python value, by format.
pub(crate) fn unpack(code: u8, raw: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    let n = raw.len().min(8);
    buf[..n].copy_from_slice(&raw[..n]);
    let u = u64::from_le_bytes(buf);
    match code {
        b'c' => Value::bytes(raw.to_vec()),
        b'?' => Value::Bool(u != 0),
        b'b' => Value::Int(u as u8 as i8 as i64),
        b'h' => Value::Int(u as u16 as i16 as i64),
        b'i' => Value::Int(u as u32 as i32 as i64),
        b'l' | b'q' | b'n' => Value::Int(u as i64),
        b'f' => Value::Float(f32::from_bits(u as u32) as f64),
        b'd' => Value::Float(f64::from_bits(u)),
        _ if u > i64::MAX as u64 => Value::from_bigint(u.into()),
        _ => Value::Int(u as i64),
    }
}

/// The bytes of `v` stored as one item of format `code`, or CPython's errors.
pub(crate) fn pack(vm: &mut Vm, code: u8, v: &Value) -> RunResult<Vec<u8>> {
    let name = code as char;
    let bad_type = |vm: &Vm| vm.type_error(format!("memoryview: invalid type for format '{name}'"));
    let bad_value =
        |vm: &Vm| vm.value_error(format!("memoryview: invalid value for format '{name}'"));
    let size = item_size(code).unwrap_or(1);
    match code {
        b'c' => match v {
            Value::Bytes(b) if b.as_bytes().len() == 1 => Ok(b.as_bytes().to_vec()),
            Value::Bytes(_) => Err(bad_value(vm)),
            _ => Err(bad_type(vm)),
        },
        b'?' => Ok(vec![vm.truthy(v)? as u8]),
        b'f' | b'd' => {
            let f = match v {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => *b as i64 as f64,
                _ => return Err(bad_type(vm)),
            };
            Ok(if code == b'f' {
                (f as f32).to_le_bytes().to_vec()
            } else {
                f.to_le_bytes().to_vec()
            })
        }
        _ => {
            if matches!(v, Value::Float(_)) {
                return Err(bad_type(vm));
            }
            let big = match v {
                Value::BigInt(b) => Some((**b).clone()),
                _ => None,
            };
            let i: i128 = match big {
                Some(b) => i128::try_from(b).map_err(|_| bad_value(vm))?,
                None => match vm.as_index(v)? {
                    Some(i) => i as i128,
                    None => return Err(bad_type(vm)),
                },
            };
            let bits = (size * 8) as u32;
            let signed = code.is_ascii_lowercase();
            let (lo, hi) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if i < lo || i > hi {
                return Err(bad_value(vm));
            }
            Ok((i as u128).to_le_bytes()[..size].to_vec())
        }
    }
}

/// CPython's error for an item format it can describe but not convert (`w`).
pub(crate) fn check_convertible(vm: &Vm, code: u8) -> RunResult<()> {
    if code == b'w' {
        return Err(vm.not_implemented_error("memoryview: format w not supported"));
    }
    Ok(())
}

/// The items of C-ordered `data` as nested lists of extents `dims`.
pub(crate) fn nested(code: u8, data: &[u8], dims: &[usize], size: usize) -> Value {
    match dims.split_first() {
        None => unpack(code, data.get(..size).unwrap_or(&[])),
        Some((&n, rest)) => {
            let step = data.len().checked_div(n).unwrap_or(0);
            Value::list(
                (0..n)
                    .map(|k| {
                        nested(
                            code,
                            data.get(k * step..(k + 1) * step).unwrap_or(&[]),
                            rest,
                            size,
                        )
                    })
                    .collect(),
            )
        }
    }
}
