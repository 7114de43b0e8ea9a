//! The complex constructor and complex's named methods (`conjugate`,
//! `__complex__`, `__getnewargs__`), after CPython 3.11 `Objects/complexobject.c`
//! (`complex_new_impl`, `try_complex_special_method`, `complex_from_string_inner`)
//! and `Objects/floatobject.c` (`_Py_string_to_number_with_underscores`). The
//! operators are the VM's (`interp/src/vm/ops/complex_ops.rs`).

use super::args::{self, clinic, wrong_receiver};
use super::constructors::float_of_instance;
use super::install_methods;
use super::number_parse::to_ascii;
use super::str::is_py_space;
use coil_interp::object::complex::Complex;
use coil_interp::object::str::str_repr;
use coil_interp::object::{Args, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    let c = vm.types.complex.clone();
    install_methods(
        &c,
        &[
            ("conjugate", conjugate),
            ("__complex__", dunder_complex),
            ("__getnewargs__", getnewargs),
        ],
    );
    super::add_function(&c, "__new__", complex_new);
    // Plain complexes answer `real`/`imag` in the VM; subclass instances find
    // them here, as CPython's member descriptors.
    crate::builtins::args::add_getter(vm, &c, "real", real);
    crate::builtins::args::add_getter(vm, &c, "imag", imag);
}

fn part(vm: &Vm, a: &Args, name: &str, imag: bool) -> RunResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    let c = recv_complex(vm, name, &obj)?;
    Ok(Value::Float(if imag { c.im } else { c.re }))
}

fn real(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    part(vm, &a, "real", false)
}

fn imag(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    part(vm, &a, "imag", true)
}

/// The receiver of a complex method (a subclass instance's complex value).
fn recv_complex(vm: &Vm, name: &str, recv: &Value) -> RunResult<Complex> {
    match vm.builtin_base(recv) {
        Value::Complex(c) => Ok(*c),
        _ => Err(wrong_receiver(vm, "complex", name, recv)),
    }
}

fn conjugate(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("complex", "conjugate"), &a)?;
    let c = recv_complex(vm, "conjugate", recv)?;
    Ok(Value::complex(c.re, -c.im))
}

fn dunder_complex(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("complex", "__complex__"), &a)?;
    match recv {
        Value::Complex(_) => Ok(recv.clone()),
        _ => {
            let c = recv_complex(vm, "__complex__", recv)?;
            Ok(Value::complex(c.re, c.im))
        }
    }
}

fn getnewargs(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("complex", "__getnewargs__"), &a)?;
    let c = recv_complex(vm, "__getnewargs__", recv)?;
    Ok(Value::tuple(vec![Value::Float(c.re), Value::Float(c.im)]))
}

/// `complex.__new__(cls, real=0, imag=0)`, called with the class as receiver
/// (by `type.__call__`) or as the first positional argument (explicitly).
fn complex_new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let (cls, rest) = match recv {
        Value::Class(_) => (recv.clone(), a),
        _ => (
            a.pos.first().cloned().unwrap_or(Value::None),
            Args {
                pos: a.pos.get(1..).unwrap_or(&[]),
                kw: a.kw,
            },
        ),
    };
    let bound = clinic(vm, "complex", &rest, &["real", "imag"], 0, 2)?;
    let (real, imag) = (bound[0].clone(), bound[1].clone());
    let exact = matches!(&cls, Value::Class(c) if Rc::ptr_eq(c, &vm.types.complex));
    if let (Some(Value::Complex(_)), None, true) = (&real, &imag, exact) {
        return Ok(real.unwrap_or(Value::None));
    }
    let c = complex_of(vm, real.as_ref(), imag.as_ref())?;
    Ok(vm.wrap_builtin_subclass(&cls, Value::complex(c.re, c.im)))
}

/// `complex_new_impl` from its two optional arguments.
fn complex_of(vm: &mut Vm, real: Option<&Value>, imag: Option<&Value>) -> RunResult<Complex> {
    let zero = Value::Int(0);
    let r = real.unwrap_or(&zero);
    if let Value::Str(s) = vm.builtin_base(r) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return parse_complex(vm, &s);
    }
    if let Some(Value::Str(_)) = imag.map(|i| vm.builtin_base(i)) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let from_special = complex_special(vm, r)?;
    if from_special.is_none() && !is_number(vm, r) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.type_name()
        )));
    }
    if let Some(i) = imag {
        if !is_number(vm, i) {
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                i.type_name()
            )));
        }
    }
    // A complex part contributes to both coordinates: (a+bj) + (c+dj)*1j.
    let (mut cr, r_complex) = match from_special {
        Some(c) => (c, true),
        None => match vm.builtin_base(r) {
            Value::Complex(c) => (*c, true),
            _ => (Complex::new(real_of(vm, r)?, 0.0), false),
        },
    };
    let mut ci = match imag.map(|i| vm.builtin_base(i)) {
        None => Complex::new(cr.im, 0.0),
        Some(Value::Complex(c)) => {
            cr.re -= c.im;
            *c
        }
        Some(_) => Complex::new(real_of(vm, imag.unwrap_or(&zero))?, 0.0),
    };
    if r_complex && imag.is_some() {
        ci.re += cr.im;
    }
    Ok(Complex::new(cr.re, ci.re))
}

/// `try_complex_special_method`: the value of `__complex__`, if the type has one.
fn complex_special(vm: &mut Vm, v: &Value) -> RunResult<Option<Complex>> {
    if let Value::Complex(c) = v {
        return Ok(Some(**c));
    }
    let Some(f) = vm.lookup_special(v, &Str::intern("__complex__")) else {
        return Ok(None);
    };
    let r = vm.call(&f, std::slice::from_ref(v), &[])?;
    match vm.builtin_base(&r) {
        Value::Complex(c) => Ok(Some(*c)),
        _ => Err(vm.type_error(format!(
            "__complex__ returned non-complex (type {})",
            r.type_name()
        ))),
    }
}

/// A number for the constructor: int, float, complex, or with `__float__`/`__index__`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match vm.builtin_base(v) {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_) => {
            true
        }
        _ => ["__float__", "__index__"]
            .iter()
            .any(|n| vm.lookup_special(v, &Str::intern(n)).is_some()),
    }
}

/// `PyNumber_Float` of a number that is not complex.
fn real_of(vm: &mut Vm, v: &Value) -> RunResult<f64> {
    match vm.builtin_base(v) {
        Value::Float(f) => Ok(f),
        b @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => args::to_f64(vm, &b),
        _ => match float_of_instance(vm, v)? {
            Some(f) => Ok(f),
            None => Err(vm.type_error(format!("must be real number, not {}", v.type_name()))),
        },
    }
}

/// `complex(s)`: underscores checked and removed first (their own error
/// message), then the text parsed.
fn parse_complex(vm: &Vm, s: &Str) -> RunResult<Complex> {
    let malformed = || vm.value_error("complex() arg is a malformed string");
    let Some(ascii) = to_ascii(s.as_str()) else {
        return Err(malformed());
    };
    let text = if ascii.contains('_') {
        match strip_underscores(&ascii) {
            Some(t) => t,
            None => {
                return Err(vm.value_error(format!(
                    "could not convert string to complex: {}",
                    str_repr(s.as_str())
                )))
            }
        }
    } else {
        ascii
    };
    parse_complex_text(text.as_bytes()).ok_or_else(malformed)
}

/// Underscores only between digits (`_Py_string_to_number_with_underscores`).
fn strip_underscores(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

/// `complex_from_string_inner`: `[ws] ['('] [ws] (<float> | <float>j |
/// <float><signed-float>j | <float><sign>j | <sign>j | j) [ws] [')'] [ws]`.
pub(crate) fn parse_complex_text(s: &[u8]) -> Option<Complex> {
    let space = |i: &mut usize| {
        while *i < s.len() && is_py_space(s[*i] as char) {
            *i += 1;
        }
    };
    let is_j = |i: usize| matches!(s.get(i), Some(b'j' | b'J'));
    let mut i = 0;
    space(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        space(&mut i);
    }
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, end)) = scan_float(s, i) {
        i = end;
        match s.get(i) {
            Some(&sign @ (b'+' | b'-')) => {
                x = z;
                match scan_float(s, i) {
                    Some((w, end)) => {
                        y = w;
                        i = end;
                    }
                    None => {
                        y = if sign == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(i) {
                    return None;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                y = z;
                i += 1;
            }
            _ => x = z,
        }
    } else {
        match s.get(i) {
            Some(b'+') => {
                y = 1.0;
                i += 1;
            }
            Some(b'-') => {
                y = -1.0;
                i += 1;
            }
            _ => y = 1.0,
        }
        if !is_j(i) {
            return None;
        }
        i += 1;
    }
    space(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        space(&mut i);
    }
    (i == s.len()).then_some(Complex::new(x, y))
}

/// The longest float literal starting at `start` (`PyOS_string_to_double`
/// with an end pointer): a sign, then `inf`, `infinity`, `nan` or
/// `digits [. digits] [e [sign] digits]`; overflow gives an infinity.
fn scan_float(s: &[u8], start: usize) -> Option<(f64, usize)> {
    let mut i = start;
    let negative = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let rest = &s[i..];
    let starts = |word: &str| {
        rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes())
    };
    let sign = |v: f64| if negative { -v } else { v };
    if starts("infinity") {
        return Some((sign(f64::INFINITY), i + 8));
    }
    if starts("inf") {
        return Some((sign(f64::INFINITY), i + 3));
    }
    if starts("nan") {
        let nan = coil_interp::object::float::fresh_nan(negative);
        return Some((nan, i + 3));
    }
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < s.len() && s[*i].is_ascii_digit() {
            *i += 1;
        }
        from..*i
    };
    let int_part = digits(&mut i);
    let mut frac_part = i..i;
    if s.get(i) == Some(&b'.') {
        let mut j = i + 1;
        frac_part = digits(&mut j);
        if !int_part.is_empty() || !frac_part.is_empty() {
            i = j;
        }
    }
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut text = String::from("0");
    text.extend(s[int_part].iter().map(|&b| b as char));
    text.push('.');
    text.extend(s[frac_part].iter().map(|&b| b as char));
    text.push('0');
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let exp_sign = match s.get(j) {
            Some(&c @ (b'+' | b'-')) => {
                j += 1;
                c as char
            }
            _ => '+',
        };
        let exp = digits(&mut j);
        if !exp.is_empty() {
            text.push('e');
            text.push(exp_sign);
            text.extend(s[exp].iter().map(|&b| b as char));
            i = j;
        }
    }
    let v: f64 = text.parse().ok()?;
    Some((sign(v), i))
}

#[cfg(test)]
mod tests {
    use super::parse_complex_text as p;
    use coil_interp::object::complex::Complex;

    #[test]
    fn parses_cpython_forms() {
        let c = |re, im| Some(Complex::new(re, im));
        assert_eq!(p(b"1+2j"), c(1.0, 2.0));
        assert_eq!(p(b" ( 1-2.5e1J ) "), c(1.0, -25.0));
        assert_eq!(p(b"j"), c(0.0, 1.0));
        assert_eq!(p(b"-j"), c(0.0, -1.0));
        assert_eq!(p(b"3+j"), c(3.0, 1.0));
        assert_eq!(p(b"1e3"), c(1000.0, 0.0));
        assert_eq!(p(b".5j"), c(0.0, 0.5));
        assert_eq!(p(b""), None);
        assert_eq!(p(b"(1j"), None);
        assert_eq!(p(b"1+2"), None);
        assert_eq!(p(b"1e"), None);
    }
}
