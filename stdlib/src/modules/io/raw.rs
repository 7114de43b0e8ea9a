//! `FileIO`: the raw layer over an operating-system file, as CPython 3.11
//! `Modules/_io/fileio.c` (`_io_FileIO___init___impl`, `mode_string`, the
//! "File not open for reading" checks). Every call is one system call; the
//! buffered layer above batches them.

use super::{bytes_arg, closed_error, new_native, opt_size, payload, unsupported, without_class};
use crate::builtins::args::{class_with_getters, clinic};
use coil_interp::object::{Args, Class, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};
use std::rc::Rc;

/// An open (or closed: `file` is `None`) operating-system file.
pub struct RawFile {
    pub file: RefCell<Option<File>>,
    /// What `open` was given: a path string or an fd number.
    pub name: Value,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    /// False when the program passed an fd it keeps owning (`closefd=False`).
    pub closefd: bool,
    seekable: Cell<Option<bool>>,
}

impl Drop for RawFile {
    fn drop(&mut self) {
        if !self.closefd {
            if let Some(f) = self.file.get_mut().take() {
                let _ = f.into_raw_fd();
            }
        }
    }
}

/// What a mode string asks for (`r`, `w`, `a`, `x`, `+`).
#[derive(Clone, Copy, Default)]
pub struct Flags {
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub creating: bool,
    pub updating: bool,
}

/// Waits until `fd` has something to read, while Ctrl-C can interrupt: CPython's
/// `_Py_read` gets EINTR from the signal and raises KeyboardInterrupt at once
/// (PEP 475), but Coil's SIGINT handler restarts system calls, so the wait
/// polls in slices and checks the flag, as `time.sleep` does. A signal handler
/// that returns lets the wait go on. Regular files are always ready.
pub fn wait_readable(vm: &mut Vm, fd: i32) -> RunResult<()> {
    use std::sync::atomic::Ordering;
    let Some(flag) = vm.interrupt else {
        return Ok(());
    };
    loop {
        if flag.load(Ordering::Relaxed) {
            if !vm.take_interrupt() {
                // under asyncio.run the loop owns the flag
                return Ok(());
            }
            vm.handle_interrupt()?;
            continue;
        }
        let mut pfd = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid `pollfd` that outlives the call.
        let n = unsafe { libc::poll(&mut pfd, 1, 20) };
        if n > 0
            || (n < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted)
        {
            return Ok(());
        }
    }
}

impl RawFile {
    /// CPython's `mode_string`: the mode the file reports (`'rb+'` for `'w+'`).
    pub fn mode(&self) -> &'static str {
        match (self.created, self.appending, self.readable, self.writable) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, false, _) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }

    pub fn is_closed(&self) -> bool {
        self.file.borrow().is_none()
    }

    pub fn fd(&self) -> Option<i32> {
        self.file.borrow().as_ref().map(|f| f.as_raw_fd())
    }

    pub fn seekable(&self) -> bool {
        if let Some(s) = self.seekable.get() {
            return s;
        }
        let s = match self.file.borrow_mut().as_mut() {
            Some(f) => f.stream_position().is_ok(),
            None => false,
        };
        self.seekable.set(Some(s));
        s
    }

    /// One `read` system call into `buf`; retried on EINTR.
    pub fn read_into(&self, vm: &Vm, buf: &mut [u8]) -> RunResult<usize> {
        let mut f = self.file.borrow_mut();
        let f = f.as_mut().ok_or_else(|| closed_error(vm))?;
        loop {
            match f.read(buf) {
                Ok(n) => return Ok(n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(vm.os_error_from_io(&e, None, None)),
            }
        }
    }

    /// Reads to the end of the file.
    pub fn read_all(&self, vm: &Vm, out: &mut Vec<u8>) -> RunResult<()> {
        let mut f = self.file.borrow_mut();
        let f = f.as_mut().ok_or_else(|| closed_error(vm))?;
        f.read_to_end(out)
            .map(|_| ())
            .map_err(|e| vm.os_error_from_io(&e, None, None))
    }

    pub fn write_all(&self, vm: &Vm, data: &[u8]) -> RunResult<()> {
        let mut f = self.file.borrow_mut();
        let f = f.as_mut().ok_or_else(|| closed_error(vm))?;
        f.write_all(data)
            .map_err(|e| vm.os_error_from_io(&e, None, None))
    }

    pub fn seek(&self, vm: &Vm, to: SeekFrom) -> RunResult<u64> {
        let mut f = self.file.borrow_mut();
        let f = f.as_mut().ok_or_else(|| closed_error(vm))?;
        f.seek(to).map_err(|e| vm.os_error_from_io(&e, None, None))
    }

    pub fn truncate(&self, vm: &Vm, size: u64) -> RunResult<()> {
        let f = self.file.borrow();
        let f = f.as_ref().ok_or_else(|| closed_error(vm))?;
        f.set_len(size)
            .map_err(|e| vm.os_error_from_io(&e, None, None))
    }

    pub fn close(&self) {
        if let Some(f) = self.file.borrow_mut().take() {
            if !self.closefd {
                let _ = f.into_raw_fd();
            }
        }
    }

    pub fn isatty(&self) -> bool {
        // SAFETY: `isatty` only inspects the descriptor number.
        self.fd().is_some_and(|fd| unsafe { libc::isatty(fd) } == 1)
    }
}

/// Opens `target` (a path or an fd) as `open()`'s raw layer does.
pub fn open_raw(vm: &mut Vm, target: &Value, flags: Flags, closefd: bool) -> RunResult<RawFile> {
    let readable = flags.reading || flags.updating;
    let writable = flags.writing || flags.appending || flags.creating || flags.updating;
    let file = match target {
        Value::Int(fd) => {
            let fd = i32::try_from(*fd)
                .ok()
                .filter(|fd| *fd >= 0)
                .ok_or_else(|| vm.value_error("negative file descriptor"))?;
            // SAFETY: an `fcntl` query on a number the program gave; it fails
            // (EBADF) rather than touching memory when the fd is not open.
            if unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
                let e = std::io::Error::last_os_error();
                return Err(vm.os_error_from_io(&e, None, None));
            }
            // SAFETY: the fd is open (checked above); with `closefd=False` the
            // `File` is turned back into a bare fd instead of closing it.
            unsafe { File::from_raw_fd(fd) }
        }
        Value::Str(_) | Value::Bytes(_) => {
            use std::os::unix::ffi::OsStrExt;
            let path = match target {
                Value::Str(s) => std::ffi::OsStr::new(s.as_str()),
                Value::Bytes(b) => std::ffi::OsStr::from_bytes(b.as_bytes()),
                _ => std::ffi::OsStr::new(""),
            };
            let mut o = std::fs::OpenOptions::new();
            o.read(readable).write(writable);
            // With other Python threads, opening a FIFO for reading must not
            // block them all until a writer comes (CPython releases the GIL in
            // `open(2)`): it is opened without waiting, and reads then park
            // until the writer's data or its close (`vm/green_io.rs`).
            let fifo_read = readable
                && !writable
                && vm.green_must_yield()
                && std::fs::metadata(path)
                    .is_ok_and(|m| std::os::unix::fs::FileTypeExt::is_fifo(&m.file_type()));
            if fifo_read {
                std::os::unix::fs::OpenOptionsExt::custom_flags(&mut o, libc::O_NONBLOCK);
            }
            if flags.appending {
                o.append(true).create(true);
            } else if flags.writing {
                o.create(true).truncate(true);
            } else if flags.creating {
                o.create_new(true);
            }
            let f = o
                .open(path)
                .map_err(|e| vm.os_error_from_io(&e, Some(target.clone()), None))?;
            if fifo_read {
                use std::os::unix::io::AsRawFd;
                let fd = f.as_raw_fd();
                // SAFETY: flag queries and updates on the descriptor just opened.
                unsafe {
                    let fl = libc::fcntl(fd, libc::F_GETFL);
                    if fl >= 0 {
                        libc::fcntl(fd, libc::F_SETFL, fl & !libc::O_NONBLOCK);
                    }
                }
            }
            // Linux opens a directory for reading; CPython refuses it after `fstat`.
            if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
                let e = std::io::Error::from_raw_os_error(libc::EISDIR);
                return Err(vm.os_error_from_io(&e, Some(target.clone()), None));
            }
            f
        }
        other => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other).as_str()
            )))
        }
    };
    let raw = RawFile {
        file: RefCell::new(Some(file)),
        name: target.clone(),
        readable,
        writable,
        appending: flags.appending,
        created: flags.creating,
        closefd,
        seekable: Cell::new(None),
    };
    if flags.appending {
        // CPython moves to the end at once, so `tell()` starts at the size.
        let _ = raw.seek(vm, SeekFrom::End(0));
    }
    Ok(raw)
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", new),
    ("read", read),
    ("readall", readall),
    ("write", write),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("close", close),
    ("flush", flush),
    ("fileno", fileno),
    ("isatty", isatty),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("__repr__", repr),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__iter__", iter),
    ("__next__", next),
    ("readline", readline),
    ("readlines", readlines),
];

pub fn class(vm: &mut Vm) -> Rc<Class> {
    let getters: &[(&str, NativeFn)] = &[
        ("name", get_name),
        ("mode", get_mode),
        ("closed", get_closed),
        ("closefd", get_closefd),
    ];
    class_with_getters(vm, "_io.FileIO", "_io", METHODS, getters)
}

fn this<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a RawFile> {
    payload::<RawFile>(vm, v, "FileIO")
}

/// The file, checked to be open (FileIO's own message has no final stop).
fn open_this<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a RawFile> {
    let f = this(vm, v)?;
    if f.is_closed() {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(f)
}

/// The check of `IOBase` methods (`flush`, `__iter__`, `__enter__`).
fn iobase_open<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a RawFile> {
    let f = this(vm, v)?;
    if f.is_closed() {
        return Err(closed_error(vm));
    }
    Ok(f)
}

fn need_read(vm: &mut Vm, f: &RawFile) -> RunResult<()> {
    if !f.readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    Ok(())
}

/// `FileIO(file, mode='r', closefd=True)`.
fn new(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "FileIO",
        &without_class(&args),
        &["file", "mode", "closefd", "opener"],
        1,
        4,
    )?;
    let mode = match &a[1] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "r".to_string(),
    };
    let (flags, _) = super::open::parse_mode(vm, &mode)?;
    let closefd = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let target = a[0].clone().unwrap_or(Value::None);
    let raw = open_raw(vm, &target, flags, closefd)?;
    Ok(new_native(class(vm), raw))
}

fn read(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let f = open_this(vm, t)?;
    need_read(vm, f)?;
    match opt_size(vm, "read", &args)? {
        None => readall(vm, t, Args::positional(&[])),
        Some(n) => {
            if let Some(fd) = f.fd() {
                wait_readable(vm, fd)?;
            }
            let mut buf = vec![0; n];
            let got = f.read_into(vm, &mut buf)?;
            buf.truncate(got);
            Ok(Value::bytes(buf))
        }
    }
}

fn readall(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let f = open_this(vm, t)?;
    need_read(vm, f)?;
    let mut out = Vec::new();
    f.read_all(vm, &mut out)?;
    Ok(Value::bytes(out))
}

fn readline(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let f = open_this(vm, t)?;
    need_read(vm, f)?;
    let limit = opt_size(vm, "readline", &args)?;
    let mut out = Vec::new();
    let mut b = [0u8; 1];
    while limit.is_none_or(|l| out.len() < l) && f.read_into(vm, &mut b)? == 1 {
        out.push(b[0]);
        if b[0] == b'\n' {
            break;
        }
    }
    Ok(Value::bytes(out))
}

fn readlines(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let mut lines = Vec::new();
    loop {
        let l = readline(vm, t, Args::positional(&[]))?;
        if matches!(&l, Value::Bytes(b) if b.as_bytes().is_empty()) {
            return Ok(Value::list(lines));
        }
        lines.push(l);
    }
}

fn next(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let l = readline(vm, t, Args::positional(&[]))?;
    if matches!(&l, Value::Bytes(b) if b.as_bytes().is_empty()) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(l)
}

fn iter(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    iobase_open(vm, t)?;
    Ok(t.clone())
}

fn write(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let f = open_this(vm, t)?;
    let data = bytes_arg(vm, crate::builtins::args::one_arg(vm, "write", &args)?)?;
    if !f.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    f.write_all(vm, &data)?;
    Ok(Value::Int(data.len() as i64))
}

/// Reads `(offset, whence)` arguments as `seek` takes them.
pub fn seek_args(vm: &mut Vm, args: &Args) -> RunResult<(i64, i64)> {
    let a = clinic(vm, "seek", args, &["offset", "whence"], 1, 2)?;
    let off = match &a[0] {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other).as_str()
            )))
        }
        None => 0,
    };
    let whence = match &a[1] {
        Some(Value::Int(n)) => *n,
        None => 0,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other).as_str()
            )))
        }
    };
    Ok((off, whence))
}

/// `SeekFrom` for `(offset, whence)`, with CPython's errors.
pub fn seek_from(vm: &Vm, off: i64, whence: i64) -> RunResult<SeekFrom> {
    match whence {
        0 if off < 0 => Err(vm.value_error(format!("negative seek position {off}"))),
        0 => Ok(SeekFrom::Start(off as u64)),
        1 => Ok(SeekFrom::Current(off)),
        2 => Ok(SeekFrom::End(off)),
        _ => Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
}

fn seek(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let f = open_this(vm, t)?;
    let (off, whence) = seek_args(vm, &args)?;
    let to = seek_from(vm, off, whence)?;
    Ok(Value::Int(f.seek(vm, to)? as i64))
}

fn tell(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let f = open_this(vm, t)?;
    Ok(Value::Int(f.seek(vm, SeekFrom::Current(0))? as i64))
}

fn truncate(vm: &mut Vm, t: &Value, args: Args) -> RunResult<Value> {
    let f = open_this(vm, t)?;
    if !f.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let size = match super::opt_size(vm, "truncate", &args)? {
        Some(n) => n as u64,
        None => f.seek(vm, SeekFrom::Current(0))?,
    };
    f.truncate(vm, size)?;
    Ok(Value::Int(size as i64))
}

fn close(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    this(vm, t)?.close();
    Ok(Value::None)
}

fn flush(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    iobase_open(vm, t)?;
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let f = open_this(vm, t)?;
    Ok(Value::Int(f.fd().unwrap_or(-1) as i64))
}

fn isatty(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Bool(open_this(vm, t)?.isatty()))
}

fn readable(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Bool(open_this(vm, t)?.readable))
}

fn writable(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Bool(open_this(vm, t)?.writable))
}

fn seekable(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Bool(open_this(vm, t)?.seekable()))
}

fn repr(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    let f = this(vm, t)?;
    if f.is_closed() {
        return Ok(Value::str("<_io.FileIO [closed]>"));
    }
    let name = vm.repr(&f.name)?;
    Ok(Value::string(format!(
        "<_io.FileIO name={} mode='{}' closefd={}>",
        name.as_str(),
        f.mode(),
        if f.closefd { "True" } else { "False" }
    )))
}

fn enter(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    iobase_open(vm, t)?;
    Ok(t.clone())
}

fn exit(vm: &mut Vm, t: &Value, _: Args) -> RunResult<Value> {
    close(vm, t, Args::positional(&[]))?;
    Ok(Value::None)
}

fn get_name(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    Ok(this(vm, a.pos.first().unwrap_or(&Value::None))?
        .name
        .clone())
}

fn get_mode(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    Ok(Value::str(
        this(vm, a.pos.first().unwrap_or(&Value::None))?.mode(),
    ))
}

fn get_closed(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    Ok(Value::Bool(
        this(vm, a.pos.first().unwrap_or(&Value::None))?.is_closed(),
    ))
}

fn get_closefd(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    Ok(Value::Bool(
        this(vm, a.pos.first().unwrap_or(&Value::None))?.closefd,
    ))
}

coil_interp::native_payload!(RawFile { name });
