//! Running REPL input on the session's event loop (`asyncio/__main__.py`
//! `AsyncIOInteractiveConsole.runcode` and the loop's `run_forever` in the main
//! thread): the loop runs whenever the interpreter thread is not executing
//! input, including while the user types, and Ctrl-C cancels the input's task.

use super::reader::Input;
use super::Outcome;
use crate::sigint;
use coil_interp::compile::Mode;
use coil_interp::event_loop::future::{self, fut_of};
use coil_interp::event_loop::{loop_of, task, FutState};
use coil_interp::object::{Dict, Value};
use coil_interp::{Exc, RunResult, Vm};
use std::rc::Rc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// The longest the interpreter waits without looking at Ctrl-C or input.
const POLL: f64 = 0.02;

pub struct Session {
    pub loop_: Value,
}

impl Session {
    /// Waits for the next input while running the loop's due callbacks.
    pub fn wait_input(&mut self, vm: &mut Vm, inputs: &Receiver<Input>) -> Input {
        loop {
            let delay = match self.pump(vm) {
                Ok(d) => d,
                Err(e) => {
                    // A background callback's KeyboardInterrupt or SystemExit.
                    report(vm, &e);
                    Some(0.0)
                }
            };
            let got = match delay {
                None => inputs.recv().map_err(|_| RecvTimeoutError::Disconnected),
                Some(d) => inputs.recv_timeout(Duration::from_secs_f64(d.clamp(0.0, 0.25))),
            };
            match got {
                Ok(i) => return i,
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => return Input::Eof,
            }
        }
    }

    /// One loop iteration if anything is due, without blocking. Gives the delay
    /// until the loop next has work (`None`: nothing scheduled at all).
    fn pump(&mut self, vm: &mut Vm) -> RunResult<Option<f64>> {
        let Some(li) = loop_of(&self.loop_) else {
            return Ok(None);
        };
        let now = vm.loop_time();
        let next = li.timers.borrow().peek_when();
        let ready = !li.ready.borrow().is_empty();
        let due = ready || next.is_some_and(|w| w <= now) || (vm.virtual_time && next.is_some());
        if due {
            li.running.set(true);
            vm.asyncio.running_loop = Some(self.loop_.clone());
            let r = vm.run_once(li);
            li.running.set(false);
            vm.asyncio.running_loop = None;
            vm.flush_stdout();
            r?;
        }
        if !li.ready.borrow().is_empty() {
            return Ok(Some(0.0));
        }
        let next = li.timers.borrow().peek_when();
        Ok(next.map(|w| (w - vm.loop_time()).max(0.0)))
    }

    /// Compiles and runs one complete input.
    pub fn execute(&mut self, vm: &mut Vm, source: &str, globals: &Rc<Dict>) -> Outcome {
        let code = match coil_parser::parse_interactive(source, "<stdin>").and_then(|ast| {
            coil_interp::compile::compile_module(&ast, source, "<stdin>", Mode::Interactive)
        }) {
            Ok(c) => c,
            Err(e) => {
                use std::io::IsTerminal;
                let color = std::io::stderr().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
                vm.write_stderr(&e.render(color));
                return Outcome::Continue;
            }
        };
        sigint::clear();
        let r = if code.flags.coroutine {
            self.run_task(vm, code, globals)
        } else {
            // The loop counts as running, as in `python -m asyncio`, so
            // `asyncio.create_task(...)` works at the prompt.
            let li = loop_of(&self.loop_);
            if let Some(li) = li {
                li.running.set(true);
            }
            vm.asyncio.running_loop = Some(self.loop_.clone());
            let r = vm.run_module_code(code, globals.clone()).map(|_| ());
            if let Some(li) = li {
                li.running.set(false);
            }
            vm.asyncio.running_loop = None;
            r
        };
        vm.flush_stdout();
        match r {
            Ok(()) => Outcome::Continue,
            Err(e) => report(vm, &e),
        }
    }

    /// Input with top-level `await`: a task on the session's loop, run until it
    /// is done; Ctrl-C cancels it and prints `KeyboardInterrupt`.
    fn run_task(
        &mut self,
        vm: &mut Vm,
        code: Rc<coil_interp::bytecode::CodeObject>,
        globals: &Rc<Dict>,
    ) -> RunResult<()> {
        let coro = vm.module_coroutine(code, globals.clone());
        let t = task::new_task(vm, &self.loop_, coro, Value::None)?;
        let mut interrupted = false;
        let mut deadlocked = false;
        loop {
            if fut_of(&t).is_none_or(|f| f.done()) {
                break;
            }
            // Ctrl-\ prints the task dump and is not a Ctrl-C.
            if vm.serve_dump_request() {
                sigint::clear();
            }
            if sigint::take() && !interrupted {
                interrupted = true;
                future::cancel(vm, &t, Value::None)?;
            }
            let delay = match self.pump(vm) {
                Ok(d) => d,
                Err(e) => {
                    if !interrupted && vm.exc_matches(&e, &vm.types.exc.keyboard_interrupt.clone())
                    {
                        interrupted = true;
                        future::cancel(vm, &t, Value::None)?;
                        Some(0.0)
                    } else {
                        return Err(e);
                    }
                }
            };
            if fut_of(&t).is_none_or(|f| f.done()) {
                break;
            }
            if delay.is_none() && self.stuck(vm) {
                // The deadlock report (event_loop/deadlock.rs), then the
                // input's task is cancelled, as Ctrl-C would; if cancelling
                // cannot finish either, the task is left as it is.
                if deadlocked || interrupted {
                    return Ok(());
                }
                deadlocked = true;
                vm.deadlock(&self.loop_, &t);
                future::cancel(vm, &t, Value::None)?;
                continue;
            }
            // Nothing scheduled yet the task is pending: it waits on something
            // only Ctrl-C can end; keep polling for it.
            let wait = delay.unwrap_or(POLL).min(POLL);
            if wait > 0.0 && !vm.virtual_time {
                std::thread::sleep(Duration::from_secs_f64(wait));
            }
        }
        if deadlocked {
            return Ok(());
        }
        let cancelled = fut_of(&t).is_some_and(|f| f.state.get() == FutState::Cancelled);
        if interrupted && cancelled {
            vm.write_stderr("\nKeyboardInterrupt\n");
            return Ok(());
        }
        future::result(vm, &t).map(|_| ())
    }
}

impl Session {
    /// Nothing is ready, no timer is pending and nothing outside can wake the
    /// loop: what is awaited can never finish.
    fn stuck(&self, vm: &Vm) -> bool {
        loop_of(&self.loop_).is_some_and(|li| {
            li.ready.borrow().is_empty()
                && li.timers.borrow().peek_when().is_none()
                && !vm.loop_can_be_woken(li)
        })
    }
}

/// Prints an uncaught exception (or leaves on SystemExit).
fn report(vm: &mut Vm, e: &Exc) -> Outcome {
    let system_exit = vm.types.exc.system_exit.clone();
    let is_exit = e.class().is_subclass(&system_exit);
    let code = coil_interp::vm::exit_code_for(vm, e);
    if is_exit {
        Outcome::Exit(code)
    } else {
        Outcome::Continue
    }
}
