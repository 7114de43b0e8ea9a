//! `format(value, spec)`: the format-spec mini-language for int, float, str
//! (fill, align, sign, `z`, `#`, `0`, width, `,`/`_` grouping, precision, types
//! `b c d o x X n e E f F g G % s`), complex (`format_complex_internal`) and
//! `__format__` on instances
//! (`Python/formatter_unicode.c`: `parse_internal_render_format_spec`,
//! `format_long_internal`, `format_float_internal`, `format_string_internal`;
//! grouping as `_PyUnicode_InsertThousandsGrouping`).

use crate::intern;
use crate::object::alloc::{self, NoMemory};
use crate::object::complex::Complex;
use crate::object::float::{fixed_digits, float_repr, sci_digits};
use crate::object::int::IntRef;
use crate::object::Str;
use crate::vm::Vm;
use crate::RunResult;
use crate::Value;
use std::rc::Rc;

/// A parsed format spec.
#[derive(Debug, Clone, Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    no_neg_zero: bool,
    alternate: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> RunResult<Rc<Str>> {
        match v {
            Value::Str(s) if spec.is_empty() => Ok(s.clone()),
            Value::Str(s) => {
                let sp = self.parse_spec(spec, "str")?;
                self.format_str(s.as_str(), &sp)
                    .map(|s| Rc::new(Str::from_string(s)))
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let sp = self.parse_spec(spec, "int")?;
                let i = IntRef::of(v).expect("matched an int");
                self.format_int(i, &sp)
                    .map(|s| Rc::new(Str::from_string(s)))
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let sp = self.parse_spec(spec, "float")?;
                self.format_float(*f, &sp, "float")
                    .map(|s| Rc::new(Str::from_string(s)))
            }
            Value::Complex(c) => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let sp = self.parse_spec(spec, "complex")?;
                self.format_complex(**c, &sp)
                    .map(|s| Rc::new(Str::from_string(s)))
            }
            Value::Instance(_) | Value::Native(_) => {
                use crate::vm::recursion::{CALLING, FRAME_ONLY};
                let r = match self.lookup_special(v, &intern!("__format__")) {
                    // `object.__format__` is a METH_O call, with its check.
                    Some(f) if Vm::is_builtin_fn(&f, super::base_methods::object_format) => {
                        return self.with_recursion_level(CALLING, |vm| vm.format_default(v, spec));
                    }
                    Some(f) => self.call_unbound_checked(&f, v, &[Value::str(spec)], FRAME_ONLY)?,
                    None => return self.format_default(v, spec),
                };
                match r {
                    Value::Str(s) => Ok(s),
                    other => Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&other).as_str()
                    ))),
                }
            }
            Value::Class(c) if c.metaclass.is_some() => {
                match self.call_meta_special(v, &intern!("__format__"), &[Value::str(spec)])? {
                    Some(Value::Str(s)) => Ok(s),
                    Some(other) => Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&other).as_str()
                    ))),
                    None => self.format_default(v, spec),
                }
            }
            _ => self.format_default(v, spec),
        }
    }

    /// `object.__format__`: `str(v)` for an empty spec, else a TypeError.
    fn format_default(&mut self, v: &Value, spec: &str) -> RunResult<Rc<Str>> {
        if spec.is_empty() {
            return self.to_str(v);
        }
        Err(self.type_error(format!(
            "unsupported format string passed to {}.__format__",
            self.type_name(v).as_str()
        )))
    }

    fn parse_spec(&self, spec: &str, type_name: &str) -> RunResult<Spec> {
        let chars: Vec<char> = spec.chars().collect();
        let mut sp = Spec::default();
        let mut i = 0;
        let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
        if chars.len() >= 2 && is_align(chars[1]) {
            sp.fill = Some(chars[0]);
            sp.align = Some(chars[1]);
            i = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            sp.align = Some(chars[0]);
            i = 1;
        }
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
            sp.sign = Some(c);
            i += 1;
        }
        if chars.get(i) == Some(&'z') {
            sp.no_neg_zero = true;
            i += 1;
        }
        if chars.get(i) == Some(&'#') {
            sp.alternate = true;
            i += 1;
        }
        if chars.get(i) == Some(&'0') {
            if sp.fill.is_none() {
                sp.fill = Some('0');
            }
            // Numbers pad after the sign; strings (default `<`) just fill.
            if sp.align.is_none() && type_name != "str" {
                sp.align = Some('=');
            }
            i += 1;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i > start {
            let w: String = chars[start..i].iter().collect();
            sp.width = w
                .parse()
                .map_err(|_| self.value_error("Too many decimal digits in format string"))?;
        }
        if let Some(&c @ (',' | '_')) = chars.get(i) {
            sp.grouping = Some(c);
            i += 1;
            if matches!(chars.get(i), Some(',' | '_')) {
                return Err(self.value_error("Cannot specify both ',' and '_'."));
            }
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return Err(self.value_error("Format specifier missing precision"));
            }
            let p: String = chars[start..i].iter().collect();
            sp.precision = Some(
                p.parse()
                    .map_err(|_| self.value_error("Too many decimal digits in format string"))?,
            );
        }
        if chars.len() - i > 1 {
            return Err(self.value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if i < chars.len() {
            sp.kind = Some(chars[i]);
        }
        if let (Some(g), Some(k)) = (sp.grouping, sp.kind) {
            let ok = match k {
                'd' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => true,
                'b' | 'o' | 'x' | 'X' => g == '_',
                _ => false,
            };
            if !ok {
                return Err(self.value_error(format!("Cannot specify '{g}' with '{k}'.")));
            }
        }
        Ok(sp)
    }

    fn unknown_code(&self, code: char, type_name: &str) -> crate::Exc {
        self.value_error(format!(
            "Unknown format code '{code}' for object of type '{type_name}'"
        ))
    }

    fn format_str(&self, s: &str, sp: &Spec) -> RunResult<String> {
        match sp.kind {
            None | Some('s') => {}
            Some(c) => return Err(self.unknown_code(c, "str")),
        }
        if sp.sign.is_some() {
            return Err(self.value_error("Sign not allowed in string format specifier"));
        }
        if sp.alternate {
            return Err(
                self.value_error("Alternate form (#) not allowed in string format specifier")
            );
        }
        if sp.align == Some('=') {
            return Err(self.value_error("'=' alignment not allowed in string format specifier"));
        }
        if let Some(g) = sp.grouping {
            return Err(self.value_error(format!("Cannot specify '{g}' with 's'.")));
        }
        let body: String = match sp.precision {
            Some(p) => s.chars().take(p).collect(),
            None => s.to_string(),
        };
        self.alloc(pad("", &body, sp, '<'))
    }

    fn format_int(&self, i: IntRef, sp: &Spec) -> RunResult<String> {
        let kind = sp.kind.unwrap_or('d');
        if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            let f = self.int_to_float(i)?;
            return self.format_float(f, sp, "int");
        }
        if !matches!(kind, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
            return Err(self.unknown_code(kind, "int"));
        }
        if sp.precision.is_some() {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
        }
        if sp.no_neg_zero {
            return Err(self.value_error(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        if kind == 'c' {
            if sp.sign.is_some() {
                return Err(self.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            if sp.alternate {
                return Err(self.value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let c = match i {
                IntRef::Small(n) if (0..0x110000).contains(&n) => char::from_u32(n as u32),
                _ => None,
            };
            let Some(c) = c else {
                return Err(self.overflow_error("%c arg not in range(0x110000)"));
            };
            return self.alloc(pad("", &c.to_string(), sp, '>'));
        }
        let negative = i.is_negative();
        let radix = match kind {
            'b' => 2,
            'o' => 8,
            'x' | 'X' => 16,
            _ => 10,
        };
        let mut digits = match i {
            IntRef::Small(n) => match radix {
                2 => format!("{:b}", n.unsigned_abs()),
                8 => format!("{:o}", n.unsigned_abs()),
                16 => format!("{:x}", n.unsigned_abs()),
                _ => n.unsigned_abs().to_string(),
            },
            IntRef::Big(b) => {
                if radix == 10 && crate::object::int::decimal_exceeds_limit(b) {
                    let msg = crate::object::int::str_digits_message();
                    return Err(self.value_error(msg));
                }
                b.magnitude().to_str_radix(radix)
            }
        };
        if kind == 'X' {
            digits.make_ascii_uppercase();
        }
        let prefix = match (sp.alternate, kind) {
            (true, 'b') => "0b",
            (true, 'o') => "0o",
            (true, 'x') => "0x",
            (true, 'X') => "0X",
            _ => "",
        };
        let lead = format!("{}{prefix}", sign_str(negative, sp.sign));
        let body = match sp.grouping {
            Some(g) => {
                let size = if radix == 10 { 3 } else { 4 };
                self.alloc(group(
                    &digits,
                    g,
                    size,
                    zero_pad_width(sp, lead.chars().count()),
                ))?
            }
            None => digits,
        };
        self.alloc(pad(&lead, &body, sp, '>'))
    }

    fn format_float(&self, x: f64, sp: &Spec, type_name: &str) -> RunResult<String> {
        let kind = sp.kind;
        if let Some(k) = kind {
            if !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
                return Err(self.unknown_code(k, type_name));
            }
        }
        let upper = matches!(kind, Some('E' | 'F' | 'G'));
        let mut negative = x.is_sign_negative() && !x.is_nan();
        let a = x.abs();
        let (mut body, tail) = if !a.is_finite() {
            let s = if a.is_nan() { "nan" } else { "inf" };
            let s = if upper {
                s.to_uppercase()
            } else {
                s.to_string()
            };
            let tail = if kind == Some('%') {
                "%".to_string()
            } else {
                String::new()
            };
            (s, tail)
        } else {
            // CPython keeps the precision in a C int (`Python/formatter_unicode.c`).
            if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
                return Err(self.value_error("precision too big"));
            }
            let prec = sp.precision.unwrap_or(6);
            let s = match kind {
                Some('f' | 'F') => self.alloc(fixed_digits(a, prec))?,
                Some('e' | 'E') => self.alloc(fmt_exp(a, prec, upper))?,
                Some('g' | 'G' | 'n') => {
                    self.alloc(fmt_general(a, prec, sp.alternate, upper, false))?
                }
                Some('%') => {
                    let mut s = self.alloc(fixed_digits(a * 100.0, prec))?;
                    s.push('%');
                    s
                }
                _ => match sp.precision {
                    Some(p) => self.alloc(fmt_general(a, p, sp.alternate, false, true))?,
                    None => float_repr(a),
                },
            };
            let s = if sp.alternate
                && matches!(kind, Some('f' | 'F' | 'e' | 'E' | '%'))
                && !s.contains('.')
            {
                add_point(&s)
            } else {
                s
            };
            // Only the integer part is grouped: split off what follows it.
            let cut = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
            (s[..cut].to_string(), s[cut..].to_string())
        };
        if sp.no_neg_zero && negative && a.is_finite() {
            let all_zero = body
                .chars()
                .chain(tail.chars())
                .all(|c| !c.is_ascii_digit() || c == '0')
                || tail.contains('e') && body.chars().all(|c| c == '0');
            if all_zero {
                negative = false;
            }
        }
        let sign = sign_str(negative, sp.sign);
        if let (Some(g), true) = (sp.grouping, a.is_finite()) {
            body = self.alloc(group(
                &body,
                g,
                3,
                zero_pad_width(sp, sign.len() + tail.chars().count()),
            ))?;
        }
        body.push_str(&tail);
        self.alloc(pad(sign, &body, sp, '>'))
    }
}

impl Vm {
    /// `format_complex_internal`: each part formatted as a float without padding,
    /// the imaginary one signed, then the whole padded (right-aligned by default).
    /// Without a type it is `str(z)`'s style: no `.0`, parentheses unless the real
    /// part is left out.
    fn format_complex(&self, c: Complex, sp: &Spec) -> RunResult<String> {
        if let Some(k) = sp.kind {
            if !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
                return Err(self.unknown_code(k, "complex"));
            }
        }
        if sp.fill == Some('0') {
            return Err(self.value_error("Zero padding is not allowed in complex format specifier"));
        }
        if sp.align == Some('=') {
            return Err(
                self.value_error("'=' alignment flag is not allowed in complex format specifier")
            );
        }
        let repr_style = sp.kind.is_none();
        let skip_re = repr_style && c.re == 0.0 && c.re.is_sign_positive();
        let parens = repr_style && !skip_re;
        let mut part = Spec {
            fill: None,
            align: None,
            width: 0,
            ..sp.clone()
        };
        if sp.kind == Some('n') || (repr_style && sp.precision.is_some()) {
            part.kind = Some('g');
        }
        // The short repr, as `PyOS_double_to_string(x, 'r', 0, flags)` gives it.
        let short = |s: String| -> String {
            if !repr_style || sp.precision.is_some() {
                return s;
            }
            let s = s.strip_suffix(".0").map(str::to_string).unwrap_or(s);
            if sp.alternate && !s.contains(['.', 'e', 'n', 'i']) {
                add_point(&s)
            } else {
                s
            }
        };
        let re = short(self.format_float(c.re, &part, "complex")?);
        if !skip_re {
            part.sign = Some('+');
        }
        let im = short(self.format_float(c.im, &part, "complex")?);
        let mut body = String::new();
        if parens {
            body.push('(');
        }
        if !skip_re {
            body.push_str(&re);
        }
        body.push_str(&im);
        body.push('j');
        if parens {
            body.push(')');
        }
        self.alloc(pad("", &body, sp, '>'))
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// The width grouped digits must fill when zero-padding (`0` flag or `0=`).
fn zero_pad_width(sp: &Spec, other: usize) -> usize {
    if sp.fill == Some('0') && sp.align == Some('=') {
        sp.width.saturating_sub(other)
    } else {
        0
    }
}

/// Inserts `sep` every `size` digits from the right, padding with zeros up to
/// `min_width` characters (`_PyUnicode_InsertThousandsGrouping`).
fn group(digits: &str, sep: char, size: usize, min_width: usize) -> Result<String, NoMemory> {
    // A huge zero-padded width is refused up front, as CPython's allocation
    // of the result would be.
    drop(alloc::string_with_capacity(min_width.max(digits.len()))?);
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width.max(1) as i64;
    let mut groups: Vec<String> = Vec::new();
    loop {
        let l = remaining.max(min_width).max(1).min(size as i64);
        let take = remaining.clamp(0, l);
        let end = remaining.max(0) as usize;
        let mut g: String = "0".repeat((l - take) as usize);
        g.extend(&d[end - take as usize..end]);
        groups.push(g);
        min_width -= l;
        remaining -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    Ok(groups.join(&sep.to_string()))
}

/// Pads `lead + body` to the spec's width with its fill and alignment.
fn pad(lead: &str, body: &str, sp: &Spec, default_align: char) -> Result<String, NoMemory> {
    let len = lead.chars().count() + body.chars().count();
    if sp.width <= len {
        return Ok(format!("{lead}{body}"));
    }
    let n = sp.width - len;
    let fill = sp.fill.unwrap_or(' ');
    let (before, after) = match sp.align.unwrap_or(default_align) {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        '=' => (0, 0),
        _ => (n, 0),
    };
    let size = fill
        .len_utf8()
        .checked_mul(n)
        .and_then(|f| f.checked_add(lead.len() + body.len()))
        .ok_or(NoMemory)?;
    let mut out = alloc::string_with_capacity(size)?;
    alloc::push_repeated(&mut out, fill, before)?;
    out.push_str(lead);
    if before == 0 && after == 0 {
        alloc::push_repeated(&mut out, fill, n)?;
    }
    out.push_str(body);
    alloc::push_repeated(&mut out, fill, after)?;
    Ok(out)
}

/// `%.{prec}e`: Rust's `{:e}` digits with C's exponent (`e+05`).
fn fmt_exp(a: f64, prec: usize, upper: bool) -> Result<String, NoMemory> {
    let s = sci_digits(a, prec)?;
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let sign = if e < 0 { '-' } else { '+' };
    let out = format!("{mant}e{sign}{:02}", e.abs());
    Ok(if upper { out.to_uppercase() } else { out })
}

/// `%g` (and the no-type form with a precision, which keeps a `.0`): fixed
/// notation when `-4 <= exp < prec`, else scientific; trailing zeros removed
/// unless `alternate`.
fn fmt_general(
    a: f64,
    prec: usize,
    alternate: bool,
    upper: bool,
    add_dot_zero: bool,
) -> Result<String, NoMemory> {
    let p = prec.max(1);
    // Only the exponent is needed here, and more digits cannot change it.
    let sci = sci_digits(a, (p - 1).min(1100))?;
    let exp: i64 = sci
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let mut s = if -4 <= exp && exp < p as i64 {
        fixed_digits(a, (p as i64 - 1 - exp) as usize)?
    } else {
        fmt_exp(a, p - 1, false)?
    };
    if !alternate {
        s = strip_zeros(&s);
    }
    if add_dot_zero && !s.contains(['.', 'e']) {
        s.push_str(".0");
    }
    if upper {
        s = s.to_uppercase();
    }
    Ok(s)
}

/// Removes trailing zeros (and a trailing point) from the mantissa.
fn strip_zeros(s: &str) -> String {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    if !mant.contains('.') {
        return s.to_string();
    }
    let m = mant.trim_end_matches('0').trim_end_matches('.');
    format!("{m}{exp}")
}

/// `#` forms keep the point: `1.` and `1.e+00`.
fn add_point(s: &str) -> String {
    match s.find(['e', 'E', '%']) {
        Some(i) => format!("{}.{}", &s[..i], &s[i..]),
        None => format!("{s}."),
    }
}
