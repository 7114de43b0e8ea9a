//! The wording of RecursionError (CPython 3.11 `Py_EnterRecursiveCall(where)` in
//! `Include/internal/pycore_ceval.h`, `_Py_CheckRecursiveCall` in
//! `Python/ceval.c`): "maximum recursion depth exceeded" plus the `where` of the
//! check that found the limit reached. CPython counts one level per check, so
//! which check trips (and which suffix is printed) depends on the depth: a
//! `__repr__` that calls `repr(self)` takes three levels per round (the repr
//! call of the builtin `repr`, `PyObject_Repr`'s check, the frame), a `__hash__`
//! calling `hash(self)` two (the builtin's call check and the frame), a plain
//! method one (its frame). A simple nested call (`call.rs`) takes two levels
//! with one check; when a protocol names the check just before it
//! ([`Vm::call_unbound_checked`]), those two levels are that check and the
//! frame's, each checked: the goldens `limits/recursion_*` pin the suffixes.

use super::Vm;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Runs of `str`/`print` per calling code object (`Vm::builtin_str`).
    static CALL_SITES: RefCell<HashMap<(usize, u8), u8>> = RefCell::new(HashMap::new());
}
use crate::object::Value;
use crate::RunResult;

/// `_PyObject_MakeTpCall`'s and `_PyObject_Call`'s `where`.
pub(crate) const CALLING: &str = " while calling a Python object";
/// `PyObject_Repr`'s.
pub(crate) const REPR: &str = " while getting the repr of an object";

/// `PyObject_Str`'s.
pub(crate) const STR: &str = " while getting the str of an object";

/// Not a wording: the caller made its check and counted its level (a
/// comparison's), which stands for the nested call's first level.
pub(crate) const COUNTED: &str = "\0";

/// Not a wording: CPython reaches the function through a vectorcall with no
/// check of its own (`__getattr__` from `slot_tp_getattr_hook`, `__format__`
/// from `PyObject_Format`), so only the frame's level counts.
pub(crate) const FRAME_ONLY: &str = "\u{1}";

/// The message for a check with this `where` (empty for a frame's own check).
pub(crate) fn message(wording: &str) -> String {
    format!("maximum recursion depth exceeded{wording}")
}

impl Vm {
    /// Calls a script special method of `obj` after the slot's recursion check
    /// `wording` (CPython's `_Py_EnterRecursiveCall(" while calling a Python
    /// object")` in the slot's call): the nested call's first level is that check.
    pub(crate) fn call_unbound_checked(
        &mut self,
        f: &Value,
        obj: &Value,
        args: &[Value],
        wording: &'static str,
    ) -> RunResult<Value> {
        self.recursion_where = wording;
        let r = self.call_unbound(f, obj, args);
        // Not consumed when the method was not a simple script function.
        self.recursion_where = "";
        r
    }

    /// The builtin `repr(x)`: the call check of a METH_O builtin
    /// (`cfunction_vectorcall_O`), then `PyObject_Repr`.
    pub fn builtin_repr(&mut self, x: &Value) -> RunResult<std::rc::Rc<crate::object::Str>> {
        self.with_recursion_level(CALLING, |vm| vm.repr(x))
    }

    /// The builtin `hash(x)`: the METH_O call check is the first level of the
    /// `__hash__` call that `PyObject_Hash` makes (no check of its own).
    pub fn builtin_hash(&mut self, x: &Value) -> RunResult<i64> {
        self.recursion_where = CALLING;
        let r = self.hash(x);
        self.recursion_where = "";
        r
    }

    /// `print(x)`'s and `str(x)`'s str of an object (`which` names the
    /// builtin). CPython reaches `PyObject_Str` through a call check until the
    /// calling code is quickened and the call specialised, after its first
    /// runs (3.11 `QUICKENING_WARMUP_DELAY`): so a `__str__` recursing through
    /// `str(self)` spends three levels a round for a few rounds, then two
    /// (goldens limits/recursion_fstring_suffix, limits/recursion_str_warmup).
    pub fn builtin_str(
        &mut self,
        x: &Value,
        which: u8,
    ) -> RunResult<std::rc::Rc<crate::object::Str>> {
        match x {
            Value::Instance(_) | Value::Native(_) if self.cold_call_site(which) => {
                self.with_recursion_level(CALLING, |vm| vm.to_str(x))
            }
            _ => self.to_str(x),
        }
    }

    /// `format(x, spec)`: like `str(x)`, a call check until the call site is
    /// specialised (golden limits/recursion_format_warmup).
    pub fn builtin_format(
        &mut self,
        x: &Value,
        spec: &str,
    ) -> RunResult<std::rc::Rc<crate::object::Str>> {
        match x {
            Value::Instance(_) | Value::Native(_) if self.cold_call_site(2) => {
                self.with_recursion_level(CALLING, |vm| vm.format(x, spec))
            }
            _ => self.format(x, spec),
        }
    }

    /// A METH_VARARGS builtin method's call check (`cfunction_call`), around
    /// `f`: `str.format` spends one level before formatting its arguments.
    pub fn varargs_call_check<T>(
        &mut self,
        f: impl FnOnce(&mut Vm) -> RunResult<T>,
    ) -> RunResult<T> {
        self.with_recursion_level(CALLING, f)
    }

    /// Counts a run of builtin `which` from the calling code; true for its
    /// first `WARMUP` runs there (measured against CPython 3.11.7: goldens
    /// limits/recursion_str_warmup, limits/recursion_print_in_str).
    fn cold_call_site(&self, which: u8) -> bool {
        const WARMUP: u8 = 7;
        let code = match self.frames.last() {
            Some(f) => std::rc::Rc::as_ptr(&f.func.code) as usize,
            None => 0,
        };
        CALL_SITES.with(|m| {
            let mut m = m.borrow_mut();
            let runs = m.entry((code, which)).or_insert(0);
            *runs = runs.saturating_add(1);
            *runs <= WARMUP
        })
    }

    /// One level of a protocol's own check (`PyObject_Repr`'s), around `f`.
    pub(crate) fn with_recursion_level<T>(
        &mut self,
        wording: &'static str,
        f: impl FnOnce(&mut Vm) -> RunResult<T>,
    ) -> RunResult<T> {
        if self.frames.len() + self.native_depth >= self.recursion_limit || !self.stack_ok() {
            return Err(self.recursion_error(message(wording)));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }
}
