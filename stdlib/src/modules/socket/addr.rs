//! Socket addresses between Python and the OS, as CPython 3.11's
//! `Modules/socketmodule.c` converts them (`getsockaddrarg`, `makesockaddr`):
//! `(host, port)` for AF_INET, `(host, port, flowinfo, scope_id)` for AF_INET6,
//! a path (str or bytes) for AF_UNIX.

use super::resolve;
use coil_interp::{RunResult, Value, Vm};
use std::net::{Ipv4Addr, Ipv6Addr};

/// A `sockaddr_storage` with its length, ready for `bind`/`connect`/`sendto`.
pub struct SockAddr {
    pub storage: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    pub fn empty() -> SockAddr {
        SockAddr {
            // SAFETY: sockaddr_storage is plain old data; all zeroes is valid.
            storage: unsafe { std::mem::zeroed() },
            len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }

    pub fn ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const _ as *const libc::sockaddr
    }

    pub fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut _ as *mut libc::sockaddr
    }

    pub fn v4(ip: Ipv4Addr, port: u16) -> SockAddr {
        let mut a = SockAddr::empty();
        // SAFETY: sockaddr_storage is large enough and aligned for sockaddr_in.
        let sin = unsafe { &mut *(a.mut_ptr() as *mut libc::sockaddr_in) };
        sin.sin_family = libc::AF_INET as libc::sa_family_t;
        sin.sin_port = port.to_be();
        sin.sin_addr.s_addr = u32::from_ne_bytes(ip.octets());
        a.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        a
    }

    pub fn v6(ip: Ipv6Addr, port: u16, flowinfo: u32, scope_id: u32) -> SockAddr {
        let mut a = SockAddr::empty();
        // SAFETY: sockaddr_storage is large enough and aligned for sockaddr_in6.
        let sin6 = unsafe { &mut *(a.mut_ptr() as *mut libc::sockaddr_in6) };
        sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
        sin6.sin6_port = port.to_be();
        sin6.sin6_flowinfo = flowinfo.to_be();
        sin6.sin6_scope_id = scope_id;
        sin6.sin6_addr.s6_addr = ip.octets();
        a.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
        a
    }
}

fn int_of(vm: &mut Vm, v: &Value, what: &str) -> RunResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer{what}",
            other.type_name()
        ))),
    }
}

fn port_of(vm: &mut Vm, v: &Value, caller: &str) -> RunResult<u16> {
    let p = int_of(vm, v, "")?;
    if !(0..=65535).contains(&p) {
        return Err(vm.overflow_error(format!("{caller}(): port must be 0-65535.")));
    }
    Ok(p as u16)
}

fn host_of(vm: &mut Vm, v: &Value) -> RunResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b.as_bytes()).into_owned()),
        other => Err(vm.type_error(format!(
            "str, bytes or bytearray expected, not {}",
            other.type_name()
        ))),
    }
}

/// `getsockaddrarg`: the Python address `addr` for a socket of `family`.
pub fn to_sockaddr(vm: &mut Vm, family: i32, addr: &Value, caller: &str) -> RunResult<SockAddr> {
    match family {
        libc::AF_UNIX => {
            let path: Vec<u8> = match addr {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                Value::Bytes(b) => b.as_bytes().to_vec(),
                other => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        other.type_name()
                    )))
                }
            };
            let mut a = SockAddr::empty();
            // SAFETY: sockaddr_storage is large enough and aligned for sockaddr_un.
            let sun = unsafe { &mut *(a.mut_ptr() as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() {
                return Err(vm.new_error(&vm.types.exc.os_error.clone(), "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in sun.sun_path.iter_mut().zip(&path) {
                *d = *s as libc::c_char;
            }
            let base = std::mem::size_of::<libc::sa_family_t>();
            a.len = (base + path.len() + usize::from(path.first() != Some(&0))) as libc::socklen_t;
            Ok(a)
        }
        libc::AF_INET | libc::AF_INET6 => {
            let items = match addr {
                Value::Tuple(t) => t.items.to_vec(),
                other => {
                    let fam = if family == libc::AF_INET {
                        "AF_INET"
                    } else {
                        "AF_INET6"
                    };
                    return Err(vm.type_error(format!(
                        "{caller}(): {fam} address must be tuple, not {}",
                        other.type_name()
                    )));
                }
            };
            if family == libc::AF_INET {
                if items.len() != 2 {
                    return Err(vm.type_error("AF_INET address must be a pair (host, port)"));
                }
                let host = host_of(vm, &items[0])?;
                let port = port_of(vm, &items[1], caller)?;
                let ip = resolve::ipv4_of(vm, &host)?;
                Ok(SockAddr::v4(ip, port))
            } else {
                if !(2..=4).contains(&items.len()) {
                    return Err(vm.type_error(
                        "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])",
                    ));
                }
                let host = host_of(vm, &items[0])?;
                let port = port_of(vm, &items[1], caller)?;
                let flow = match items.get(2) {
                    Some(v) => int_of(vm, v, "")? as u32,
                    None => 0,
                };
                let scope = match items.get(3) {
                    Some(v) => int_of(vm, v, "")? as u32,
                    None => 0,
                };
                let ip = resolve::ipv6_of(vm, &host)?;
                Ok(SockAddr::v6(ip, port, flow, scope))
            }
        }
        _ => Err(vm.new_error(
            &vm.types.exc.os_error.clone(),
            format!("{caller}(): bad family"),
        )),
    }
}

/// `makesockaddr`: the Python value of an OS address.
pub fn from_sockaddr(a: &SockAddr) -> Value {
    let fam = a.storage.ss_family as i32;
    match fam {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin = unsafe { &*(a.ptr() as *const libc::sockaddr_in) };
            let ip = Ipv4Addr::from(sin.sin_addr.s_addr.to_ne_bytes());
            tuple(vec![
                Value::string(ip.to_string()),
                Value::Int(u16::from_be(sin.sin_port) as i64),
            ])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let sin6 = unsafe { &*(a.ptr() as *const libc::sockaddr_in6) };
            let ip = Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            tuple(vec![
                Value::string(ip.to_string()),
                Value::Int(u16::from_be(sin6.sin6_port) as i64),
                Value::Int(u32::from_be(sin6.sin6_flowinfo) as i64),
                Value::Int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let sun = unsafe { &*(a.ptr() as *const libc::sockaddr_un) };
            let base = std::mem::size_of::<libc::sa_family_t>();
            let n = (a.len as usize)
                .saturating_sub(base)
                .min(sun.sun_path.len());
            let raw: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
            if raw.first() == Some(&0) {
                return Value::bytes(raw);
            }
            let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
            Value::string(String::from_utf8_lossy(&raw[..end]).into_owned())
        }
        // An address of a family this module does not decode (CPython gives
        // `(family, bytes)`).
        _ => tuple(vec![Value::Int(fam as i64), Value::bytes(vec![])]),
    }
}

pub fn tuple(items: Vec<Value>) -> Value {
    Value::tuple(items)
}
