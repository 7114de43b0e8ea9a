//! The `hashlib` module (CPython 3.11 `Lib/hashlib.py` over `_hashlib` and
//! `_blake2`): the guaranteed algorithms, each a hash object with `update`,
//! `digest`, `hexdigest`, `copy`, `name`, `digest_size` and `block_size`. The
//! digests are the RustCrypto crates'; `blake2b`/`blake2s` take `digest_size`
//! (keys, salts and personalisation are refused with a clear error). `shake_*`,
//! `pbkdf2_hmac`, `scrypt` and `file_digest` are not provided yet.

use super::new_module;
use crate::builtins::args::{class_with_getters, func};
use coil_interp::object::{Args, Class, Module, Native, NativeFn, Set};
use coil_interp::{RunResult, Value, Vm};
use sha2::Digest;
use std::cell::RefCell;
use std::rc::Rc;

/// A running hash of one algorithm.
#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Blake2b(blake2::Blake2bVar, usize),
    Blake2s(blake2::Blake2sVar, usize),
}

impl Hasher {
    /// The hasher for a name as `hashlib.new` accepts it (any case).
    fn by_name(name: &str) -> Option<Hasher> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => Hasher::Md5(md5::Md5::new()),
            "sha1" => Hasher::Sha1(sha1::Sha1::new()),
            "sha224" => Hasher::Sha224(sha2::Sha224::new()),
            "sha256" => Hasher::Sha256(sha2::Sha256::new()),
            "sha384" => Hasher::Sha384(sha2::Sha384::new()),
            "sha512" => Hasher::Sha512(sha2::Sha512::new()),
            "sha3_224" => Hasher::Sha3_224(sha3::Sha3_224::new()),
            "sha3_256" => Hasher::Sha3_256(sha3::Sha3_256::new()),
            "sha3_384" => Hasher::Sha3_384(sha3::Sha3_384::new()),
            "sha3_512" => Hasher::Sha3_512(sha3::Sha3_512::new()),
            "blake2b" => blake2b(64)?,
            "blake2s" => blake2s(32)?,
            _ => return None,
        })
    }

    fn name(&self) -> &'static str {
        match self {
            Hasher::Md5(_) => "md5",
            Hasher::Sha1(_) => "sha1",
            Hasher::Sha224(_) => "sha224",
            Hasher::Sha256(_) => "sha256",
            Hasher::Sha384(_) => "sha384",
            Hasher::Sha512(_) => "sha512",
            Hasher::Sha3_224(_) => "sha3_224",
            Hasher::Sha3_256(_) => "sha3_256",
            Hasher::Sha3_384(_) => "sha3_384",
            Hasher::Sha3_512(_) => "sha3_512",
            Hasher::Blake2b(..) => "blake2b",
            Hasher::Blake2s(..) => "blake2s",
        }
    }

    fn sizes(&self) -> (usize, usize) {
        match self {
            Hasher::Md5(_) => (16, 64),
            Hasher::Sha1(_) => (20, 64),
            Hasher::Sha224(_) => (28, 64),
            Hasher::Sha256(_) => (32, 64),
            Hasher::Sha384(_) => (48, 128),
            Hasher::Sha512(_) => (64, 128),
            Hasher::Sha3_224(_) => (28, 144),
            Hasher::Sha3_256(_) => (32, 136),
            Hasher::Sha3_384(_) => (48, 104),
            Hasher::Sha3_512(_) => (64, 72),
            Hasher::Blake2b(_, n) => (*n, 128),
            Hasher::Blake2s(_, n) => (*n, 64),
        }
    }

    fn update(&mut self, data: &[u8]) {
        use blake2::digest::Update;
        match self {
            Hasher::Md5(h) => Digest::update(h, data),
            Hasher::Sha1(h) => Digest::update(h, data),
            Hasher::Sha224(h) => Digest::update(h, data),
            Hasher::Sha256(h) => Digest::update(h, data),
            Hasher::Sha384(h) => Digest::update(h, data),
            Hasher::Sha512(h) => Digest::update(h, data),
            Hasher::Sha3_224(h) => Digest::update(h, data),
            Hasher::Sha3_256(h) => Digest::update(h, data),
            Hasher::Sha3_384(h) => Digest::update(h, data),
            Hasher::Sha3_512(h) => Digest::update(h, data),
            Hasher::Blake2b(h, _) => h.update(data),
            Hasher::Blake2s(h, _) => h.update(data),
        }
    }

    /// The digest of what was fed so far (the running state is kept).
    fn digest(&self) -> Vec<u8> {
        use blake2::digest::VariableOutput;
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
            Hasher::Sha3_224(h) => h.finalize().to_vec(),
            Hasher::Sha3_256(h) => h.finalize().to_vec(),
            Hasher::Sha3_384(h) => h.finalize().to_vec(),
            Hasher::Sha3_512(h) => h.finalize().to_vec(),
            Hasher::Blake2b(h, n) => {
                let mut out = vec![0; n];
                let _ = h.finalize_variable(&mut out);
                out
            }
            Hasher::Blake2s(h, n) => {
                let mut out = vec![0; n];
                let _ = h.finalize_variable(&mut out);
                out
            }
        }
    }
}

fn blake2b(n: usize) -> Option<Hasher> {
    use blake2::digest::VariableOutput;
    blake2::Blake2bVar::new(n)
        .ok()
        .map(|h| Hasher::Blake2b(h, n))
}

fn blake2s(n: usize) -> Option<Hasher> {
    use blake2::digest::VariableOutput;
    blake2::Blake2sVar::new(n)
        .ok()
        .map(|h| Hasher::Blake2s(h, n))
}

/// A hash object's payload.
struct HashObj {
    state: RefCell<Hasher>,
}

const GUARANTEED: &[&str] = &[
    "blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224", "sha3_256",
    "sha3_384", "sha3_512", "sha512",
];

const HASH_METHODS: &[(&str, NativeFn)] = &[
    ("update", update),
    ("digest", |vm, r, a| {
        no_args(vm, "digest", &a)?;
        with(vm, r, |_, h| Ok(Value::bytes(h.digest())))
    }),
    ("hexdigest", |vm, r, a| {
        no_args(vm, "hexdigest", &a)?;
        with(vm, r, |_, h| {
            let hex: String = h.digest().iter().map(|b| format!("{b:02x}")).collect();
            Ok(Value::string(hex))
        })
    }),
    ("copy", |vm, r, a| {
        no_args(vm, "copy", &a)?;
        let h = with(vm, r, |_, h| Ok(h.clone()))?;
        Ok(make(vm, h))
    }),
    ("__repr__", |vm, r, _| {
        let addr = match r {
            Value::Native(n) => Rc::as_ptr(n) as *const u8 as usize,
            _ => 0,
        };
        let (name, blake) = with(vm, r, |_, h| Ok((h.name(), h.name().starts_with("blake"))))?;
        Ok(Value::string(if blake {
            format!("<_blake2.{name} object at 0x{addr:x}>")
        } else {
            format!("<{name} _hashlib.HASH object @ 0x{addr:x}>")
        }))
    }),
];

fn hash_class(vm: &Vm, blake: Option<&'static str>) -> Rc<Class> {
    let (key, module) = match blake {
        Some("blake2b") => ("_blake2.blake2b", "_blake2"),
        Some(_) => ("_blake2.blake2s", "_blake2"),
        None => ("_hashlib.HASH", "_hashlib"),
    };
    let getters: &[(&str, NativeFn)] = &[
        ("name", |vm, _, a| attr(vm, &a, |h| Value::str(h.name()))),
        ("digest_size", |vm, _, a| {
            attr(vm, &a, |h| Value::Int(h.sizes().0 as i64))
        }),
        ("block_size", |vm, _, a| {
            attr(vm, &a, |h| Value::Int(h.sizes().1 as i64))
        }),
    ];
    class_with_getters(vm, key, module, HASH_METHODS, getters)
}

fn attr(vm: &mut Vm, a: &Args, f: impl FnOnce(&Hasher) -> Value) -> RunResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    with(vm, &obj, |_, h| Ok(f(h)))
}

fn make(vm: &Vm, h: Hasher) -> Value {
    let blake = h.name().starts_with("blake").then_some(h.name());
    Value::Native(Rc::new(Native {
        class: hash_class(vm, blake),
        data: Box::new(HashObj {
            state: RefCell::new(h),
        }),
    }))
}

fn with<R>(
    vm: &mut Vm,
    recv: &Value,
    f: impl FnOnce(&mut Vm, &Hasher) -> RunResult<R>,
) -> RunResult<R> {
    let n = super::native_self::<HashObj>(vm, recv, "_hashlib.HASH")?;
    let Some(obj) = n.get::<HashObj>() else {
        return Err(vm.type_error("not a hash object"));
    };
    let h = obj.state.borrow().clone();
    f(vm, &h)
}

fn no_args(vm: &Vm, name: &str, a: &Args) -> RunResult<()> {
    if a.pos.is_empty() && a.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "HASH.{name}() takes no arguments ({} given)",
            a.pos.len() + a.kw.len()
        )))
    }
}

/// The bytes of data to hash: a str is refused as CPython refuses it.
fn data_arg(vm: &Vm, v: &Value) -> RunResult<Vec<u8>> {
    if matches!(v, Value::Str(_)) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    crate::types::bytes_buffer_of(v)
        .ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

fn update(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let [v] = a.pos else {
        return Err(vm.type_error(format!(
            "HASH.update() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    };
    let data = data_arg(vm, v)?;
    let Value::Native(n) = recv else {
        return Err(vm.type_error("not a hash object"));
    };
    match n.get::<HashObj>() {
        Some(obj) => {
            obj.state.borrow_mut().update(&data);
            Ok(Value::None)
        }
        None => Err(vm.type_error("not a hash object")),
    }
}

/// The data argument of a constructor: positional, or `string=`/`data=` for
/// the ones that take it; `usedforsecurity` is accepted and ignored.
fn initial_data(vm: &Vm, who: &str, a: &Args, keyword: &str) -> RunResult<Option<Value>> {
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{who}() takes at most 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let mut data = a.pos.first().cloned();
    for (k, v) in a.kw {
        match k.as_str() {
            "usedforsecurity" => {}
            k if k == keyword => data = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {who}()"
                )))
            }
        }
    }
    Ok(data)
}

fn feed(vm: &mut Vm, mut h: Hasher, data: Option<Value>) -> RunResult<Value> {
    if let Some(v) = data {
        let bytes = data_arg(vm, &v)?;
        h.update(&bytes);
    }
    Ok(make(vm, h))
}

fn constructor(vm: &mut Vm, name: &str, a: &Args) -> RunResult<Value> {
    let who = format!("openssl_{name}");
    let data = initial_data(vm, &who, a, "string")?;
    let h = Hasher::by_name(name)
        .ok_or_else(|| vm.value_error(format!("unsupported hash type {name}")))?;
    feed(vm, h, data)
}

fn blake(vm: &mut Vm, name: &str, a: &Args) -> RunResult<Value> {
    let max = if name == "blake2b" { 64 } else { 32 };
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let mut data = a.pos.first().cloned();
    let mut size = max;
    for (k, v) in a.kw {
        match k.as_str() {
            "data" => data = Some(v.clone()),
            "digest_size" => {
                let n = crate::types::args::index_i64(vm, v)?;
                if n < 1 || n > max as i64 {
                    return Err(
                        vm.value_error(format!("digest_size must be between 1 and {max} bytes"))
                    );
                }
                size = n as usize;
            }
            "usedforsecurity" => {}
            "key" | "salt" | "person" | "fanout" | "depth" | "leaf_size" | "node_offset"
            | "node_depth" | "inner_size" | "last_node" => {
                return Err(vm.not_implemented_error(format!(
                    "{name}() with {} is not supported by Coil yet",
                    k.as_str()
                )))
            }
            other => {
                return Err(vm.type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let h = if name == "blake2b" {
        blake2b(size)
    } else {
        blake2s(size)
    };
    let h = h.ok_or_else(|| vm.value_error("digest_size out of range"))?;
    feed(vm, h, data)
}

fn new_fn(vm: &mut Vm, _r: &Value, a: Args) -> RunResult<Value> {
    let mut name = a.pos.first().cloned();
    let mut data = a.pos.get(1).cloned();
    for (k, v) in a.kw {
        match k.as_str() {
            "name" => name = Some(v.clone()),
            "data" | "string" => data = Some(v.clone()),
            "usedforsecurity" => {}
            other => {
                return Err(vm.type_error(format!(
                    "new() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let name = match name {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "new() argument 'name' must be str, not {}",
                vm.type_name(&other).as_str()
            )))
        }
        None => return Err(vm.type_error("new() missing required argument 'name' (pos 1)")),
    };
    let h = Hasher::by_name(&name)
        .ok_or_else(|| vm.value_error(format!("unsupported hash type {name}")))?;
    feed(vm, h, data)
}

macro_rules! constructors {
    ($($name:literal),*) => {
        &[$(($name, |vm, _r, a| constructor(vm, $name, &a))),*]
    };
}

const CONSTRUCTORS: &[(&str, NativeFn)] = constructors!(
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
    "sha3_512"
);

pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let mut items: Vec<(&str, Value)> = CONSTRUCTORS
        .iter()
        .map(|(n, f)| (*n, func(n, *f)))
        .collect();
    items.push((
        "blake2b",
        func("blake2b", |vm, _, a| blake(vm, "blake2b", &a)),
    ));
    items.push((
        "blake2s",
        func("blake2s", |vm, _, a| blake(vm, "blake2s", &a)),
    ));
    items.push(("new", func("new", new_fn)));
    for name in ["algorithms_guaranteed", "algorithms_available"] {
        let set = Rc::new(Set::new(true));
        for n in GUARANTEED {
            vm.set_add(&set, Value::str(n))?;
        }
        items.push((name, Value::Set(set)));
    }
    Ok(new_module("hashlib", items))
}

coil_interp::native_payload!(HashObj);
