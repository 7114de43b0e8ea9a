//! The loop's descriptor methods: `add_reader`, `remove_reader`, `add_writer`,
//! `remove_writer` (CPython 3.11 `selector_events.py`, `BaseSelectorEventLoop`),
//! over the reactor in `reactor.rs`. Everything above them (`sock_recv`,
//! transports, servers, streams) is Python in `stdlib/src/asyncio/`.

use super::handle::HandleState;
use super::methods::{check_open, handle_context, handle_value, need_loop};
use super::reactor::{IoCallback, Reactor};
use crate::object::{Args, NativeFn, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

pub const IO_METHODS: &[(&str, NativeFn)] = &[
    ("add_reader", loop_add_reader),
    ("remove_reader", loop_remove_reader),
    ("add_writer", loop_add_writer),
    ("remove_writer", loop_remove_writer),
    ("_add_reader", loop_add_reader_handle),
    ("_add_writer", loop_add_writer_handle),
    ("_has_io", loop_has_io),
    ("_polling", loop_polling),
];

/// The OSError for a failed call of the loop or the `socket` module
/// (`[Errno 111] Connection refused`): [`Vm::os_error_from_io`] without a file name.
pub fn os_error(vm: &mut Vm, e: &std::io::Error) -> crate::object::Exc {
    vm.os_error_from_io(e, None, None)
}

/// `selectors._fileobj_to_fd`: an int, or an object with `fileno()`.
pub fn fileobj_to_fd(vm: &mut Vm, obj: &Value) -> RunResult<i32> {
    let fd = match obj {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match vm.get_attr_opt(obj, &crate::object::Str::intern("fileno"))? {
            Some(f) => match vm.call(&f, &[], &[])? {
                Value::Int(i) => i,
                _ => {
                    let r = vm.repr(obj)?;
                    return Err(vm.value_error(format!("Invalid file object: {}", r.as_str())));
                }
            },
            None => {
                let r = vm.repr(obj)?;
                return Err(vm.value_error(format!("Invalid file object: {}", r.as_str())));
            }
        },
    };
    if fd < 0 || fd > i32::MAX as i64 {
        return Err(vm.value_error(format!("Invalid file descriptor: {fd}")));
    }
    Ok(fd as i32)
}

fn add(vm: &mut Vm, me: &Value, args: Args, write: bool) -> RunResult<Value> {
    let name = if write { "add_writer" } else { "add_reader" };
    for (k, _) in args.kw {
        if k.as_str() != "context" {
            return Err(vm.type_error(format!(
                "{name}() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    let [fileobj, func, rest @ ..] = args.pos else {
        return Err(vm.type_error(format!(
            "{name}() missing required arguments: 'fd' and 'callback'"
        )));
    };
    check_open(vm, me)?;
    let fd = fileobj_to_fd(vm, fileobj)?;
    let context = Some(handle_context(vm, &args)?);
    let desc = super::future::callback_desc(vm, func);
    let state = Rc::new(HandleState::default());
    let cb = IoCallback {
        func: func.clone(),
        args: rest.to_vec(),
        context,
        state: state.clone(),
    };
    let l = need_loop(vm, me)?;
    let mut slot = l.reactor.borrow_mut();
    if slot.is_none() {
        match Reactor::new() {
            Ok(r) => *slot = Some(r),
            Err(e) => {
                drop(slot);
                return Err(vm.new_error(&vm.types.exc.os_error.clone(), e.to_string()));
            }
        }
    }
    let r = slot.as_mut().map(|r| r.add(fd, write, cb));
    drop(slot);
    if let Some(Err(e)) = r {
        return Err(os_error(vm, &e));
    }
    Ok(handle_value(vm, state, desc, None))
}

fn remove(vm: &mut Vm, me: &Value, args: Args, write: bool) -> RunResult<Value> {
    let Some(fileobj) = args.pos.first() else {
        let name = if write {
            "remove_writer"
        } else {
            "remove_reader"
        };
        return Err(vm.type_error(format!(
            "{name}() missing 1 required positional argument: 'fd'"
        )));
    };
    let fd = fileobj_to_fd(vm, fileobj)?;
    let l = need_loop(vm, me)?;
    if l.closed.get() {
        return Ok(Value::Bool(false));
    }
    let removed = l
        .reactor
        .borrow_mut()
        .as_mut()
        .is_some_and(|r| r.remove(fd, write));
    Ok(Value::Bool(removed))
}

fn loop_add_reader(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    add(vm, me, args, false).map(|_| Value::None)
}

fn loop_add_writer(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    add(vm, me, args, true).map(|_| Value::None)
}

/// `_add_reader`: as `add_reader`, returning the handle (CPython's private
/// method, used by transports).
fn loop_add_reader_handle(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    add(vm, me, args, false)
}

fn loop_add_writer_handle(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    add(vm, me, args, true)
}

fn loop_remove_reader(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    remove(vm, me, args, false)
}

fn loop_remove_writer(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    remove(vm, me, args, true)
}

/// `loop._polling(fd, write)`: a reader (writer) is registered for `fd`.
fn loop_polling(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let (Some(Value::Int(fd)), Some(write)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.type_error("_polling(fd, write)"));
    };
    let write = vm.truthy(write)?;
    let l = need_loop(vm, me)?;
    let fd = i32::try_from(*fd).unwrap_or(-1);
    let on = l
        .reactor
        .borrow()
        .as_ref()
        .is_some_and(|r| r.watching(fd, write));
    Ok(Value::Bool(on))
}

fn loop_has_io(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Bool(need_loop(vm, me)?.has_io()))
}
