//! The subject string of a match as the matcher sees it: the bytes of an ASCII
//! `str` or of a `bytes` object (one char per byte), or the code points of any
//! other `str` (widened once and cached for the last string seen, so repeated
//! searches over one string, as `finditer` does, stay linear). Also the
//! argument checks of `getstring` in CPython 3.11 `Modules/_sre/sre.c`.

use coil_interp::object::{Bytes, Str};
use coil_interp::{RunResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub enum Text {
    Ascii(Rc<Str>),
    Wide(Rc<Vec<u32>>),
    Bytes(Rc<Bytes>),
}

pub enum Chars<'a> {
    Narrow(&'a [u8]),
    Wide(Rc<Vec<u32>>),
}

/// The last widened `str` and its code points.
type WideCache = Option<(Rc<Str>, Rc<Vec<u32>>)>;

thread_local! {
    static LAST_WIDE: RefCell<WideCache> = const { RefCell::new(None) };
}

impl Text {
    /// The subject `v`, checked against the pattern's kind (`istext`).
    pub fn of(vm: &Vm, v: &Value, istext: bool) -> RunResult<Text> {
        let t = match vm.builtin_base(v) {
            Value::Str(s) => {
                if !istext {
                    return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
                }
                if s.is_ascii() {
                    Text::Ascii(s)
                } else {
                    let wide = LAST_WIDE.with(|c| {
                        let mut c = c.borrow_mut();
                        if let Some((k, w)) = c.as_ref() {
                            if Rc::ptr_eq(k, &s) {
                                return w.clone();
                            }
                        }
                        let w: Rc<Vec<u32>> =
                            Rc::new(s.as_str().chars().map(|c| c as u32).collect());
                        *c = Some((s.clone(), w.clone()));
                        w
                    });
                    Text::Wide(wide)
                }
            }
            Value::Bytes(b) => {
                if istext {
                    return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
                }
                Text::Bytes(b)
            }
            other => {
                return Err(vm.type_error(format!(
                    "expected string or bytes-like object, got {}",
                    crate::builtins::args::py_repr_str(vm.type_name(&other).as_str())
                )))
            }
        };
        Ok(t)
    }

    pub fn len(&self) -> usize {
        match self {
            Text::Ascii(s) => s.as_str().len(),
            Text::Wide(w) => w.len(),
            Text::Bytes(b) => b.len(),
        }
    }

    pub fn chars(&self) -> Chars<'_> {
        match self {
            Text::Ascii(s) => Chars::Narrow(s.as_str().as_bytes()),
            Text::Wide(w) => Chars::Wide(w.clone()),
            Text::Bytes(b) => Chars::Narrow(b.as_bytes()),
        }
    }

    /// `string[a:b]` as a new str or bytes.
    pub fn slice(&self, a: usize, b: usize) -> Value {
        match self {
            Text::Ascii(s) => Value::str(&s.as_str()[a..b]),
            Text::Wide(w) => Value::string(
                w[a..b]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect(),
            ),
            Text::Bytes(by) => Value::bytes(by.as_bytes()[a..b].to_vec()),
        }
    }

    /// `''.join(pieces)` (or `b''.join`); pieces are strs (bytes) of this kind.
    pub fn join(&self, pieces: &[Value]) -> Value {
        match self {
            Text::Bytes(_) => {
                let mut out = Vec::new();
                for p in pieces {
                    if let Value::Bytes(b) = p {
                        out.extend_from_slice(b.as_bytes());
                    }
                }
                Value::bytes(out)
            }
            _ => {
                let mut out = String::new();
                for p in pieces {
                    if let Value::Str(s) = p {
                        out.push_str(s.as_str());
                    }
                }
                Value::string(out)
            }
        }
    }
}
