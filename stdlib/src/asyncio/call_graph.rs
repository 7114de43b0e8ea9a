//! Natives behind `graph.py` (CPython 3.14 `Lib/asyncio/graph.py`:
//! `capture_call_graph`, `format_call_graph`, `print_call_graph`) and 3.14's
//! `future_add_to_awaited_by`/`future_discard_from_awaited_by`
//! (`Lib/asyncio/futures.py`). The graph is built and rendered by
//! `coil_interp::event_loop::call_graph`, which the SIGQUIT dump shares; here it
//! becomes nested tuples that `graph.py` wraps in `FutureCallGraph` objects.
//! Also `_lock_owner`, with which `Lock.acquire` tells the deadlock report who
//! holds a lock.

use crate::builtins::args::{positional, to_i64};
use coil_interp::event_loop::call_graph::{self, Graph, StackFrame};
use coil_interp::event_loop::deadlock;
use coil_interp::object::{Args, Native};
use coil_interp::vm::frame_object::FrameObject;
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// `(future, skip, limit)` as the Python part passes them.
fn graph_args(vm: &mut Vm, name: &str, args: &Args) -> RunResult<(Value, usize, Option<i64>)> {
    let a = positional(vm, name, args, 3, 3)?;
    let skip = to_i64(vm, &a[1])?.max(0) as usize;
    let limit = if a[2].is_none() {
        None
    } else {
        Some(to_i64(vm, &a[2])?)
    };
    Ok((a[0].clone(), skip, limit))
}

fn frame_object(vm: &Vm, f: &StackFrame) -> Value {
    Value::Native(Rc::new(Native {
        class: vm.types.frame.clone(),
        data: Box::new(FrameObject {
            code: f.code.clone(),
            lasti: f.lasti,
            globals: Some(f.globals.clone()),
            locals: None,
            started: true,
            back: Value::None,
            running_at: None,
        }),
    }))
}

fn to_tuples(vm: &Vm, g: &Graph) -> Value {
    let frames = g.stack.iter().map(|f| frame_object(vm, f)).collect();
    let by = g.awaited_by.iter().map(|a| to_tuples(vm, a)).collect();
    Value::tuple(vec![
        g.future.clone(),
        Value::tuple(frames),
        Value::tuple(by),
    ])
}

/// `_capture_call_graph(future, skip, limit)`: `(future, frames, awaited_by)`,
/// frames innermost first, `skip` frames left off a running task's top (the
/// caller's frame is the top).
pub fn capture(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fut, skip, limit) = graph_args(vm, "_capture_call_graph", &args)?;
    let g = call_graph::capture(vm, &fut, skip, limit);
    Ok(to_tuples(vm, &g))
}

/// `_format_call_graph(future, skip, limit)`: 3.14's text.
pub fn format(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (fut, skip, limit) = graph_args(vm, "_format_call_graph", &args)?;
    let g = call_graph::capture(vm, &fut, skip, limit);
    Ok(Value::string(call_graph::render(vm, &g)?))
}

/// `future_add_to_awaited_by(fut, waiter, /)`.
pub fn add_awaited_by(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "future_add_to_awaited_by", &args, 2, 2)?;
    call_graph::add_awaited_by(&a[0], &a[1]);
    Ok(Value::None)
}

/// `future_discard_from_awaited_by(fut, waiter, /)`.
pub fn discard_awaited_by(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "future_discard_from_awaited_by", &args, 2, 2)?;
    call_graph::discard_awaited_by(&a[0], &a[1]);
    Ok(Value::None)
}

/// `_lock_owner(lock)`: the current task has just acquired `lock`.
pub fn lock_owner(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if let Some(lock) = args.pos.first() {
        deadlock::record_lock_owner(vm, lock);
    }
    Ok(Value::None)
}
