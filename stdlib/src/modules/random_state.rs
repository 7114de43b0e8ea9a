//! The `random.Random` class as scripts see it (CPython 3.11 `Lib/random.py`
//! over `Modules/_randommodule.c`): construction and subclassing
//! (`__new__`/`__init__`), `getstate`/`setstate` (version 3 states: 624 words
//! plus the index, and `gauss_next`), `randbytes`, the OS entropy behind
//! `SystemRandom` (`_urandom`), and the Python part (`random_variates.py`).

use super::random::{new_random, state, RandomState};
use crate::builtins::args::{clinic, func, one_arg, positional, to_index};
use coil_interp::object::{Args, Class, Module};
use coil_interp::{RunResult, Value, Vm};
use std::io::Read;
use std::rc::Rc;

/// Makes `cls` (the native `Random` class) constructible and subclassable.
pub fn prepare_class(vm: &mut Vm, cls: &Rc<Class>) {
    if cls.dict.get_str("__new__").is_none() {
        cls.dict.set_str(
            "__new__",
            crate::builtins::args::method("Random", "__new__", new),
        );
        cls.dict.set_str(
            "__init__",
            crate::builtins::args::method("Random", "__init__", init),
        );
        vm.allow_subclassing(cls);
    }
}

/// `Random.__new__(cls, x=None)`: a seeded generator, wrapped in the
/// subclass's instance when `cls` is a subclass.
fn new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let (cls, rest) = match recv {
        Value::Class(_) => (recv.clone(), a.pos),
        _ => match a.pos.split_first() {
            Some((c, rest)) => (c.clone(), rest),
            None => return Err(vm.type_error("Random.__new__(): not enough arguments")),
        },
    };
    let Value::Class(c) = &cls else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let native = new_random(vm, &Value::None)?;
    let Value::Native(n) = &native else {
        return Ok(native);
    };
    if Rc::ptr_eq(c, &n.class) {
        if rest.len() > 1 {
            return Err(vm.type_error(format!(
                "Random() expected at most 1 argument, got {}",
                rest.len()
            )));
        }
        if !a.kw.is_empty() {
            return Err(vm.type_error("Random() takes no keyword arguments"));
        }
        return Ok(native);
    }
    Ok(vm.wrap_builtin_subclass(&cls, native))
}

/// `Random.__init__(self, x=None)`: `self.seed(x)`.
fn init(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let x = a.pos.first().cloned().unwrap_or(Value::None);
    vm.call_method(recv, "seed", &[x])?;
    Ok(Value::None)
}

fn receiver<'a>(vm: &Vm, this: &'a Value) -> RunResult<&'a RandomState> {
    state(vm, this)
}

/// `Random.getstate()`: `(3, (w0, …, w623, index), gauss_next)`.
pub fn getstate(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "getstate", &args, 0, 0)?;
    let st = receiver(vm, this)?;
    let mt = st.mt.borrow();
    let (words, index) = mt.words();
    let mut items: Vec<Value> = words.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(index as i64));
    let gauss = st.gauss_next.get().map_or(Value::None, Value::Float);
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(items),
        gauss,
    ]))
}

/// `Random.setstate(state)`.
pub fn setstate(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let s = one_arg(vm, "setstate", &args)?.clone();
    let parts = vm.collect(&s)?;
    let version = parts.first().cloned().unwrap_or(Value::None);
    if !matches!(version, Value::Int(3) | Value::Int(2)) {
        let v = vm.repr(&version)?;
        return Err(vm.value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            v.as_str()
        )));
    }
    if parts.len() != 3 {
        return Err(vm.value_error(format!(
            "too many values to unpack (expected 3, got {})",
            parts.len()
        )));
    }
    let Value::Tuple(internal) = &parts[1] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if internal.items.len() != 625 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(624);
    for v in &internal.items[..624] {
        let n = to_index(vm, v)?;
        words.push(n.to_i64().map_or(0, |w| w as u32));
    }
    let index = to_index(vm, &internal.items[624])?.to_i64().unwrap_or(-1);
    let gauss = match &parts[2] {
        Value::None => None,
        v => Some(crate::builtins::args::to_f64(vm, v)?),
    };
    let st = receiver(vm, this)?;
    if index < 0
        || st
            .mt
            .borrow_mut()
            .set_words(&words, index as usize)
            .is_none()
    {
        return Err(vm.value_error("invalid state"));
    }
    st.gauss_next.set(gauss);
    Ok(Value::None)
}

/// `Random.randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes.
pub fn randbytes(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let slots = clinic(vm, "randbytes", &args, &["n"], 1, 1)?;
    let n = to_index(vm, slots[0].as_ref().unwrap_or(&Value::Int(0)))?;
    let n = match n.to_i64() {
        Some(n) if n >= 0 => n as usize,
        _ => return Err(vm.value_error("number of bits must be non-negative")),
    };
    let st = receiver(vm, this)?;
    let words = st.mt.borrow_mut().getrandbits_words(n as u64 * 8);
    let mut out: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    out.truncate(n);
    Ok(Value::bytes(out))
}

/// `_urandom(n)`: n bytes from the OS.
fn urandom(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "urandom", &args)?;
    let n = to_index(vm, v)?.to_i64().unwrap_or(-1);
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| vm.new_error(&vm.types.exc.os_error, e.to_string()))?;
    Ok(Value::bytes(buf))
}

const PYTHON_PART: &str = include_str!("random_variates.py");

/// Runs the Python part in the module's namespace.
pub fn add_python_part(vm: &mut Vm, m: &Rc<Module>) -> RunResult<()> {
    m.dict.set_str("_urandom", func("_urandom", urandom));
    m.dict.set_str("__builtins__", vm.builtins_module());
    let (code, _) = vm.compile_library_source(PYTHON_PART, "random.py")?;
    vm.run_module_code(code, m.dict.clone())?;
    Ok(())
}
