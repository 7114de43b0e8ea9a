//! `TextIOWrapper`: text over a binary buffer, as CPython 3.11
//! `Modules/_io/textio.c` (`_io_TextIOWrapper___init___impl`, `write`, `tell`,
//! `seek`'s "can't do nonzero cur-relative seeks", `reconfigure`, the repr).
//! Reading lives in `text_read.rs`. Over a native buffered file the wrapper
//! calls it directly; over anything else (a `BytesIO`, a script's object) it
//! calls the object's methods.

use super::buffered::{self, Buffered};
use super::text_read;
use super::{call_method, closed_error, new_native, opt_size, payload, unsupported, without_class};
use crate::builtins::args::{class_with_getters, clinic, one_arg};
use crate::modules::codec::{self, Codec, Errors};
use coil_interp::object::{Args, Class, Native, NativeFn, Str};
use coil_interp::{RunResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The binary stream under the text.
pub enum Target {
    Buffered(Rc<Native>),
    Other(Value),
}

impl Target {
    fn buffered(&self) -> Option<&Buffered> {
        match self {
            Target::Buffered(n) => n.get::<Buffered>(),
            Target::Other(_) => None,
        }
    }

    pub fn value(&self) -> Value {
        match self {
            Target::Buffered(n) => Value::Native(n.clone()),
            Target::Other(v) => v.clone(),
        }
    }

    pub fn read_chunk(&self, vm: &mut Vm, n: usize) -> RunResult<Vec<u8>> {
        match self.buffered() {
            Some(b) => b.read1(vm, n),
            None => {
                let v = self.value();
                let name = if vm.get_attr(&v, &Str::intern("read1")).is_ok() {
                    "read1"
                } else {
                    "read"
                };
                let got = call_method(vm, &v, name, &[Value::Int(n as i64)])?;
                super::bytes_arg(vm, &got)
            }
        }
    }

    pub fn read_all(&self, vm: &mut Vm) -> RunResult<Vec<u8>> {
        match self.buffered() {
            Some(b) => b.read(vm, None),
            None => {
                let got = call_method(vm, &self.value(), "read", &[])?;
                super::bytes_arg(vm, &got)
            }
        }
    }

    pub fn write(&self, vm: &mut Vm, data: &[u8]) -> RunResult<()> {
        match self.buffered() {
            Some(b) => b.write(vm, data),
            None => {
                call_method(vm, &self.value(), "write", &[Value::bytes(data.to_vec())]).map(drop)
            }
        }
    }

    pub fn flush(&self, vm: &mut Vm) -> RunResult<()> {
        match self.buffered() {
            Some(b) => b.flush(vm),
            None => call_method(vm, &self.value(), "flush", &[]).map(drop),
        }
    }

    pub fn tell(&self, vm: &mut Vm) -> RunResult<u64> {
        match self.buffered() {
            Some(b) => b.tell(vm),
            None => {
                let v = call_method(vm, &self.value(), "tell", &[])?;
                Ok(crate::builtins::args::to_i64(vm, &v)?.max(0) as u64)
            }
        }
    }

    pub fn seek(&self, vm: &mut Vm, off: i64, whence: i64) -> RunResult<u64> {
        match self.buffered() {
            Some(b) => b.seek(vm, off, whence),
            None => {
                let v = call_method(
                    vm,
                    &self.value(),
                    "seek",
                    &[Value::Int(off), Value::Int(whence)],
                )?;
                Ok(crate::builtins::args::to_i64(vm, &v)?.max(0) as u64)
            }
        }
    }

    pub fn closed(&self, vm: &mut Vm) -> RunResult<bool> {
        match self.buffered() {
            Some(b) => Ok(b.is_closed()),
            None => {
                let c = vm.get_attr(&self.value(), &Str::intern("closed"))?;
                vm.truthy(&c)
            }
        }
    }

    fn ask(&self, vm: &mut Vm, name: &str) -> RunResult<bool> {
        let v = call_method(vm, &self.value(), name, &[])?;
        vm.truthy(&v)
    }
}

/// What a text stream is configured to do and where it is reading.
pub struct TextState {
    /// The `encoding` as given (`'UTF-8'` by default, CPython's locale answer).
    pub encoding: String,
    pub codec: Codec,
    pub errors: Errors,
    pub errors_name: String,
    /// `None`: universal newlines, translated; `Some("")`: universal, kept;
    /// otherwise the one line ending recognised and written.
    pub newline: Option<String>,
    pub line_buffering: bool,
    pub write_through: bool,
    /// The mode `open()` was given, for `.mode` and the repr.
    pub mode: Option<Value>,
    /// Decoded, untranslated text read ahead; `dpos` is the read position in it.
    pub decoded: String,
    pub dpos: usize,
    /// The byte position of `decoded[0]` in the file.
    pub dec_start: u64,
    /// Bytes of an incomplete character at the end of the last chunk.
    pub pending: Vec<u8>,
    pub eof: bool,
    pub read_started: bool,
    pub bom_done: bool,
    pub detached: bool,
}

pub struct TextIO {
    pub target: Target,
    pub st: RefCell<TextState>,
}

/// Settings for a new wrapper.
pub struct Config {
    pub encoding: Option<String>,
    pub codec: Codec,
    pub errors: Option<String>,
    pub errors_kind: Errors,
    pub newline: Option<String>,
    pub line_buffering: bool,
    pub write_through: bool,
    pub mode: Option<Value>,
}

/// The `encoding`, `errors` and `newline` arguments, checked as CPython does.
pub fn config(
    vm: &Vm,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    newline: Option<&Value>,
) -> RunResult<Config> {
    let enc = match encoding {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "TextIOWrapper() argument 'encoding' must be str or None, not {}",
                vm.type_name(other).as_str()
            )))
        }
    };
    // `encoding="locale"` (PEP 597) is the locale's encoding, which is what an
    // absent encoding means here: UTF-8.
    let enc = enc.filter(|e| e != "locale");
    let codec = match &enc {
        None => Codec::Utf8,
        Some(e) => Codec::lookup(e).ok_or_else(|| {
            vm.new_error(&vm.types.exc.lookup_error, format!("unknown encoding: {e}"))
        })?,
    };
    let errors_name = match errors {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "TextIOWrapper() argument 'errors' must be str or None, not {}",
                vm.type_name(other).as_str()
            )))
        }
    };
    let errors_kind = codec::errors_arg(vm, errors, "errors")?;
    let newline = match newline {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => match s.as_str() {
            "" | "\n" | "\r" | "\r\n" => Some(s.as_str().to_string()),
            other => return Err(vm.value_error(format!("illegal newline value: {other}"))),
        },
        Some(other) => {
            return Err(vm.type_error(format!(
                "TextIOWrapper() argument 'newline' must be str or None, not {}",
                vm.type_name(other).as_str()
            )))
        }
    };
    Ok(Config {
        encoding: enc,
        codec,
        errors: errors_name,
        errors_kind,
        newline,
        line_buffering: false,
        write_through: false,
        mode: None,
    })
}

pub fn class(vm: &mut Vm) -> Rc<Class> {
    class_with_getters(vm, "_io.TextIOWrapper", "_io", METHODS, GETTERS)
}

/// A wrapper over `buffer` (a native buffered object, or any binary stream).
pub fn wrap(vm: &mut Vm, buffer: Value, cfg: Config) -> Value {
    let target = match &buffer {
        Value::Native(n) if n.get::<Buffered>().is_some() => Target::Buffered(n.clone()),
        other => Target::Other(other.clone()),
    };
    let st = TextState {
        encoding: cfg.encoding.unwrap_or_else(|| "UTF-8".to_string()),
        codec: cfg.codec,
        errors: cfg.errors_kind,
        errors_name: cfg.errors.unwrap_or_else(|| "strict".to_string()),
        newline: cfg.newline,
        line_buffering: cfg.line_buffering,
        write_through: cfg.write_through,
        mode: cfg.mode,
        decoded: String::new(),
        dpos: 0,
        dec_start: 0,
        pending: Vec::new(),
        eof: false,
        read_started: false,
        bom_done: false,
        detached: false,
    };
    new_native(
        class(vm),
        TextIO {
            target,
            st: RefCell::new(st),
        },
    )
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", new),
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("flush", flush),
    ("close", close),
    ("fileno", fileno),
    ("isatty", isatty),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("detach", detach),
    ("reconfigure", reconfigure),
    ("__iter__", iter),
    ("__next__", next),
    ("__enter__", iter),
    ("__exit__", exit),
    ("__repr__", repr),
];

const GETTERS: &[(&str, NativeFn)] = &[
    ("encoding", get_encoding),
    ("errors", get_errors),
    ("buffer", get_buffer),
    ("name", get_name),
    ("mode", get_mode),
    ("closed", get_closed),
    ("line_buffering", get_line_buffering),
    ("write_through", get_write_through),
    ("newlines", get_newlines),
];

pub fn this<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a TextIO> {
    payload::<TextIO>(vm, v, "TextIOWrapper")
}

/// The wrapper, checked to be attached and open.
pub fn open_this<'a>(vm: &mut Vm, v: &'a Value) -> RunResult<&'a TextIO> {
    let t = this(vm, v)?;
    if t.st.borrow().detached {
        return Err(vm.value_error("underlying buffer has been detached"));
    }
    if t.target.closed(vm)? {
        return Err(closed_error(vm));
    }
    Ok(t)
}

/// The wrapper, checked to be open with the raw file's message (no final
/// stop), for the methods CPython passes down to it.
fn raw_open<'a>(vm: &mut Vm, v: &'a Value) -> RunResult<&'a TextIO> {
    let t = this(vm, v)?;
    if !t.st.borrow().detached && t.target.closed(vm)? {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    open_this(vm, v)
}

fn can(vm: &mut Vm, t: &TextIO, name: &str) -> RunResult<bool> {
    match t.target.buffered() {
        Some(b) => Ok(if name == "readable" {
            b.readable()
        } else if name == "writable" {
            b.writable()
        } else {
            b.seekable()
        }),
        None => t.target.ask(vm, name),
    }
}

fn reading<'a>(vm: &mut Vm, v: &'a Value) -> RunResult<&'a TextIO> {
    let t = open_this(vm, v)?;
    if !can(vm, t, "readable")? {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(t)
}

/// The constructor's parameters; `reconfigure` takes all but `buffer`.
const NEW_PARAMS: [&str; 6] = [
    "buffer",
    "encoding",
    "errors",
    "newline",
    "line_buffering",
    "write_through",
];

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False)`.
fn new(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "TextIOWrapper",
        &without_class(&args),
        &NEW_PARAMS,
        1,
        6,
    )?;
    let mut cfg = config(vm, a[1].as_ref(), a[2].as_ref(), a[3].as_ref())?;
    if let Some(v) = &a[4] {
        cfg.line_buffering = vm.truthy(v)?;
    }
    if let Some(v) = &a[5] {
        cfg.write_through = vm.truthy(v)?;
    }
    let buffer = a[0].clone().unwrap_or(Value::None);
    Ok(wrap(vm, buffer, cfg))
}

/// The descriptor a line read of `t` would wait on: None when a line (or
/// the end) is already read ahead, or the descriptor has input now.
pub fn line_would_wait(t: &TextIO) -> Option<i32> {
    {
        let st = t.st.borrow();
        if st.eof || st.decoded[st.dpos..].contains('\n') {
            return None;
        }
    }
    let b = t.target.buffered()?;
    let fd = b.fileno() as i32;
    if fd < 0 || b.unread() > 0 || coil_interp::vm::green_io::fd_ready(fd, libc::POLLIN) {
        return None;
    }
    Some(fd)
}

/// With other Python threads, a read that would wait for input parks the
/// calling thread until its descriptor is readable and is then made again
/// (CPython releases the GIL in the `read` system call; `vm/green_io.rs`).
/// None: nothing read ahead is missing, or no other thread: read now.
fn park(
    vm: &mut Vm,
    v: &Value,
    t: &TextIO,
    args: &Args,
    call: NativeFn,
) -> Option<RunResult<Value>> {
    use coil_interp::vm::green_io::{fd_ready, IoWait};
    if !vm.green_must_yield() {
        return None;
    }
    let fd = line_would_wait(t)?;
    let (v, pos, kw) = (v.clone(), args.pos.to_vec(), args.kw.to_vec());
    Some(vm.green_io(IoWait::one(
        fd,
        libc::POLLIN,
        None,
        Box::new(move |vm, _| {
            fd_ready(fd, libc::POLLIN).then(|| call(vm, &v, Args { pos: &pos, kw: &kw }))
        }),
    )))
}

fn read(vm: &mut Vm, v: &Value, args: Args) -> RunResult<Value> {
    sized_read(vm, v, args, ("read", read), text_read::read)
}

fn readline(vm: &mut Vm, v: &Value, args: Args) -> RunResult<Value> {
    sized_read(vm, v, args, ("readline", readline), text_read::readline)
}

/// `read(size=-1)` and `readline(size=-1)`: the method `me` (its name, and
/// itself to be made again after parking) reads with `f`.
fn sized_read(
    vm: &mut Vm,
    v: &Value,
    args: Args,
    (name, me): (&str, NativeFn),
    f: fn(&mut Vm, &TextIO, Option<usize>) -> RunResult<String>,
) -> RunResult<Value> {
    let t = reading(vm, v)?;
    if let Some(r) = park(vm, v, t, &args, me) {
        return r;
    }
    let n = opt_size(vm, name, &args)?;
    Ok(Value::string(f(vm, t, n)?))
}

fn readlines(vm: &mut Vm, v: &Value, args: Args) -> RunResult<Value> {
    let t = reading(vm, v)?;
    let hint = opt_size(vm, "readlines", &args)?.filter(|h| *h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let l = text_read::readline(vm, t, None)?;
        if l.is_empty() {
            return Ok(Value::list(out));
        }
        total += l.chars().count();
        out.push(Value::string(l));
        if hint.is_some_and(|h| total >= h) {
            return Ok(Value::list(out));
        }
    }
}

fn next(vm: &mut Vm, v: &Value, args: Args) -> RunResult<Value> {
    let t = reading(vm, v)?;
    if let Some(r) = park(vm, v, t, &args, next) {
        return r;
    }
    let l = text_read::readline(vm, t, None)?;
    if l.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(Value::string(l))
}

fn iter(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    open_this(vm, v)?;
    Ok(v.clone())
}

/// Writes `s` (already a str) through the wrapper.
pub fn write_text(vm: &mut Vm, t: &TextIO, s: &str) -> RunResult<()> {
    // The everyday case (UTF-8 or ASCII text, no newline translation, nothing
    // read ahead, no byte-order mark due, no line buffering): the bytes of
    // `s` go straight into the buffer, with no copy.
    let fast = {
        let st = t.st.borrow();
        !st.write_through
            && !st.line_buffering
            && !matches!(st.newline.as_deref(), Some("\r\n") | Some("\r"))
            && st.decoded.is_empty()
            && st.pending.is_empty()
            && (st.bom_done || st.codec.bom().is_empty())
            && (matches!(st.codec, Codec::Utf8 | Codec::Utf8Sig)
                || (s.is_ascii() && matches!(st.codec, Codec::Latin1 | Codec::Ascii)))
    };
    if fast {
        if let Some(b) = t.target.buffered() {
            return b.write(vm, s.as_bytes());
        }
    }
    let (text, codec, errors, flush_now) = {
        let st = t.st.borrow();
        let text = match st.newline.as_deref() {
            Some("\r\n") | Some("\r") if s.contains('\n') => {
                s.replace('\n', st.newline.as_deref().unwrap_or("\n"))
            }
            _ => s.to_string(),
        };
        let flush_now =
            st.write_through || (st.line_buffering && (s.contains('\n') || s.contains('\r')));
        (text, st.codec, st.errors, flush_now)
    };
    // CPython drops the decoded read-ahead without moving back: a write
    // after a read lands after the chunk that was read (golden
    // io_files/read_write_plus).
    reset_read(t);
    let bom_done = t.st.borrow().bom_done;
    let codec = if bom_done || codec.bom().is_empty() {
        codec.without_bom()
    } else {
        let at_start = t.target.tell(vm).map_or(true, |p| p == 0);
        if at_start {
            codec
        } else {
            codec.without_bom()
        }
    };
    t.st.borrow_mut().bom_done = true;
    let data = codec::encode(vm, &text, codec, errors)?;
    t.target.write(vm, &data)?;
    if flush_now {
        t.target.flush(vm)?;
    }
    Ok(())
}

fn reset_read(t: &TextIO) {
    let mut st = t.st.borrow_mut();
    st.decoded.clear();
    st.dpos = 0;
    st.pending.clear();
    st.eof = false;
}

fn write(vm: &mut Vm, v: &Value, args: Args) -> RunResult<Value> {
    let arg = one_arg(vm, "write", &args)?;
    let Value::Str(s) = arg else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(arg).as_str()
        )));
    };
    let t = open_this(vm, v)?;
    if !can(vm, t, "writable")? {
        return Err(unsupported(vm, "not writable"));
    }
    write_text(vm, t, s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn writelines(vm: &mut Vm, v: &Value, args: Args) -> RunResult<Value> {
    let lines = one_arg(vm, "writelines", &args)?.clone();
    open_this(vm, v)?;
    let items = vm.collect(&lines)?;
    for item in items {
        write(vm, v, Args::positional(&[item]))?;
    }
    Ok(Value::None)
}

/// The byte position of the next character to be read.
fn tell_pos(vm: &mut Vm, t: &TextIO) -> RunResult<u64> {
    let (fresh, start, consumed) = {
        let st = t.st.borrow();
        let fresh = st.dpos == st.decoded.len() && st.pending.is_empty();
        (
            fresh,
            st.dec_start,
            codec::encoded_len(&st.decoded[..st.dpos], st.codec),
        )
    };
    if fresh {
        t.target.flush(vm)?;
        return t.target.tell(vm);
    }
    Ok(start + consumed as u64)
}

fn tell(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = open_this(vm, v)?;
    if !can(vm, t, "seekable")? {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    Ok(Value::Int(tell_pos(vm, t)? as i64))
}

fn seek(vm: &mut Vm, v: &Value, args: Args) -> RunResult<Value> {
    let (off, whence) = super::raw::seek_args(vm, &args)?;
    let t = open_this(vm, v)?;
    if !can(vm, t, "seekable")? {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let (off, whence) = match whence {
        1 if off != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        2 if off != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        1 => (tell_pos(vm, t)? as i64, 0),
        0 | 2 => (off, whence),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    if off < 0 {
        return Err(vm.value_error(format!("negative seek position {off}")));
    }
    t.target.flush(vm)?;
    reset_read(t);
    let pos = t.target.seek(vm, off, whence)?;
    {
        let mut st = t.st.borrow_mut();
        st.read_started = pos != 0;
        st.bom_done = pos != 0;
    }
    Ok(Value::Int(if whence == 2 { pos as i64 } else { off }))
}

fn truncate(vm: &mut Vm, v: &Value, args: Args) -> RunResult<Value> {
    let t = open_this(vm, v)?;
    let a = clinic(vm, "truncate", &args, &["pos"], 0, 1)?;
    t.target.flush(vm)?;
    let pos = a[0].clone().unwrap_or(Value::None);
    call_method(vm, &t.target.value(), "truncate", &[pos])
}

fn flush(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = open_this(vm, v)?;
    t.target.flush(vm)?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = this(vm, v)?;
    if t.st.borrow().detached || t.target.closed(vm)? {
        return Ok(Value::None);
    }
    let flushed = t.target.flush(vm);
    match t.target.buffered() {
        Some(b) => b.close(vm)?,
        None => {
            call_method(vm, &t.target.value(), "close", &[])?;
        }
    }
    flushed?;
    Ok(Value::None)
}

fn exit(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    close(vm, v, Args::positional(&[]))?;
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = raw_open(vm, v)?;
    match t.target.buffered() {
        Some(b) => Ok(Value::Int(b.fileno())),
        None => call_method(vm, &t.target.value(), "fileno", &[]),
    }
}

fn isatty(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = raw_open(vm, v)?;
    match t.target.buffered() {
        Some(b) => Ok(Value::Bool(b.isatty())),
        None => call_method(vm, &t.target.value(), "isatty", &[]),
    }
}

fn readable(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = raw_open(vm, v)?;
    Ok(Value::Bool(can(vm, t, "readable")?))
}

fn writable(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = raw_open(vm, v)?;
    Ok(Value::Bool(can(vm, t, "writable")?))
}

fn seekable(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = raw_open(vm, v)?;
    Ok(Value::Bool(can(vm, t, "seekable")?))
}

fn detach(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = open_this(vm, v)?;
    t.target.flush(vm)?;
    t.st.borrow_mut().detached = true;
    Ok(t.target.value())
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)`.
fn reconfigure(vm: &mut Vm, v: &Value, args: Args) -> RunResult<Value> {
    if !args.pos.is_empty() {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let t = open_this(vm, v)?;
    let a = clinic(vm, "reconfigure", &args, &NEW_PARAMS[1..], 0, 0)?;
    let newline_given = a[2].is_some();
    let cfg = config(vm, a[0].as_ref(), a[1].as_ref(), a[2].as_ref())?;
    t.target.flush(vm)?;
    let lb = match &a[3] {
        Some(Value::None) | None => None,
        Some(x) => Some(vm.truthy(x)?),
    };
    let wt = match &a[4] {
        Some(Value::None) | None => None,
        Some(x) => Some(vm.truthy(x)?),
    };
    let mut st = t.st.borrow_mut();
    if let Some(e) = cfg.encoding {
        st.encoding = e;
        st.codec = cfg.codec;
        if cfg.errors.is_none() {
            st.errors = Errors::Strict;
            st.errors_name = "strict".to_string();
        }
    }
    if let Some(e) = cfg.errors {
        st.errors = cfg.errors_kind;
        st.errors_name = e;
    }
    if newline_given {
        st.newline = cfg.newline;
    }
    if let Some(lb) = lb {
        st.line_buffering = lb;
    }
    if let Some(wt) = wt {
        st.write_through = wt;
    }
    Ok(Value::None)
}

fn repr(vm: &mut Vm, v: &Value, _: Args) -> RunResult<Value> {
    let t = this(vm, v)?;
    let mut out = String::from("<_io.TextIOWrapper");
    let name = match t.target.buffered() {
        Some(b) => Some(buffered::name_of(b)),
        None => vm.get_attr(&t.target.value(), &Str::intern("name")).ok(),
    };
    if let Some(n) = name {
        out.push_str(&format!(" name={}", vm.repr(&n)?.as_str()));
    }
    let (mode, enc) = {
        let st = t.st.borrow();
        (st.mode.clone(), st.encoding.clone())
    };
    if let Some(m) = mode {
        out.push_str(&format!(" mode={}", vm.repr(&m)?.as_str()));
    }
    out.push_str(&format!(
        " encoding={}>",
        coil_interp::object::str::str_repr(&enc)
    ));
    Ok(Value::string(out))
}

fn arg0(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

fn get_encoding(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    let out = Value::string(this(vm, &v)?.st.borrow().encoding.clone());
    Ok(out)
}

fn get_errors(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    let out = Value::string(this(vm, &v)?.st.borrow().errors_name.clone());
    Ok(out)
}

fn get_buffer(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    Ok(this(vm, &v)?.target.value())
}

fn get_name(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    let t = this(vm, &v)?;
    match t.target.buffered() {
        Some(b) => Ok(buffered::name_of(b)),
        None => vm.get_attr(&t.target.value(), &Str::intern("name")),
    }
}

fn get_mode(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    let mode = this(vm, &v)?.st.borrow().mode.clone();
    mode.ok_or_else(|| vm.attribute_error("'_io.TextIOWrapper' object has no attribute 'mode'"))
}

fn get_closed(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    let t = this(vm, &v)?;
    Ok(Value::Bool(t.target.closed(vm)?))
}

fn get_line_buffering(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    let out = Value::Bool(this(vm, &v)?.st.borrow().line_buffering);
    Ok(out)
}

fn get_write_through(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    let out = Value::Bool(this(vm, &v)?.st.borrow().write_through);
    Ok(out)
}

fn get_newlines(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    this(vm, &v)?;
    Ok(Value::None)
}

impl coil_interp::gc::Trace for Target {
    fn trace(&self, v: &mut coil_interp::gc::Visitor) {
        match self {
            Target::Buffered(b) => v.native_rc(b),
            Target::Other(x) => v.value(x),
        }
    }
}

impl coil_interp::gc::Trace for TextState {
    fn trace(&self, v: &mut coil_interp::gc::Visitor) {
        coil_interp::gc::Trace::trace(&self.mode, v);
    }
}

coil_interp::native_payload!(TextIO { target, st });
