//! Name resolution: `getaddrinfo`, `gethostname`, and the host part of
//! AF_INET/AF_INET6 addresses (CPython 3.11 `socketmodule.c`: `setipaddr`,
//! `socket_getaddrinfo`), through the C library's resolver (`/etc/hosts` gives
//! `localhost`). Failures are `socket.gaierror` with the resolver's errno and text.

use super::addr::{from_sockaddr, tuple, SockAddr};
use crate::builtins::args::class;
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Class, Exc};
use coil_interp::{RunResult, Value, Vm};
use std::ffi::{CStr, CString};
use std::net::{Ipv4Addr, Ipv6Addr};
use std::rc::Rc;

/// `socket.gaierror` (an OSError subclass).
pub fn gaierror_class(vm: &Vm) -> Rc<Class> {
    class(
        vm,
        "socket.gaierror",
        "socket",
        Some(&vm.types.exc.os_error),
        BaseKind::Exception,
        &[],
    )
}

/// `socket.herror`.
pub fn herror_class(vm: &Vm) -> Rc<Class> {
    class(
        vm,
        "socket.herror",
        "socket",
        Some(&vm.types.exc.os_error),
        BaseKind::Exception,
        &[],
    )
}

fn gaierror(vm: &Vm, code: i32) -> Exc {
    // SAFETY: gai_strerror returns a static NUL-terminated string.
    let text = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    let cls = gaierror_class(vm);
    vm.new_exception(&cls, vec![Value::Int(code as i64), Value::string(text)])
}

/// One resolver answer: family, type, proto, canonical name, address.
pub struct AddrInfo {
    pub family: i32,
    pub socktype: i32,
    pub proto: i32,
    pub canon: String,
    pub addr: SockAddr,
}

/// `getaddrinfo(3)`.
pub fn lookup(
    vm: &Vm,
    host: Option<&str>,
    port: Option<&str>,
    hints: (i32, i32, i32, i32),
) -> RunResult<Vec<AddrInfo>> {
    let host_c = match host {
        Some(h) => Some(CString::new(h).map_err(|_| vm.value_error("embedded null character"))?),
        None => None,
    };
    let port_c = match port {
        Some(p) => Some(CString::new(p).map_err(|_| vm.value_error("embedded null character"))?),
        None => None,
    };
    // SAFETY: addrinfo is plain old data; zeroes are the documented defaults.
    let mut h: libc::addrinfo = unsafe { std::mem::zeroed() };
    h.ai_family = hints.0;
    h.ai_socktype = hints.1;
    h.ai_protocol = hints.2;
    h.ai_flags = hints.3;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the strings outlive the call; `res` is freed below.
    let rc = unsafe {
        libc::getaddrinfo(
            host_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            port_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &h,
            &mut res,
        )
    };
    if rc != 0 {
        return Err(gaierror(vm, rc));
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: `p` walks the list getaddrinfo returned, not yet freed.
        let ai = unsafe { &*p };
        let mut addr = SockAddr::empty();
        let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
        // SAFETY: copies at most the storage's size from the entry's address.
        unsafe {
            std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, addr.mut_ptr() as *mut u8, n);
        }
        addr.len = n as libc::socklen_t;
        let canon = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a NUL-terminated string owned by the list.
            unsafe { CStr::from_ptr(ai.ai_canonname) }
                .to_string_lossy()
                .into_owned()
        };
        out.push(AddrInfo {
            family: ai.ai_family,
            socktype: ai.ai_socktype,
            proto: ai.ai_protocol,
            canon,
            addr,
        });
        p = ai.ai_next;
    }
    // SAFETY: `res` came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

/// The IPv4 address of `host` (`setipaddr`): '' is INADDR_ANY, `<broadcast>`
/// the broadcast address, numbers are parsed, names resolved.
pub fn ipv4_of(vm: &mut Vm, host: &str) -> RunResult<Ipv4Addr> {
    match host {
        "" => return Ok(Ipv4Addr::UNSPECIFIED),
        "<broadcast>" => return Ok(Ipv4Addr::BROADCAST),
        _ => {}
    }
    if let Ok(ip) = host.parse::<Ipv4Addr>() {
        return Ok(ip);
    }
    resolve(vm, host, libc::AF_INET)
}

/// The first address of `family` that the name `host` resolves to, or gaierror.
fn resolve<A: std::str::FromStr>(vm: &mut Vm, host: &str, family: i32) -> RunResult<A> {
    for ai in lookup(vm, Some(host), None, (family, 0, 0, 0))? {
        if let Value::Tuple(t) = from_sockaddr(&ai.addr) {
            if let Some(Value::Str(s)) = t.items.first() {
                if let Ok(ip) = s.as_str().parse() {
                    return Ok(ip);
                }
            }
        }
    }
    Err(gaierror(vm, libc::EAI_NONAME))
}

/// The IPv6 address of `host`.
pub fn ipv6_of(vm: &mut Vm, host: &str) -> RunResult<Ipv6Addr> {
    if host.is_empty() {
        return Ok(Ipv6Addr::UNSPECIFIED);
    }
    let bare = host.split('%').next().unwrap_or(host);
    if let Ok(ip) = bare.parse::<Ipv6Addr>() {
        return Ok(ip);
    }
    resolve(vm, host, libc::AF_INET6)
}

/// `_socket.getaddrinfo(host, port, family, type, proto, flags)`: host None or
/// str, port None, int or str; a list of `(family, type, proto, canonname,
/// sockaddr)` with plain ints (socket.py makes them enums).
pub fn getaddrinfo(vm: &mut Vm, args: &[Value]) -> RunResult<Value> {
    let host = match args.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Bytes(b)) => Some(String::from_utf8_lossy(b.as_bytes()).into_owned()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "getaddrinfo() argument 1 must be string or None, not {}",
                other.type_name()
            )))
        }
    };
    let port = match args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Int(i)) => Some(i.to_string()),
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Bytes(b)) => Some(String::from_utf8_lossy(b.as_bytes()).into_owned()),
        Some(_) => {
            return Err(vm.new_error(&vm.types.exc.os_error.clone(), "Int or String expected"))
        }
    };
    let mut hints = [0i32; 4];
    for (i, h) in hints.iter_mut().enumerate() {
        if let Some(v) = args.get(i + 2) {
            *h = super::int_value(vm, v)? as i32;
        }
    }
    let infos = lookup(
        vm,
        host.as_deref(),
        port.as_deref(),
        (hints[0], hints[1], hints[2], hints[3]),
    )?;
    let items = infos
        .into_iter()
        .map(|ai| {
            tuple(vec![
                Value::Int(ai.family as i64),
                Value::Int(ai.socktype as i64),
                Value::Int(ai.proto as i64),
                Value::string(ai.canon),
                from_sockaddr(&ai.addr),
            ])
        })
        .collect();
    Ok(Value::List(Rc::new(coil_interp::object::List::new(items))))
}

/// `gethostname()`.
pub fn gethostname(vm: &mut Vm) -> RunResult<Value> {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is writable for its length; the name is NUL-terminated
    // when it fits, and the last byte stays 0 otherwise.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len() - 1) };
    if rc != 0 {
        let e = std::io::Error::last_os_error();
        return Err(coil_interp::event_loop::io_methods::os_error(vm, &e));
    }
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(Value::string(
        String::from_utf8_lossy(&buf[..end]).into_owned(),
    ))
}
