//! `select`: `select.select(rlist, wlist, xlist[, timeout])` and `select.error`
//! (CPython 3.11 `Modules/selectmodule.c` `select_select_impl`,
//! `seq2set`/`set2list`). The wait is made with `poll(2)` (no `FD_SETSIZE`
//! limit); a hang-up or an error counts as readable, an error as writable, as
//! `select(2)` reports them. With other Python threads the calling thread parks
//! instead of blocking them all (`vm/green_io.rs`; CPython releases the GIL).

use super::new_module;
use crate::builtins::args::{func, positional, to_f64};
use coil_interp::object::{Args, Module, Str};
use coil_interp::vm::green_io::IoWait;
use coil_interp::{RunResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "select",
        vec![
            ("select", func("select", select)),
            ("error", Value::Class(vm.types.exc.os_error.clone())),
        ],
    ))
}

/// `PyObject_AsFileDescriptor`.
fn file_descriptor(vm: &mut Vm, v: &Value) -> RunResult<i32> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let Some(m) = vm.get_attr_opt(v, &Str::intern("fileno"))? else {
                return Err(vm.type_error("argument must be an int, or have a fileno() method."));
            };
            match vm.call(&m, &[], &[])? {
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                _ => return Err(vm.type_error("fileno() returned a non-integer")),
            }
        }
    };
    if n < 0 {
        return Err(vm.value_error(format!(
            "file descriptor cannot be a negative integer ({n})"
        )));
    }
    i32::try_from(n).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

/// One of the three lists: its objects and their descriptors.
fn seq(vm: &mut Vm, v: &Value) -> RunResult<Vec<(Value, i32)>> {
    let items = match vm.collect(v) {
        Ok(items) => items,
        Err(e) if e.class().is_subclass(&vm.types.exc.type_error) => {
            return Err(vm.type_error("arguments 1-3 must be sequences"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let fd = file_descriptor(vm, &item)?;
        out.push((item, fd));
    }
    Ok(out)
}

/// The three lists, polled once with `timeout_ms` (-1: no limit).
type Lists = Rc<[Vec<(Value, i32)>; 3]>;

const EVENTS: [i16; 3] = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];

/// Polls every descriptor once; None when nothing is ready.
fn poll_once(vm: &mut Vm, lists: &Lists, timeout_ms: i32) -> RunResult<Option<Value>> {
    let mut fds: Vec<libc::pollfd> = Vec::new();
    for (k, list) in lists.iter().enumerate() {
        for &(_, fd) in list {
            fds.push(libc::pollfd {
                fd,
                events: EVENTS[k],
                revents: 0,
            });
        }
    }
    // SAFETY: `fds` is a valid array of `fds.len()` pollfds for the call.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) };
    if n < 0 {
        let errno = std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO);
        if errno == libc::EINTR {
            return Ok(None);
        }
        return Err(vm.os_error(errno, None, None));
    }
    if fds.iter().any(|p| p.revents & libc::POLLNVAL != 0) {
        return Err(vm.os_error(libc::EBADF, None, None));
    }
    if n == 0 {
        return Ok(None);
    }
    let mut i = 0;
    let mut result = Vec::new();
    for (k, list) in lists.iter().enumerate() {
        let mut ready = Vec::new();
        for (obj, _) in list {
            let r = fds[i].revents;
            i += 1;
            let hit = match k {
                0 => r & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
                1 => r & (libc::POLLOUT | libc::POLLERR) != 0,
                _ => r & libc::POLLPRI != 0,
            };
            if hit {
                ready.push(obj.clone());
            }
        }
        result.push(Value::list(ready));
    }
    Ok(Some(Value::tuple(result)))
}

fn empty_result() -> Value {
    Value::tuple(vec![
        Value::list(vec![]),
        Value::list(vec![]),
        Value::list(vec![]),
    ])
}

/// `select.select(rlist, wlist, xlist, timeout=None)`.
fn select(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "select", &args, 3, 4)?;
    let timeout = match pos.get(3) {
        None | Some(Value::None) => None,
        Some(t @ (Value::Int(_) | Value::Float(_) | Value::Bool(_))) => {
            let t = to_f64(vm, t)?;
            if t.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if t > 9.2e9 {
                return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
            }
            if t < 0.0 {
                return Err(vm.value_error("timeout must be non-negative"));
            }
            Some(t)
        }
        // A big int.
        Some(t) if t.type_name() == "int" => {
            return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"))
        }
        Some(_) => return Err(vm.type_error("timeout must be a float or None")),
    };
    let lists: Lists = Rc::new([seq(vm, &pos[0])?, seq(vm, &pos[1])?, seq(vm, &pos[2])?]);
    if let Some(r) = poll_once(vm, &lists, 0)? {
        return Ok(r);
    }
    if timeout == Some(0.0) {
        return Ok(empty_result());
    }
    if vm.green_must_yield() {
        let fds: Vec<(i32, i16)> = lists
            .iter()
            .enumerate()
            .flat_map(|(k, l)| l.iter().map(move |&(_, fd)| (fd, EVENTS[k])))
            .collect();
        let deadline = timeout.map(|t| vm.loop_time() + t);
        let lists = lists.clone();
        return vm.green_io(IoWait {
            fds: Rc::new(RefCell::new(fds)),
            deadline,
            attempt: Box::new(move |vm, timed_out| match poll_once(vm, &lists, 0) {
                Ok(Some(r)) => Some(Ok(r)),
                Ok(None) if timed_out => Some(Ok(empty_result())),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            }),
        });
    }
    // Alone: wait in the kernel, in slices so that Ctrl-C is seen.
    let end = timeout.map(|t| std::time::Instant::now() + std::time::Duration::from_secs_f64(t));
    vm.flush_stdout();
    loop {
        if vm.take_interrupt() {
            return Err(vm.keyboard_interrupt());
        }
        let slice = match end {
            None => 50,
            Some(end) => {
                let left = end.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    return Ok(empty_result());
                }
                left.as_millis().clamp(1, 50) as i32
            }
        };
        if let Some(r) = poll_once(vm, &lists, slice)? {
            return Ok(r);
        }
    }
}
