//! `sys.stdin`, `sys.stdout` and `sys.stderr`: `TextIOWrapper`s over buffered
//! objects whose raw side is the process's standard stream, made once per
//! thread (CPython 3.11 `Python/pylifecycle.c` `create_stdio`: UTF-8, errors
//! `surrogateescape` for stdin/stdout and `backslashreplace` for stderr).
//! Output goes through the VM's stdout buffer, so `print`, `sys.stdout.write`
//! and `sys.stdout.buffer.write` keep their order and are flushed at exit.

use super::buffered::{self, Buffered, Kind, RawRef};
use super::text::{self, Config, Target, TextIO};
use crate::modules::codec::{Codec, Errors};
use crate::modules::sys::Stream;
use coil_interp::{RunResult, Value, Vm};
use std::cell::RefCell;

thread_local! {
    static STREAMS: RefCell<Vec<(Stream, Value)>> = const { RefCell::new(Vec::new()) };
}

/// The one text object for a standard stream.
pub fn std_stream(vm: &mut Vm, which: Stream) -> Value {
    if let Some(v) = STREAMS.with(|s| {
        s.borrow()
            .iter()
            .find(|(w, _)| *w == which)
            .map(|(_, v)| v.clone())
    }) {
        return v;
    }
    let kind = if which == Stream::Stdin {
        Kind::Reader
    } else {
        Kind::Writer
    };
    let buffer = buffered::wrap(vm, RawRef::Std(which), kind);
    let (errors_name, errors) = match which {
        Stream::Stderr => ("backslashreplace", Errors::BackslashReplace),
        // CPython's surrogateescape; Coil cannot hold the surrogates, so
        // undecodable input is reported (strict) instead.
        _ => ("surrogateescape", Errors::Strict),
    };
    let cfg = Config {
        encoding: Some("utf-8".to_string()),
        codec: Codec::Utf8,
        errors: Some(errors_name.to_string()),
        errors_kind: errors,
        newline: None,
        // CPython: stderr is always line-buffered, stdout only on a terminal.
        line_buffering: which == Stream::Stderr
            || (which == Stream::Stdout && {
                // SAFETY: `isatty` only inspects the descriptor number.
                unsafe { libc::isatty(1) == 1 }
            }),
        write_through: false,
        mode: Some(Value::str(if which == Stream::Stdin { "r" } else { "w" })),
    };
    let v = text::wrap(vm, buffer, cfg);
    STREAMS.with(|s| s.borrow_mut().push((which, v.clone())));
    v
}

/// The standard stream `v` writes to, if it is one of these objects.
pub fn std_kind(v: &Value) -> Option<Stream> {
    let Value::Native(n) = v else { return None };
    let t = n.get::<TextIO>()?;
    let Target::Buffered(b) = &t.target else {
        return None;
    };
    match &b.get::<Buffered>()?.raw {
        RawRef::Std(s) if !t.st.borrow().detached => Some(*s),
        _ => None,
    }
}

/// One line of standard input (with its newline; "" at end of input), read
/// through `sys.stdin`'s buffer so `input()` and `sys.stdin` share it.
/// With other Python threads, the descriptor `input()`'s read of a line
/// from `sys.stdin` would wait on (it then parks; `vm/green_io.rs`).
pub fn stdin_would_wait(vm: &mut Vm) -> Option<i32> {
    if !vm.green_must_yield() {
        return None;
    }
    let v = std_stream(vm, Stream::Stdin);
    let t = text::this(vm, &v).ok()?;
    text::line_would_wait(t)
}

pub fn stdin_readline(vm: &mut Vm) -> RunResult<String> {
    let v = std_stream(vm, Stream::Stdin);
    let t = text::this(vm, &v)?;
    super::text_read::readline(vm, t, None)
}
