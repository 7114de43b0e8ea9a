//! `await f(...)` of a coroutine function as a plain call: the coroutine's frame
//! is pushed straight from the `Call` (its arguments are the caller's stack top,
//! as for any call) with role `Awaited`, and the caller skips the `GetAwaitable`,
//! `LoadConst None`, `Send` that follow. CPython 3.11 creates the coroutine object
//! and `SEND`s into it; here the object is made only if the frame ever suspends,
//! so an await that completes without suspending costs what a call costs.
//!
//! What can observe the difference is nothing a script sees: the coroutine
//! would be referenced only by the caller's stack (its `await` receiver) and is
//! finished and freed when the frame returns. When the frame suspends
//! (`do_yield` finds it between the yielding frame and the generator that was
//! resumed), `suspend_awaited_frame` makes the coroutine (started, suspended),
//! moves the frame and its values into it and puts it in the caller's receiver
//! slot: from then on it is an ordinary awaited coroutine (`vm/generator.rs`).

use super::frame::FrameRole;
use super::Vm;
use crate::bytecode::Instr;
use crate::object::{AgState, Function, GenKind, GenState, Generator, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

impl Vm {
    /// `Call` of coroutine function `f` with `n` positional arguments it takes,
    /// on the stack from `start`, when the caller's next instructions await the
    /// result: pushes the coroutine's frame as a call. False (nothing done) when
    /// the call is not awaited right away, or the recursion limit is reached (the
    /// usual path then raises it where `await` resumes the coroutine).
    pub(crate) fn push_awaited_call(&mut self, f: &Rc<Function>, start: usize, n: usize) -> bool {
        let flags = &f.code.flags;
        if !flags.coroutine || flags.generator || flags.async_generator {
            return false;
        }
        let Some(caller) = self.frames.last() else {
            return false;
        };
        let code = caller.code();
        let ip = caller.ip as usize;
        let awaited = matches!(
            (code.instrs.get(ip), code.instrs.get(ip + 1), code.instrs.get(ip + 2)),
            (Some(Instr::GetAwaitable), Some(Instr::LoadConst(c)), Some(Instr::Send(_)))
                if code.consts.get(*c as usize).is_some_and(Value::is_none)
        );
        if !awaited || self.check_recursion().is_err() {
            return false;
        }
        self.top_frame().ip += 3;
        self.fill_simple_locals(f, start, n);
        // The callable's slot is the `await` receiver's: unbound until the
        // frame returns into it (or suspends and puts its coroutine there).
        let callable = self.values[start - 1].take();
        super::Frame::push_with_role(
            &mut self.frames,
            f.clone(),
            start,
            start - 1,
            FrameRole::Awaited,
        );
        drop(callable);
        true
    }

    /// Suspends the top frame, an `Awaited` one: makes its coroutine (started,
    /// suspended at this yield), moves the frame and its values (the top of
    /// `Vm::values` from its base) into it, and stores it in the caller's
    /// receiver slot, so the caller is suspended in `await` on it.
    pub(crate) fn suspend_awaited_frame(&mut self) {
        let Some(mut f) = self.frames.pop() else {
            return;
        };
        let base = f.base as usize;
        let code = f.code().clone();
        // Exact: the coroutine keeps this stack for as long as it waits.
        let mut own = Vec::with_capacity(
            (code.nlocals() + code.stacksize as usize).max(self.values.len() - base),
        );
        super::stack::move_tail(&mut self.values, base, &mut own);
        f.base = 0;
        f.ret_sp = 0;
        f.role = FrameRole::Call;
        let name = f.func.name.borrow().clone();
        let qualname = f.func.qualname.borrow().clone();
        let frames = self.pool.segment(f, own);
        super::finalize::generator_created();
        let g = crate::gc::new(Generator {
            kind: GenKind::Coroutine,
            state: Cell::new(GenState::Suspended),
            frames: RefCell::new(frames),
            code,
            name,
            qualname,
            started: Cell::new(true),
            ag: AgState::for_kind(GenKind::Coroutine),
        });
        if let Some(slot) = self.values.last_mut() {
            *slot = Some(Value::Generator(g));
        }
    }
}
