//! The `_io` module: files and in-memory streams, in three layers as CPython
//! 3.11's `Modules/_io/` builds them: `FileIO` (raw, `raw.rs`), the buffered
//! reader/writer/random (`buffered.rs`) and `TextIOWrapper` (`text.rs`, the
//! decoding and newline logic in `text_read.rs`) and the standard streams
//! (`std_streams.rs`); `StringIO`/`BytesIO` are Python (`stdlib/lib/io.py`). `open()` follows
//! `Modules/_io/_iomodule.c` (`_io_open_impl`). The abstract classes
//! (`io.IOBase`, …) are Python, in `stdlib/lib/io.py`.

pub mod buffered;
pub mod open;
pub mod raw;
pub mod std_streams;
pub mod text;
pub mod text_read;

use super::new_module;
use crate::builtins::args::func;
use coil_interp::object::{Args, Class, Module, Native, Str};
use coil_interp::{Exc, RunResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// CPython's `DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

thread_local! {
    static UNSUPPORTED: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

/// `io.UnsupportedOperation`, a subclass of both OSError and ValueError,
/// made once (by calling `type`, since it has two bases).
pub fn unsupported_class(vm: &mut Vm) -> RunResult<Rc<Class>> {
    if let Some(c) = UNSUPPORTED.with(|u| u.borrow().clone()) {
        return Ok(c);
    }
    let ns = Rc::new(coil_interp::object::Dict::new());
    ns.set_str("__module__", Value::str("io"));
    let bases = Value::tuple(vec![
        Value::Class(vm.types.exc.os_error.clone()),
        Value::Class(vm.types.exc.value_error.clone()),
    ]);
    let type_ = Value::Class(vm.types.type_.clone());
    let made = vm.call(
        &type_,
        &[Value::str("UnsupportedOperation"), bases, Value::Dict(ns)],
        &[],
    )?;
    let Value::Class(c) = made else {
        return Err(vm.runtime_error("io.UnsupportedOperation could not be made"));
    };
    UNSUPPORTED.with(|u| *u.borrow_mut() = Some(c.clone()));
    Ok(c)
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &mut Vm, msg: &str) -> Exc {
    match unsupported_class(vm) {
        Ok(c) => vm.new_error(&c, msg),
        Err(e) => e,
    }
}

/// A constructor's own arguments: `__new__` may be handed the class first.
pub fn without_class<'a>(args: &Args<'a>) -> Args<'a> {
    match args.pos {
        [Value::Class(_), rest @ ..] => Args {
            pos: rest,
            kw: args.kw,
        },
        _ => *args,
    }
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_error(vm: &Vm) -> Exc {
    vm.value_error("I/O operation on closed file.")
}

/// The payload of `this` as `T`, or CPython's descriptor TypeError.
pub fn payload<'a, T: 'static>(vm: &Vm, this: &'a Value, what: &str) -> RunResult<&'a T> {
    let found = match this {
        Value::Native(n) => n.get::<T>(),
        _ => None,
    };
    found.ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_io.{what}' object but received a '{}'",
            vm.type_name(this).as_str()
        ))
    })
}

/// The contents of a bytes-like argument (bytes, bytearray).
pub fn bytes_arg(vm: &Vm, v: &Value) -> RunResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.as_bytes().to_vec()),
        other => crate::types::bytes_buffer_of(other).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other).as_str()
            ))
        }),
    }
}

/// A size argument (`read(n)`): `None` or negative means "all".
pub fn size_arg(vm: &mut Vm, v: Option<&Value>) -> RunResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(usize::try_from(*n).ok()),
        Some(Value::Bool(b)) => Ok(Some(*b as usize)),
        Some(other) => Err(vm.type_error(format!(
            "argument should be integer or None, not '{}'",
            vm.type_name(other).as_str()
        ))),
    }
}

/// The optional first positional argument of `read`/`readline`.
pub fn opt_size(vm: &mut Vm, name: &str, args: &Args) -> RunResult<Option<usize>> {
    let a = crate::builtins::args::clinic(vm, name, args, &["size"], 0, 1)?;
    size_arg(vm, a[0].as_ref())
}

/// A native object of class `cls` holding `data`.
pub fn new_native<T: coil_interp::object::NativeData>(cls: Rc<Class>, data: T) -> Value {
    Value::Native(Rc::new(Native {
        class: cls,
        data: Box::new(data),
    }))
}

/// The attribute `name` of `obj`, called with `args`.
pub fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> RunResult<Value> {
    let m = vm.get_attr(obj, &Str::intern(name))?;
    vm.call(&m, args, &[])
}

/// `_io._remove(path)`: deletes a file. Not in CPython; the golden programs'
/// helper uses it where the `os` module is missing.
fn remove(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let p = crate::builtins::args::one_arg(vm, "_remove", &args)?.clone();
    let path = crate::builtins::args::to_str(vm, &p, "path")?
        .as_str()
        .to_string();
    std::fs::remove_file(&path).map_err(|e| vm.os_error_from_io(&e, Some(p.clone()), None))?;
    Ok(Value::None)
}

/// The `_io` module.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let unsupported = unsupported_class(vm)?;
    let items = vec![
        ("open", func("open", open::open)),
        ("_remove", func("_remove", remove)),
        (
            "DEFAULT_BUFFER_SIZE",
            Value::Int(DEFAULT_BUFFER_SIZE as i64),
        ),
        ("UnsupportedOperation", Value::Class(unsupported)),
        ("FileIO", Value::Class(raw::class(vm))),
        ("BufferedReader", Value::Class(buffered::reader_class(vm))),
        ("BufferedWriter", Value::Class(buffered::writer_class(vm))),
        ("BufferedRandom", Value::Class(buffered::random_class(vm))),
        ("TextIOWrapper", Value::Class(text::class(vm))),
        (
            "BlockingIOError",
            Value::Class(vm.types.exc.blocking_io_error.clone()),
        ),
    ];
    Ok(new_module("_io", items))
}
