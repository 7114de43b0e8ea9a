//! Value: every Coil value in 16 bytes. `None`, bools, small ints and floats are
//! inline, so arithmetic never touches a reference count; everything else is one
//! thin `Rc` to a sized object struct (an `Rc<str>` or `Rc<dyn …>` would be two words
//! and make `Value` 24 bytes — pinned by the size test below).

use super::*;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

// A word-sized tag puts every payload at offset 8, so LLVM moves a `Value` as
// two 8-byte words. With a byte tag (and `Bool` at offset 1) it copies bytes
// 1..16 as overlapping 8-byte pieces, which defeats the CPU's store-to-load
// forwarding on every push/pop of the VM's value stack (measured: fib(30) spent
// a third of its time stalled on those copies).
#[derive(Clone)]
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Only for ints outside i64; always normalised back to `Int` when they fit.
    BigInt(Rc<BigInt>),
    /// `complex`: two doubles do not fit inline (`object/complex.rs`).
    Complex(Rc<super::complex::Complex>),
    Str(Rc<Str>),
    Bytes(Rc<Bytes>),
    Tuple(Rc<Tuple>),
    List(Rc<List>),
    Dict(Rc<Dict>),
    /// `set` and `frozenset` (the struct says which).
    Set(Rc<Set>),
    Function(Rc<Function>),
    /// A function written in Rust, possibly bound to a receiver.
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Code(Rc<crate::bytecode::CodeObject>),
    Cell(Rc<Cell>),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    /// Generators, coroutines and async generators.
    Generator(Rc<Generator>),
    /// Every other object implemented in Rust (iterators, properties, futures, …).
    Native(Rc<Native>),
    Ellipsis,
    NotImplemented,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(Str::new(s)))
    }

    /// `str(i)` of an int (`Str::from_i64`).
    pub fn int_str(i: i64) -> Value {
        Value::Str(Rc::new(Str::from_i64(i)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(Str::from_string(s)))
    }

    pub fn interned(s: &str) -> Value {
        Value::Str(Str::intern(s))
    }

    pub fn bytes(data: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(Bytes::new(data)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple::new(items)))
    }

    /// A new complex object.
    pub fn complex(re: f64, im: f64) -> Value {
        Value::Complex(Rc::new(super::complex::Complex::new(re, im)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(crate::gc::new(List::new(items)))
    }

    /// An int from a big integer, inline when it fits in i64.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// `x is y`.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr_id(), other.ptr_id()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, for `is` and `id()`.
    pub fn ptr_id(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as usize,
            Complex(r) => Rc::as_ptr(r) as usize,
            Str(r) => Rc::as_ptr(r) as usize,
            Bytes(r) => Rc::as_ptr(r) as usize,
            Tuple(r) => Rc::as_ptr(r) as usize,
            List(r) => Rc::as_ptr(r) as usize,
            Dict(r) => Rc::as_ptr(r) as usize,
            Set(r) => Rc::as_ptr(r) as usize,
            Function(r) => Rc::as_ptr(r) as usize,
            Builtin(r) => Rc::as_ptr(r) as usize,
            BoundMethod(r) => Rc::as_ptr(r) as usize,
            Class(r) => Rc::as_ptr(r) as usize,
            Instance(r) => Rc::as_ptr(r) as usize,
            Module(r) => Rc::as_ptr(r) as usize,
            Code(r) => Rc::as_ptr(r) as usize,
            Cell(r) => Rc::as_ptr(r) as usize,
            Range(r) => Rc::as_ptr(r) as usize,
            Slice(r) => Rc::as_ptr(r) as usize,
            Generator(r) => Rc::as_ptr(r) as usize,
            Native(r) => Rc::as_ptr(r) as usize,
            _ => return Option::None,
        })
    }

    /// A repr that needs no VM, for the disassembler and debugging.
    pub fn debug_repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => super::float::float_repr(*f),
            Value::Complex(c) => super::complex::complex_repr(**c),
            Value::Str(s) => super::str::str_repr(s.as_str()),
            Value::Bytes(b) => super::bytes::bytes_repr(b.as_bytes()),
            Value::Tuple(t) => {
                let parts: Vec<String> = t.items.iter().map(|v| v.debug_repr()).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::Code(c) => format!("<code object {}>", c.name.as_str()),
            Value::Ellipsis => "Ellipsis".into(),
            other => format!("<{}>", other.type_name()),
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.debug_repr())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::string(s)
    }
}

impl Value {
    /// The type's `__name__` (`int`, `list`, or the instance's class name).
    pub fn type_name(&self) -> String {
        use Value::*;
        match self {
            None => "NoneType".into(),
            Bool(_) => "bool".into(),
            Int(_) | BigInt(_) => "int".into(),
            Float(_) => "float".into(),
            Complex(_) => "complex".into(),
            Str(_) => "str".into(),
            Bytes(_) => "bytes".into(),
            Tuple(_) => "tuple".into(),
            List(_) => "list".into(),
            Dict(_) => "dict".into(),
            Set(s) => if s.frozen { "frozenset" } else { "set" }.into(),
            Function(_) => "function".into(),
            Builtin(_) => "builtin_function_or_method".into(),
            BoundMethod(_) => "method".into(),
            Class(_) => "type".into(),
            Instance(i) => i.class().name.as_str().to_string(),
            Module(_) => "module".into(),
            Code(_) => "code".into(),
            Cell(_) => "cell".into(),
            Range(_) => "range".into(),
            Slice(_) => "slice".into(),
            Generator(g) => match g.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            }
            .into(),
            Native(n) => n.class.name.as_str().to_string(),
            Ellipsis => "ellipsis".into(),
            NotImplemented => "NotImplementedType".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }
}
