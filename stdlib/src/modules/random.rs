//! The `random` module: CPython 3.11's `Lib/random.py` algorithms (`seed`,
//! `_randbelow_with_getrandbits`, `randrange`, `choice`, `shuffle`, `sample`,
//! `choices`, `uniform`, `triangular`, `gauss`, `normalvariate`, `expovariate`)
//! over the exact MT19937 of `mt19937.rs`, so seeded programs print what CPython
//! prints. As in CPython, the module functions are the bound methods of one hidden
//! `Random` instance; `random.Random(seed)` makes another.

use super::mt19937::{sha512, Mt};
use super::new_module;
use crate::builtins::args::{
    as_int, bound_method, class, clinic, one_arg, positional, to_f64, to_index, Int,
};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Module, Native, NativeFn};
use coil_interp::vm::library_frames::{raised_in, LibraryFrame};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::BinOp;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// randint's call of randrange, the outer frame of randrange's errors.
const RANDINT_CALL: LibraryFrame = LibraryFrame {
    file: "random.py",
    line: 362,
    function: "randint",
    text: "        return self.randrange(a, b+1)",
    span: Some((15, 37)),
    end_line: None,
};

/// A `Random` instance's state.
pub struct RandomState {
    pub mt: RefCell<Mt>,
    pub gauss_next: Cell<Option<f64>>,
}

const METHODS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("uniform", uniform),
    ("triangular", triangular),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("expovariate", expovariate),
    ("getstate", super::random_state::getstate),
    ("setstate", super::random_state::setstate),
    ("randbytes", super::random_state::randbytes),
];

pub fn new_random(vm: &mut Vm, seed_arg: &Value) -> RunResult<Value> {
    let cls = class(vm, "Random", "random", None, BaseKind::Builtin, METHODS);
    let inst = Value::Native(Rc::new(Native {
        class: cls,
        data: Box::new(RandomState {
            mt: RefCell::new(Mt::new(0)),
            gauss_next: Cell::new(None),
        }),
    }));
    do_seed(vm, &inst, seed_arg)?;
    Ok(inst)
}

/// Builds the `random` module.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let inst = new_random(vm, &Value::None)?;
    let cls = class(vm, "Random", "random", None, BaseKind::Builtin, METHODS);
    super::random_state::prepare_class(vm, &cls);
    let mut items: Vec<(&str, Value)> = vec![("Random", Value::Class(cls))];
    for (name, f) in METHODS {
        let bound = bound_method("Random", name, *f, inst.clone());
        items.push((name, bound));
    }
    items.push(("_inst", inst));
    let m = new_module("random", items);
    super::random_state::add_python_part(vm, &m)?;
    Ok(m)
}

pub fn state<'a>(vm: &Vm, this: &'a Value) -> RunResult<&'a RandomState> {
    match this {
        Value::Native(n) => n.get::<RandomState>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("descriptor requires a 'random.Random' object"))
}

/// 32-bit words of `n` (least significant first); `[0]` for zero.
fn words_of(n: &BigInt) -> Vec<u32> {
    let (_, words) = n.to_u32_digits();
    if words.is_empty() {
        vec![0]
    } else {
        words
    }
}

/// `Random.seed(a)`, as `random.py` then `random_seed` in C.
fn do_seed(vm: &mut Vm, this: &Value, a: &Value) -> RunResult<()> {
    let st = state(vm, this)?;
    let key: Vec<u32> = match a {
        Value::None => os_entropy(),
        Value::Bytes(b) => {
            let bytes = b.as_bytes();
            let mut all = bytes.to_vec();
            all.extend_from_slice(&sha512(bytes));
            words_of(&BigInt::from_bytes_be(Sign::Plus, &all))
        }
        Value::Str(s) => {
            let bytes = s.as_str().as_bytes();
            let mut all = bytes.to_vec();
            all.extend_from_slice(&sha512(bytes));
            words_of(&BigInt::from_bytes_be(Sign::Plus, &all))
        }
        v => match as_int(v) {
            Some(i) => words_of(&i.to_big().abs()),
            None => {
                if !matches!(v, Value::Float(_)) {
                    return Err(vm.type_error(
                        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                    ));
                }
                let h = vm.hash(v)? as u64;
                words_of(&BigInt::from(h))
            }
        },
    };
    st.mt.borrow_mut().init_by_array(&key);
    st.gauss_next.set(None);
    Ok(())
}

/// Seed material from the OS (CPython reads 624 words from `urandom`), or from
/// the clock and process id when that is unavailable.
fn os_entropy() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; 624 * 4];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(&mut buf).is_ok() {
            return buf
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
        }
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    vec![
        t as u32,
        (t >> 32) as u32,
        (t >> 64) as u32,
        std::process::id(),
    ]
}

fn seed(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "seed", &args, &["a", "version"], 0, 2)?;
    do_seed(vm, this, a[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "random", &args, 0, 0)?;
    let st = state(vm, this)?;
    let r = st.mt.borrow_mut().random();
    Ok(Value::Float(r))
}

fn next_random(vm: &Vm, this: &Value) -> RunResult<f64> {
    let st = state(vm, this)?;
    let r = st.mt.borrow_mut().random();
    Ok(r)
}

/// `getrandbits(k)` as a big int.
pub fn bits(st: &RandomState, k: u64) -> BigInt {
    let words = st.mt.borrow_mut().getrandbits_words(k);
    BigInt::from_slice(Sign::Plus, &words)
}

fn getrandbits(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "getrandbits", &args)?;
    let k = to_index(vm, v)?;
    if k.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = k
        .to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?
        as u64;
    let st = state(vm, this)?;
    if k <= 32 {
        let r = if k == 0 {
            0
        } else {
            st.mt.borrow_mut().genrand_u32() >> (32 - k)
        };
        return Ok(Value::Int(r as i64));
    }
    Ok(Value::from_bigint(bits(st, k)))
}

/// A random int in `[0, n)` for `n > 0` (`_randbelow_with_getrandbits`).
fn randbelow(st: &RandomState, n: &BigInt) -> BigInt {
    let k = n.bits();
    if k <= 32 {
        let n = n.to_u32().unwrap_or(u32::MAX);
        loop {
            let r = st.mt.borrow_mut().genrand_u32() >> (32 - k);
            if r < n {
                return BigInt::from(r);
            }
        }
    }
    loop {
        let r = bits(st, k);
        if &r < n {
            return r;
        }
    }
}

fn randbelow_usize(st: &RandomState, n: usize) -> usize {
    randbelow(st, &BigInt::from(n)).to_usize().unwrap_or(0)
}

/// `randrange(start, stop=None, step=1)` for int arguments (3.11 rejects floats
/// with a ValueError after a DeprecationWarning; here they are a ValueError).
fn randrange_impl(
    vm: &mut Vm,
    this: &Value,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
    via_randint: bool,
) -> RunResult<Value> {
    // CPython's randrange is Python: its errors show its frame (and, called
    // from randint, randint's first).
    let raised = |e, line: u32, text: &'static str| {
        let randrange = LibraryFrame {
            file: "random.py",
            line,
            function: "randrange",
            text,
            span: None,
            end_line: None,
        };
        if via_randint {
            raised_in(e, &[RANDINT_CALL, randrange])
        } else {
            raised_in(e, &[randrange])
        }
    };
    let idx = |vm: &mut Vm, v: &Value, what: &str| -> RunResult<BigInt> {
        match v {
            Value::Float(f) if f.fract() != 0.0 => {
                let (line, text) = match what {
                    "arg 1" => (
                        301,
                        "                raise ValueError(\"non-integer arg 1 for randrange()\")",
                    ),
                    "stop" => (
                        323,
                        "                raise ValueError(\"non-integer stop for randrange()\")",
                    ),
                    _ => (
                        336,
                        "                raise ValueError(\"non-integer step for randrange()\")",
                    ),
                };
                Err(raised(
                    vm.value_error(format!("non-integer {what} for randrange()")),
                    line,
                    text,
                ))
            }
            Value::Float(f) => Ok(BigInt::from(*f as i64)),
            _ => Ok(to_index(vm, v)?.to_big()),
        }
    };
    let istart = idx(vm, start, "arg 1")?;
    let st = state(vm, this)?;
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if step.is_some() {
            let e = vm.type_error("Missing a non-None stop argument");
            return Err(raised(
                e,
                310,
                "                raise TypeError('Missing a non-None stop argument')",
            ));
        }
        if istart.is_positive() {
            return Ok(Value::from_bigint(randbelow(st, &istart)));
        }
        let e = vm.value_error("empty range for randrange()");
        return Err(raised(
            e,
            313,
            "            raise ValueError(\"empty range for randrange()\")",
        ));
    };
    let istop = idx(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::from(1),
        Some(s) => idx(vm, s, "step")?,
    };
    let st = state(vm, this)?;
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(Value::from_bigint(istart + randbelow(st, &width)));
        }
        let e = vm.value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        ));
        return Err(raised(e, 345, "            raise ValueError(\"empty range for randrange() (%d, %d, %d)\" % (istart, istop, width))"));
    }
    use num_integer::Integer;
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::from(1)).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::from(1)).div_floor(&istep)
    } else {
        let e = vm.value_error("zero step for randrange()");
        return Err(raised(
            e,
            353,
            "            raise ValueError(\"zero step for randrange()\")",
        ));
    };
    if !n.is_positive() {
        let e = vm.value_error("empty range for randrange()");
        return Err(raised(
            e,
            355,
            "            raise ValueError(\"empty range for randrange()\")",
        ));
    }
    Ok(Value::from_bigint(istart + istep * randbelow(st, &n)))
}

fn randrange(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "randrange", &args, &["start", "stop", "step"], 1, 3)?;
    let start = a.arg(vm, 0)?.clone();
    randrange_impl(vm, this, &start, a[1].as_ref(), a[2].as_ref(), false)
}

fn randint(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "randint", &args, &["a", "b"], 2, 2)?;
    let lo = a.arg(vm, 0)?.clone();
    let hi = a.arg(vm, 1)?.clone();
    let hi1 = vm.binary_op(&hi, &Value::Int(1), BinOp::Add)?;
    randrange_impl(vm, this, &lo, Some(&hi1), None, true)
}

fn choice(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let seq = one_arg(vm, "choice", &args)?;
    let n = vm.len(seq)?;
    if n == 0 {
        let e = vm.index_error("Cannot choose from an empty sequence");
        return Err(raised_in(
            e,
            &[LibraryFrame {
                file: "random.py",
                line: 373,
                function: "choice",
                text: "            raise IndexError('Cannot choose from an empty sequence')",
                span: None,
                end_line: None,
            }],
        ));
    }
    let i = randbelow_usize(state(vm, this)?, n);
    vm.get_item(seq, &Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let x = one_arg(vm, "shuffle", &args)?;
    let n = vm.len(x)?;
    for i in (1..n).rev() {
        let j = randbelow_usize(state(vm, this)?, i + 1);
        if let Value::List(l) = x {
            l.items.borrow_mut().swap(i, j);
            continue;
        }
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = vm.get_item(x, &vi)?;
        let b = vm.get_item(x, &vj)?;
        vm.set_item(x, &vi, b)?;
        vm.set_item(x, &vj, a)?;
    }
    Ok(Value::None)
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_)
    )
}

fn sample(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "sample", &args, &["population", "k", "counts"], 2, 2)?;
    let population = a.arg(vm, 0)?.clone();
    let k_val = a.arg(vm, 1)?.clone();
    if !is_sequence(&population) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len(&population)?;
    if let Some(counts) = a[2].clone().filter(|c| !c.is_none()) {
        let counts = vm.collect(&counts)?;
        if counts.len() != n {
            return Err(vm.value_error("The number of counts does not match the population"));
        }
        let mut cum = Vec::with_capacity(n);
        let mut total = Value::Int(0);
        for c in &counts {
            total = vm.binary_op(&total, c, BinOp::Add)?;
            cum.push(total.clone());
        }
        cum.pop();
        let total = match as_int(&total) {
            Some(t) => t,
            None => return Err(vm.type_error("Counts must be integers")),
        };
        if total.is_negative() || total.is_zero() {
            return Err(vm.value_error("Total of counts must be greater than zero"));
        }
        let range = Value::Range(Rc::new(coil_interp::object::Range::new(
            0,
            total.to_i64().unwrap_or(i64::MAX),
            1,
        )));
        let sel_args = [range, k_val];
        let selections = sample(vm, this, Args::positional(&sel_args))?;
        let mut out = Vec::new();
        for s in vm.collect(&selections)? {
            let i = bisect_right(vm, &cum, &s, cum.len())?;
            out.push(vm.get_item(&population, &Value::Int(i as i64))?);
        }
        return Ok(Value::list(out));
    }
    let k = to_index(vm, &k_val)?;
    let k = match k {
        Int::Small(k) if k >= 0 && (k as usize) <= n => k as usize,
        _ => {
            let e = vm.value_error("Sample larger than population or is negative");
            return Err(raised_in(e, &[LibraryFrame {
                file: "random.py",
                line: 456,
                function: "sample",
                text: "            raise ValueError(\"Sample larger than population or is negative\")",
                span: None,
                end_line: None,
            }]));
        }
    };
    let mut setsize = 21usize;
    if k > 5 {
        let exp = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(exp.ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = vm.collect(&population)?;
        for i in 0..k {
            let j = randbelow_usize(state(vm, this)?, n - i);
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = randbelow_usize(state(vm, this)?, n);
            while selected.contains(&j) {
                j = randbelow_usize(state(vm, this)?, n);
            }
            selected.insert(j);
            result.push(vm.get_item(&population, &Value::Int(j as i64))?);
        }
    }
    Ok(Value::list(result))
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(vm: &mut Vm, a: &[Value], x: &Value, hi: usize) -> RunResult<usize> {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if crate::builtins::sort::less_than(vm, x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn choices(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "choices",
        &args,
        &["population", "weights", "cum_weights", "k"],
        1,
        2,
    )?;
    let population = a.arg(vm, 0)?.clone();
    let k = match &a[3] {
        Some(v) => to_index(vm, v)?.to_i64().unwrap_or(0).max(0) as usize,
        None => 1,
    };
    let n = vm.len(&population)?;
    let weights = a[1].clone().filter(|w| !w.is_none());
    let cum = match (a[2].clone().filter(|w| !w.is_none()), weights) {
        (None, None) => {
            let nf = n as f64;
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (next_random(vm, this)? * nf).floor() as i64;
                out.push(vm.get_item(&population, &Value::Int(i))?);
            }
            return Ok(Value::list(out));
        }
        (None, Some(w)) => {
            if let Some(kk) = as_int(&w) {
                let kk = kk.to_big();
                return Err(vm.type_error(format!(
                    "The number of choices must be a keyword argument: k={kk}"
                )));
            }
            let ws = vm.collect(&w)?;
            let mut cum = Vec::with_capacity(ws.len());
            let mut total: Option<Value> = None;
            for x in ws {
                let t = match total {
                    None => x,
                    Some(t) => vm.binary_op(&t, &x, BinOp::Add)?,
                };
                cum.push(t.clone());
                total = Some(t);
            }
            cum
        }
        (Some(c), None) => vm.collect(&c)?,
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"))
        }
    };
    if cum.len() != n {
        let e = vm.value_error("The number of weights does not match the population");
        return Err(raised_in(e, &[LibraryFrame {
            file: "random.py",
            line: 506,
            function: "choices",
            text: "            raise ValueError('The number of weights does not match the population')",
            span: None,
            end_line: None,
        }]));
    }
    let last = cum
        .last()
        .cloned()
        .ok_or_else(|| vm.index_error("list index out of range"))?;
    let total = to_f64(vm, &last)? + 0.0;
    if total <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = Value::Float(next_random(vm, this)? * total);
        let i = bisect_right(vm, &cum, &x, hi)?;
        out.push(vm.get_item(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

fn uniform(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "uniform", &args, &["a", "b"], 2, 2)?;
    let lo = a.arg(vm, 0)?.clone();
    let hi = a.arg(vm, 1)?.clone();
    let r = Value::Float(next_random(vm, this)?);
    let width = vm.binary_op(&hi, &lo, BinOp::Sub)?;
    let scaled = vm.binary_op(&width, &r, BinOp::Mult)?;
    vm.binary_op(&lo, &scaled, BinOp::Add)
}

fn float_or(vm: &mut Vm, v: &Option<Value>, default: f64) -> RunResult<f64> {
    match v {
        None => Ok(default),
        Some(v) => to_f64(vm, v),
    }
}

fn triangular(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "triangular", &args, &["low", "high", "mode"], 0, 3)?;
    let mut low = float_or(vm, &a[0], 0.0)?;
    let mut high = float_or(vm, &a[1], 1.0)?;
    let mut u = next_random(vm, this)?;
    let mut c = match &a[2] {
        None | Some(Value::None) => 0.5,
        Some(m) => {
            if high == low {
                return Ok(a[0].clone().unwrap_or(Value::Float(0.0)));
            }
            (to_f64(vm, m)? - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

fn gauss(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "gauss", &args, &["mu", "sigma"], 0, 2)?;
    let mu = float_or(vm, &a[0], 0.0)?;
    let sigma = float_or(vm, &a[1], 1.0)?;
    let st = state(vm, this)?;
    let z = match st.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = st.mt.borrow_mut().random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - st.mt.borrow_mut().random()).ln()).sqrt();
            st.gauss_next.set(Some(x2pi.sin() * g2rad));
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::Float(mu + z * sigma))
}

fn normalvariate(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "normalvariate", &args, &["mu", "sigma"], 0, 2)?;
    let mu = float_or(vm, &a[0], 0.0)?;
    let sigma = float_or(vm, &a[1], 1.0)?;
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    let st = state(vm, this)?;
    let z = loop {
        let u1 = st.mt.borrow_mut().random();
        let u2 = 1.0 - st.mt.borrow_mut().random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            break z;
        }
    };
    Ok(Value::Float(mu + z * sigma))
}

fn expovariate(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "expovariate", &args, &["lambd"], 1, 1)?;
    let lambd = float_or(vm, &a[0], 1.0)?;
    let r = next_random(vm, this)?;
    if lambd == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(Value::Float(-(1.0 - r).ln() / lambd))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(n: i64) -> (Vm, Value) {
        let mut vm = Vm::new();
        let inst = new_random(&mut vm, &Value::Int(n));
        match inst {
            Ok(i) => (vm, i),
            Err(e) => panic!(
                "seeding failed: {:?}",
                e.exc().map(|d| d.borrow().args.clone())
            ),
        }
    }

    fn int(v: RunResult<Value>) -> i64 {
        match v {
            Ok(Value::Int(i)) => i,
            _ => i64::MIN,
        }
    }

    #[test]
    fn randrange_matches_cpython() {
        let (mut vm, r) = seeded(42);
        let a = [Value::Int(100)];
        let got: Vec<i64> = (0..5)
            .map(|_| int(randrange(&mut vm, &r, Args::positional(&a))))
            .collect();
        assert_eq!(got, vec![81, 14, 3, 94, 35]);
        // randint(1, 6) is randrange(1, 7).
        let b = [Value::Int(1), Value::Int(7)];
        let got: Vec<i64> = (0..5)
            .map(|_| int(randrange(&mut vm, &r, Args::positional(&b))))
            .collect();
        assert_eq!(got, vec![2, 2, 2, 6, 1]);
    }

    #[test]
    fn getrandbits_and_str_seed() {
        let (mut vm, r) = seeded(7);
        let a = [Value::Int(70)];
        match getrandbits(&mut vm, &r, Args::positional(&a)) {
            Ok(Value::BigInt(b)) => assert_eq!(b.to_string(), "183505726384713937976"),
            _ => panic!("expected a big int"),
        }
        let s = [Value::str("hello")];
        assert!(seed(&mut vm, &r, Args::positional(&s)).is_ok());
        match random(&mut vm, &r, Args::positional(&[])) {
            Ok(Value::Float(f)) => assert_eq!(f, 0.3537754404730722),
            _ => panic!("expected a float"),
        }
    }
}

coil_interp::native_payload!(RandomState);
