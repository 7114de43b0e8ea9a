//! Exception handling instructions: the handler blocks (`SetupFinally`,
//! `SetupWith`, `PopBlock`), `PushExcInfo`/`PopExcept` (the exception being
//! handled, for `__context__` and bare `raise`), `Reraise`, `LoadAssertionError`,
//! and `except*`'s `CheckEgMatch`/`PrepReraiseStar` (`except_star.rs`). CPython
//! 3.11 keeps handlers in an exception table; Coil keeps CPython 3.10's block
//! stack per frame (`Frame::exc_state`), which the unwinder (`unwind.rs`) reads.
//! `RaiseVarargs` is `Vm::do_raise` and `CheckExcMatch` `Vm::exc_match`, both in
//! `unwind.rs`.

use crate::object::Value;
use crate::vm::unwind::Unwinding;
use crate::vm::{Block, Frame, Vm};
use crate::RunResult;

/// `SetupFinally(handler)` / `SetupWith(handler)`: a handler block whose stack
/// height is the current one; `SetupWith` comes after `__enter__`'s result was
/// pushed, which the handler does not keep.
#[inline(always)]
pub(crate) fn setup_block(frame: &mut Frame, height: usize, handler: u32, with: bool) {
    let mut depth = (height - frame.base as usize) as u32;
    if with {
        depth -= 1;
    }
    let state = frame.exc_state();
    let b = Block {
        handler,
        depth,
        handling: state.handling.len() as u32,
    };
    state.blocks.push(b);
}

/// `PopBlock`.
#[inline(always)]
pub(crate) fn pop_block(frame: &mut Frame) {
    frame.exc_state().blocks.pop();
}

/// `PushExcInfo`: the exception on top becomes the one being handled.
#[inline(always)]
pub(crate) fn push_exc_info(frame: &mut Frame, top: Option<&Option<Value>>) {
    if let Some(Some(Value::Instance(e))) = top {
        let e = e.clone();
        frame.exc_state().handling.push(e);
    }
}

/// `PopExcept`.
#[inline(always)]
pub(crate) fn pop_except(frame: &mut Frame) {
    frame.exc_state().handling.pop();
}

impl Vm {
    /// `Reraise`: the popped exception continues unwinding, its traceback kept.
    pub(crate) fn reraise(&self, v: Value) -> Unwinding {
        match v {
            Value::Instance(e) if e.exc().is_some() => Unwinding {
                exc: e,
                fresh: false,
            },
            _ => self.bad_stack("Reraise").into(),
        }
    }

    /// `LoadAssertionError`.
    pub(crate) fn load_assertion_error(&mut self) {
        let c = self.types.exc.assertion_error.clone();
        self.push(Value::Class(c));
    }

    /// `CheckEgMatch`: `[exc, type] -> [rest, match, matched?]`.
    pub(crate) fn check_eg_match_instr(&mut self) -> RunResult<()> {
        let pattern = self.pop();
        let exc = self.pop();
        match self.check_eg_match(&exc, &pattern)? {
            Some((rest, matched)) => {
                self.push(rest);
                self.push(matched);
                self.push(Value::Bool(true));
            }
            None => {
                self.push(exc);
                self.push(Value::None);
                self.push(Value::Bool(false));
            }
        }
        Ok(())
    }

    /// `PrepReraiseStar`: `[orig, list of raised] -> [exception to re-raise or None]`.
    pub(crate) fn prep_reraise_star_instr(&mut self) -> RunResult<()> {
        let list = self.pop();
        let orig = self.pop();
        let excs = match &list {
            Value::List(l) => l.items.borrow().clone(),
            _ => Vec::new(),
        };
        let r = self.prep_reraise_star(&orig, &excs)?;
        self.push(r);
        Ok(())
    }
}
