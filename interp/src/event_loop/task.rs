//! `asyncio.Task` (CPython 3.11 `Lib/asyncio/tasks.py`, `Task.__step`,
//! `__wakeup`, `cancel`; reprs from `base_tasks.py`). A task drives its root
//! coroutine with `Vm::gen_resume`: the coroutine owns its suspended chain of
//! frames, so a step is one resume whatever the depth of the await chain. What the
//! coroutine yields decides what happens next, transcribing `__step`'s decisions:
//! a blocking future → wait on it (wakeup callback), `None` → run again next
//! iteration (`sleep(0)`), anything else → a RuntimeError thrown in by a later step.

use super::future::{
    self, fut_of, make_cancelled_error, set_exception, set_result, Fut, FutCallback, FutKind,
    FutState,
};
use super::handle::Callback;
use super::{classes, is_cancelled_error, loop_of};
use crate::object::{Exc, GenState, Value};
use crate::vm::{GenStep, Vm};
use crate::RunResult;
use std::cell::{Cell, RefCell};

pub struct TaskPart {
    pub coro: Value,
    /// The name; `Int(n)` stands for `Task-n` until first read, so an unnamed
    /// task allocates no string (`name()` formats and keeps it).
    pub name: RefCell<Value>,
    pub fut_waiter: RefCell<Option<Value>>,
    pub must_cancel: Cell<bool>,
    pub num_cancels_requested: Cell<u32>,
    /// The `Context` every step runs in (`Task._context`).
    pub context: Value,
    /// Set once the "destroyed but it is pending" report is made (or the task
    /// finished), so a revived task is reported once.
    pub destroy_reported: Cell<bool>,
}

impl TaskPart {
    /// The task's name (`Task.get_name()`).
    pub fn name(&self) -> Value {
        let mut name = self.name.borrow_mut();
        if let Value::Int(n) = *name {
            *name = Value::string(format!("Task-{n}"));
        }
        name.clone()
    }

    /// `<Task finished name='…' coro=<…>` for the "never retrieved" report, made
    /// without the VM (the task is being freed).
    pub fn finished_repr_head(&self) -> String {
        let name = match &self.name() {
            Value::Str(s) => format!("'{}'", s.as_str()),
            _ => "?".into(),
        };
        format!("name={name} coro=<{}>", coro_desc(None, &self.coro))
    }
}

/// `coroutines._format_coroutine`: `f() running at file:5` or `f() done, defined
/// at file:5`. `line_now` is the line of a coroutine that is running right now.
pub fn coro_desc(line_now: Option<u32>, coro: &Value) -> String {
    match coro {
        Value::Generator(g) => {
            let file = g.code.filename.as_str();
            match g.state.get() {
                GenState::Closed => format!(
                    "{}() done, defined at {file}:{}",
                    g.qualname.as_str(),
                    g.code.first_line
                ),
                GenState::Created => {
                    format!(
                        "{}() running at {file}:{}",
                        g.qualname.as_str(),
                        g.code.first_line
                    )
                }
                GenState::Suspended => format!(
                    "{}() running at {file}:{}",
                    g.qualname.as_str(),
                    g.suspended_line()
                ),
                GenState::Running => format!(
                    "{}() running at {file}:{}",
                    g.qualname.as_str(),
                    line_now.unwrap_or(g.code.first_line)
                ),
            }
        }
        // An `aclose()`/`athrow()`/`anext()` awaitable: no name, no code.
        other => format!("<{} without __name__>()", other.type_name()),
    }
}

fn task_of(v: &Value) -> Option<(&Fut, &TaskPart)> {
    let f = fut_of(v)?;
    Some((f, f.task()?))
}

/// Creates a task for `coro` on `loop_` and schedules its first step, in a
/// copy of the current context.
pub fn new_task(vm: &mut Vm, loop_: &Value, coro: Value, name: Value) -> RunResult<Value> {
    new_task_in(vm, loop_, coro, name, None)
}

/// The context a task's steps run in (an empty one for a value that is not a
/// task, which the loop never schedules).
pub fn task_context(task: &Value) -> Value {
    match task_of(task) {
        Some((_, t)) => t.context.clone(),
        None => Value::None,
    }
}

/// `Task(coro, loop=, name=, context=)`: `context=None` copies the current one.
pub fn new_task_in(
    vm: &mut Vm,
    loop_: &Value,
    coro: Value,
    name: Value,
    context: Option<Value>,
) -> RunResult<Value> {
    let site = std::mem::take(&mut vm.asyncio.creation_site);
    if !matches!(&coro, Value::Generator(g) if g.kind == crate::object::GenKind::Coroutine)
        && !crate::vm::async_gen::is_awaitable(&coro)
    {
        let r = vm.repr(&coro)?;
        return Err(vm.type_error(format!("a coroutine was expected, got {}", r.as_str())));
    }
    let name = if name.is_none() {
        vm.asyncio.task_counter += 1;
        Value::Int(vm.asyncio.task_counter as i64)
    } else if matches!(name, Value::Str(_)) {
        name
    } else {
        Value::Str(vm.to_str(&name)?)
    };
    let context = match context.filter(|c| !c.is_none()) {
        Some(c) if crate::vm::context::context_of(&c).is_some() => c,
        Some(c) => {
            return Err(vm.type_error(format!(
                "an instance of Context was expected, got {}",
                c.type_name()
            )))
        }
        None => vm.copy_context(),
    };
    let part = TaskPart {
        coro,
        name: RefCell::new(name),
        fut_waiter: RefCell::new(None),
        must_cancel: Cell::new(false),
        num_cancels_requested: Cell::new(0),
        context,
        destroy_reported: Cell::new(false),
    };
    let cls = classes(vm).task.clone();
    let task = future::new_tracked(&cls, Fut::new(loop_.clone(), FutKind::Task(Box::new(part))));
    future::note_creation(vm, &task, site);
    if let Some(l) = loop_of(loop_) {
        l.call_soon(Callback::Step {
            task: task.clone(),
            exc: None,
        });
    }
    vm.asyncio.register_task(&task);
    super::trace::task_created(vm, &task);
    Ok(task)
}

/// `Task.cancel(msg)`.
pub fn task_cancel(vm: &mut Vm, me: &Value, msg: Value) -> RunResult<bool> {
    let (f, t) = task_of(me).ok_or_else(|| vm.type_error("not a task"))?;
    f.log_traceback.set(false);
    if f.done() {
        return Ok(false);
    }
    t.num_cancels_requested
        .set(t.num_cancels_requested.get() + 1);
    super::trace::task_cancelled(vm, me);
    let waiter = t.fut_waiter.borrow().clone();
    if let Some(w) = waiter {
        if future::cancel(vm, &w, msg.clone())? {
            return Ok(true);
        }
    }
    t.must_cancel.set(true);
    f.set_cancel_message(msg);
    Ok(true)
}

/// `Task.__wakeup(future)`.
pub fn task_wakeup(vm: &mut Vm, task: &Value, fut: &Value) -> RunResult<()> {
    match future::result(vm, fut) {
        Ok(_) => task_step(vm, task, None),
        Err(e) => task_step(vm, task, Some(e)),
    }
}

fn step_later(task: &Value, f: &Fut, exc: Exc) {
    if let Some(l) = loop_of(&f.loop_) {
        l.call_soon(Callback::Step {
            task: task.clone(),
            exc: Some(exc),
        });
    }
}

/// `Task.__step(exc)`.
pub fn task_step(vm: &mut Vm, task: &Value, exc: Option<Exc>) -> RunResult<()> {
    let (f, t) = task_of(task).ok_or_else(|| vm.type_error("not a task"))?;
    if f.done() {
        let r = future::repr(vm, task)?;
        let e = match &exc {
            Some(e) => vm.repr(&Value::Instance(e.clone()))?.as_str().to_string(),
            None => "None".into(),
        };
        return Err(future::invalid_state(
            vm,
            format!("_step(): already done: {r}, {e}"),
        ));
    }
    let mut exc = exc;
    if t.must_cancel.get() {
        if !exc.as_ref().is_some_and(|e| is_cancelled_error(vm, e)) {
            exc = Some(make_cancelled_error(vm, f));
        }
        t.must_cancel.set(false);
    }
    *t.fut_waiter.borrow_mut() = None;

    if let Some(cur) = vm.asyncio.current_task.clone() {
        let (a, b) = (vm.repr(&cur)?, future::repr(vm, task)?);
        return Err(vm.runtime_error(format!(
            "Cannot enter into task {b} while another task {} is being executed.",
            a.as_str()
        )));
    }
    vm.asyncio.current_task = Some(task.clone());
    super::trace::step_begin(vm, task);
    let r = match &t.coro {
        Value::Generator(g) => {
            let g = g.clone();
            vm.gen_resume(&g, Value::None, exc)
        }
        // `create_task(agen.aclose())`: the awaitable is a coroutine by its methods.
        other => crate::vm::async_gen::task_step(vm, other, exc),
    };
    // What the step freed is finalised inside it, as in CPython (an async
    // generator's finalizer hook schedules its `aclose()` before this task's
    // done callbacks).
    vm.run_finalizers();
    vm.asyncio.current_task = None;

    let done = match r {
        Ok(GenStep::Return(v)) => {
            if t.must_cancel.get() {
                t.must_cancel.set(false);
                let msg = f.cancel_message();
                future::future_cancel(vm, task, msg);
                Ok(())
            } else {
                set_result(vm, task, v)
            }
        }
        Err(e) if is_cancelled_error(vm, &e) => {
            f.set_cancelled_exc(e);
            future::future_cancel(vm, task, Value::None);
            Ok(())
        }
        Err(e) => {
            let fatal = vm.exc_matches(&e, &vm.types.exc.keyboard_interrupt.clone())
                || vm.exc_matches(&e, &vm.types.exc.system_exit.clone());
            match set_exception(vm, task, e.clone()) {
                Ok(()) if fatal => Err(e),
                other => other,
            }
        }
        Ok(GenStep::Yield(v)) => yielded(vm, task, f, t, v),
    };
    super::trace::step_end(vm, task);
    done
}

/// The four cases of what a coroutine yielded to its task.
fn yielded(vm: &mut Vm, task: &Value, f: &Fut, t: &TaskPart, v: Value) -> RunResult<()> {
    if let Some(yf) = fut_of(&v) {
        if !yf.loop_.is(&f.loop_) {
            let (a, b) = (future::repr(vm, task)?, future::repr(vm, &v)?);
            let e = vm.runtime_error(format!(
                "Task {a} got Future {b} attached to a different loop"
            ));
            step_later(task, f, e);
        } else if yf.blocking.get() {
            if v.is(task) {
                let a = future::repr(vm, task)?;
                let e = vm.runtime_error(format!("Task cannot await on itself: {a}"));
                step_later(task, f, e);
            } else {
                yf.blocking.set(false);
                future::add_done_callback(vm, &v, FutCallback::Wakeup(task.clone()));
                *t.fut_waiter.borrow_mut() = Some(v.clone());
                if t.must_cancel.get() {
                    let msg = f.cancel_message();
                    if future::cancel(vm, &v, msg)? {
                        t.must_cancel.set(false);
                    }
                }
            }
        } else {
            let (a, b) = (future::repr(vm, task)?, future::repr(vm, &v)?);
            let e = vm.runtime_error(format!(
                "yield was used instead of yield from in task {a} with {b}"
            ));
            step_later(task, f, e);
        }
    } else if v.is_none() {
        if let Some(l) = loop_of(&f.loop_) {
            l.call_soon(Callback::Step {
                task: task.clone(),
                exc: None,
            });
        }
    } else {
        let a = future::repr(vm, task)?;
        let b = vm.repr(&v)?;
        let msg = if matches!(&v, Value::Generator(g) if g.kind == crate::object::GenKind::Generator)
        {
            format!(
                "yield was used instead of yield from for generator in task {a} with {}",
                b.as_str()
            )
        } else {
            format!("Task got bad yield: {}", b.as_str())
        };
        let e = vm.runtime_error(msg);
        step_later(task, f, e);
    }
    Ok(())
}

/// The line a running coroutine is at: its frame on the VM's stack.
fn running_line(vm: &Vm, coro: &Value) -> Option<u32> {
    let Value::Generator(g) = coro else {
        return None;
    };
    if g.state.get() != GenState::Running {
        return None;
    }
    for fr in vm.frames.iter().rev() {
        if std::rc::Rc::ptr_eq(fr.code(), &g.code) {
            return Some(fr.line());
        }
    }
    None
}

/// `base_tasks._task_repr_info`.
pub fn task_repr_info(vm: &mut Vm, me: &Value) -> RunResult<Vec<String>> {
    let mut info = future::repr_info(vm, me)?;
    let (f, t) = task_of(me).ok_or_else(|| vm.type_error("not a task"))?;
    if t.num_cancels_requested.get() > 0 && f.state.get() == FutState::Pending {
        info[0] = "cancelling".into();
    }
    let name = vm.repr(&t.name())?;
    info.insert(1, format!("name={}", name.as_str()));
    let line = running_line(vm, &t.coro);
    info.insert(2, format!("coro=<{}>", coro_desc(line, &t.coro)));
    let waiter = t.fut_waiter.borrow().clone();
    if let Some(w) = waiter {
        let r = future::repr(vm, &w)?;
        info.insert(3, format!("wait_for={r}"));
    }
    Ok(info)
}

/// `TaskObj_finalize` (`Modules/_asynciomodule.c`): a task freed while pending
/// goes to its loop's exception handler as `{'message': 'Task was destroyed but
/// it is pending!', 'task': task}` (`source_traceback` in debug mode).
pub fn report_destroyed(vm: &mut Vm, task: &Value) {
    let Some(f) = fut_of(task) else { return };
    if f.done() {
        return;
    }
    let loop_ = f.loop_.clone();
    let mut context = vec![
        (
            "message",
            Value::str("Task was destroyed but it is pending!"),
        ),
        ("task", task.clone()),
    ];
    let tb = f.source_tb();
    if tb.is_some() {
        context.push((
            "source_traceback",
            super::debug::source_traceback_list(tb.as_ref()),
        ));
    }
    vm.call_exception_handler(&loop_, context, None);
}
