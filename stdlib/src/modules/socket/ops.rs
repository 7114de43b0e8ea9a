//! The socket system calls over file descriptors, with CPython 3.11's timeout
//! rules (`socketmodule.c`, `sock_call_ex`): a socket with timeout None blocks
//! in the call; with a timeout its descriptor is non-blocking and the call
//! waits with `poll(2)` first, raising `TimeoutError('timed out')` when the
//! time runs out; with timeout 0.0 a call that would block raises
//! `BlockingIOError`. `socket.py` holds the `socket` class over these.

use super::addr::{from_sockaddr, to_sockaddr, tuple, SockAddr};
use coil_interp::event_loop::io_methods::os_error;
use coil_interp::object::Exc;
use coil_interp::vm::green_io::{fd_ready, IoWait};
use coil_interp::{RunResult, Value, Vm};

fn last_error(vm: &mut Vm) -> Exc {
    os_error(vm, &std::io::Error::last_os_error())
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn timeout_error(vm: &Vm) -> Exc {
    vm.new_error(&vm.types.exc.timeout_error, "timed out")
}

/// Waits until `fd` is readable (or writable): false when `timeout` ran out.
fn wait_fd(vm: &mut Vm, fd: i32, write: bool, timeout: f64) -> RunResult<bool> {
    let events = if write { libc::POLLOUT } else { libc::POLLIN };
    let deadline =
        std::time::Instant::now() + std::time::Duration::from_secs_f64(timeout.clamp(0.0, 1e9));
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let ms = left.as_millis().min(i32::MAX as u128) as i32;
        let mut p = libc::pollfd {
            fd,
            events,
            revents: 0,
        };
        // SAFETY: one valid pollfd for the duration of the call.
        let n = unsafe { libc::poll(&mut p, 1, ms) };
        if n > 0 {
            return Ok(true);
        }
        if n == 0 {
            return Ok(false);
        }
        if errno() != libc::EINTR {
            return Err(last_error(vm));
        }
    }
}

/// True when a call that would wait on `fd` must park the calling thread
/// instead: other Python threads exist (CPython releases the GIL around the
/// call) and `fd` is not ready now. Non-blocking sockets never wait.
fn must_park(vm: &Vm, fd: i32, write: bool, timeout: Option<f64>) -> bool {
    vm.green_must_yield() && timeout != Some(0.0) && !fd_ready(fd, events(write))
}

fn events(write: bool) -> i16 {
    if write {
        libc::POLLOUT
    } else {
        libc::POLLIN
    }
}

/// Parks the calling thread until `fd` is ready or `timeout` runs out
/// (`TimeoutError('timed out')`), then makes the call with `retry`, which
/// finds the descriptor ready (`vm/green_io.rs`).
fn park(
    vm: &mut Vm,
    fd: i32,
    write: bool,
    timeout: Option<f64>,
    retry: impl Fn(&mut Vm) -> RunResult<Value> + 'static,
) -> RunResult<Value> {
    let ev = events(write);
    let deadline = timeout.map(|t| vm.asyncio.clock.monotonic(vm.virtual_time) + t);
    vm.green_io(IoWait::one(
        fd,
        ev,
        deadline,
        Box::new(move |vm, timed_out| {
            if fd_ready(fd, ev) {
                Some(retry(vm))
            } else if timed_out {
                Some(Err(timeout_error(vm)))
            } else {
                None
            }
        }),
    ))
}

/// Runs `op` (a system call returning -1 with errno on failure) under the
/// socket's timeout, as `sock_call_ex` does.
fn sock_call(
    vm: &mut Vm,
    fd: i32,
    write: bool,
    timeout: Option<f64>,
    mut op: impl FnMut() -> isize,
) -> RunResult<isize> {
    loop {
        let r = op();
        if r >= 0 {
            return Ok(r);
        }
        let e = errno();
        if e == libc::EINTR {
            continue;
        }
        let would_block = e == libc::EAGAIN || e == libc::EWOULDBLOCK;
        match timeout {
            Some(t) if t > 0.0 && would_block => {
                if !wait_fd(vm, fd, write, t)? {
                    return Err(timeout_error(vm));
                }
            }
            _ => return Err(last_error(vm)),
        }
    }
}

pub fn timeout_of(v: Option<&Value>) -> Option<f64> {
    match v {
        Some(Value::Float(f)) => Some(*f),
        Some(Value::Int(i)) => Some(*i as f64),
        _ => None,
    }
}

pub fn new_socket(vm: &mut Vm, family: i32, ty: i32, proto: i32) -> RunResult<Value> {
    // SAFETY: plain system call.
    let fd = unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) };
    if fd < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::Int(fd as i64))
}

pub fn socketpair(vm: &mut Vm, family: i32, ty: i32, proto: i32) -> RunResult<Value> {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors.
    let rc = unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) };
    if rc < 0 {
        return Err(last_error(vm));
    }
    Ok(tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

pub fn close(vm: &mut Vm, fd: i32) -> RunResult<Value> {
    // SAFETY: closing a descriptor the socket object owns.
    let rc = unsafe { libc::close(fd) };
    // ECONNRESET on close is ignored, as CPython does.
    if rc < 0 && errno() != libc::ECONNRESET {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

pub fn bind(vm: &mut Vm, fd: i32, family: i32, addr: &Value) -> RunResult<Value> {
    let a = to_sockaddr(vm, family, addr, "bind")?;
    // SAFETY: the address is valid for its length.
    if unsafe { libc::bind(fd, a.ptr(), a.len) } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

pub fn listen(vm: &mut Vm, fd: i32, backlog: i32) -> RunResult<Value> {
    // SAFETY: plain system call.
    if unsafe { libc::listen(fd, backlog.max(0)) } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

pub fn accept(vm: &mut Vm, fd: i32, timeout: Option<f64>) -> RunResult<Value> {
    if must_park(vm, fd, false, timeout) {
        return park(vm, fd, false, timeout, move |vm| accept(vm, fd, timeout));
    }
    let mut a = SockAddr::empty();
    let r = sock_call(vm, fd, false, timeout, || {
        a.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: `a` is writable storage of the length passed.
        unsafe { libc::accept4(fd, a.mut_ptr(), &mut a.len, libc::SOCK_CLOEXEC) as isize }
    })?;
    Ok(tuple(vec![Value::Int(r as i64), from_sockaddr(&a)]))
}

/// `connect` / `connect_ex`: the errno of a failed connection (0 on success);
/// address errors and timeouts raise.
pub fn connect(
    vm: &mut Vm,
    fd: i32,
    family: i32,
    addr: &Value,
    timeout: Option<f64>,
) -> RunResult<Value> {
    let a = to_sockaddr(vm, family, addr, "connect")?;
    if timeout.is_none() && vm.green_must_yield() {
        return connect_parked(vm, fd, &a);
    }
    loop {
        // SAFETY: the address is valid for its length.
        let rc = unsafe { libc::connect(fd, a.ptr(), a.len) };
        if rc == 0 {
            return Ok(Value::Int(0));
        }
        let e = errno();
        if e == libc::EINTR {
            continue;
        }
        if e == libc::EINPROGRESS {
            if let Some(t) = timeout.filter(|t| *t > 0.0) {
                if !wait_fd(vm, fd, true, t)? {
                    return Err(timeout_error(vm));
                }
                return Ok(Value::Int(so_error(fd) as i64));
            }
        }
        return Ok(Value::Int(e as i64));
    }
}

/// A blocking `connect` while other threads run: started non-blocking, the
/// thread parks until the socket is writable, then reads its `SO_ERROR`.
fn connect_parked(vm: &mut Vm, fd: i32, a: &SockAddr) -> RunResult<Value> {
    // SAFETY: fcntl on a descriptor the socket owns.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    // SAFETY: as above.
    unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) };
    let rc = loop {
        // SAFETY: the address is valid for its length.
        let rc = unsafe { libc::connect(fd, a.ptr(), a.len) };
        if rc == 0 || errno() != libc::EINTR {
            break if rc == 0 { 0 } else { errno() };
        }
    };
    // SAFETY: as above; the connection goes on in the kernel.
    unsafe { libc::fcntl(fd, libc::F_SETFL, flags) };
    if rc != libc::EINPROGRESS {
        return Ok(Value::Int(rc as i64));
    }
    park(vm, fd, true, None, move |_| {
        Ok(Value::Int(so_error(fd) as i64))
    })
}

fn so_error(fd: i32) -> i32 {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `v` is a writable int of the length passed.
    unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_ERROR,
            &mut v as *mut _ as *mut libc::c_void,
            &mut len,
        )
    };
    v
}

pub fn recv(vm: &mut Vm, fd: i32, n: usize, flags: i32, timeout: Option<f64>) -> RunResult<Value> {
    if must_park(vm, fd, false, timeout) {
        return park(vm, fd, false, timeout, move |vm| {
            recv(vm, fd, n, flags, timeout)
        });
    }
    let mut buf = vec![0u8; n];
    let r = sock_call(vm, fd, false, timeout, || {
        // SAFETY: `buf` is writable for its length.
        unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, n, flags) }
    })?;
    buf.truncate(r as usize);
    Ok(Value::bytes(buf))
}

pub fn recvfrom(
    vm: &mut Vm,
    fd: i32,
    n: usize,
    flags: i32,
    timeout: Option<f64>,
) -> RunResult<Value> {
    if must_park(vm, fd, false, timeout) {
        return park(vm, fd, false, timeout, move |vm| {
            recvfrom(vm, fd, n, flags, timeout)
        });
    }
    let mut buf = vec![0u8; n];
    let mut a = SockAddr::empty();
    let r = sock_call(vm, fd, false, timeout, || {
        a.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: `buf` and `a` are writable for the lengths passed.
        unsafe {
            libc::recvfrom(
                fd,
                buf.as_mut_ptr() as *mut libc::c_void,
                n,
                flags,
                a.mut_ptr(),
                &mut a.len,
            )
        }
    })?;
    buf.truncate(r as usize);
    let addr = if a.len == 0 {
        Value::None
    } else {
        from_sockaddr(&a)
    };
    Ok(tuple(vec![Value::bytes(buf), addr]))
}

pub fn send(
    vm: &mut Vm,
    fd: i32,
    data: &[u8],
    flags: i32,
    timeout: Option<f64>,
) -> RunResult<Value> {
    if must_park(vm, fd, true, timeout) {
        let data = data.to_vec();
        return park(vm, fd, true, timeout, move |vm| {
            send(vm, fd, &data, flags, timeout)
        });
    }
    let r = sock_call(vm, fd, true, timeout, || {
        // SAFETY: `data` is readable for its length. MSG_NOSIGNAL: a closed
        // peer gives EPIPE (BrokenPipeError), CPython ignores SIGPIPE.
        unsafe {
            libc::send(
                fd,
                data.as_ptr() as *const libc::c_void,
                data.len(),
                flags | libc::MSG_NOSIGNAL,
            )
        }
    })?;
    Ok(Value::Int(r as i64))
}

pub fn sendto(
    vm: &mut Vm,
    fd: i32,
    data: &[u8],
    flags: i32,
    family: i32,
    addr: &Value,
    timeout: Option<f64>,
) -> RunResult<Value> {
    let a = to_sockaddr(vm, family, addr, "sendto")?;
    if must_park(vm, fd, true, timeout) {
        let (data, addr) = (data.to_vec(), addr.clone());
        return park(vm, fd, true, timeout, move |vm| {
            sendto(vm, fd, &data, flags, family, &addr, timeout)
        });
    }
    let r = sock_call(vm, fd, true, timeout, || {
        // SAFETY: `data` and the address are valid for their lengths.
        unsafe {
            libc::sendto(
                fd,
                data.as_ptr() as *const libc::c_void,
                data.len(),
                flags | libc::MSG_NOSIGNAL,
                a.ptr(),
                a.len,
            )
        }
    })?;
    Ok(Value::Int(r as i64))
}

pub fn shutdown(vm: &mut Vm, fd: i32, how: i32) -> RunResult<Value> {
    // SAFETY: plain system call.
    if unsafe { libc::shutdown(fd, how) } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

pub fn sockname(vm: &mut Vm, fd: i32, peer: bool) -> RunResult<Value> {
    let mut a = SockAddr::empty();
    // SAFETY: `a` is writable storage of the length passed.
    let rc = unsafe {
        if peer {
            libc::getpeername(fd, a.mut_ptr(), &mut a.len)
        } else {
            libc::getsockname(fd, a.mut_ptr(), &mut a.len)
        }
    };
    if rc < 0 {
        return Err(last_error(vm));
    }
    Ok(from_sockaddr(&a))
}

pub fn setblocking(vm: &mut Vm, fd: i32, blocking: bool) -> RunResult<Value> {
    // SAFETY: fcntl on a descriptor the socket owns.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(last_error(vm));
    }
    let new = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    // SAFETY: as above.
    if new != flags && unsafe { libc::fcntl(fd, libc::F_SETFL, new) } < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

pub fn setsockopt(vm: &mut Vm, fd: i32, level: i32, opt: i32, value: &Value) -> RunResult<Value> {
    let bytes: Vec<u8> = match value {
        Value::Int(i) => (*i as libc::c_int).to_ne_bytes().to_vec(),
        Value::Bool(b) => (*b as libc::c_int).to_ne_bytes().to_vec(),
        Value::Bytes(b) => b.as_bytes().to_vec(),
        other => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                other.type_name()
            )))
        }
    };
    // SAFETY: `bytes` is readable for its length.
    let rc = unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            bytes.as_ptr() as *const libc::c_void,
            bytes.len() as libc::socklen_t,
        )
    };
    if rc < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::None)
}

pub fn getsockopt(vm: &mut Vm, fd: i32, level: i32, opt: i32, buflen: usize) -> RunResult<Value> {
    let size = if buflen == 0 {
        std::mem::size_of::<libc::c_int>()
    } else {
        buflen.min(1024)
    };
    let mut buf = vec![0u8; size];
    let mut len = size as libc::socklen_t;
    // SAFETY: `buf` is writable for the length passed.
    let rc = unsafe {
        libc::getsockopt(
            fd,
            level,
            opt,
            buf.as_mut_ptr() as *mut libc::c_void,
            &mut len,
        )
    };
    if rc < 0 {
        return Err(last_error(vm));
    }
    if buflen == 0 {
        let mut b = [0u8; 4];
        b.copy_from_slice(&buf[..4]);
        return Ok(Value::Int(libc::c_int::from_ne_bytes(b) as i64));
    }
    buf.truncate(len as usize);
    Ok(Value::bytes(buf))
}

pub fn dup(vm: &mut Vm, fd: i32) -> RunResult<Value> {
    // SAFETY: plain system call.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(vm));
    }
    Ok(Value::Int(r as i64))
}
