//! `_subprocess`: the process primitives under `Lib/subprocess.py` (CPython 3.11
//! `Modules/_posixsubprocess.c` for the spawn, `Popen._communicate`'s poll loop
//! for the exchange). Streams are raw file descriptors handed to Python, which
//! wraps them (`stdlib/lib/subprocess.py`); waits use the real clock even under
//! `--virtual-time`, since a child process runs in real time.

use super::new_module;
use crate::builtins::args::{func, positional, to_i64};
use coil_interp::object::{Args, Module, NativeFn};
use coil_interp::vm::green_io::IoWait;
use coil_interp::{RunResult, Value, Vm};
use std::cell::RefCell;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::rc::Rc;
use std::time::{Duration, Instant};

/// How `spawn` connects one standard stream of the child (the Python side's
/// `None`, `PIPE`, `DEVNULL`, `STDOUT`, or a file descriptor).
const INHERIT: i64 = -1;
const PIPE: i64 = -2;
const DEVNULL: i64 = -3;
const STDOUT: i64 = -4;

/// The OSError CPython raises for `errno` (`PyErr_SetFromErrnoWithFilename`).
pub fn os_error(vm: &Vm, errno: i32, filename: Option<&str>) -> coil_interp::Exc {
    vm.os_error(errno, filename.map(Value::str), None)
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn strings(vm: &Vm, v: &Value, what: &str) -> RunResult<Vec<String>> {
    let items = match v {
        Value::List(l) => l.items.borrow().to_vec(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(vm.type_error(format!("{what} must be a list of str"))),
    };
    items
        .iter()
        .map(|i| match i {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            ))),
        })
        .collect()
}

/// A pipe whose both ends close on exec (the child gets its end by dup2).
fn pipe(vm: &Vm) -> RunResult<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(os_error(vm, last_errno(), None));
    }
    // SAFETY: both descriptors were just created and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A private duplicate of `fd`, given to the child (Command closes it after spawn).
fn dup(vm: &Vm, fd: i64) -> RunResult<OwnedFd> {
    let raw = i32::try_from(fd).map_err(|_| vm.value_error("bad file descriptor"))?;
    // SAFETY: F_DUPFD_CLOEXEC on any integer is safe; failure is reported by -1.
    let new = unsafe { libc::fcntl(raw, libc::F_DUPFD_CLOEXEC, 3) };
    if new < 0 {
        return Err(os_error(vm, last_errno(), None));
    }
    // SAFETY: `new` is a fresh descriptor owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(new) })
}

fn into_raw(fd: OwnedFd) -> i64 {
    use std::os::fd::IntoRawFd;
    fd.into_raw_fd() as i64
}

/// `spawn(args, executable, cwd, env, stdin, stdout, stderr)` → `(pid, stdin_fd,
/// stdout_fd, stderr_fd)`, -1 for a stream that is not a pipe.
fn spawn(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "spawn", &args, 7, 7)?;
    let argv = strings(vm, &a[0], "args")?;
    let Some(program) = argv.first() else {
        return Err(vm.index_error("list index out of range"));
    };
    let executable = match &a[1] {
        Value::Str(s) => s.as_str().to_string(),
        _ => program.clone(),
    };
    let mut cmd = Command::new(&executable);
    cmd.args(&argv[1..]);
    if executable != *program {
        use std::os::unix::process::CommandExt;
        cmd.arg0(program);
    }
    if let Value::Str(dir) = &a[2] {
        // CPython names the folder, not the program, when chdir fails
        if let Err(e) = std::fs::read_dir(dir.as_str()) {
            let errno = e.raw_os_error().unwrap_or(libc::ENOENT);
            return Err(os_error(vm, errno, Some(dir.as_str())));
        }
        cmd.current_dir(dir.as_str());
    }
    if !matches!(a[3], Value::None) {
        let pairs = strings(vm, &a[3], "env")?;
        cmd.env_clear();
        for pair in pairs.chunks(2) {
            if let [k, v] = pair {
                cmd.env(k, v);
            }
        }
    }
    let mut parent = [-1i64; 3];
    let mut stdout_child: Option<OwnedFd> = None;
    for (i, spec) in a[4..7].iter().enumerate() {
        let spec = match spec {
            Value::None => INHERIT,
            v => to_i64(vm, v)?,
        };
        let stdio = match spec {
            INHERIT if i == 2 => None,
            INHERIT => {
                if i == 1 {
                    stdout_child = Some(dup(vm, 1)?);
                }
                None
            }
            PIPE => {
                let (r, w) = pipe(vm)?;
                let (mine, theirs) = if i == 0 { (r, w) } else { (w, r) };
                parent[i] = into_raw(theirs);
                if i == 1 {
                    stdout_child =
                        Some(mine.try_clone().map_err(|e| {
                            os_error(vm, e.raw_os_error().unwrap_or(libc::EIO), None)
                        })?);
                }
                Some(Stdio::from(mine))
            }
            DEVNULL => {
                if i == 1 {
                    stdout_child = None;
                }
                Some(Stdio::null())
            }
            STDOUT if i == 2 => match stdout_child.take() {
                Some(fd) => Some(Stdio::from(fd)),
                None => Some(Stdio::null()),
            },
            fd if fd >= 0 => {
                let owned = dup(vm, fd)?;
                if i == 1 {
                    stdout_child = Some(dup(vm, fd)?);
                }
                Some(Stdio::from(owned))
            }
            _ => return Err(vm.value_error("invalid stream specification")),
        };
        if let Some(stdio) = stdio {
            match i {
                0 => cmd.stdin(stdio),
                1 => cmd.stdout(stdio),
                _ => cmd.stderr(stdio),
            };
        }
    }
    drop(stdout_child);
    match cmd.spawn() {
        Ok(child) => Ok(Value::tuple(vec![
            Value::Int(child.id() as i64),
            Value::Int(parent[0]),
            Value::Int(parent[1]),
            Value::Int(parent[2]),
        ])),
        Err(e) => {
            for fd in parent.into_iter().filter(|fd| *fd >= 0) {
                // SAFETY: closing descriptors this call created and nobody holds.
                unsafe { libc::close(fd as i32) };
            }
            let errno = e.raw_os_error().unwrap_or(libc::ENOENT);
            Err(os_error(vm, errno, Some(&executable)))
        }
    }
}

fn fd_arg(vm: &mut Vm, v: &Value) -> RunResult<i32> {
    let n = to_i64(vm, v)?;
    i32::try_from(n).map_err(|_| vm.value_error("bad file descriptor"))
}

/// `read(fd, n)`: up to `n` bytes (b'' at end of file); `n < 0` reads to the end.
fn read(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "read", &args, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = to_i64(vm, &a[1])?;
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 65536];
    loop {
        let want = if n < 0 {
            chunk.len()
        } else {
            (n as usize - out.len()).min(chunk.len())
        };
        if want == 0 {
            break;
        }
        // SAFETY: `chunk` is a live buffer of at least `want` bytes.
        let got = unsafe { libc::read(fd, chunk.as_mut_ptr().cast(), want) };
        if got < 0 {
            let errno = last_errno();
            if errno == libc::EINTR {
                continue;
            }
            return Err(os_error(vm, errno, None));
        }
        if got == 0 {
            break;
        }
        out.extend_from_slice(&chunk[..got as usize]);
        if n >= 0 {
            break;
        }
    }
    Ok(Value::bytes(out))
}

fn write_all(fd: i32, mut data: &[u8]) -> Result<(), i32> {
    while !data.is_empty() {
        // SAFETY: `data` is a live slice; write reads at most its length.
        let put = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if put < 0 {
            let errno = last_errno();
            if errno == libc::EINTR {
                continue;
            }
            return Err(errno);
        }
        data = &data[put as usize..];
    }
    Ok(())
}

/// `write(fd, data)`: writes all of `data`, returns its length.
fn write(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "write", &args, 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let Value::Bytes(b) = &a[1] else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            a[1].type_name()
        )));
    };
    write_all(fd, b.as_bytes()).map_err(|errno| os_error(vm, errno, None))?;
    Ok(Value::Int(b.as_bytes().len() as i64))
}

fn close(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "close", &args, 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: the Python side closes each descriptor it owns once.
    unsafe { libc::close(fd) };
    Ok(Value::None)
}

/// The return code CPython reports: the exit status, or -N for death by signal N.
fn decode_status(status: i32) -> i64 {
    if libc::WIFSIGNALED(status) {
        -(libc::WTERMSIG(status) as i64)
    } else {
        libc::WEXITSTATUS(status) as i64
    }
}

/// Runs the handlers of signals that arrived during a wait (KeyboardInterrupt
/// for Ctrl-C), as CPython's blocking calls do on EINTR.
fn check_signals(vm: &mut Vm) -> RunResult<()> {
    if vm.take_interrupt() {
        vm.handle_interrupt()?;
    }
    Ok(())
}

/// One `waitpid`: Some(code) once the child has ended.
fn reap(vm: &Vm, pid: i32, block: bool) -> RunResult<Option<i64>> {
    loop {
        let mut status = 0;
        // SAFETY: `status` is a valid out-pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, if block { 0 } else { libc::WNOHANG }) };
        if r == pid {
            return Ok(Some(decode_status(status)));
        }
        if r == 0 {
            return Ok(None);
        }
        match last_errno() {
            libc::EINTR => continue,
            // already reaped elsewhere: CPython reports 0 as well
            libc::ECHILD => return Ok(Some(0)),
            errno => return Err(os_error(vm, errno, None)),
        }
    }
}

fn timeout_arg(vm: &mut Vm, v: &Value) -> RunResult<Option<Instant>> {
    let secs = match v {
        Value::None => return Ok(None),
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        other => {
            return Err(vm.type_error(format!(
                "timeout must be a number, not {}",
                other.type_name()
            )))
        }
    };
    let secs = if secs.is_finite() {
        secs.clamp(0.0, 1e9)
    } else {
        1e9
    };
    Ok(Some(Instant::now() + Duration::from_secs_f64(secs)))
}

/// `wait(pid, timeout)`: the return code, or None when `timeout` passed first.
fn wait(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "wait", &args, 2, 2)?;
    let pid = fd_arg(vm, &a[0])?;
    // polled rather than blocking, so that Ctrl-C and signal handlers get
    // their turn while the child runs
    if vm.green_must_yield() {
        return wait_parked(vm, pid, &a[1]);
    }
    let deadline = timeout_arg(vm, &a[1])?;
    let mut pause = Duration::from_micros(500);
    loop {
        if let Some(code) = reap(vm, pid, false)? {
            return Ok(Value::Int(code));
        }
        check_signals(vm)?;
        let now = Instant::now();
        let left = match deadline {
            Some(d) if now >= d => return Ok(Value::None),
            Some(d) => d - now,
            None => pause,
        };
        std::thread::sleep(pause.min(left));
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// A descriptor that becomes readable when process `pid` ends (Linux 5.3's
/// `pidfd_open`); None where the kernel lacks it.
fn pidfd(pid: i32) -> Option<OwnedFd> {
    // SAFETY: plain system call; a non-negative result is a new descriptor we own.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    // SAFETY: as above.
    (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd as i32) })
}

/// The seconds of a timeout argument on the VM's clock: None waits for ever.
fn deadline_arg(vm: &mut Vm, v: &Value) -> RunResult<Option<f64>> {
    let d = timeout_arg(vm, v)?;
    let now = vm.asyncio.clock.monotonic(vm.virtual_time);
    Ok(d.map(|d| now + d.saturating_duration_since(Instant::now()).as_secs_f64()))
}

/// `wait` while other Python threads run: the calling thread parks until the
/// child ends (its pidfd is readable) and the others go on (CPython releases
/// the GIL in `waitpid`).
fn wait_parked(vm: &mut Vm, pid: i32, timeout: &Value) -> RunResult<Value> {
    let deadline = deadline_arg(vm, timeout)?;
    let fd = pidfd(pid);
    let fds = fd
        .as_ref()
        .map(|f| vec![(f.as_raw_fd(), libc::POLLIN)])
        .unwrap_or_default();
    vm.green_io(IoWait {
        fds: Rc::new(RefCell::new(fds)),
        deadline,
        attempt: Box::new(move |vm, timed_out| {
            let _owned = &fd;
            match reap(vm, pid, false) {
                Ok(Some(code)) => Some(Ok(Value::Int(code))),
                Ok(None) => timed_out.then_some(Ok(Value::None)),
                Err(e) => Some(Err(e)),
            }
        }),
    })
}

fn poll(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "poll", &args, 1, 1)?;
    let pid = fd_arg(vm, &a[0])?;
    Ok(reap(vm, pid, false)?.map_or(Value::None, Value::Int))
}

fn kill(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "kill", &args, 2, 2)?;
    let pid = fd_arg(vm, &a[0])?;
    let sig = fd_arg(vm, &a[1])?;
    // SAFETY: kill(2) with any arguments is safe; errors come back as -1.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(os_error(vm, last_errno(), None));
    }
    Ok(Value::None)
}

/// The state of one `communicate`: the three descriptors (-1 once finished),
/// the input and how much of it is written, the output read so far.
struct Exchange {
    fds: [i32; 3],
    data: Vec<u8>,
    written: usize,
    outs: [Vec<u8>; 2],
}

impl Exchange {
    fn done(&self) -> bool {
        self.fds.iter().all(|fd| *fd < 0)
    }

    /// The descriptors still open with the events awaited on each.
    fn polls(&self) -> Vec<libc::pollfd> {
        self.fds
            .iter()
            .enumerate()
            .filter(|(_, fd)| **fd >= 0)
            .map(|(i, fd)| libc::pollfd {
                fd: *fd,
                events: if i == 0 { libc::POLLOUT } else { libc::POLLIN },
                revents: 0,
            })
            .collect()
    }

    /// One `poll` of up to `wait_ms` (-1: for ever) and the transfers it
    /// allows; returns whether any descriptor was ready.
    fn step(&mut self, vm: &mut Vm, wait_ms: i32) -> RunResult<bool> {
        let mut polls = self.polls();
        // SAFETY: `polls` is a live array of the given length.
        let r = unsafe { libc::poll(polls.as_mut_ptr(), polls.len() as libc::nfds_t, wait_ms) };
        if r < 0 {
            return match last_errno() {
                libc::EINTR => check_signals(vm).map(|_| false),
                errno => Err(os_error(vm, errno, None)),
            };
        }
        for p in &polls {
            if p.revents == 0 {
                continue;
            }
            let slot = self.fds.iter().position(|fd| *fd == p.fd).unwrap_or(0);
            if slot == 0 {
                let (data, written) = (&self.data, self.written);
                let end = (written + 512).min(data.len());
                // SAFETY: a live slice; the fd is non-blocking-safe for PIPE_BUF bytes.
                let put =
                    unsafe { libc::write(p.fd, data[written..end].as_ptr().cast(), end - written) };
                let failed = put < 0 && last_errno() != libc::EINTR;
                if put > 0 {
                    self.written += put as usize;
                }
                // a child that stopped reading (EPIPE) is not an error, as in CPython
                if failed || self.written >= self.data.len() {
                    // SAFETY: closing our own pipe end once.
                    unsafe { libc::close(p.fd) };
                    self.fds[0] = -1;
                }
            } else {
                let mut buf = vec![0u8; 65536];
                // SAFETY: `buf` is a live buffer of its length.
                let got = unsafe { libc::read(p.fd, buf.as_mut_ptr().cast(), buf.len()) };
                if got > 0 {
                    self.outs[slot - 1].extend_from_slice(&buf[..got as usize]);
                } else if got == 0 || last_errno() != libc::EINTR {
                    // SAFETY: closing our own pipe end once, at its end of file.
                    unsafe { libc::close(p.fd) };
                    self.fds[slot] = -1;
                }
            }
        }
        Ok(r > 0)
    }

    /// `(written, out, err, in_fd, out_fd, err_fd)`.
    fn result(&mut self) -> Value {
        let [out, err] = std::mem::take(&mut self.outs);
        Value::tuple(vec![
            Value::Int(self.written as i64),
            Value::bytes(out),
            Value::bytes(err),
            Value::Int(self.fds[0] as i64),
            Value::Int(self.fds[1] as i64),
            Value::Int(self.fds[2] as i64),
        ])
    }
}

/// `communicate(in_fd, data, out_fd, err_fd, timeout)` → `(written, out, err,
/// in_fd, out_fd, err_fd)`: feeds `data` and drains both outputs at once (so
/// neither side blocks on a full pipe) until all are done or the deadline
/// passes. A descriptor is closed when finished and comes back as -1.
fn communicate(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "communicate", &args, 5, 5)?;
    let fds = [fd_arg(vm, &a[0])?, fd_arg(vm, &a[2])?, fd_arg(vm, &a[3])?];
    let data: Vec<u8> = match &a[1] {
        Value::Bytes(b) => b.as_bytes().to_vec(),
        _ => Vec::new(),
    };
    let mut ex = Exchange {
        fds,
        data,
        written: 0,
        outs: [Vec::new(), Vec::new()],
    };
    if ex.fds[0] >= 0 && ex.data.is_empty() {
        // SAFETY: closing our own pipe end signals EOF to the child.
        unsafe { libc::close(ex.fds[0]) };
        ex.fds[0] = -1;
    }
    if vm.green_must_yield() {
        return communicate_parked(vm, ex, &a[4]);
    }
    let deadline = timeout_arg(vm, &a[4])?;
    while !ex.done() {
        let wait_ms = match deadline {
            None => -1,
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    break;
                }
                (d - now).as_millis().min(i32::MAX as u128) as i32 + 1
            }
        };
        ex.step(vm, wait_ms)?;
    }
    Ok(ex.result())
}

/// `communicate` while other Python threads run: every transfer possible now
/// is made, then the calling thread parks on the descriptors still open.
fn communicate_parked(vm: &mut Vm, ex: Exchange, timeout: &Value) -> RunResult<Value> {
    let deadline = deadline_arg(vm, timeout)?;
    let fds = Rc::new(RefCell::new(Vec::new()));
    let open = fds.clone();
    let ex = RefCell::new(ex);
    vm.green_io(IoWait {
        fds,
        deadline,
        attempt: Box::new(move |vm, timed_out| {
            let mut ex = ex.borrow_mut();
            loop {
                if ex.done() {
                    return Some(Ok(ex.result()));
                }
                match ex.step(vm, 0) {
                    Ok(true) => continue,
                    Ok(false) => break,
                    Err(e) => return Some(Err(e)),
                }
            }
            if timed_out {
                return Some(Ok(ex.result()));
            }
            // The wait polls only the descriptors still open.
            *open.borrow_mut() = ex.polls().iter().map(|p| (p.fd, p.events)).collect();
            None
        }),
    })
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("spawn", spawn),
    ("read", read),
    ("write", write),
    ("close", close),
    ("wait", wait),
    ("poll", poll),
    ("kill", kill),
    ("communicate", communicate),
];

/// Builds the `_subprocess` module.
pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    let mut items: Vec<(&str, Value)> = FUNCS.iter().map(|(n, f)| (*n, func(n, *f))).collect();
    items.push(("PIPE", Value::Int(PIPE)));
    items.push(("DEVNULL", Value::Int(DEVNULL)));
    items.push(("STDOUT", Value::Int(STDOUT)));
    Ok(new_module("_subprocess", items))
}
