//! `open()`: checks the mode and the text arguments, then stacks a `FileIO`, a
//! buffered object and (for text) a `TextIOWrapper`, as CPython 3.11
//! `Modules/_io/_iomodule.c` `_io_open_impl` does, with its error messages.

use super::buffered::{self, Kind, RawRef};
use super::raw::{self, open_raw, Flags};
use super::{new_native, text};
use crate::builtins::args::clinic;
use coil_interp::object::Args;
use coil_interp::{RunResult, Value, Vm};

/// Parses a mode string: the flags, and whether it is binary.
pub fn parse_mode(vm: &Vm, mode: &str) -> RunResult<(Flags, bool)> {
    let mut f = Flags::default();
    let (mut text, mut binary) = (false, false);
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!(
                "invalid mode: {}",
                coil_interp::object::str::str_repr(mode)
            )));
        }
        seen.push(c);
        match c {
            'r' => f.reading = true,
            'w' => f.writing = true,
            'a' => f.appending = true,
            'x' => f.creating = true,
            '+' => f.updating = true,
            'b' => binary = true,
            _ => text = true,
        }
    }
    if text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = [f.reading, f.writing, f.appending, f.creating]
        .iter()
        .filter(|b| **b)
        .count();
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if n == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok((f, binary))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "open",
        &args,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
        8,
    )?;
    let target = a[0].clone().unwrap_or(Value::None);
    let target = match &target {
        Value::Str(_) | Value::Int(_) | Value::Bytes(_) => target,
        Value::Bool(b) => Value::Int(*b as i64),
        other => {
            // An `os.PathLike` gives its path through `__fspath__`.
            match vm.call_method(other, "__fspath__", &[]) {
                Ok(p @ (Value::Str(_) | Value::Bytes(_))) => p,
                _ => {
                    return Err(vm.type_error(format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        vm.type_name(other).as_str()
                    )))
                }
            }
        }
    };
    let mode_value = a[1].clone().unwrap_or_else(|| Value::str("r"));
    let mode = match &mode_value {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(other).as_str()
            )))
        }
    };
    let buffering = match &a[2] {
        None | Some(Value::None) => -1,
        Some(v) => crate::builtins::args::to_i64(vm, v)?,
    };
    let (flags, binary) = parse_mode(vm, &mode)?;
    let given = |i: usize| a[i].as_ref().is_some_and(|v| !v.is_none());
    if binary {
        if given(3) {
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        if given(4) {
            return Err(vm.value_error("binary mode doesn't take an errors argument"));
        }
        if given(5) {
            return Err(vm.value_error("binary mode doesn't take a newline argument"));
        }
    }
    if !binary && buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    if given(7) {
        return Err(vm.not_implemented_error("open(): Coil does not support 'opener'"));
    }
    let cfg = if binary {
        None
    } else {
        Some(text::config(
            vm,
            a[3].as_ref(),
            a[4].as_ref(),
            a[5].as_ref(),
        )?)
    };
    let closefd = match &a[6] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if !closefd && !matches!(target, Value::Int(_)) {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let raw = open_raw(vm, &target, flags, closefd)?;
    let tty = raw.isatty();
    if binary && buffering == 0 {
        return Ok(new_native(raw::class(vm), raw));
    }
    let kind = if flags.updating {
        Kind::Random
    } else if flags.reading {
        Kind::Reader
    } else {
        Kind::Writer
    };
    let raw_value = new_native(raw::class(vm), raw);
    let Value::Native(raw_native) = raw_value else {
        return Err(vm.runtime_error("open(): raw file is not native"));
    };
    let buffer = buffered::wrap(vm, RawRef::File(raw_native), kind);
    let Some(mut cfg) = cfg else {
        return Ok(buffer);
    };
    cfg.line_buffering = buffering == 1 || (buffering < 0 && tty);
    cfg.mode = Some(mode_value);
    Ok(text::wrap(vm, buffer, cfg))
}
