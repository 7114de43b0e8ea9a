//! The private `_json` module behind `json` (CPython 3.11 `Modules/_json.c`):
//! the string scanner and escapers (`strings.rs`), the document scanner that
//! `json.scanner.make_scanner` returns (`scanner.rs`) and the one-shot encoder
//! behind `JSONEncoder.encode` (`encoder.rs`). The Python side lives in
//! `stdlib/lib/json/`.
//!
//! Positions are Python indexes (characters); the scanners work on UTF-8 bytes
//! and convert at the edges (`Text`).

pub mod encoder;
pub mod scanner;
pub mod strings;

use super::new_module;
use crate::builtins::args::func;
use coil_interp::object::{Exc, Module, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_json",
        vec![
            ("scanstring", func("scanstring", strings::scanstring)),
            (
                "encode_basestring_ascii",
                func("encode_basestring_ascii", strings::encode_basestring_ascii),
            ),
            (
                "encode_basestring",
                func("encode_basestring", strings::encode_basestring),
            ),
            (
                "skip_whitespace",
                func("skip_whitespace", strings::skip_whitespace),
            ),
            ("make_scanner", func("make_scanner", scanner::make_scanner)),
            ("encode", func("encode", encoder::encode)),
        ],
    ))
}

/// A str being scanned: its UTF-8 text and whether byte offsets are
/// character indexes (ASCII text).
pub struct Text<'a> {
    pub s: &'a str,
    pub ascii: bool,
}

impl<'a> Text<'a> {
    pub fn new(s: &'a Str) -> Text<'a> {
        Text {
            s: s.as_str(),
            ascii: s.is_ascii(),
        }
    }

    /// The byte offset of character index `idx` (`None` past the end).
    pub fn byte_of(&self, idx: usize) -> Option<usize> {
        if self.ascii {
            return (idx <= self.s.len()).then_some(idx);
        }
        if idx == 0 {
            return Some(0);
        }
        match self.s.char_indices().nth(idx) {
            Some((b, _)) => Some(b),
            None => (self.s.chars().count() == idx).then_some(self.s.len()),
        }
    }

    /// The character index of byte offset `b`.
    pub fn index_of(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.s[..b.min(self.s.len())].chars().count()
        }
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, made by the Python class so
/// that its attributes and message are the ones `decoder.py` computes.
pub fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> Exc {
    let made = (|| -> RunResult<Value> {
        let module = vm.import_module("json.decoder")?;
        let class = vm.get_attr(&module, &Str::intern("JSONDecodeError"))?;
        vm.call0(
            &class,
            &[Value::str(msg), doc.clone(), Value::Int(pos as i64)],
        )
    })();
    match made {
        Ok(Value::Instance(exc)) => exc,
        Ok(_) => vm.value_error(msg.to_string()),
        Err(e) => e,
    }
}
