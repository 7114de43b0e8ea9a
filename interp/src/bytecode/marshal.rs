//! A compact serialized form of a module's `CodeObject` tree, written at build
//! time for the library modules written in Python and read back at import, so
//! they are not lexed, parsed and compiled at every start (CPython's frozen
//! modules and `.pyc` files, `Python/marshal.c`; the format is our own).
//!
//! A blob is a header, then the payload:
//!
//! | field | meaning |
//! | --- | --- |
//! | `COILCODE` | magic |
//! | u32 | `FORMAT_VERSION` |
//! | u64 | fingerprint of the codec (`FORMAT_VERSION` and the instruction set's source) |
//! | u64, u64 | length and hash of the source the code was compiled from |
//! | u64 | hash of the payload |
//!
//! The payload is the module's code object. Numbers are LEB128 varints
//! (signed ones zigzagged); a string is written once and later occurrences of
//! the same `Rc` refer back to it by index (marshal's `FLAG_REF`), and whether
//! it was interned is kept, so identity and interning are as the compiler left
//! them. The file name is not stored: [`load`] gives every code object the one
//! it is told, as the compiler would (it depends on where the binary runs).
//!
//! [`load`] returns `None` for anything it does not accept (another version or
//! codec, a different source, a payload whose hash does not match, a truncated
//! or malformed payload): the caller then compiles the source. It never panics.

use super::code::{CodeFlags, CodeObject, Position};
use super::instr::Instr;
use crate::object::{Str, Value};
use num_bigint::{BigInt, Sign};
use std::collections::HashMap;
use std::rc::Rc;

const MAGIC: &[u8; 8] = b"COILCODE";

/// Bumped whenever the layout of the payload changes.
pub const FORMAT_VERSION: u32 = 1;

/// Header: magic, version, fingerprint, source length, source hash, payload hash.
const HEADER_LEN: usize = 8 + 4 + 8 * 4;

/// How deep code objects and tuples may nest in a payload (the compiler's own
/// nesting limits are far below this).
const MAX_DEPTH: u32 = 200;

/// Hash of the format: its version and the instruction set's source, whose
/// derived encoding (`Instr`'s variant order and operand types) the payload
/// uses, so a blob written by another instruction set is refused rather than
/// misread.
pub fn fingerprint() -> u64 {
    hash_bytes(include_str!("instr.rs").as_bytes()) ^ FORMAT_VERSION as u64
}

/// A fast, non-cryptographic hash of `data`, eight bytes a step (only ever
/// compared with what the same function wrote at build time).
pub fn hash_bytes(data: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = 0xCBF2_9CE4_8422_2325u64 ^ data.len() as u64;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(K).rotate_left(29);
    }
    h ^ (h >> 32)
}

/// Serializes `code` (compiled from `source`).
pub fn dump(code: &CodeObject, source: &str) -> Result<Vec<u8>, String> {
    let mut w = Writer::default();
    w.code(code)?;
    let payload = w.out;
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&fingerprint().to_le_bytes());
    out.extend_from_slice(&(source.len() as u64).to_le_bytes());
    out.extend_from_slice(&hash_bytes(source.as_bytes()).to_le_bytes());
    out.extend_from_slice(&hash_bytes(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    Ok(out)
}

/// Reads back a blob written by [`dump`] for exactly `source`, naming every
/// code object `filename`; `None` if the blob is not valid for it.
pub fn load(blob: &[u8], source: &str, filename: &str) -> Option<Rc<CodeObject>> {
    let header = blob.get(..HEADER_LEN)?;
    let u64_at = |at: usize| -> Option<u64> {
        let b: [u8; 8] = header.get(at..at + 8)?.try_into().ok()?;
        Some(u64::from_le_bytes(b))
    };
    let version: [u8; 4] = header.get(8..12)?.try_into().ok()?;
    if &header[..8] != MAGIC
        || u32::from_le_bytes(version) != FORMAT_VERSION
        || u64_at(12)? != fingerprint()
        || u64_at(20)? != source.len() as u64
        || u64_at(28)? != hash_bytes(source.as_bytes())
    {
        return None;
    }
    let payload = &blob[HEADER_LEN..];
    if u64_at(36)? != hash_bytes(payload) {
        return None;
    }
    let mut r = Reader {
        data: payload,
        pos: 0,
        strs: Vec::new(),
        filename: Rc::new(Str::new(filename)),
        depth: 0,
    };
    let code = r.code()?;
    (r.pos == payload.len()).then_some(code)
}

/// What a serialized constant is: its first byte (`Tag::X as u8`).
#[derive(Clone, Copy)]
enum Tag {
    None,
    True,
    False,
    Int,
    Float,
    BigInt,
    Complex,
    Str,
    Bytes,
    Tuple,
    Ellipsis,
    Code,
}

impl Tag {
    /// The tags in byte order, for reading one back.
    const BY_BYTE: [Tag; 12] = {
        use Tag::*;
        [
            None, True, False, Int, Float, BigInt, Complex, Str, Bytes, Tuple, Ellipsis, Code,
        ]
    };

    fn from_byte(b: u8) -> Option<Tag> {
        Tag::BY_BYTE.get(b as usize).copied()
    }
}

// `BY_BYTE` must list every tag at the index of its byte.
const _: () = {
    let mut i = 0;
    while i < Tag::BY_BYTE.len() {
        assert!(Tag::BY_BYTE[i] as usize == i, "Tag::BY_BYTE out of order");
        i += 1;
    }
};

/// String kinds.
const S_REF: u8 = 0;
const S_INTERNED: u8 = 1;
const S_PLAIN: u8 = 2;

/// The output buffer of [`dump`], with the strings already written.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
    strs: HashMap<*const Str, u64>,
}

impl Writer {
    fn tag(&mut self, t: Tag) {
        self.byte(t as u8);
    }

    /// An instruction in its derived encoding.
    fn instr(&mut self, i: &Instr) -> Result<(), String> {
        let out = std::mem::take(&mut self.out);
        self.out = postcard::to_extend(i, out).map_err(|e| e.to_string())?;
        Ok(())
    }

    pub fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    pub fn varint(&mut self, mut v: u64) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(low);
                return;
            }
            self.out.push(low | 0x80);
        }
    }

    fn signed(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }

    fn raw(&mut self, data: &[u8]) {
        self.varint(data.len() as u64);
        self.out.extend_from_slice(data);
    }

    fn str(&mut self, s: &Rc<Str>) {
        let key = Rc::as_ptr(s);
        if let Some(&i) = self.strs.get(&key) {
            self.byte(S_REF);
            self.varint(i);
            return;
        }
        let interned = Rc::ptr_eq(s, &Str::intern(s.as_str()));
        self.byte(if interned { S_INTERNED } else { S_PLAIN });
        self.raw(s.as_str().as_bytes());
        let i = self.strs.len() as u64;
        self.strs.insert(key, i);
    }

    fn strs(&mut self, v: &[Rc<Str>]) {
        self.varint(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }

    fn value(&mut self, v: &Value) -> Result<(), String> {
        match v {
            Value::None => self.tag(Tag::None),
            Value::Bool(true) => self.tag(Tag::True),
            Value::Bool(false) => self.tag(Tag::False),
            Value::Ellipsis => self.tag(Tag::Ellipsis),
            Value::Int(i) => {
                self.tag(Tag::Int);
                self.signed(*i);
            }
            Value::Float(f) => {
                self.tag(Tag::Float);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Value::BigInt(b) => {
                self.tag(Tag::BigInt);
                let (sign, mag) = b.to_bytes_le();
                self.byte(matches!(sign, Sign::Minus) as u8);
                self.raw(&mag);
            }
            Value::Complex(c) => {
                self.tag(Tag::Complex);
                self.out.extend_from_slice(&c.re.to_bits().to_le_bytes());
                self.out.extend_from_slice(&c.im.to_bits().to_le_bytes());
            }
            Value::Str(s) => {
                self.tag(Tag::Str);
                self.str(s);
            }
            Value::Bytes(b) => {
                self.tag(Tag::Bytes);
                self.raw(b.as_bytes());
            }
            Value::Tuple(t) => {
                self.tag(Tag::Tuple);
                self.varint(t.items.len() as u64);
                for item in t.items.iter() {
                    self.value(item)?;
                }
            }
            Value::Code(c) => {
                self.tag(Tag::Code);
                self.code(c)?;
            }
            other => return Err(format!("a {} constant", other.type_name())),
        }
        Ok(())
    }

    fn code(&mut self, c: &CodeObject) -> Result<(), String> {
        self.str(&c.name);
        self.str(&c.qualname);
        self.varint(c.first_line as u64);
        self.varint(c.instrs.len() as u64);
        for i in &c.instrs {
            self.instr(i)?;
        }
        if c.positions.len() != c.instrs.len() {
            return Err(format!(
                "{}: one position per instruction",
                c.qualname.as_str()
            ));
        }
        let mut prev = c.first_line as i64;
        for p in &c.positions {
            self.signed(p.line as i64 - prev);
            self.signed(p.end_line as i64 - p.line as i64);
            self.varint(p.col as u64);
            self.varint(p.end_col as u64);
            prev = p.line as i64;
        }
        self.varint(c.consts.len() as u64);
        for v in &c.consts {
            self.value(v)?;
        }
        self.strs(&c.names);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.varint(c.cell2arg.len() as u64);
        for a in &c.cell2arg {
            self.varint(a.map_or(0, |a| a as u64 + 1));
        }
        self.varint(c.argcount as u64);
        self.varint(c.posonlyargcount as u64);
        self.varint(c.kwonlyargcount as u64);
        let f = &c.flags;
        let flags = [
            f.varargs,
            f.varkeywords,
            f.generator,
            f.coroutine,
            f.async_generator,
            f.has_namespace,
        ];
        self.byte(flags.iter().rev().fold(0, |acc, &b| (acc << 1) | b as u8));
        self.varint(c.stacksize as u64);
        match &c.docstring {
            Some(d) => {
                self.byte(1);
                self.str(d);
            }
            None => self.byte(0),
        }
        Ok(())
    }
}

/// The cursor of [`load`]: every read is bounds-checked and gives `None` past
/// the end or on a malformed item.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    strs: Vec<Rc<Str>>,
    filename: Rc<Str>,
    depth: u32,
}

impl Reader<'_> {
    /// An instruction in its derived encoding; `None` for an unknown variant
    /// or an operand out of its type's range.
    fn instr(&mut self) -> Option<Instr> {
        let rest = self.data.get(self.pos..)?;
        let (i, after) = postcard::take_from_bytes::<Instr>(rest).ok()?;
        self.pos = self.data.len() - after.len();
        Some(i)
    }

    pub fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    pub fn varint(&mut self) -> Option<u64> {
        // Most numbers (indices, columns, line deltas) fit in one byte.
        if let Some(&b) = self.data.get(self.pos) {
            if b < 0x80 {
                self.pos += 1;
                return Some(b as u64);
            }
        }
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift == 63 && b > 1 {
                return None;
            }
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
            shift += 7;
            if shift > 63 {
                return None;
            }
        }
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.varint()?).ok()
    }

    fn signed(&mut self) -> Option<i64> {
        let v = self.varint()?;
        Some((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// A count of items each at least one byte long: never more than remain,
    /// so a corrupt count cannot make a huge allocation.
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.data.len() - self.pos).then_some(n)
    }

    fn raw(&mut self) -> Option<&[u8]> {
        let n = self.count()?;
        let s = self.data.get(self.pos..self.pos + n)?;
        self.pos += n;
        Some(s)
    }

    fn bits(&mut self) -> Option<u64> {
        let b: [u8; 8] = self.data.get(self.pos..self.pos + 8)?.try_into().ok()?;
        self.pos += 8;
        Some(u64::from_le_bytes(b))
    }

    fn str(&mut self) -> Option<Rc<Str>> {
        let kind = self.byte()?;
        if kind == S_REF {
            let i = usize::try_from(self.varint()?).ok()?;
            return self.strs.get(i).cloned();
        }
        let text = std::str::from_utf8(self.raw()?).ok()?;
        let s = match kind {
            S_INTERNED => Str::intern(text),
            S_PLAIN => Rc::new(Str::new(text)),
            _ => return None,
        };
        self.strs.push(s.clone());
        Some(s)
    }

    fn strs(&mut self) -> Option<Vec<Rc<Str>>> {
        let n = self.count()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.str()?);
        }
        Some(v)
    }

    /// `n` values (the count already read and checked).
    fn values(&mut self, n: usize) -> Option<Vec<Value>> {
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.value()?);
        }
        Some(v)
    }

    fn value(&mut self) -> Option<Value> {
        Some(match Tag::from_byte(self.byte()?)? {
            Tag::None => Value::None,
            Tag::True => Value::Bool(true),
            Tag::False => Value::Bool(false),
            Tag::Ellipsis => Value::Ellipsis,
            Tag::Int => Value::Int(self.signed()?),
            Tag::Float => Value::Float(f64::from_bits(self.bits()?)),
            Tag::BigInt => {
                let sign = match self.byte()? {
                    0 => Sign::Plus,
                    1 => Sign::Minus,
                    _ => return None,
                };
                Value::from_bigint(BigInt::from_bytes_le(sign, self.raw()?))
            }
            Tag::Complex => {
                let re = f64::from_bits(self.bits()?);
                Value::complex(re, f64::from_bits(self.bits()?))
            }
            Tag::Str => Value::Str(self.str()?),
            Tag::Bytes => Value::bytes(self.raw()?.to_vec()),
            Tag::Tuple => {
                let n = self.count()?;
                self.nested(|r| r.values(n)).map(Value::tuple)?
            }
            Tag::Code => Value::Code(self.nested(|r| r.code())?),
        })
    }

    /// Runs `f` one nesting level deeper, refusing past `MAX_DEPTH`.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn code(&mut self) -> Option<Rc<CodeObject>> {
        let name = self.str()?;
        let qualname = self.str()?;
        let first_line = self.u32()?;
        let n = self.count()?;
        let mut instrs = Vec::with_capacity(n);
        for _ in 0..n {
            instrs.push(self.instr()?);
        }
        let mut positions = Vec::with_capacity(n);
        let mut prev = first_line as i64;
        for _ in 0..n {
            let line = prev.checked_add(self.signed()?)?;
            let end_line = line.checked_add(self.signed()?)?;
            positions.push(Position {
                line: u32::try_from(line).ok()?,
                end_line: u32::try_from(end_line).ok()?,
                col: self.u32()?,
                end_col: self.u32()?,
            });
            prev = line;
        }
        let nconsts = self.count()?;
        let consts = self.values(nconsts)?;
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let ncells = self.count()?;
        if ncells != cellvars.len() {
            return None;
        }
        let mut cell2arg = Vec::with_capacity(ncells);
        for _ in 0..ncells {
            cell2arg.push(self.u32()?.checked_sub(1));
        }
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let bits = self.byte()?;
        let flag = |i: u32| (bits >> i) & 1 == 1;
        let flags = CodeFlags {
            varargs: flag(0),
            varkeywords: flag(1),
            generator: flag(2),
            coroutine: flag(3),
            async_generator: flag(4),
            has_namespace: flag(5),
        };
        let stacksize = self.u32()?;
        let docstring = match self.byte()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return None,
        };
        Some(Rc::new(CodeObject {
            name,
            qualname,
            filename: self.filename.clone(),
            first_line,
            instrs,
            positions,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            stacksize,
            docstring,
        }))
    }
}
