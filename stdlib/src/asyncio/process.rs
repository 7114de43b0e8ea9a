//! The native half of `asyncio.subprocess` (CPython 3.11 `unix_events.py`,
//! `_UnixSubprocessTransport`, and `subprocess.Popen`'s pipe set-up): spawning
//! a child with pipes, its pidfd (readable when the child exits, so the loop's
//! reactor notices the exit without blocking and without SIGCHLD), a
//! non-blocking `waitpid`, signals, and raw pipe reads and writes. The
//! `Process` class and the pipe transports are Python (`subprocess.py`).

use coil_interp::event_loop::io_methods::os_error;
use coil_interp::object::Args;
use coil_interp::{RunResult, Value, Vm};
use std::os::fd::{FromRawFd, IntoRawFd, OwnedFd};
use std::process::{Command, Stdio};

const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

fn err(vm: &mut Vm) -> coil_interp::object::Exc {
    os_error(vm, &std::io::Error::last_os_error())
}

fn pipe(vm: &mut Vm) -> RunResult<(OwnedFd, OwnedFd)> {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(err(vm));
    }
    // SAFETY: both descriptors were just created and are owned here.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

fn int_of(v: Option<&Value>) -> Option<i64> {
    match v {
        Some(Value::Int(i)) => Some(*i),
        _ => None,
    }
}

/// `_spawn(argv, stdin, stdout, stderr, cwd)`: each stream is None (inherit),
/// PIPE, DEVNULL, STDOUT (stderr only) or a file descriptor. Returns
/// `(pid, pidfd, stdin_fd, stdout_fd, stderr_fd)`, the pipe ends the parent
/// keeps (or None).
pub fn spawn(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let argv = match args.pos.first() {
        Some(v) => vm.collect(v)?,
        None => return Err(vm.type_error("_spawn() missing argv")),
    };
    let mut words = Vec::new();
    for a in &argv {
        match a {
            Value::Str(s) => words.push(s.as_str().to_string()),
            Value::Bytes(b) => words.push(String::from_utf8_lossy(b.as_bytes()).into_owned()),
            other => {
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    other.type_name()
                )))
            }
        }
    }
    let Some((prog, rest)) = words.split_first() else {
        return Err(vm.value_error("args must not be empty"));
    };
    let mut cmd = Command::new(prog);
    cmd.args(rest);
    if let Some(Value::Str(cwd)) = args.pos.get(4) {
        cmd.current_dir(cwd.as_str());
    }
    let mut parent = [None, None, None];
    let mut stdout_write: Option<OwnedFd> = None;
    for (i, v) in [args.pos.get(1), args.pos.get(2), args.pos.get(3)]
        .into_iter()
        .enumerate()
    {
        let stdio = match int_of(v) {
            None => Stdio::inherit(),
            Some(PIPE) => {
                let (r, w) = pipe(vm)?;
                let (mine, theirs) = if i == 0 { (w, r) } else { (r, w) };
                if i == 1 {
                    stdout_write = Some(theirs.try_clone().map_err(|e| os_error(vm, &e))?);
                }
                parent[i] = Some(mine.into_raw_fd());
                Stdio::from(theirs)
            }
            Some(DEVNULL) => Stdio::null(),
            Some(STDOUT) if i == 2 => match stdout_write.take() {
                Some(fd) => Stdio::from(fd),
                None => Stdio::inherit(),
            },
            Some(fd) if fd >= 0 => {
                // SAFETY: dup of a descriptor the caller passed; the copy is
                // owned by the child's Stdio.
                let d = unsafe { libc::fcntl(fd as i32, libc::F_DUPFD_CLOEXEC, 0) };
                if d < 0 {
                    return Err(err(vm));
                }
                // SAFETY: `d` was just created.
                Stdio::from(unsafe { OwnedFd::from_raw_fd(d) })
            }
            Some(_) => return Err(vm.value_error("invalid stream argument")),
        };
        match i {
            0 => cmd.stdin(stdio),
            1 => cmd.stdout(stdio),
            _ => cmd.stderr(stdio),
        };
    }
    drop(stdout_write);
    vm.flush_stdout();
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            for fd in parent.iter().flatten() {
                // SAFETY: closing the parent's ends made above.
                unsafe { libc::close(*fd) };
            }
            return Err(os_error(vm, &e));
        }
    };
    // `cmd` holds the child's ends: drop them so EOF reaches the parent.
    drop(cmd);
    let pid = child.id() as i32;
    // The Child is forgotten, not waited: `_waitpid` reaps it.
    drop(child);
    // SAFETY: pidfd_open on the child just spawned.
    let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) } as i64;
    if pidfd >= 0 {
        // SAFETY: set close-on-exec on the new descriptor.
        unsafe { libc::fcntl(pidfd as i32, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    for fd in parent.iter().flatten() {
        // SAFETY: the parent's pipe ends are made non-blocking for the loop.
        unsafe {
            let fl = libc::fcntl(*fd, libc::F_GETFL);
            libc::fcntl(*fd, libc::F_SETFL, fl | libc::O_NONBLOCK);
        }
    }
    let fdv = |f: Option<i32>| f.map_or(Value::None, |f| Value::Int(f as i64));
    Ok(Value::tuple(vec![
        Value::Int(pid as i64),
        if pidfd >= 0 {
            Value::Int(pidfd)
        } else {
            Value::None
        },
        fdv(parent[0]),
        fdv(parent[1]),
        fdv(parent[2]),
    ]))
}

/// `_waitpid(pid)`: the return code if the child has exited (negative signal
/// number when killed), else None.
pub fn waitpid(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pid = int_of(args.pos.first()).unwrap_or(-1) as i32;
    let mut status = 0;
    // SAFETY: `status` is a writable int.
    let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
    if r == 0 {
        return Ok(Value::None);
    }
    if r < 0 {
        return Err(err(vm));
    }
    let code = if libc::WIFSIGNALED(status) {
        -libc::WTERMSIG(status)
    } else {
        libc::WEXITSTATUS(status)
    };
    Ok(Value::Int(code as i64))
}

/// `_kill(pid, sig)`.
pub fn kill(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pid = int_of(args.pos.first()).unwrap_or(-1) as i32;
    let sig = int_of(args.pos.get(1)).unwrap_or(0) as i32;
    // SAFETY: plain system call.
    if unsafe { libc::kill(pid, sig) } < 0 {
        return Err(err(vm));
    }
    Ok(Value::None)
}

/// `_read(fd, n)`: bytes (b'' at EOF); None when nothing is available yet.
pub fn read(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = int_of(args.pos.first()).unwrap_or(-1) as i32;
    let n = int_of(args.pos.get(1)).unwrap_or(65536).clamp(0, 1 << 20) as usize;
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is writable for its length.
    let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, n) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        if e.kind() == std::io::ErrorKind::WouldBlock {
            return Ok(Value::None);
        }
        return Err(os_error(vm, &e));
    }
    buf.truncate(r as usize);
    Ok(Value::bytes(buf))
}

/// `_write(fd, data)`: bytes written (0 when the pipe is full).
pub fn write(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = int_of(args.pos.first()).unwrap_or(-1) as i32;
    let Some(Value::Bytes(b)) = args.pos.get(1) else {
        return Err(vm.type_error("_write() needs bytes"));
    };
    let data = b.as_bytes();
    // SAFETY: `data` is readable for its length.
    let r = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        if e.kind() == std::io::ErrorKind::WouldBlock {
            return Ok(Value::Int(0));
        }
        return Err(os_error(vm, &e));
    }
    Ok(Value::Int(r as i64))
}

/// `_close_fd(fd)`.
pub fn close_fd(_vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if let Some(fd) = int_of(args.pos.first()) {
        // SAFETY: closing a descriptor the Python side owns.
        unsafe { libc::close(fd as i32) };
    }
    Ok(Value::None)
}
