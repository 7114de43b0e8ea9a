//! `memoryview.cast(format, shape)` (CPython 3.11 `Objects/memoryobject.c`
//! `memory_cast`, `cast_to_1D`, `cast_to_ND`): a C-contiguous view re-read with
//! another item format, as one dimension or as the C-ordered array of `shape`.
//! One of the two formats must be a byte format, and a view is cast 1-D -> N-D
//! or N-D -> 1-D, never N-D -> M-D; the checks come in CPython's order.

use super::args::Signature;
use super::memoryview::{live, wrap};
use super::memoryview_items::item_size;
use coil_interp::object::Args;
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// CPython's `PyBUF_MAX_NDIM`.
const MAX_NDIM: usize = 64;

const CAST: Signature = Signature::new("cast", &["format", "shape"]).required(1);

pub(crate) fn cast(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let bound = CAST.bind(vm, &a)?;
    let fmt = match bound.arg(vm, 0)? {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "cast() argument 'format' must be str, not {}",
                vm.type_name(other).as_str()
            )))
        }
    };
    let shape = bound.opt_some(1).cloned();
    let m = live(vm, recv)?;
    if !m.c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let dims = match &shape {
        None => None,
        Some(v) => {
            let items = match v {
                Value::List(l) => l.items.borrow().clone(),
                Value::Tuple(t) => t.items.to_vec(),
                _ => return Err(vm.type_error("shape must be a list or a tuple")),
            };
            Some(items)
        }
    };
    if let Some(d) = &dims {
        if m.ndim() != 1 && d.len() != 1 {
            return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
        if d.len() > MAX_NDIM {
            return Err(vm.value_error(format!(
                "memoryview: number of dimensions must not exceed {MAX_NDIM}"
            )));
        }
    }
    let spec = fmt.strip_prefix('@').unwrap_or(&fmt);
    let code = match spec.as_bytes() {
        [c] if *c != b'w' && item_size(*c).is_some() => *c,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let byte_format = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_format(m.code) && !byte_format(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.row_size();
    let size = item_size(code).unwrap_or(1);
    let Some(dims) = dims else {
        if !nbytes.is_multiple_of(size) {
            return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
        }
        let mut out = m.derive(m.start, nbytes / size, size as isize, code, m.readonly);
        out.inner = Rc::from([]);
        return Ok(wrap(vm, out));
    };
    let mut extents = Vec::with_capacity(dims.len());
    for d in &dims {
        let n = match d {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => i64::MAX,
            _ => return Err(vm.type_error("memoryview.cast(): elements of shape must be integers")),
        };
        if n <= 0 {
            return Err(vm.value_error("memoryview.cast(): elements of shape must be integers > 0"));
        }
        extents.push(n as usize);
    }
    let total = extents.iter().try_fold(size, |acc, &n| acc.checked_mul(n));
    if total != Some(nbytes) {
        return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
    }
    let Some((&first, rest)) = extents.split_first() else {
        return Err(vm.not_implemented_error(
            "memoryview: zero-dimensional casts (shape=[]) are not supported by Coil",
        ));
    };
    let row = size * rest.iter().product::<usize>();
    let mut out = m.derive(m.start, first, row as isize, code, m.readonly);
    out.inner = Rc::from(rest);
    Ok(wrap(vm, out))
}
