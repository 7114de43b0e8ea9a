//! printf-style formatting, `'%s %5.2f' % args`, installed as `str.__mod__` (the
//! VM's `binary_op` finds it on the type). Follows CPython 3.11
//! `Objects/unicodeobject.c` (`PyUnicode_Format`, `unicode_format_arg_parse`,
//! `unicode_format_getnextarg`, `formatlong`, `formatfloat`, `formatchar`) with its
//! messages, including its argument bookkeeping: a lone non-tuple argument is used
//! once, `%(key)` switches to the mapping, and a mapping or list argument never
//! triggers "not all arguments converted".

use super::add_method;
use super::constructors::{float_of_instance, int_of_instance};
use super::str_format::ascii_escape;
use coil_interp::object::alloc::{self, NoMemory};
use coil_interp::object::float::{fixed_digits, sci_digits};
use coil_interp::object::int::{decimal_exceeds_limit, str_digits_message};
use coil_interp::object::{Args, Str};
use coil_interp::{RunResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub(crate) fn install(vm: &mut Vm) {
    add_method(&vm.types.str.clone(), "__mod__", mod_);
}

/// `str.__mod__(args)`.
fn mod_(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let Value::Str(fmt) = recv else {
        return Err(super::args::wrong_receiver(vm, "str", "__mod__", recv));
    };
    let [arg] = a.pos else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len())));
    };
    percent_format(vm, fmt.as_str(), arg).map(Value::string)
}

/// The argument cursor (`unicode_formatter_t`'s `args`, `arglen`, `argidx`, `dict`).
struct Cursor {
    args: Value,
    /// Tuple length, or -1 for a single argument.
    arglen: i64,
    /// Next tuple index; -2 for an unused single argument.
    argidx: i64,
    /// The mapping for `%(key)s`, if the argument can be one.
    dict: Option<Value>,
    /// Formatting bytes (PEP 461): the text is bytes as chars below 256.
    bytes: bool,
}

impl Cursor {
    fn next(&mut self, vm: &Vm) -> RunResult<Value> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Value::Tuple(t) = &self.args {
                if let Some(v) = t.items.get(idx as usize) {
                    return Ok(v.clone());
                }
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

#[derive(Default)]
struct Spec {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

/// `fmt % args`.
pub(crate) fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> RunResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    format_chars(vm, &chars, args, false)
}

/// `fmt % args` over chars; with `bytes`, each char is one byte of a bytes
/// format (`bytes_percent.rs`) and so is each char of the result.
pub(crate) fn format_chars(
    vm: &mut Vm,
    chars: &[char],
    args: &Value,
    bytes: bool,
) -> RunResult<String> {
    let fmt_len = chars.len();
    let (arglen, argidx) = match args {
        Value::Tuple(t) => (t.items.len() as i64, 0),
        _ => (-1, -2),
    };
    // PyMapping_Check: anything subscriptable that is not a tuple or str
    // (nor bytes, when formatting bytes).
    let dict = match args {
        Value::Dict(_) | Value::List(_) => Some(args.clone()),
        Value::Instance(_) | Value::Native(_)
            if vm
                .lookup_special(args, &Str::intern("__getitem__"))
                .is_some() =>
        {
            Some(args.clone())
        }
        _ => None,
    };
    let mut cur = Cursor {
        args: args.clone(),
        arglen,
        argidx,
        dict,
        bytes,
    };
    let mut out = String::with_capacity(fmt_len + 16);
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        format_one(vm, chars, &mut i, &mut cur, &mut out)?;
    }
    if cur.argidx < cur.arglen && cur.dict.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

fn incomplete(vm: &Vm) -> coil_interp::Exc {
    vm.value_error("incomplete format")
}

/// One conversion, `i` just after its `%`.
fn format_one(
    vm: &mut Vm,
    s: &[char],
    i: &mut usize,
    cur: &mut Cursor,
    out: &mut String,
) -> RunResult<()> {
    if s.get(*i) == Some(&'(') {
        *i += 1;
        let start = *i;
        let mut depth = 1;
        while *i < s.len() {
            match s[*i] {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        if *i >= s.len() {
            return Err(vm.value_error("incomplete format key"));
        }
        let key: String = s[start..*i].iter().collect();
        *i += 1;
        let Some(mapping) = cur.dict.clone() else {
            return Err(vm.type_error("format requires a mapping"));
        };
        let key = if cur.bytes {
            Value::bytes(key.chars().map(|c| c as u32 as u8).collect())
        } else {
            Value::string(key)
        };
        cur.args = vm.get_item(&mapping, &key)?;
        cur.arglen = -1;
        cur.argidx = -2;
    }
    let mut spec = Spec::default();
    while let Some(&c) = s.get(*i) {
        match c {
            '-' => spec.ljust = true,
            '+' => spec.sign = true,
            ' ' => spec.blank = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        *i += 1;
    }
    if s.get(*i) == Some(&'*') {
        *i += 1;
        let w = star_arg(vm, cur, false)?;
        if w < 0 {
            spec.ljust = true;
        }
        spec.width = w.unsigned_abs() as usize;
    } else {
        spec.width = digits(vm, s, i, false)?;
    }
    if s.get(*i) == Some(&'.') {
        *i += 1;
        if s.get(*i) == Some(&'*') {
            *i += 1;
            spec.prec = Some(star_arg(vm, cur, true)?.max(0) as usize);
        } else {
            spec.prec = Some(digits(vm, s, i, true)?);
        }
    }
    // Length modifiers are accepted and ignored, as in C.
    while matches!(s.get(*i), Some('h' | 'l' | 'L')) {
        *i += 1;
    }
    let Some(&kind) = s.get(*i) else {
        return Err(incomplete(vm));
    };
    let kind_index = *i;
    *i += 1;
    let v = cur.next(vm)?;
    if cur.bytes && matches!(kind, 's' | 'b' | 'r' | 'a' | 'c') {
        let text = super::bytes_percent::operand(vm, kind, &v)?;
        let text: String = match spec.prec {
            Some(p) if kind != 'c' => text.chars().take(p).collect(),
            _ => text,
        };
        return vm.alloc(pad_text(out, &text, &spec));
    }
    match kind {
        's' | 'r' | 'a' => {
            let text = match (kind, &v) {
                ('s', Value::Str(s)) => s.as_str().to_string(),
                ('r', Value::Str(s)) => coil_interp::object::str::str_repr(s.as_str()),
                ('s', _) => vm.to_str(&v)?.as_str().to_string(),
                ('r', _) => vm.repr(&v)?.as_str().to_string(),
                _ => ascii_escape(vm.repr(&v)?.as_str()),
            };
            let text = match spec.prec {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            vm.alloc(pad_text(out, &text, &spec))?;
        }
        'c' => {
            let c = format_char(vm, &v)?;
            vm.alloc(pad_text(out, &c.to_string(), &spec))?;
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = int_operand(vm, &v, kind)?;
            if matches!(kind, 'd' | 'i' | 'u') && decimal_exceeds_limit(&n) {
                return Err(vm.value_error(str_digits_message()));
            }
            let (negative, body) = vm.alloc(format_int(&n, kind, &spec))?;
            let prefix = int_prefix_len(kind, &spec);
            vm.alloc(pad_number(out, negative, &body, &spec, prefix))?;
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match float_operand(vm, &v) {
                Err(_) if cur.bytes && !matches!(v, Value::Instance(_)) => {
                    return Err(
                        vm.type_error(format!("float argument required, not {}", v.type_name()))
                    )
                }
                r => r?,
            };
            let body = vm.alloc(format_float(
                f.abs(),
                kind,
                spec.prec.unwrap_or(6),
                spec.alt,
            ))?;
            let negative = f.is_sign_negative() && !f.is_nan();
            vm.alloc(pad_number(out, negative, &body, &spec, 0))?;
        }
        c => {
            return Err(vm.value_error(format!(
                "unsupported format character '{c}' (0x{:x}) at index {kind_index}",
                c as u32
            )))
        }
    }
    Ok(())
}

/// A width or precision taken from the arguments (`*`).
/// CPython converts a `*` width to a C `Py_ssize_t` and a `*` precision to a
/// C `int` (`unicode_format_arg_parse`).
fn star_arg(vm: &mut Vm, cur: &mut Cursor, precision: bool) -> RunResult<i64> {
    let n = match cur.next(vm)? {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        Value::BigInt(_) if !precision => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        Value::BigInt(_) => i64::MAX,
        _ => return Err(vm.type_error("* wants int")),
    };
    if precision && i32::try_from(n).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

/// A width (up to `Py_ssize_t`) or precision (up to a C `int`) written in
/// the format.
fn digits(vm: &Vm, s: &[char], i: &mut usize, precision: bool) -> RunResult<usize> {
    let (limit, msg) = if precision {
        (i32::MAX as usize, "precision too big")
    } else {
        (isize::MAX as usize, "width too big")
    };
    let mut n: usize = 0;
    while let Some(d) = s.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= limit)
            .ok_or_else(|| vm.value_error(msg))?;
        *i += 1;
    }
    Ok(n)
}

/// Strings and chars: precision already applied; `0` is ignored.
fn pad_text(out: &mut String, text: &str, spec: &Spec) -> Result<(), NoMemory> {
    let len = text.chars().count();
    let fill = spec.width.saturating_sub(len);
    alloc::reserve(out, fill.saturating_add(text.len()))?;
    if !spec.ljust {
        alloc::push_repeated(out, ' ', fill)?;
    }
    out.push_str(text);
    if spec.ljust {
        alloc::push_repeated(out, ' ', fill)?;
    }
    Ok(())
}

/// Numbers: sign, then `prefix_len` chars of `body` (`0x`), zero padding, the rest.
fn pad_number(
    out: &mut String,
    negative: bool,
    body: &str,
    spec: &Spec,
    prefix_len: usize,
) -> Result<(), NoMemory> {
    let sign = if negative {
        "-"
    } else if spec.sign {
        "+"
    } else if spec.blank {
        " "
    } else {
        ""
    };
    let len = sign.len() + body.chars().count();
    let fill = spec.width.saturating_sub(len);
    alloc::reserve(out, fill.saturating_add(sign.len() + body.len()))?;
    if spec.ljust {
        out.push_str(sign);
        out.push_str(body);
        alloc::push_repeated(out, ' ', fill)?;
    } else if spec.zero {
        out.push_str(sign);
        out.push_str(&body[..prefix_len]);
        alloc::push_repeated(out, '0', fill)?;
        out.push_str(&body[prefix_len..]);
    } else {
        alloc::push_repeated(out, ' ', fill)?;
        out.push_str(sign);
        out.push_str(body);
    }
    Ok(())
}

fn format_char(vm: &mut Vm, v: &Value) -> RunResult<char> {
    let code = match v {
        Value::Str(s) if s.char_len() == 1 => return Ok(s.as_str().chars().next().unwrap_or('\0')),
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(_) => None,
        Value::Instance(_) if vm.lookup_special(v, &Str::intern("__index__")).is_some() => {
            match super::args::index_value(vm, v)? {
                Value::Int(n) => Some(n),
                _ => None,
            }
        }
        _ => return Err(vm.type_error("%c requires int or char")),
    };
    code.and_then(|n| u32::try_from(n).ok())
        .and_then(char::from_u32)
        .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))
}

/// The int to format for `%d`/`%x`…: floats truncate for `%d` only.
fn int_operand(vm: &mut Vm, v: &Value, kind: char) -> RunResult<BigInt> {
    let decimal = matches!(kind, 'd' | 'i' | 'u');
    let as_int = match v {
        Value::Int(n) => Value::Int(*n),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(_) => v.clone(),
        Value::Float(f) if decimal => super::constructors::int_from_float(vm, *f)?,
        Value::Instance(_) => {
            let converted = if decimal {
                int_of_instance(vm, v)?
            } else if vm.lookup_special(v, &Str::intern("__index__")).is_some() {
                Some(super::args::index_value(vm, v)?)
            } else {
                None
            };
            match converted {
                Some(n) => n,
                None => return Err(int_type_error(vm, v, kind)),
            }
        }
        _ => return Err(int_type_error(vm, v, kind)),
    };
    Ok(match as_int {
        Value::Int(n) => BigInt::from(n),
        Value::BigInt(b) => (*b).clone(),
        _ => return Err(int_type_error(vm, v, kind)),
    })
}

fn int_type_error(vm: &Vm, v: &Value, kind: char) -> coil_interp::Exc {
    let what = if matches!(kind, 'd' | 'i' | 'u') {
        "a real number"
    } else {
        "an integer"
    };
    vm.type_error(format!(
        "%{kind} format: {what} is required, not {}",
        v.type_name()
    ))
}

fn float_operand(vm: &mut Vm, v: &Value) -> RunResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(n) => Ok(*n as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
        Value::Instance(_) => match float_of_instance(vm, v)? {
            Some(f) => Ok(f),
            None => Err(vm.type_error(format!("must be real number, not {}", v.type_name()))),
        },
        _ => Err(vm.type_error(format!("must be real number, not {}", v.type_name()))),
    }
}

/// Length of the `0x`/`0o` prefix `format_int` puts before the digits.
fn int_prefix_len(kind: char, spec: &Spec) -> usize {
    if spec.alt && matches!(kind, 'o' | 'x' | 'X') {
        2
    } else {
        0
    }
}

/// `formatlong`: the magnitude's digits (at least `prec` of them) with any `#`
/// prefix; the sign is returned separately.
fn format_int(n: &BigInt, kind: char, spec: &Spec) -> Result<(bool, String), NoMemory> {
    let mag = n.abs();
    let mut digits = match kind {
        'o' => mag.to_str_radix(8),
        'x' => mag.to_str_radix(16),
        'X' => mag.to_str_radix(16).to_uppercase(),
        _ => mag.to_string(),
    };
    if let Some(p) = spec.prec {
        if digits.len() < p {
            let mut padded = alloc::string_with_capacity(p)?;
            alloc::push_repeated(&mut padded, '0', p - digits.len())?;
            padded.push_str(&digits);
            digits = padded;
        }
    }
    let prefix = match kind {
        'o' if spec.alt => "0o",
        'x' if spec.alt => "0x",
        'X' if spec.alt => "0X",
        _ => "",
    };
    Ok((n.is_negative() && !n.is_zero(), format!("{prefix}{digits}")))
}

/// C's `%e`/`%f`/`%g` of a non-negative (or NaN) value, as `PyOS_double_to_string`;
/// `alt` is the `#` flag (keep the point and, for `g`, trailing zeros).
pub(crate) fn format_float(f: f64, kind: char, prec: usize, alt: bool) -> Result<String, NoMemory> {
    let upper = kind.is_ascii_uppercase();
    if !f.is_finite() {
        let s = if f.is_nan() { "nan" } else { "inf" };
        return Ok(if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        });
    }
    let s = match kind.to_ascii_lowercase() {
        'f' => {
            let mut s = fixed_digits(f, prec)?;
            if alt && prec == 0 {
                s.push('.');
            }
            s
        }
        'e' => exp_form(f, prec, alt)?,
        _ => {
            let p = prec.max(1);
            let exp = decimal_exponent(f, p);
            let mut s = if exp < -4 || exp as i64 >= p as i64 {
                exp_form(f, p - 1, alt)?
            } else {
                let mut s = fixed_digits(f, (p as i64 - 1 - exp as i64) as usize)?;
                if alt && !s.contains('.') {
                    s.push('.');
                }
                s
            };
            if !alt {
                s = strip_zeros(&s);
            }
            s
        }
    };
    Ok(if upper { s.to_uppercase() } else { s })
}

/// The exponent of `f` once rounded to `digits` significant digits.
fn decimal_exponent(f: f64, digits: usize) -> i32 {
    // More digits than a double has cannot move the exponent.
    let s = format!("{:.*e}", digits.saturating_sub(1).min(1100), f);
    s.rsplit_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0)
}

/// `d.ddde+XX`: Rust's `{:e}` with C's exponent (sign and at least two digits).
fn exp_form(f: f64, prec: usize, alt: bool) -> Result<String, NoMemory> {
    let s = sci_digits(f, prec)?;
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let point = if alt && prec == 0 { "." } else { "" };
    let sign = if exp < 0 { '-' } else { '+' };
    Ok(format!("{mant}{point}e{sign}{:02}", exp.abs()))
}

/// Drops trailing zeros of the fraction (and a bare point) in a `%g` result.
fn strip_zeros(s: &str) -> String {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let mant = if mant.contains('.') {
        mant.trim_end_matches('0').trim_end_matches('.')
    } else {
        mant
    };
    format!("{mant}{exp}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::err;

    fn pf(fmt: &str, args: Value) -> String {
        let mut vm = Vm::new();
        match percent_format(&mut vm, fmt, &args) {
            Ok(s) => s,
            Err(e) => err(e),
        }
    }

    fn t(items: Vec<Value>) -> Value {
        Value::tuple(items)
    }

    #[test]
    fn integers() {
        assert_eq!(pf("%05d", Value::Int(-42)), "-0042");
        assert_eq!(pf("%-+6d|", Value::Int(5)), "+5    |");
        assert_eq!(pf("%8.3d", Value::Int(-5)), "    -005");
        assert_eq!(pf("%08.3d", Value::Int(-5)), "-0000005");
        assert_eq!(pf("%#08x", Value::Int(255)), "0x0000ff");
        assert_eq!(
            pf(
                "%#X %#o %x",
                t(vec![Value::Int(255), Value::Int(8), Value::Int(-255)])
            ),
            "0XFF 0o10 -ff"
        );
        assert_eq!(pf("%d", Value::Float(-3.9)), "-3");
        assert_eq!(pf("%.0d", Value::Int(0)), "0");
        assert_eq!(pf("%+ d", Value::Int(3)), "+3");
        assert_eq!(
            pf("%x", Value::Float(3.0)),
            "TypeError: %x format: an integer is required, not float"
        );
        assert_eq!(
            pf("%d", Value::str("x")),
            "TypeError: %d format: a real number is required, not str"
        );
    }

    #[test]
    fn floats() {
        let cases: &[(&str, f64, &str)] = &[
            ("%.2f", 2.675, "2.67"),
            ("%e", 12345.678, "1.234568e+04"),
            ("%E", 0.0, "0.000000E+00"),
            ("%g", 0.0001, "0.0001"),
            ("%g", 1e-5, "1e-05"),
            ("%g", 123456789.0, "1.23457e+08"),
            ("%#g", 1.0, "1.00000"),
            ("%g", 1.0, "1"),
            ("%#.0f", 1.0, "1."),
            ("%#.0e", 12345.0, "1.e+04"),
            ("%10.3e|", -1.5, "-1.500e+00|"),
            ("%F", f64::NAN, "NAN"),
            ("%010f", f64::NEG_INFINITY, "-000000inf"),
            ("%.3g", 1234.5, "1.23e+03"),
            ("%.17g", 0.1, "0.10000000000000001"),
            ("%+.1e", 1.25, "+1.2e+00"),
            ("%#5.1g|", 0.0001, "0.0001|"),
            ("%.0g", 5.5, "6"),
            ("%g", 100000.0, "100000"),
            ("%g", 1000000.0, "1e+06"),
            ("%.2e", 1e-300, "1.00e-300"),
            ("%f", -0.0, "-0.000000"),
        ];
        for (fmt, f, want) in cases {
            assert_eq!(pf(fmt, Value::Float(*f)), *want, "{fmt} % {f}");
        }
        assert_eq!(pf("%f", Value::Int(1)), "1.000000");
        assert_eq!(
            pf("%f", Value::str("1")),
            "TypeError: must be real number, not str"
        );
    }

    #[test]
    fn strings_chars_and_args() {
        assert_eq!(
            pf(
                "%05s|%-5s|%.1s",
                t(vec![Value::str("ab"), Value::str("ab"), Value::str("ab")])
            ),
            "   ab|ab   |a"
        );
        assert_eq!(pf("%c%c", t(vec![Value::Int(65), Value::str("x")])), "Ax");
        assert_eq!(
            pf("%c", Value::Int(0x110000)),
            "OverflowError: %c arg not in range(0x110000)"
        );
        assert_eq!(
            pf("%c", Value::str("ab")),
            "TypeError: %c requires int or char"
        );
        assert_eq!(
            pf(
                "%*d|%-*d",
                t(vec![
                    Value::Int(3),
                    Value::Int(1),
                    Value::Int(3),
                    Value::Int(2)
                ])
            ),
            "  1|2  "
        );
        assert_eq!(
            pf("%.*f", t(vec![Value::Int(2), Value::Float(1.23456)])),
            "1.23"
        );
        assert_eq!(
            pf("%d %d", t(vec![Value::Int(1)])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            pf("%d", t(vec![Value::Int(1), Value::Int(2)])),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(
            pf("a", Value::Int(1)),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(pf("a", Value::list(vec![])), "a");
        assert_eq!(
            pf("%(a)s", Value::Int(1)),
            "TypeError: format requires a mapping"
        );
        assert_eq!(
            pf("%y", Value::Int(1)),
            "ValueError: unsupported format character 'y' (0x79) at index 1"
        );
        assert_eq!(
            pf("%5%|", t(vec![Value::Int(1)])),
            "ValueError: unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(pf("abc%", t(vec![])), "ValueError: incomplete format");
        assert_eq!(
            pf("%(a", Value::list(vec![])),
            "ValueError: incomplete format key"
        );
        assert_eq!(
            pf("%% %hd %ld", t(vec![Value::Int(1), Value::Int(2)])),
            "% 1 2"
        );
        assert_eq!(
            pf("%*d", t(vec![Value::str("a"), Value::Int(1)])),
            "TypeError: * wants int"
        );
    }
}
