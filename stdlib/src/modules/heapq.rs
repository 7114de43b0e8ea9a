//! The `heapq` module (CPython 3.11 `Modules/_heapqmodule.c` and
//! `Lib/heapq.py`). The list primitives are Rust ports of the C functions,
//! keeping their exact sequence of `<` comparisons (so ties and user `__lt__`
//! calls come out as in CPython): `siftdown`/`siftup` and their max-heap
//! twins, `heapify` with the cache-friendly order above 2,500 items, and the
//! "list changed size during iteration" check after every comparison.
//! `nlargest`, `nsmallest` and `merge` are Python in CPython too: they are in
//! `heapq.py`, compiled into the module at import.

use super::new_module;
use crate::builtins::args::funcs;
use coil_interp::object::{Args, List, Module};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::CmpOp;
use std::rc::Rc;

const PYTHON_PART: &str = include_str!("heapq.py");

/// Builds the `heapq` module: the Rust primitives, then the Python part run in
/// the module's namespace.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let m = new_module(
        "heapq",
        funcs(&[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("_heapify_max", heapify_max),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
        ]),
    );
    m.dict.set_str("__builtins__", vm.builtins_module());
    let (code, _) = vm.compile_library_source(PYTHON_PART, "heapq.py")?;
    vm.run_module_code(code, m.dict.clone())?;
    Ok(m)
}

/// The list argument (a list subclass carries its list), or clinic's TypeError.
fn heap_arg(vm: &Vm, name: &str, which: &str, v: &Value) -> RunResult<Rc<List>> {
    match vm.builtin_base(v) {
        Value::List(l) => Ok(l),
        // `_PyArg_BadArgument` names None itself, not its type.
        _ if v.is_none() => Err(vm.type_error(format!("{name}() {which} must be list, not None"))),
        _ => Err(vm.type_error(format!(
            "{name}() {which} must be list, not {}",
            vm.type_name(v).as_str()
        ))),
    }
}

fn two_args<'a>(vm: &Vm, name: &str, a: &Args<'a>) -> RunResult<(&'a Value, &'a Value)> {
    crate::builtins::args::no_kwargs(vm, name, a)?;
    match a.pos {
        [h, x] => Ok((h, x)),
        _ => Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.pos.len()))),
    }
}

/// `PyObject_RichCompareBool(a, b, Py_LT)`.
fn less(vm: &mut Vm, a: &Value, b: &Value) -> RunResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = vm.rich_compare(a, b, CmpOp::Lt)?;
    match r {
        Value::Bool(b) => Ok(b),
        other => vm.truthy(&other),
    }
}

fn item(l: &List, i: usize) -> Value {
    l.items.borrow().get(i).cloned().unwrap_or(Value::None)
}

fn swap(l: &List, i: usize, j: usize) {
    let mut items = l.items.borrow_mut();
    if i < items.len() && j < items.len() {
        items.swap(i, j);
    }
}

fn changed_size(vm: &Vm) -> coil_interp::Exc {
    vm.runtime_error("list changed size during iteration")
}

/// `siftdown`: moves the item at `pos` up towards `start` while it is smaller
/// than its parent (`max`: larger).
fn siftdown(vm: &mut Vm, l: &List, start: usize, mut pos: usize, max: bool) -> RunResult<()> {
    let size = l.items.borrow().len();
    if pos >= size {
        return Err(vm.index_error("list index out of range"));
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let (newitem, parent) = (item(l, pos), item(l, parentpos));
        let cmp = if max {
            less(vm, &parent, &newitem)?
        } else {
            less(vm, &newitem, &parent)?
        };
        if size != l.items.borrow().len() {
            return Err(changed_size(vm));
        }
        if !cmp {
            break;
        }
        swap(l, parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// `siftup`: walks the smaller (`max`: larger) child up to a leaf, then sifts
/// the original item back down.
fn siftup(vm: &mut Vm, l: &List, mut pos: usize, max: bool) -> RunResult<()> {
    let endpos = l.items.borrow().len();
    let start = pos;
    if pos >= endpos {
        return Err(vm.index_error("list index out of range"));
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let cmp = if max {
                less(vm, &item(l, childpos + 1), &item(l, childpos))?
            } else {
                less(vm, &item(l, childpos), &item(l, childpos + 1))?
            };
            if !cmp {
                childpos += 1;
            }
            if endpos != l.items.borrow().len() {
                return Err(changed_size(vm));
            }
        }
        swap(l, childpos, pos);
        pos = childpos;
    }
    siftdown(vm, l, start, pos, max)
}

fn heappush(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let (h, x) = two_args(vm, "heappush", &a)?;
    let l = heap_arg(vm, "heappush", "argument 1", h)?;
    l.items.borrow_mut().push(x.clone());
    let last = l.items.borrow().len() - 1;
    siftdown(vm, &l, 0, last, false)?;
    Ok(Value::None)
}

fn one_heap(vm: &Vm, name: &str, a: &Args) -> RunResult<Rc<List>> {
    let v = crate::builtins::args::one_arg(vm, name, a)?;
    heap_arg(vm, name, "argument", v)
}

/// `heappop_internal`: the last item replaces the root, which is sifted.
fn pop_internal(vm: &mut Vm, l: &List, max: bool) -> RunResult<Value> {
    let Some(last) = l.items.borrow_mut().pop() else {
        return Err(vm.index_error("index out of range"));
    };
    if l.items.borrow().is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut l.items.borrow_mut()[0], last);
    siftup(vm, l, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let l = one_heap(vm, "heappop", &a)?;
    pop_internal(vm, &l, false)
}

fn heappop_max(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let l = one_heap(vm, "_heappop_max", &a)?;
    pop_internal(vm, &l, true)
}

fn replace_internal(vm: &mut Vm, name: &str, a: &Args, max: bool) -> RunResult<Value> {
    let (h, x) = two_args(vm, name, a)?;
    let l = heap_arg(vm, name, "argument 1", h)?;
    replace_root(vm, &l, x, max)
}

/// The root of the heap `l`, replaced by `x` and sifted into place.
fn replace_root(vm: &mut Vm, l: &Rc<List>, x: &Value, max: bool) -> RunResult<Value> {
    let top = {
        let mut items = l.items.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, x.clone()),
            None => {
                drop(items);
                return Err(vm.index_error("index out of range"));
            }
        }
    };
    siftup(vm, l, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    replace_internal(vm, "heapreplace", &a, false)
}

fn heapreplace_max(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    replace_internal(vm, "_heapreplace_max", &a, true)
}

/// `heappushpop`: the item comes straight back unless the root is smaller.
fn heappushpop(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let (h, x) = two_args(vm, "heappushpop", &a)?;
    let l = heap_arg(vm, "heappushpop", "argument 1", h)?;
    let Some(top) = l.items.borrow().first().cloned() else {
        return Ok(x.clone());
    };
    if !less(vm, &top, x)? {
        return Ok(x.clone());
    }
    replace_root(vm, &l, x, false)
}

/// The highest power of two not above `n` (`keep_top_bit`).
fn keep_top_bit(mut n: usize) -> usize {
    let mut i = 0;
    while n > 1 {
        n >>= 1;
        i += 1;
    }
    n << i
}

/// `heapify_internal`: bottom-up, or for more than 2,500 items the
/// cache-friendly order (each subtree finished before its parent's row).
fn heapify_internal(vm: &mut Vm, l: &List, max: bool) -> RunResult<()> {
    let n = l.items.borrow().len();
    if n > 2500 {
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        let run = |vm: &mut Vm, from: usize, to: usize| -> RunResult<()> {
            let mut i = from;
            while i > to {
                i -= 1;
                let mut j = i;
                loop {
                    siftup(vm, l, j, max)?;
                    if j & 1 == 0 {
                        break;
                    }
                    j >>= 1;
                }
            }
            Ok(())
        };
        run(vm, leftmost, mhalf)?;
        return run(vm, m, leftmost);
    }
    for i in (0..n >> 1).rev() {
        siftup(vm, l, i, max)?;
    }
    Ok(())
}

fn heapify(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let l = one_heap(vm, "heapify", &a)?;
    heapify_internal(vm, &l, false)?;
    Ok(Value::None)
}

fn heapify_max(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let l = one_heap(vm, "_heapify_max", &a)?;
    heapify_internal(vm, &l, true)?;
    Ok(Value::None)
}
