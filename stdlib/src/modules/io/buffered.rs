//! `BufferedReader`, `BufferedWriter` and `BufferedRandom`: one payload with a
//! read buffer and a write buffer over a `FileIO` (or over a standard stream),
//! as CPython 3.11 `Modules/_io/bufferedio.c` (`_bufferedreader_read_generic`,
//! `_io__Buffered_readline`, `_bufferedwriter_flush_unlocked`, the raw-position
//! bookkeeping in `_io__Buffered_tell_impl`). Unflushed data is written when the
//! object is freed (CPython's `iobase_finalize` closes it), so a program that
//! ends without `close()` loses nothing.

use super::raw::{seek_args, seek_from, RawFile};
use super::DEFAULT_BUFFER_SIZE;
use super::{bytes_arg, new_native, opt_size, payload, unsupported};
use crate::builtins::args::{class_with_getters, one_arg};
use crate::modules::sys::Stream;
use coil_interp::object::{Args, Class, Native, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::io::{BufRead, SeekFrom, Write};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Reader,
    Writer,
    Random,
}

/// What the buffer reads from and writes to.
pub enum RawRef {
    /// A `FileIO` object (kept as the value `.raw` returns).
    File(Rc<Native>),
    /// Standard input/output/error, through the VM's own stdout buffer so
    /// that `print` and `sys.stdout.buffer.write` keep their order.
    Std(Stream),
}

pub struct Buffered {
    pub raw: RawRef,
    pub kind: Kind,
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    wbuf: RefCell<Vec<u8>>,
    std_closed: Cell<bool>,
}

impl Drop for Buffered {
    fn drop(&mut self) {
        self.flush_quietly();
        if let Some(f) = self.file() {
            f.close();
        }
    }
}

thread_local! {
    /// The buffered files that may hold unwritten data, flushed at exit.
    static OPEN_WRITERS: RefCell<Vec<std::rc::Weak<Native>>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a writable buffered file so that the program's end flushes it.
fn track_writer(v: &Value) {
    let Value::Native(n) = v else { return };
    OPEN_WRITERS.with(|w| {
        let mut w = w.borrow_mut();
        // Forget freed files now and then, so a program opening many files
        // keeps the list short.
        if w.len() >= 64 && w.len().is_power_of_two() {
            w.retain(|x| x.strong_count() > 0);
        }
        w.push(Rc::downgrade(n));
    });
    coil_interp::vm::finalize::register_exit_hook(flush_all_at_exit);
}

/// The exit hook: writes what every still-open file holds.
fn flush_all_at_exit(_: &mut Vm) {
    let live: Vec<Rc<Native>> =
        OPEN_WRITERS.with(|w| w.borrow().iter().filter_map(|x| x.upgrade()).collect());
    for n in live {
        if let Some(b) = n.get::<Buffered>() {
            b.flush_quietly();
        }
    }
}

impl Buffered {
    pub fn new(raw: RawRef, kind: Kind) -> Buffered {
        Buffered {
            raw,
            kind,
            rbuf: RefCell::new(Vec::new()),
            rpos: Cell::new(0),
            wbuf: RefCell::new(Vec::new()),
            std_closed: Cell::new(false),
        }
    }

    /// Writes pending output to the file, ignoring errors (for the exit and
    /// the freeing of a file, where nobody could see them).
    fn flush_quietly(&self) {
        let Ok(mut w) = self.wbuf.try_borrow_mut() else {
            return;
        };
        let data = std::mem::take(&mut *w);
        if data.is_empty() {
            return;
        }
        if let Some(f) = self.file() {
            if let Ok(mut file) = f.file.try_borrow_mut() {
                if let Some(file) = file.as_mut() {
                    let _ = file.write_all(&data);
                }
            }
        }
    }

    pub fn file(&self) -> Option<&RawFile> {
        match &self.raw {
            RawRef::File(n) => n.get::<RawFile>(),
            RawRef::Std(_) => None,
        }
    }

    pub fn is_closed(&self) -> bool {
        match self.file() {
            Some(f) => f.is_closed(),
            None => self.std_closed.get(),
        }
    }

    pub fn readable(&self) -> bool {
        match &self.raw {
            RawRef::File(_) => self.kind != Kind::Writer && self.file().is_some_and(|f| f.readable),
            RawRef::Std(s) => *s == Stream::Stdin,
        }
    }

    pub fn writable(&self) -> bool {
        match &self.raw {
            RawRef::File(_) => self.kind != Kind::Reader && self.file().is_some_and(|f| f.writable),
            RawRef::Std(s) => *s != Stream::Stdin,
        }
    }

    pub fn seekable(&self) -> bool {
        self.file().is_some_and(|f| f.seekable())
    }

    pub fn fileno(&self) -> i64 {
        match &self.raw {
            RawRef::File(_) => self.file().and_then(|f| f.fd()).unwrap_or(-1) as i64,
            RawRef::Std(Stream::Stdin) => 0,
            RawRef::Std(Stream::Stdout) => 1,
            RawRef::Std(Stream::Stderr) => 2,
        }
    }

    pub fn isatty(&self) -> bool {
        let fd = self.fileno() as i32;
        // SAFETY: `isatty` only inspects the descriptor number.
        fd >= 0 && unsafe { libc::isatty(fd) } == 1
    }

    /// Bytes read ahead and not yet consumed.
    pub fn unread(&self) -> usize {
        self.rbuf.borrow().len() - self.rpos.get()
    }

    /// Writes the pending output to the raw file.
    pub fn flush(&self, vm: &mut Vm) -> RunResult<()> {
        if self.wbuf.borrow().is_empty() {
            // `print` writes to the VM's stdout buffer directly: flushing
            // `sys.stdout` must push that out too (before `os.write(1, …)`).
            if matches!(self.raw, RawRef::Std(Stream::Stdout)) {
                vm.flush_stdout();
            }
            return Ok(());
        }
        let data = std::mem::take(&mut *self.wbuf.borrow_mut());
        match &self.raw {
            RawRef::File(_) => match self.file() {
                Some(f) => f.write_all(vm, &data),
                None => Ok(()),
            },
            RawRef::Std(s) => {
                write_std(vm, *s, &data);
                if *s == Stream::Stdout {
                    vm.flush_stdout();
                }
                Ok(())
            }
        }
    }

    /// Forgets read-ahead data, moving the raw position back to the logical one.
    fn drop_read_ahead(&self, vm: &Vm) -> RunResult<()> {
        let unread = self.unread();
        if unread > 0 {
            if let Some(f) = self.file() {
                f.seek(vm, SeekFrom::Current(-(unread as i64)))?;
            }
        }
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        Ok(())
    }

    /// Reads one raw chunk into the (empty) read buffer; returns its length.
    fn fill(&self, vm: &mut Vm) -> RunResult<usize> {
        self.flush(vm)?;
        let mut buf = self.rbuf.borrow_mut();
        buf.clear();
        self.rpos.set(0);
        match &self.raw {
            RawRef::File(_) => {
                let Some(f) = self.file() else { return Ok(0) };
                if let Some(fd) = f.fd() {
                    drop(buf);
                    super::raw::wait_readable(vm, fd)?;
                    buf = self.rbuf.borrow_mut();
                }
                buf.resize(DEFAULT_BUFFER_SIZE, 0);
                let n = f.read_into(vm, &mut buf)?;
                buf.truncate(n);
                Ok(n)
            }
            RawRef::Std(_) => {
                vm.flush_stdout();
                // Nothing is left in std's buffer (each fill takes all of it),
                // so waiting on the descriptor cannot miss buffered input.
                drop(buf);
                super::raw::wait_readable(vm, 0)?;
                let mut buf = self.rbuf.borrow_mut();
                let stdin = std::io::stdin();
                let mut lock = stdin.lock();
                let got = match lock.fill_buf() {
                    Ok(b) => b.to_vec(),
                    Err(e) => return Err(vm.os_error_from_io(&e, None, None)),
                };
                lock.consume(got.len());
                buf.extend_from_slice(&got);
                Ok(got.len())
            }
        }
    }

    /// `read(n)`: up to `n` bytes (all that is left for `None`); fewer only at EOF.
    pub fn read(&self, vm: &mut Vm, n: Option<usize>) -> RunResult<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let want = n.map_or(usize::MAX, |n| n - out.len());
            if want == 0 {
                return Ok(out);
            }
            self.consume(&mut out, want);
            if n.is_some_and(|n| out.len() == n) {
                return Ok(out);
            }
            if n.is_none() {
                if let Some(f) = self.file() {
                    self.flush(vm)?;
                    f.read_all(vm, &mut out)?;
                    return Ok(out);
                }
            }
            if self.fill(vm)? == 0 {
                return Ok(out);
            }
        }
    }

    /// `read1(n)`: what is buffered, or one raw read when nothing is.
    pub fn read1(&self, vm: &mut Vm, n: usize) -> RunResult<Vec<u8>> {
        if self.unread() == 0 && self.fill(vm)? == 0 {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        self.consume(&mut out, n);
        Ok(out)
    }

    /// Moves up to `max` buffered bytes to `out`.
    fn consume(&self, out: &mut Vec<u8>, max: usize) {
        let buf = self.rbuf.borrow();
        let start = self.rpos.get();
        let take = max.min(buf.len() - start);
        out.extend_from_slice(&buf[start..start + take]);
        self.rpos.set(start + take);
    }

    /// `peek()`: the buffered bytes, filling the buffer if it is empty.
    pub fn peek(&self, vm: &mut Vm) -> RunResult<Vec<u8>> {
        if self.unread() == 0 {
            self.fill(vm)?;
        }
        Ok(self.rbuf.borrow()[self.rpos.get()..].to_vec())
    }

    pub fn readline(&self, vm: &mut Vm, limit: Option<usize>) -> RunResult<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let room = limit.map_or(usize::MAX, |l| l - out.len());
            if room == 0 {
                return Ok(out);
            }
            {
                let buf = self.rbuf.borrow();
                let start = self.rpos.get();
                let avail = &buf[start..];
                let end = avail.len().min(room);
                if let Some(i) = avail[..end].iter().position(|&b| b == b'\n') {
                    out.extend_from_slice(&avail[..=i]);
                    self.rpos.set(start + i + 1);
                    return Ok(out);
                }
                out.extend_from_slice(&avail[..end]);
                self.rpos.set(start + end);
            }
            if limit.is_some_and(|l| out.len() >= l) || self.fill(vm)? == 0 {
                return Ok(out);
            }
        }
    }

    pub fn write(&self, vm: &mut Vm, data: &[u8]) -> RunResult<()> {
        if self.unread() > 0 {
            self.drop_read_ahead(vm)?;
        }
        if let RawRef::Std(s) = &self.raw {
            write_std(vm, *s, data);
            return Ok(());
        }
        let full = {
            let mut w = self.wbuf.borrow_mut();
            w.extend_from_slice(data);
            w.len() >= DEFAULT_BUFFER_SIZE
        };
        if full {
            self.flush(vm)?;
        }
        Ok(())
    }

    pub fn tell(&self, vm: &mut Vm) -> RunResult<u64> {
        let Some(f) = self.file() else {
            let e = std::io::Error::from_raw_os_error(libc::ESPIPE);
            return Err(vm.os_error_from_io(&e, None, None));
        };
        let pos = f.seek(vm, SeekFrom::Current(0))?;
        Ok(pos + self.wbuf.borrow().len() as u64 - self.unread() as u64)
    }

    pub fn seek(&self, vm: &mut Vm, off: i64, whence: i64) -> RunResult<u64> {
        let to = seek_from(vm, off, whence)?;
        self.flush(vm)?;
        let to = match to {
            SeekFrom::Current(n) => SeekFrom::Current(n - self.unread() as i64),
            other => other,
        };
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        match self.file() {
            Some(f) => f.seek(vm, to),
            None => {
                let e = std::io::Error::from_raw_os_error(libc::ESPIPE);
                Err(vm.os_error_from_io(&e, None, None))
            }
        }
    }

    pub fn truncate(&self, vm: &mut Vm, size: Option<u64>) -> RunResult<u64> {
        let size = match size {
            Some(s) => s,
            None => self.tell(vm)?,
        };
        self.flush(vm)?;
        self.drop_read_ahead(vm)?;
        if let Some(f) = self.file() {
            f.truncate(vm, size)?;
        }
        Ok(size)
    }

    pub fn close(&self, vm: &mut Vm) -> RunResult<()> {
        if self.is_closed() {
            return Ok(());
        }
        let flushed = self.flush(vm);
        match self.file() {
            Some(f) => f.close(),
            None => self.std_closed.set(true),
        }
        flushed
    }
}

/// Bytes to a standard stream, in order with what `print` wrote.
pub fn write_std(vm: &mut Vm, s: Stream, data: &[u8]) {
    match s {
        Stream::Stdout => vm.write_stdout_bytes(data),
        Stream::Stderr => {
            vm.flush_stdout();
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(data);
            let _ = err.flush();
        }
        Stream::Stdin => {}
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", new),
    ("read", read),
    ("read1", read1),
    ("peek", peek),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("flush", flush),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("close", close),
    ("fileno", fileno),
    ("isatty", isatty),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("__iter__", iter),
    ("__next__", next),
    ("__enter__", iter),
    ("__exit__", exit),
    ("__repr__", repr),
];

fn make(vm: &mut Vm, key: &'static str) -> Rc<Class> {
    let getters: &[(&str, NativeFn)] = &[
        ("raw", get_raw),
        ("name", get_name),
        ("mode", get_mode),
        ("closed", get_closed),
    ];
    class_with_getters(vm, key, "_io", METHODS, getters)
}

pub fn reader_class(vm: &mut Vm) -> Rc<Class> {
    make(vm, "_io.BufferedReader")
}

pub fn writer_class(vm: &mut Vm) -> Rc<Class> {
    make(vm, "_io.BufferedWriter")
}

pub fn random_class(vm: &mut Vm) -> Rc<Class> {
    make(vm, "_io.BufferedRandom")
}

/// A buffered object of the given kind over `raw`.
pub fn wrap(vm: &mut Vm, raw: RawRef, kind: Kind) -> Value {
    let cls = match kind {
        Kind::Reader => reader_class(vm),
        Kind::Writer => writer_class(vm),
        Kind::Random => random_class(vm),
    };
    let v = new_native(cls, Buffered::new(raw, kind));
    if kind != Kind::Reader {
        track_writer(&v);
    }
    v
}

pub fn this<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a Buffered> {
    payload::<Buffered>(vm, v, "BufferedReader")
}

/// The object, checked to be open; `msg` is CPython's text for this method
/// (`bufferedio.c` words them one by one: "read of closed file", …).
fn open_this<'a>(vm: &Vm, v: &'a Value, msg: &str) -> RunResult<&'a Buffered> {
    let b = this(vm, v)?;
    if b.is_closed() {
        return Err(vm.value_error(msg));
    }
    Ok(b)
}

/// The closed-file text of the methods the raw file answers (no final stop).
const RAW_CLOSED: &str = "I/O operation on closed file";
const IOBASE_CLOSED: &str = "I/O operation on closed file.";

fn readable_this<'a>(
    vm: &mut Vm,
    v: &'a Value,
    what: &str,
    closed: &str,
) -> RunResult<&'a Buffered> {
    let b = open_this(vm, v, closed)?;
    if !b.readable() {
        return Err(unsupported(vm, what));
    }
    Ok(b)
}

/// `BufferedReader(raw)` and friends, over a `FileIO` only.
fn new(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let (cls, rest) = match (recv, args.pos) {
        (Value::Class(c), rest) => (c.clone(), rest),
        (_, [Value::Class(c), rest @ ..]) => (c.clone(), rest),
        _ => return Err(vm.type_error("BufferedReader.__new__(X): X is not a type object")),
    };
    let Some(Value::Native(n)) = rest.first() else {
        return Err(vm.not_implemented_error("Coil's buffered streams only wrap a FileIO object"));
    };
    if n.get::<RawFile>().is_none() {
        return Err(vm.not_implemented_error("Coil's buffered streams only wrap a FileIO object"));
    }
    let kind = match cls.name.as_str() {
        "BufferedWriter" => Kind::Writer,
        "BufferedRandom" => Kind::Random,
        _ => Kind::Reader,
    };
    Ok(new_native(
        cls,
        Buffered::new(RawRef::File(n.clone()), kind),
    ))
}

fn read(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let b = readable_this(vm, t, "read", "read of closed file")?;
    let n = opt_size(vm, "read", &args)?;
    Ok(Value::bytes(b.read(vm, n)?))
}

fn read1(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let b = readable_this(vm, t, "read", "read of closed file")?;
    let n = opt_size(vm, "read1", &args)?.unwrap_or(DEFAULT_BUFFER_SIZE);
    Ok(Value::bytes(b.read1(vm, n)?))
}

fn peek(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let b = readable_this(vm, t, "read", "peek of closed file")?;
    Ok(Value::bytes(b.peek(vm)?))
}

fn readline(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let b = readable_this(vm, t, "read", "readline of closed file")?;
    let n = opt_size(vm, "readline", &args)?;
    Ok(Value::bytes(b.readline(vm, n)?))
}

fn readlines(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let b = readable_this(vm, t, "read", IOBASE_CLOSED)?;
    let mut out = Vec::new();
    loop {
        let l = b.readline(vm, None)?;
        if l.is_empty() {
            return Ok(Value::list(out));
        }
        out.push(Value::bytes(l));
    }
}

fn next(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let b = readable_this(vm, t, "read", "readline of closed file")?;
    let l = b.readline(vm, None)?;
    if l.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(Value::bytes(l))
}

fn iter(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    open_this(vm, t, IOBASE_CLOSED)?;
    Ok(t.clone())
}

fn write(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let b = open_this(vm, t, "write to closed file")?;
    let data = bytes_arg(vm, one_arg(vm, "write", &args)?)?;
    if !b.writable() {
        return Err(unsupported(vm, "write"));
    }
    b.write(vm, &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn flush(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let b = this(vm, t)?;
    if b.is_closed() {
        return Err(vm.value_error("flush of closed file"));
    }
    b.flush(vm)?;
    Ok(Value::None)
}

fn seek(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let b = open_this(vm, t, "seek of closed file")?;
    let (off, whence) = seek_args(vm, &args)?;
    Ok(Value::Int(b.seek(vm, off, whence)? as i64))
}

fn tell(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let b = open_this(vm, t, RAW_CLOSED)?;
    Ok(Value::Int(b.tell(vm)? as i64))
}

fn truncate(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let b = open_this(vm, t, "truncate of closed file")?;
    if !b.writable() {
        return Err(unsupported(vm, "truncate"));
    }
    let size = opt_size(vm, "truncate", &args)?.map(|n| n as u64);
    Ok(Value::Int(b.truncate(vm, size)? as i64))
}

fn close(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    this(vm, t)?.close(vm)?;
    Ok(Value::None)
}

fn exit(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    close(vm, t, Args::positional(&[]))?;
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Int(open_this(vm, t, RAW_CLOSED)?.fileno()))
}

fn isatty(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Bool(open_this(vm, t, RAW_CLOSED)?.isatty()))
}

fn readable(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Bool(open_this(vm, t, RAW_CLOSED)?.readable()))
}

fn writable(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Bool(open_this(vm, t, RAW_CLOSED)?.writable()))
}

fn seekable(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Bool(open_this(vm, t, RAW_CLOSED)?.seekable()))
}

/// The `name` a buffered object reports (its raw file's).
pub fn name_of(b: &Buffered) -> Value {
    match &b.raw {
        RawRef::File(_) => b.file().map(|f| f.name.clone()).unwrap_or(Value::None),
        RawRef::Std(Stream::Stdin) => Value::str("<stdin>"),
        RawRef::Std(Stream::Stdout) => Value::str("<stdout>"),
        RawRef::Std(Stream::Stderr) => Value::str("<stderr>"),
    }
}

fn repr(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let b = this(vm, t)?;
    let cls = vm.type_name(t);
    let name = vm.repr(&name_of(b))?;
    Ok(Value::string(format!(
        "<_io.{} name={}>",
        cls.as_str(),
        name.as_str()
    )))
}

fn arg0(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

fn get_raw(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    match &this(vm, &v)?.raw {
        RawRef::File(n) => Ok(Value::Native(n.clone())),
        RawRef::Std(_) => Ok(Value::None),
    }
}

fn get_name(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    Ok(name_of(this(vm, &v)?))
}

fn get_mode(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    let b = this(vm, &v)?;
    Ok(Value::str(match &b.raw {
        RawRef::File(_) => b.file().map(|f| f.mode()).unwrap_or("rb"),
        RawRef::Std(Stream::Stdin) => "rb",
        RawRef::Std(_) => "wb",
    }))
}

fn get_closed(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = arg0(&a);
    Ok(Value::Bool(this(vm, &v)?.is_closed()))
}

impl coil_interp::gc::Trace for RawRef {
    fn trace(&self, v: &mut coil_interp::gc::Visitor) {
        if let RawRef::File(f) = self {
            v.native_rc(f);
        }
    }
}

coil_interp::native_payload!(Buffered { raw });
