//! Reports printed when objects are freed (CPython's `Future.__del__` → "Task
//! exception was never retrieved"). A `Drop` has no access to the VM, so it queues
//! the report; the loop prints queued reports after each callback it runs and when
//! it finishes (`Vm::flush_async_reports`), and the VM at its finalisation points
//! (`vm/finalize.rs`: right after the instruction that freed the future).

use crate::object::Exc;
use crate::vm::Vm;
use std::cell::RefCell;

struct NeverRetrieved {
    /// `name=… coro=<…>` for a task, `None` for a plain future.
    task_head: Option<String>,
    exc: Exc,
}

thread_local! {
    static QUEUE: RefCell<Vec<NeverRetrieved>> = const { RefCell::new(Vec::new()) };
}

pub fn queue_never_retrieved(task_head: Option<String>, exc: Exc) {
    let _ = QUEUE.try_with(|q| q.borrow_mut().push(NeverRetrieved { task_head, exc }));
    // Printed at the VM's next finalisation point too, so a future freed with no
    // loop running (after `asyncio.run`) is reported when freed, as CPython does.
    crate::vm::finalize::wake();
}

/// True when reports are waiting.
pub(crate) fn has_queued() -> bool {
    QUEUE.with(|q| !q.borrow().is_empty())
}

impl Vm {
    /// Prints the queued "exception was never retrieved" reports (the default
    /// exception handler's format, `base_events.default_exception_handler`).
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
            let exc_repr = match self.repr(&crate::Value::Instance(r.exc.clone())) {
                Ok(s) => s.as_str().to_string(),
                Err(_) => "?".into(),
            };
            let (what, obj) = match &r.task_head {
                Some(h) => ("Task", format!("<Task finished {h} exception={exc_repr}>")),
                None => ("Future", format!("<Future finished exception={exc_repr}>")),
            };
            let tb = crate::vm::traceback::format_exception(self, &r.exc);
            self.write_stderr(&format!(
                "{what} exception was never retrieved\nfuture: {obj}\n{tb}"
            ));
        }
    }
}
