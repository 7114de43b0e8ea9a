//! `asyncio.run` (CPython 3.11 `runners.py`, `Runner` and `_cancel_all_tasks`):
//! a new loop, the main task (`Task-1` in a fresh program), then the tasks still
//! pending are cancelled and gathered, the shutdown steps run, and the loop closes.

use super::gather::gather;
use super::runner_frames::{self, Exit};
use coil_interp::event_loop::future::{self, fut_of};
use coil_interp::event_loop::get_running_loop;
use coil_interp::event_loop::{loop_of, new_event_loop, task, FutState};
use coil_interp::object::{Args, GenKind};
use coil_interp::{RunResult, Value, Vm};

pub fn run(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let Some(main) = args.pos.first() else {
        return Err(vm.type_error("run() missing 1 required positional argument: 'main'"));
    };
    let debug = args
        .kw
        .iter()
        .find(|(k, _)| k.as_str() == "debug")
        .map(|(_, v)| v.clone());
    if vm.asyncio.running_loop.is_some() {
        let e = vm.runtime_error("asyncio.run() cannot be called from a running event loop");
        runner_frames::add(&e, Exit::Nested);
        return Err(e);
    }
    if !matches!(main, Value::Generator(g) if g.kind == GenKind::Coroutine) {
        let r = vm.repr(main)?;
        let e = vm.value_error(format!("a coroutine was expected, got {}", r.as_str()));
        runner_frames::add(&e, Exit::NotCoroutine);
        return Err(e);
    }
    // `Runner._lazy_init`: the loop comes from the policy, which also records
    // that the current loop was set (and unset at the end), so a later
    // `get_event_loop()` does not make one.
    let l = match policy_call(vm, "new_event_loop", None)? {
        Some(l) => l,
        None => {
            let l = new_event_loop(vm);
            crate::modules::logging_support::log_selector_in_use(vm)?;
            l
        }
    };
    if let (Some(d), Some(li)) = (debug, loop_of(&l)) {
        if !d.is_none() {
            let b = vm.truthy(&d)?;
            li.debug.set(b);
        }
    }
    vm.asyncio.event_loop = Some(l.clone());
    policy_call(vm, "set_event_loop", Some(l.clone()))?;
    vm.asyncio.creation_site = coil_interp::event_loop::debug::SITE_ASYNCIO_RUN;
    let r = task::new_task(vm, &l, main.clone(), Value::None).and_then(|t| {
        let outer = vm.asyncio.main_task.replace(t.clone());
        vm.asyncio.interrupted = false;
        let outer_run = std::mem::replace(&mut vm.asyncio.native_run, true);
        let r = vm.run_until_complete(&l, &t);
        vm.asyncio.native_run = outer_run;
        if let Err(e) = &r {
            let exit =
                if vm.asyncio.interrupted && coil_interp::event_loop::is_cancelled_error(vm, e) {
                    Exit::CancelledByInterrupt
                } else {
                    Exit::UntilComplete
                };
            runner_frames::add(e, exit);
            // A SystemExit/KeyboardInterrupt leaving the main task: CPython's
            // traceback keeps the task alive to shutdown, where nothing is logged.
            if let Some(f) = fut_of(&t) {
                f.log_traceback.set(false);
            }
        }
        vm.asyncio.main_task = outer;
        interrupted_result(vm, r)
    });
    let closed = close(vm, &l);
    vm.asyncio.event_loop = None;
    let unset = policy_call(vm, "set_event_loop", Some(Value::None));
    if let Some(li) = loop_of(&l) {
        li.closed.set(true);
        li.ready.borrow_mut().clear();
    }
    vm.flush_async_reports();
    let v = r?;
    closed?;
    unset?;
    Ok(v)
}

/// Calls `name` (`new_event_loop` / `set_event_loop`) of the policy module
/// (`runners.py`) when a policy other than the default one is set, or always
/// for `set_event_loop`. `None` when asyncio's Python part is not there.
fn policy_call(vm: &mut Vm, name: &str, arg: Option<Value>) -> RunResult<Option<Value>> {
    let Some(Value::Module(m)) = vm.modules.get_str("asyncio.runners") else {
        return Ok(None);
    };
    if arg.is_none()
        && m.dict
            .get_str("_event_loop_policy")
            .is_none_or(|p| p.is_none())
    {
        return Ok(None);
    }
    let Some(f) = m.dict.get_str(name) else {
        return Ok(None);
    };
    let args: Vec<Value> = arg.into_iter().collect();
    vm.call(&f, &args, &[]).map(Some)
}

/// `Runner.close`: cancel what is left, then the two shutdown steps
/// (`shutdown_asyncgens`, `shutdown_default_executor`), each a task that finishes
/// at its first step: two loop iterations and a task number each.
fn close(vm: &mut Vm, l: &Value) -> RunResult<()> {
    cancel_all_tasks(vm, l)?;
    for step in 0..2 {
        vm.asyncio.task_counter += 1;
        if loop_of(l).is_none_or(|li| li.closed.get()) {
            break;
        }
        if step == 0 && shutdown_asyncgens(vm, l)? {
            continue;
        }
        let lv = l.clone();
        for _ in 0..2 {
            run_iteration(vm, &lv)?;
        }
    }
    Ok(())
}

/// `BaseEventLoop.shutdown_asyncgens`: every async generator first iterated under
/// this loop and still alive is closed, all at once (`gather` of their
/// `aclose()`, each a task); one whose closing raised is reported through the
/// default exception handler. False (nothing done) when there are none.
fn shutdown_asyncgens(vm: &mut Vm, l: &Value) -> RunResult<bool> {
    let agens = coil_interp::vm::async_gen_hooks::take_loop_asyncgens(l);
    if agens.is_empty() {
        return Ok(false);
    }
    let mut closing = Vec::with_capacity(agens.len());
    for ag in &agens {
        let aw = coil_interp::vm::async_gen::aclose(vm, ag)?;
        closing.push(task::new_task(vm, l, aw, Value::None)?);
    }
    let g = gather(vm, &closing, true)?;
    vm.run_until_complete(l, &g)?;
    let Value::List(results) = future::result(vm, &g)? else {
        return Ok(true);
    };
    let results = results.items.borrow().clone();
    for (r, ag) in results.iter().zip(&agens) {
        let Value::Instance(e) = r else { continue };
        if !e.class().is_subclass(&vm.types.exc.exception) {
            continue;
        }
        let agr = vm.repr(ag)?;
        let tb = coil_interp::vm::traceback::format_exception(vm, e);
        vm.write_stderr(&format!(
            "an error occurred during closing of asynchronous generator {0}\nasyncgen: {0}\n{tb}",
            agr.as_str()
        ));
    }
    Ok(true)
}

fn run_iteration(vm: &mut Vm, l: &Value) -> RunResult<()> {
    let Some(li) = loop_of(l) else { return Ok(()) };
    li.running.set(true);
    vm.asyncio.running_loop = Some(l.clone());
    // The iteration stands for one in which a shutdown task is ready, so the
    // selector call must not block on watched descriptors (a server left
    // open): `stopping` makes `run_once` poll with a zero timeout.
    let was_stopping = li.stopping.replace(true);
    let r = vm.run_once(li);
    li.stopping.set(was_stopping);
    li.running.set(false);
    vm.asyncio.running_loop = None;
    r.map(|_| ())
}

/// `_cancel_all_tasks`.
fn cancel_all_tasks(vm: &mut Vm, l: &Value) -> RunResult<()> {
    let to_cancel = vm.asyncio.live_tasks(l);
    if to_cancel.is_empty() {
        return Ok(());
    }
    for t in &to_cancel {
        future::cancel(vm, t, Value::None)?;
    }
    let g = gather(vm, &to_cancel, true)?;
    vm.run_until_complete(l, &g)?;
    for t in &to_cancel {
        let Some(f) = fut_of(t) else { continue };
        if f.state.get() == FutState::Cancelled {
            continue;
        }
        if let Value::Instance(e) = future::exception(vm, t)? {
            let r = future::repr(vm, t)?;
            let tb = coil_interp::vm::traceback::format_exception(vm, &e);
            vm.write_stderr(&format!(
                "unhandled exception during asyncio.run() shutdown\ntask: {r}\n{tb}"
            ));
        }
    }
    Ok(())
}

/// `Runner.run`: a main task cancelled by Ctrl-C ends in KeyboardInterrupt,
/// raised while handling its CancelledError.
fn interrupted_result(vm: &mut Vm, r: RunResult<Value>) -> RunResult<Value> {
    if !std::mem::take(&mut vm.asyncio.interrupted) {
        return r;
    }
    match r {
        Err(e) if coil_interp::event_loop::is_cancelled_error(vm, &e) => {
            let ki = vm.keyboard_interrupt();
            runner_frames::add(&ki, Exit::Interrupted);
            if let Some(d) = ki.exc() {
                d.borrow_mut().context = Some(Value::Instance(e));
            }
            Err(ki)
        }
        other => other,
    }
}

/// `Runner.run`'s start (`_runner_begin(task)`): `task` becomes the main task
/// Ctrl-C cancels; returns the previous one for `_runner_end`.
pub fn runner_begin(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let t = args.pos.first().cloned().unwrap_or(Value::None);
    vm.asyncio.interrupted = false;
    Ok(vm.asyncio.main_task.replace(t).unwrap_or(Value::None))
}

/// `Runner.run`'s end (`_runner_end(previous)`): restores the previous main
/// task; true when Ctrl-C cancelled this one (the run ends in KeyboardInterrupt).
pub fn runner_end(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let prev = args.pos.first().cloned().filter(|v| !v.is_none());
    vm.asyncio.main_task = prev;
    Ok(Value::Bool(std::mem::take(&mut vm.asyncio.interrupted)))
}

/// `Runner.close`'s shutdown steps (`_runner_shutdown(loop)`): pending tasks
/// cancelled, async generators closed, the executor step; reports flushed.
pub fn runner_shutdown(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let l = args.pos.first().cloned().unwrap_or(Value::None);
    if loop_of(&l).is_none() {
        return Err(vm.type_error("not an event loop"));
    }
    if get_running_loop(vm).is_ok() {
        return Err(vm.runtime_error("Cannot run the event loop while another loop is running"));
    }
    let r = close(vm, &l);
    vm.flush_async_reports();
    r.map(|_| Value::None)
}
