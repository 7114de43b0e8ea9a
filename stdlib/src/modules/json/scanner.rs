//! The document scanner `json.scanner.make_scanner(decoder)` returns (CPython
//! 3.11 `Modules/_json.c`: `scanner_new`, `scan_once_unicode`,
//! `_parse_object_unicode`, `_parse_array_unicode`, `_match_number_unicode`).
//! One call reads one value with everything nested in it, calling the
//! decoder's hooks where CPython does; failures are `StopIteration(idx)` (no
//! value starts there) or `JSONDecodeError` with CPython's messages and
//! positions (golden/json/decode_errors.py).

use super::strings::{is_ws, scan_str};
use super::{decode_error, Text};
use crate::builtins::args::{class, positional, to_index};
use coil_interp::object::class::BaseKind;
use coil_interp::object::dict::HashKey;
use coil_interp::object::{Args, Dict, Exc, Native, NativeFn, Str};
use coil_interp::{RunResult, Value, Vm};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;

/// The hooks a scanner was made with, read from the decoder once.
pub struct Scanner {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    /// `None` when it is `float` itself (converted here, without a call).
    parse_float: Option<Value>,
    /// `None` when it is `int` itself.
    parse_int: Option<Value>,
    parse_constant: Value,
}

const SCANNER_METHODS: &[(&str, NativeFn)] = &[("__call__", scanner_call)];

/// `_json.make_scanner(context)`.
pub fn make_scanner(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let ctx = positional(vm, "make_scanner", &args, 1, 1)?[0].clone();
    let get = |vm: &mut Vm, name: &str| vm.get_attr(&ctx, &Str::intern(name));
    let strict = get(vm, "strict")?;
    let strict = vm.truthy(&strict)?;
    let object_hook = get(vm, "object_hook")?;
    let object_pairs_hook = get(vm, "object_pairs_hook")?;
    let parse_float = get(vm, "parse_float")?;
    let parse_int = get(vm, "parse_int")?;
    let parse_constant = get(vm, "parse_constant")?;
    let is_class = |v: &Value, c: &Rc<coil_interp::object::Class>| matches!(v, Value::Class(k) if Rc::ptr_eq(k, c));
    let scanner = Scanner {
        strict,
        object_hook,
        object_pairs_hook,
        parse_float: (!is_class(&parse_float, &vm.types.float)).then_some(parse_float),
        parse_int: (!is_class(&parse_int, &vm.types.int)).then_some(parse_int),
        parse_constant,
    };
    let cls = class(
        vm,
        "_json.Scanner",
        "_json",
        None,
        BaseKind::Builtin,
        SCANNER_METHODS,
    );
    Ok(Value::Native(Rc::new(Native {
        class: cls,
        data: Box::new(scanner),
    })))
}

/// Why scanning stopped (byte offsets).
enum Fail {
    /// No JSON value starts here: `StopIteration(idx)`.
    Stop(usize),
    /// `JSONDecodeError(msg, doc, idx)`.
    Decode(&'static str, usize),
    /// An exception from a hook or a conversion.
    Raised(Exc),
}

impl From<Exc> for Fail {
    fn from(e: Exc) -> Fail {
        Fail::Raised(e)
    }
}

type Scan<T> = Result<T, Fail>;

/// `scanner(s, idx)`: `(value, end)` for the value starting at `s[idx]`.
fn scanner_call(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "scan_once", &args, 2, 2)?;
    let Value::Native(n) = this else {
        return Err(vm.type_error("scan_once needs a scanner"));
    };
    let Some(sc) = n.get::<Scanner>() else {
        return Err(vm.type_error("scan_once needs a scanner"));
    };
    let doc = pos[0].clone();
    let Value::Str(s) = &doc else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            doc.type_name()
        )));
    };
    let idx = to_index(vm, &pos[1])?;
    let idx = match idx.to_i64() {
        Some(i) if i < 0 => return Err(vm.value_error("idx cannot be negative")),
        Some(i) => i as usize,
        None => usize::MAX,
    };
    let text = Text::new(s);
    let Some(start) = text.byte_of(idx) else {
        return Err(vm.stop_iteration(Value::Int(idx as i64)));
    };
    let mut p = Parser {
        b: text.s.as_bytes(),
        s: text.s,
        sc,
        memo: HashMap::new(),
        buf: String::new(),
        depth: 0,
    };
    match p.value(vm, start) {
        Ok((v, end)) => Ok(Value::tuple(vec![v, Value::Int(text.index_of(end) as i64)])),
        Err(Fail::Stop(at)) => Err(vm.stop_iteration(Value::Int(text.index_of(at) as i64))),
        Err(Fail::Decode(msg, at)) => Err(decode_error(vm, msg, &doc, text.index_of(at))),
        Err(Fail::Raised(e)) => Err(e),
    }
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    sc: &'a Scanner,
    /// Object keys seen in this document, shared as CPython's memo dict does.
    memo: HashMap<Box<str>, Rc<Str>>,
    buf: String,
    depth: usize,
}

impl Parser<'_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    fn at_word(&self, i: usize, word: &str) -> bool {
        self.b
            .get(i..i + word.len())
            .is_some_and(|w| w == word.as_bytes())
    }

    fn string(&mut self, start: usize) -> Scan<(String, usize)> {
        match scan_str(self.s, start, self.sc.strict, &mut self.buf) {
            Ok(end) => Ok((self.buf.clone(), end)),
            Err(e) => Err(Fail::Decode(e.msg, e.at)),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, end: usize) -> Scan<(Value, usize)> {
        let v = vm.call0(&self.sc.parse_constant.clone(), &[Value::str(name)])?;
        Ok((v, end))
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        let Some(&c) = self.b.get(i) else {
            return Err(Fail::Stop(i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::string(s), end))
            }
            b'{' | b'[' => {
                let what = if c == b'{' { "object" } else { "array" };
                if vm.frames.len() + vm.native_depth + self.depth >= vm.recursion_limit
                    || !vm.stack_ok()
                {
                    return Err(Fail::Raised(vm.recursion_error(format!(
                        "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                    ))));
                }
                self.depth += 1;
                let r = if c == b'{' {
                    self.object(vm, i + 1)
                } else {
                    self.array(vm, i + 1)
                };
                self.depth -= 1;
                r
            }
            b'n' if self.at_word(i, "null") => Ok((Value::None, i + 4)),
            b't' if self.at_word(i, "true") => Ok((Value::Bool(true), i + 4)),
            b'f' if self.at_word(i, "false") => Ok((Value::Bool(false), i + 5)),
            b'N' if self.at_word(i, "NaN") => self.constant(vm, "NaN", i + 3),
            b'I' if self.at_word(i, "Infinity") => self.constant(vm, "Infinity", i + 8),
            b'-' if self.at_word(i, "-Infinity") => self.constant(vm, "-Infinity", i + 9),
            _ => self.number(vm, i),
        }
    }

    fn object(&mut self, vm: &mut Vm, mut i: usize) -> Scan<(Value, usize)> {
        let pairs_hook = !self.sc.object_pairs_hook.is_none();
        let dict = coil_interp::gc::new(Dict::new());
        let mut pairs = Vec::new();
        i = self.skip_ws(i);
        if self.b.get(i) != Some(&b'}') {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(Fail::Decode(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let end = match scan_str(self.s, i + 1, self.sc.strict, &mut self.buf) {
                    Ok(end) => end,
                    Err(e) => return Err(Fail::Decode(e.msg, e.at)),
                };
                let key = match self.memo.get(self.buf.as_str()) {
                    Some(k) => k.clone(),
                    None => {
                        let k = Rc::new(Str::new(&self.buf));
                        self.memo.insert(self.buf.as_str().into(), k.clone());
                        k
                    }
                };
                i = self.skip_ws(end);
                if self.b.get(i) != Some(&b':') {
                    return Err(Fail::Decode("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (val, next) = self.value(vm, i)?;
                if pairs_hook {
                    pairs.push(Value::tuple(vec![Value::Str(key), val]));
                } else {
                    let hk = HashKey {
                        hash: key.hash(),
                        value: Value::Str(key),
                    };
                    let old = dict.map.borrow_mut().insert(hk, val);
                    drop(old);
                }
                i = self.skip_ws(next);
                match self.b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(Fail::Decode("Expecting ',' delimiter", i)),
                }
            }
        }
        let end = i + 1;
        if pairs_hook {
            let hook = self.sc.object_pairs_hook.clone();
            return Ok((vm.call0(&hook, &[Value::list(pairs)])?, end));
        }
        let obj = Value::Dict(dict);
        if !self.sc.object_hook.is_none() {
            let hook = self.sc.object_hook.clone();
            return Ok((vm.call0(&hook, &[obj])?, end));
        }
        Ok((obj, end))
    }

    fn array(&mut self, vm: &mut Vm, mut i: usize) -> Scan<(Value, usize)> {
        let mut items = Vec::new();
        i = self.skip_ws(i);
        if self.b.get(i) != Some(&b']') {
            loop {
                let (val, next) = self.value(vm, i)?;
                items.push(val);
                i = self.skip_ws(next);
                match self.b.get(i) {
                    Some(b']') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(Fail::Decode("Expecting ',' delimiter", i)),
                }
            }
        }
        Ok((Value::list(items), i + 1))
    }

    fn digits(&self, mut i: usize) -> usize {
        while i < self.b.len() && self.b[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let b = self.b;
        let last = b.len() - 1;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i > last {
                return Err(Fail::Stop(start));
            }
        }
        match b[i] {
            b'1'..=b'9' => i = self.digits(i + 1),
            b'0' => i += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        // A fraction needs a digit after the point, an exponent a digit after
        // `e`/`e±`; otherwise the number ends before them ("1." is 1, then
        // "Extra data").
        if i < last && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i = self.digits(i + 2);
        }
        if i < last && (b[i] == b'e' || b[i] == b'E') {
            let e = i;
            i += 1;
            if i < last && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            i = self.digits(i);
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e;
            }
        }
        let text = &self.s[start..i];
        let hook = if is_float {
            &self.sc.parse_float
        } else {
            &self.sc.parse_int
        };
        if let Some(hook) = hook.clone() {
            return Ok((vm.call0(&hook, &[Value::str(text)])?, i));
        }
        if is_float {
            let f: f64 = text.parse().unwrap_or(f64::NAN);
            return Ok((Value::Float(f), i));
        }
        if let Ok(n) = text.parse::<i64>() {
            return Ok((Value::Int(n), i));
        }
        let ndigits = text.trim_start_matches('-').len();
        if coil_interp::object::int::exceeds_str_digits(ndigits) {
            return Err(Fail::Raised(vm.value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {ndigits} digits; use sys.set_int_max_str_digits() to increase the limit",
                coil_interp::object::int::max_str_digits()
            ))));
        }
        match text.parse::<BigInt>() {
            Ok(n) => Ok((Value::from_bigint(n), i)),
            Err(_) => Err(Fail::Stop(start)),
        }
    }
}

coil_interp::native_payload!(Scanner {
    object_hook,
    object_pairs_hook,
    parse_float,
    parse_int,
    parse_constant
});
