//! `_socket`, the native half of `socket` (CPython 3.11 `Modules/socketmodule.c`):
//! system calls over file descriptors (`ops.rs`), address conversion
//! (`addr.rs`), name resolution (`resolve.rs`) and the constants. The `socket`
//! class, `create_connection`, `create_server` and the enums are Python
//! (`stdlib/lib/socket.py`), as CPython's `Lib/socket.py` is over `_socket`.
//! The functions here are private: socket.py checks arguments and passes
//! descriptors, families and timeouts explicitly.

mod addr;
mod ops;
mod resolve;

use crate::builtins::args::funcs;
use crate::modules::constants::{ints, libc_ints};
use crate::modules::new_module;
use coil_interp::object::{Args, Module, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

const FUNCS: &[(&str, NativeFn)] = &[
    ("_socket", f_socket),
    ("_socketpair", f_socketpair),
    ("_close", f_close),
    ("_bind", f_bind),
    ("_listen", f_listen),
    ("_accept", f_accept),
    ("_connect", f_connect),
    ("_recv", f_recv),
    ("_recvfrom", f_recvfrom),
    ("_send", f_send),
    ("_sendto", f_sendto),
    ("_shutdown", f_shutdown),
    ("_getsockname", f_getsockname),
    ("_getpeername", f_getpeername),
    ("_setblocking", f_setblocking),
    ("_setsockopt", f_setsockopt),
    ("_getsockopt", f_getsockopt),
    ("_dup", f_dup),
    ("getaddrinfo", f_getaddrinfo),
    ("gethostname", f_gethostname),
    ("_strerror", f_strerror),
];

/// The constants socket.py exports (Linux values, from the C headers).
const CONSTANTS: &[(&str, i64)] = libc_ints![
    AF_UNSPEC,
    AF_INET,
    AF_INET6,
    AF_UNIX,
    SOCK_STREAM,
    SOCK_DGRAM,
    SOCK_RAW,
    SOCK_SEQPACKET,
    SOCK_NONBLOCK,
    SOCK_CLOEXEC,
    SOL_SOCKET,
    SOL_TCP,
    SOL_UDP,
    SO_REUSEADDR,
    SO_REUSEPORT,
    SO_KEEPALIVE,
    SO_BROADCAST,
    SO_ERROR,
    SO_TYPE,
    SO_DOMAIN,
    SO_PROTOCOL,
    SO_SNDBUF,
    SO_RCVBUF,
    SO_LINGER,
    SO_ACCEPTCONN,
    IPPROTO_IP,
    IPPROTO_TCP,
    IPPROTO_UDP,
    IPPROTO_IPV6,
    IPV6_V6ONLY,
    TCP_NODELAY,
    SHUT_RD,
    SHUT_WR,
    SHUT_RDWR,
    MSG_PEEK,
    MSG_DONTWAIT,
    MSG_WAITALL,
    AI_PASSIVE,
    AI_CANONNAME,
    AI_NUMERICHOST,
    AI_NUMERICSERV,
    AI_ADDRCONFIG,
    EAI_NONAME,
];

pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let mut items = funcs(FUNCS);
    items.extend(ints(CONSTANTS));
    // What the kernel allows since Linux 5.4 (CPython reads 4096 from newer
    // headers; libc's constant still says 128).
    items.push(("SOMAXCONN", Value::Int(4096)));
    items.push(("gaierror", Value::Class(resolve::gaierror_class(vm))));
    items.push(("herror", Value::Class(resolve::herror_class(vm))));
    Ok(new_module("_socket", items))
}

fn int(vm: &mut Vm, args: &Args, i: usize) -> RunResult<i64> {
    match args.pos.get(i) {
        Some(v) => int_value(vm, v),
        None => Err(vm.type_error("missing argument")),
    }
}

/// An int argument; an int subclass (the `AddressFamily` members) reads as its
/// int value (`to_i64` alone would call `int.__index__`, which Coil's slot
/// wrapper refuses for enum members).
pub(crate) fn int_value(vm: &mut Vm, v: &Value) -> RunResult<i64> {
    let base = vm.builtin_base(v);
    crate::builtins::args::to_i64(vm, &base)
}

fn fd(vm: &mut Vm, args: &Args) -> RunResult<i32> {
    let v = int(vm, args, 0)?;
    i32::try_from(v).map_err(|_| vm.overflow_error("file descriptor out of range"))
}

fn i32_at(vm: &mut Vm, args: &Args, i: usize) -> RunResult<i32> {
    let v = int(vm, args, i)?;
    i32::try_from(v).map_err(|_| vm.overflow_error("signed integer is greater than maximum"))
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

fn data(vm: &Vm, args: &Args, i: usize) -> RunResult<Vec<u8>> {
    match args.pos.get(i) {
        Some(Value::Bytes(b)) => Ok(b.as_bytes().to_vec()),
        Some(other) => crate::types::bytes_buffer_of(other).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other).as_str()
            ))
        }),
        None => Err(vm.type_error("missing argument")),
    }
}

fn size(vm: &mut Vm, args: &Args, i: usize, what: &str) -> RunResult<usize> {
    let n = int(vm, args, i)?;
    if n < 0 {
        return Err(vm.value_error(format!("negative buffersize in {what}")));
    }
    if n > (1 << 31) {
        return Err(vm.overflow_error("buffer size too large"));
    }
    Ok(n as usize)
}

fn f_socket(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (f, t, p) = (
        i32_at(vm, &args, 0)?,
        i32_at(vm, &args, 1)?,
        i32_at(vm, &args, 2)?,
    );
    ops::new_socket(vm, f, t, p)
}

fn f_socketpair(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (f, t, p) = (
        i32_at(vm, &args, 0)?,
        i32_at(vm, &args, 1)?,
        i32_at(vm, &args, 2)?,
    );
    ops::socketpair(vm, f, t, p)
}

fn f_close(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd(vm, &args)?;
    ops::close(vm, fd)
}

fn f_bind(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, fam) = (fd(vm, &args)?, i32_at(vm, &args, 1)?);
    ops::bind(vm, fd, fam, &arg(&args, 2))
}

fn f_listen(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, b) = (fd(vm, &args)?, i32_at(vm, &args, 1)?);
    ops::listen(vm, fd, b)
}

fn f_accept(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd(vm, &args)?;
    ops::accept(vm, fd, ops::timeout_of(args.pos.get(1)))
}

fn f_connect(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, fam) = (fd(vm, &args)?, i32_at(vm, &args, 1)?);
    ops::connect(
        vm,
        fd,
        fam,
        &arg(&args, 2),
        ops::timeout_of(args.pos.get(3)),
    )
}

fn f_recv(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, n, fl) = (
        fd(vm, &args)?,
        size(vm, &args, 1, "recv")?,
        i32_at(vm, &args, 2)?,
    );
    ops::recv(vm, fd, n, fl, ops::timeout_of(args.pos.get(3)))
}

fn f_recvfrom(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, n, fl) = (
        fd(vm, &args)?,
        size(vm, &args, 1, "recvfrom")?,
        i32_at(vm, &args, 2)?,
    );
    ops::recvfrom(vm, fd, n, fl, ops::timeout_of(args.pos.get(3)))
}

fn f_send(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, d, fl) = (fd(vm, &args)?, data(vm, &args, 1)?, i32_at(vm, &args, 2)?);
    ops::send(vm, fd, &d, fl, ops::timeout_of(args.pos.get(3)))
}

fn f_sendto(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, d, fl) = (fd(vm, &args)?, data(vm, &args, 1)?, i32_at(vm, &args, 2)?);
    let fam = i32_at(vm, &args, 3)?;
    let timeout = ops::timeout_of(args.pos.get(5));
    ops::sendto(vm, fd, &d, fl, fam, &arg(&args, 4), timeout)
}

fn f_shutdown(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, how) = (fd(vm, &args)?, i32_at(vm, &args, 1)?);
    ops::shutdown(vm, fd, how)
}

fn f_getsockname(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd(vm, &args)?;
    ops::sockname(vm, fd, false)
}

fn f_getpeername(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd(vm, &args)?;
    ops::sockname(vm, fd, true)
}

fn f_setblocking(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd(vm, &args)?;
    let b = vm.truthy(&arg(&args, 1))?;
    ops::setblocking(vm, fd, b)
}

fn f_setsockopt(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, level, opt) = (fd(vm, &args)?, i32_at(vm, &args, 1)?, i32_at(vm, &args, 2)?);
    ops::setsockopt(vm, fd, level, opt, &arg(&args, 3))
}

fn f_getsockopt(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fd, level, opt) = (fd(vm, &args)?, i32_at(vm, &args, 1)?, i32_at(vm, &args, 2)?);
    let buflen = size(vm, &args, 3, "getsockopt")?;
    ops::getsockopt(vm, fd, level, opt, buflen)
}

fn f_dup(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let fd = fd(vm, &args)?;
    ops::dup(vm, fd)
}

fn f_getaddrinfo(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    resolve::getaddrinfo(vm, args.pos)
}

fn f_gethostname(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    resolve::gethostname(vm)
}

fn f_strerror(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let e = i32_at(vm, &args, 0)?;
    Ok(Value::string(coil_interp::vm::errors::strerror(e)))
}
