//! Reports the loop makes about lost work: an exception in a callback
//! (`events.Handle._run`) and futures freed with an exception nobody retrieved
//! (`Future.__del__`). Each goes to the loop's exception handler when the script
//! set one (`loop.set_exception_handler`, `base_events.call_exception_handler`),
//! else it is printed in the default handler's format
//! (`base_events.default_exception_handler`).
//!
//! A `Drop` has no access to the VM, so a freed future queues its report; the
//! loop prints queued reports after each callback it runs and when it finishes
//! (`Vm::flush_async_reports`), and the VM at its finalisation points
//! (`vm/finalize.rs`: right after the instruction that freed the future). The
//! future itself is gone by then, so a custom handler's `context['future']` is
//! a stand-in with the future's class name and repr.

use super::handle::{Callback, Handle};
use crate::object::exception::TracebackEntry;
use crate::object::{Dict, Exc, Value};
use crate::vm::library_frames::{self, LibraryFrame};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

struct NeverRetrieved {
    /// `Future`, `Task` or `_GatheringFuture`.
    class_name: &'static str,
    /// `name=… coro=<…>` for a task, `None` for other futures.
    task_head: Option<String>,
    exc: Exc,
    /// The future's loop, whose exception handler gets the report.
    loop_: Value,
    /// Debug mode: where the future was made.
    source_tb: Option<Value>,
}

thread_local! {
    static QUEUE: RefCell<Vec<NeverRetrieved>> = const { RefCell::new(Vec::new()) };
    /// `events.py`'s `Handle._run` frame, the first entry of a callback's
    /// traceback in CPython.
    static HANDLE_RUN: TracebackEntry = handle_run_entry();
}

/// Queues the "exception was never retrieved" report of a future being freed.
pub fn queue_never_retrieved(
    class_name: &'static str,
    task_head: Option<String>,
    exc: Exc,
    loop_: Value,
    source_tb: Option<Value>,
) {
    let _ = QUEUE.try_with(|q| {
        q.borrow_mut().push(NeverRetrieved {
            class_name,
            task_head,
            exc,
            loop_,
            source_tb,
        })
    });
    // Printed at the VM's next finalisation point too, so a future freed with no
    // loop running (after `asyncio.run`) is reported when freed, as CPython does.
    crate::vm::finalize::wake();
}

/// True when reports are waiting.
pub(crate) fn has_queued() -> bool {
    QUEUE.with(|q| !q.borrow().is_empty())
}

fn handle_run_entry() -> TracebackEntry {
    library_frames::entry(&LibraryFrame {
        file: "asyncio/events.py",
        line: 80,
        function: "_run",
        text: "            self._context.run(self._callback, *self._args)",
        span: Some((12, 58)),
        end_line: None,
    })
}

/// `base_events.py`'s `run_until_complete` frame (`return future.result()`),
/// in front of what the future's result raises.
pub fn add_until_complete_entry(e: &Exc) {
    let entry = library_frames::entry(&LibraryFrame {
        file: "asyncio/base_events.py",
        line: 653,
        function: "run_until_complete",
        text: "        return future.result()",
        span: Some((15, 30)),
        end_line: None,
    });
    if let Some(d) = e.exc() {
        d.borrow_mut().traceback.insert(0, entry);
    }
}

impl Vm {
    /// The handler `loop.set_exception_handler` installed on `loop_`, if any,
    /// or `logging` imported (the program may have configured the `asyncio`
    /// logger the default handler logs to): the report goes through
    /// `call_exception_handler` rather than straight to stderr.
    fn custom_exception_handler(&mut self, loop_: &Value) -> bool {
        if loop_.is_none() {
            return false;
        }
        if self.modules.get_str("logging").is_some() {
            return true;
        }
        matches!(
            self.call_method(loop_, "get_exception_handler", &[]),
            Ok(h) if !h.is_none()
        )
    }

    /// `loop.call_exception_handler(context)`. What escapes it (only SystemExit
    /// and KeyboardInterrupt can) is printed, as a report has no caller to
    /// raise into.
    /// With `handling`, the handler runs while that exception is being handled
    /// (`base_events._call_exception_handler_handling`), as in `Handle._run`.
    pub(crate) fn call_exception_handler(
        &mut self,
        loop_: &Value,
        context: Vec<(&str, Value)>,
        handling: Option<Exc>,
    ) {
        let d = Dict::new();
        for (k, v) in context {
            d.set_str(k, v);
        }
        let d = Value::Dict(Rc::new(d));
        // asyncio's parts load on first use (`import_module` loads this one).
        let helper = match (&handling, self.import_module("asyncio.base_events")) {
            (Some(_), Ok(Value::Module(m))) => m.dict.get_str("_call_exception_handler_handling"),
            _ => None,
        };
        let r = match (helper, handling) {
            (Some(h), Some(e)) => self.call(&h, &[loop_.clone(), d, Value::Instance(e)], &[]),
            _ => self.call_method(loop_, "call_exception_handler", &[d]),
        };
        if let Err(e) = r {
            let tb = crate::vm::traceback::format_exception(self, &e);
            self.write_stderr(&tb);
        }
    }

    /// `Handle._run`'s `except BaseException`: "Exception in callback f(args)".
    pub(crate) fn report_callback_exception(&mut self, h: &Handle, e: Exc) {
        let desc = match &h.cb {
            Callback::Call(c) => {
                // CPython's traceback starts in `Handle._run`.
                if let Some(d) = e.exc() {
                    let entry = HANDLE_RUN.with(|f| f.clone());
                    d.borrow_mut().traceback.insert(0, entry);
                }
                super::format_helpers::callback_source(self, &c.func, &c.args)
            }
            other => self.handle_desc(other),
        };
        let state = h.state.clone().unwrap_or_default();
        let when = state.when.get();
        let source_tb = state.source_tb.borrow().clone();
        let loop_ = self.asyncio.running_loop.clone().unwrap_or(Value::None);
        let message = format!("Exception in callback {desc}");
        if self.custom_exception_handler(&loop_) {
            let timer = match (when, super::loop_of(&loop_)) {
                (Some(_), Some(l)) => Some(l.timer_cancelled.clone()),
                _ => None,
            };
            // `handle_value` records no new traceback outside a debug loop;
            // the handle keeps the one it was made with.
            let handle = super::methods::handle_value(self, state.clone(), desc, timer);
            *state.source_tb.borrow_mut() = source_tb.clone();
            let mut context = vec![
                ("message", Value::string(message)),
                ("exception", Value::Instance(e.clone())),
                ("handle", handle),
            ];
            if let Some(tb) = &source_tb {
                context.push((
                    "source_traceback",
                    super::debug::source_traceback_list(Some(tb)),
                ));
            }
            self.call_exception_handler(&loop_, context, Some(e));
            return;
        }
        let handle = self.format_handle(h);
        let created = super::debug::created_lines("source_traceback", source_tb.as_ref());
        let tb = crate::vm::traceback::format_exception(self, &e);
        self.write_stderr(&format!("{message}\nhandle: {handle}\n{created}{tb}"));
    }

    /// Prints the queued "exception was never retrieved" reports, or hands them
    /// to the loop's exception handler.
    pub fn flush_async_reports(&mut self) {
        loop {
            let next = QUEUE.with(|q| {
                let mut q = q.borrow_mut();
                if q.is_empty() {
                    None
                } else {
                    Some(q.remove(0))
                }
            });
            let Some(r) = next else { break };
            let exc_repr = match self.repr(&Value::Instance(r.exc.clone())) {
                Ok(s) => s.as_str().to_string(),
                Err(_) => "?".into(),
            };
            let created = match r.source_tb.as_ref().and_then(super::debug::created_at) {
                Some(c) => format!(" {c}"),
                None => String::new(),
            };
            let obj = match &r.task_head {
                Some(h) => format!("<Task finished {h} exception={exc_repr}{created}>"),
                None => format!("<{} finished exception={exc_repr}{created}>", r.class_name),
            };
            let message = format!("{} exception was never retrieved", r.class_name);
            if self.custom_exception_handler(&r.loop_) {
                let stand_in = self.lost_future(r.class_name, &obj);
                let mut context = vec![
                    ("message", Value::string(message)),
                    ("exception", Value::Instance(r.exc)),
                    ("future", stand_in),
                ];
                if let Some(tb) = &r.source_tb {
                    context.push((
                        "source_traceback",
                        super::debug::source_traceback_list(Some(tb)),
                    ));
                }
                self.call_exception_handler(&r.loop_, context, None);
                continue;
            }
            let tb = crate::vm::traceback::format_exception(self, &r.exc);
            let created = super::debug::created_lines("source_traceback", r.source_tb.as_ref());
            self.write_stderr(&format!("{message}\nfuture: {obj}\n{created}{tb}"));
        }
    }

    /// The stand-in for a freed future (`base_events._lost_future`): an
    /// object of a class named `class_name` whose repr is `text`.
    fn lost_future(&mut self, class_name: &str, text: &str) -> Value {
        let make = match self.import_module("asyncio.base_events") {
            Ok(Value::Module(m)) => m.dict.get_str("_lost_future"),
            _ => None,
        };
        let args = [
            Value::string(class_name.to_string()),
            Value::string(text.to_string()),
        ];
        make.and_then(|f| self.call(&f, &args, &[]).ok())
            .unwrap_or(Value::None)
    }
}
