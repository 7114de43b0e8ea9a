//! The common generator step, fast: a suspended plain generator that is not
//! delegating, resumed with None by a `for` loop (`ForIter`) or by native code
//! (`next()`, and every builtin that consumes an iterator: `sum`, `list`,
//! `"".join`, `min`, `sorted`, ...), and its plain `yield` back to that
//! resumer. CPython 3.12's `FOR_ITER_GEN` and `gen_send_ex2` do the same:
//! link the generator's frame in, run, unlink it at `YIELD_VALUE`.
//!
//! Each path checks its case and otherwise changes nothing, leaving the
//! general code of `generator.rs` and `instr/awaiting.rs` (first resume,
//! `send` of a value, `throw`, delegation through `yield from`/`await`,
//! recursion errors, async generators) to do the work. The state they leave is
//! the general path's: the frame record on `Vm::frames` with a role naming the
//! generator, its stack as the running one, the resumer's on `Vm::outer_stacks`.
//!
//! The dispatch-loop side works on the loop's local value stack rather than
//! `Vm::values` through `save!`/`resume!`: besides the instructions, that
//! avoids storing the stack vector and reloading it by halves at once, and the
//! frame record is copied before its `ip` and role are written, on the copy
//! (loads just after narrower stores to the same bytes stall the CPU).

use super::dispatch::{stack_underflow, Exit};
use super::frame::FrameRole;
use super::generator::{past_send, trim_stack};
use super::{GenStep, Vm};
use crate::bytecode::Instr;
use crate::object::{GenKind, GenState, Generator, Value};
use crate::RunResult;
use std::rc::Rc;

/// What `yield_fast` did with a `YieldValue`.
pub(crate) enum YieldStep {
    /// Not its case: the general `YieldValue` runs.
    General,
    /// The generator was suspended and the value pushed for the `for` loop
    /// below, whose frame is now the top one.
    Resumer,
    /// The generator was suspended; the native resumer gets the value.
    Native(Exit),
}

impl Vm {
    /// `ForIter` over a suspended plain generator that is not delegating,
    /// pushed on the dispatch loop's value stack `values`; `ip` is the
    /// resumer's next instruction. False (nothing changed) for anything else.
    #[inline(always)]
    pub(crate) fn resume_for_iter(&mut self, values: &mut Vec<Option<Value>>, ip: usize) -> bool {
        let g = match values.last() {
            Some(Some(Value::Generator(g)))
                if g.kind == GenKind::Generator && g.state.get() == GenState::Suspended =>
            {
                g.clone()
            }
            _ => return false,
        };
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return false;
        }
        let fi = self.frames.len() - 1;
        self.frames[fi].ip = ip as u32;
        self.push_own_frame(values, g, false)
    }

    /// Pushes suspended `g`'s frame (checked here not to be delegating) with
    /// role `ForIter` or `GenBoundary`, makes its stack `values` (the old one
    /// goes to `Vm::outer_stacks`) and gives it None as its `yield`'s value.
    #[inline(always)]
    fn push_own_frame(
        &mut self,
        values: &mut Vec<Option<Value>>,
        g: Rc<Generator>,
        boundary: bool,
    ) -> bool {
        let Ok(mut seg) = g.frames.try_borrow_mut() else {
            return false;
        };
        match seg.frames.last() {
            Some(f) if seg.frames.len() == 1 && !past_send(f) => {}
            _ => return false,
        }
        let own = std::mem::take(&mut seg.values);
        super::stack::move_last(&mut seg.frames, &mut self.frames);
        drop(seg);
        let outer = std::mem::replace(values, own);
        super::stack::push_record(&mut self.outer_stacks, outer);
        g.state.set(GenState::Running);
        let role = if boundary {
            FrameRole::GenBoundary(g)
        } else {
            FrameRole::ForIter(g)
        };
        let Some(f) = self.frames.last_mut() else {
            return true;
        };
        // A suspended frame's role is `Call`, which owns nothing to drop.
        std::mem::forget(std::mem::replace(&mut f.role, role));
        // None is the value of its `yield`: a statement's `PopTop` is skipped.
        if let Some(Instr::PopTop) = f.func.code.instrs.get(f.ip as usize) {
            f.ip += 1;
        } else {
            values.push(Some(Value::None));
        }
        true
    }

    /// `YieldValue` in a plain generator's frame resumed by a `for` loop or
    /// from native code with nothing between: suspends it into its generator;
    /// `values` becomes the resumer's stack again (for a native resumer, it is
    /// put back as `Vm::values` and the run ends). `ip` is the generator's next
    /// instruction.
    #[inline(always)]
    pub(crate) fn yield_fast(&mut self, values: &mut Vec<Option<Value>>, ip: usize) -> YieldStep {
        let Some(f) = self.frames.last() else {
            return YieldStep::General;
        };
        let (g, native) = match &f.role {
            FrameRole::ForIter(g) => (g.clone(), false),
            FrameRole::GenBoundary(g) if g.kind == GenKind::Generator => (g.clone(), true),
            _ => return YieldStep::General,
        };
        let Ok(mut seg) = g.frames.try_borrow_mut() else {
            return YieldStep::General;
        };
        if !seg.frames.is_empty() {
            return YieldStep::General;
        }
        let v = match values.pop() {
            Some(Some(v)) => v,
            _ => stack_underflow(),
        };
        let outer = self.outer_stacks.pop().unwrap_or_default();
        let mut own = std::mem::replace(values, outer);
        if own.capacity() > 128 {
            if let Some(f) = self.frames.last() {
                trim_stack(&mut own, f.code().nlocals() + f.code().stacksize as usize);
            }
        }
        // The old vector (taken at the resume: empty, unallocated) is
        // swapped out and forgotten rather than run through drop glue.
        std::mem::swap(&mut seg.values, &mut own);
        super::stack::move_last(&mut self.frames, &mut seg.frames);
        let f = &mut seg.frames[0];
        f.ip = ip as u32;
        let role = std::mem::replace(&mut f.role, FrameRole::Call);
        drop(seg);
        g.state.set(GenState::Suspended);
        if let FrameRole::ForIter(r) | FrameRole::GenBoundary(r) = role {
            drop(r);
        }
        drop(g);
        if own.capacity() == 0 {
            std::mem::forget(own);
        } else {
            drop(own);
        }
        if native {
            std::mem::swap(&mut self.values, values);
            return YieldStep::Native(Exit::Yield(v));
        }
        super::stack::push(values, v);
        YieldStep::Resumer
    }

    /// `next(g)` from native code for a suspended plain generator that is not
    /// delegating: its frame runs in a nested run with no chain to rebuild.
    /// None (nothing changed) when that is not the case.
    #[inline]
    pub(crate) fn next_fast(&mut self, g: &Rc<Generator>) -> Option<RunResult<GenStep>> {
        if g.state.get() != GenState::Suspended
            || self.frames.len() + self.native_depth + 1 >= self.recursion_limit
        {
            return None;
        }
        if let Err(e) = self.enter_native() {
            return Some(Err(e));
        }
        let base = self.frames.len();
        let mut values = std::mem::take(&mut self.values);
        let pushed = self.push_own_frame(&mut values, g.clone(), true);
        std::mem::swap(&mut self.values, &mut values);
        std::mem::forget(values);
        if !pushed {
            self.native_depth -= 1;
            return None;
        }
        let r = self.run(base);
        self.native_depth -= 1;
        Some(match r {
            Ok(Exit::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(Exit::Return(v)) => Ok(GenStep::Return(v)),
            Err(e) => Err(e),
        })
    }
}
