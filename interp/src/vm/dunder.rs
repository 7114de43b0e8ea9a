//! Script-defined dunders run as inline frames of the dispatch loop.
//!
//! The instructions that already know the operation (`len(x)` as a `Call` of the
//! builtin `len`, `PopJumpIf*` truthiness, `ContainsOp`, `BinarySubscr`,
//! `ForIter`) push the frame of a plain `__len__`/`__bool__`/`__contains__`/
//! `__getitem__`/`__next__` straight onto the running frame stack, like a script
//! call, instead of going through the protocol's nested run (native code calling
//! back into a new dispatch loop). CPython 3.11 does this for `__getitem__`
//! (`BINARY_SUBSCR_GETITEM` in `Python/specialize.c`); the others mirror what its
//! slot functions (`slot_sq_length`, `slot_nb_bool`, `slot_sq_contains`,
//! `slot_tp_iternext` in `Objects/typeobject.c`) do with the result, which the
//! frame's role (`FrameRole::Dunder(Post)`) applies when the frame returns.
//!
//! The frame is the same frame the nested run would show: tracebacks through a
//! dunder are unchanged, and the recursion limit counts it as a frame
//! (CPython's message for these is the plain "maximum recursion depth
//! exceeded"). Only a plain function (`Function::simple`) taking exactly the
//! operation's arguments qualifies; anything else takes the protocol path.

use super::frame::Post;
use super::Vm;
use crate::intern;
use crate::object::{Exc, Function, Str, Value};
use crate::RunResult;
use std::rc::Rc;

/// The plain function `name` found on the class of the instance `v`, when it can
/// run inline with `nargs` arguments after `self`.
#[inline]
pub(crate) fn inline_dunder(v: &Value, name: &Rc<Str>, nargs: usize) -> Option<Rc<Function>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let cls = inst.class.borrow();
    match cls.lookup(name) {
        Some(Value::Function(f)) if plain(&f, nargs) => Some(f),
        _ => None,
    }
}

/// Truthiness of the instance `v` as an inline frame: its `__bool__`, or its
/// `__len__` when the class has no `__bool__` (`true` in the second field).
#[inline]
pub(crate) fn inline_truth(v: &Value) -> Option<(Rc<Function>, bool)> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let cls = inst.class.borrow();
    match cls.lookup(&intern!("__bool__")) {
        Some(Value::Function(f)) if plain(&f, 0) => Some((f, false)),
        Some(_) => None,
        None => match cls.lookup(&intern!("__len__")) {
            Some(Value::Function(f)) if plain(&f, 0) => Some((f, true)),
            _ => None,
        },
    }
}

#[inline(always)]
fn plain(f: &Function, nargs: usize) -> bool {
    f.simple && f.code.argcount as usize == nargs + 1
}

/// `true` if the builtin is `len` (the only builtin function of that name).
#[inline(always)]
pub(crate) fn is_builtin_len(b: &crate::object::Builtin) -> bool {
    b.receiver.is_none() && !b.is_method && b.owner.is_none() && b.name.as_str() == "len"
}

impl Vm {
    /// A dunder frame returned and its result is on top of the (now top) caller's
    /// stack: finishes the instruction that pushed it.
    pub(crate) fn finish_dunder(&mut self, post: Post) -> RunResult<()> {
        match post {
            Post::Len => {
                let r = self.pop();
                let n = self.len_result(&r)?;
                self.push(Value::Int(n as i64));
            }
            Post::Truth { jump_if, target } => {
                let cond = match self.pop() {
                    Value::Bool(b) => b,
                    other => {
                        return Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other).as_str()
                        )))
                    }
                };
                self.jump_if(cond == jump_if, target)?;
            }
            Post::TruthLen { jump_if, target } => {
                let r = self.pop();
                let cond = self.len_result(&r)? != 0;
                self.jump_if(cond == jump_if, target)?;
            }
            Post::Contains(invert) => {
                let r = self.pop();
                let b = match r {
                    Value::Bool(b) => b,
                    other => self.truthy(&other)?,
                };
                self.push(Value::Bool(b != invert));
            }
            Post::Next(_) | Post::Enter => {}
            Post::Init => {
                let r = self.pop();
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
        }
        Ok(())
    }

    /// The conditional jump of an inline truth test: a backward jump is a loop's
    /// back edge, where `KeyboardInterrupt` and the collector get their turn as on
    /// the dispatch loop's own jumps.
    fn jump_if(&mut self, jump: bool, target: u32) -> RunResult<()> {
        if !jump {
            return Ok(());
        }
        if target < self.top_frame().ip {
            self.safepoint();
            if crate::object::parachute::needs_attention() {
                self.memory_safepoint()?;
            }
            if self.take_interrupt() {
                self.handle_interrupt()?;
            }
        }
        self.top_frame().ip = target;
        Ok(())
    }

    /// While unwinding: `exc` left a dunder frame (already popped). True when it
    /// is handled here: a `StopIteration` from `__next__` ends the loop of the
    /// `ForIter` that pushed the frame, as `slot_tp_iternext`'s caller does.
    pub(crate) fn dunder_raised(&mut self, post: Post, exc: &Exc) -> bool {
        let Post::Next(target) = post else {
            return false;
        };
        if !self.exc_matches(exc, &self.types.exc.stop_iteration) {
            return false;
        }
        // The iterator below the frame's slots.
        self.pop();
        self.top_frame().ip = target;
        true
    }
}
