//! The runtime half of `except*` (PEP 654), as CPython 3.11: `CHECK_EG_MATCH`
//! (`Python/ceval.c`: `check_except_star_type_valid`, `exception_group_match`) and
//! `PREP_RERAISE_STAR` (`Objects/exceptions.c`: `_PyExc_PrepReraiseStar`,
//! `is_same_exception_metadata`, `exception_group_projection`). The layout the
//! compiler emits around them is in `compile/except_star.rs`.

use super::exception_group::Matcher;
use super::Vm;
use crate::object::{Exc, Str, Value};
use crate::RunResult;
use std::collections::HashSet;
use std::rc::Rc;

impl Vm {
    /// `CHECK_EG_MATCH`: `exc` (an exception, or None once everything matched)
    /// against the clause's `pattern`. Returns `(rest, match)`, both None-able; a
    /// bare exception that matches is wrapped in `ExceptionGroup("", [exc])`.
    /// On a match the frame's handled exception becomes the match (what a bare
    /// `raise` in the clause re-raises and new exceptions take as context).
    pub(crate) fn check_eg_match(
        &mut self,
        exc: &Value,
        pattern: &Value,
    ) -> RunResult<Option<(Value, Value)>> {
        let base = self.types.exc.base_exception.clone();
        let is_exc_class = |v: &Value| matches!(v, Value::Class(c) if c.is_subclass(&base));
        let valid = match pattern {
            Value::Tuple(t) => t.items.iter().all(is_exc_class),
            p => is_exc_class(p),
        };
        if !valid {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let beg = self.types.exc.base_exception_group.clone();
        let is_group_class = |v: &Value| matches!(v, Value::Class(c) if c.is_subclass(&beg));
        let bad = match pattern {
            Value::Tuple(t) => t.items.iter().any(is_group_class),
            p => is_group_class(p),
        };
        if bad {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        if exc.is_none() {
            return Ok(None);
        }
        let (matched, rest) = if self.exc_match(exc, pattern)? {
            let m = if self.group_exceptions(exc).is_some() {
                exc.clone()
            } else {
                self.new_exception_group("", Value::tuple(vec![exc.clone()]))?
            };
            (m, Value::None)
        } else if self.group_exceptions(exc).is_some() {
            let m = Matcher::Type(pattern.clone());
            let (a, b) = self.group_split(exc, &m, true)?;
            match a {
                Some(a) => (a, b.unwrap_or(Value::None)),
                None => return Ok(None),
            }
        } else {
            return Ok(None);
        };
        if let Value::Instance(m) = &matched {
            if let Some(state) = self.frames.last_mut().and_then(|f| f.exc_state.as_mut()) {
                if let Some(top) = state.handling.last_mut() {
                    *top = m.clone();
                }
            }
        }
        Ok(Some((rest, matched)))
    }

    /// `_PyExc_PrepReraiseStar(orig, excs)`: what leaves a `try`/`except*` once
    /// every clause ran. `excs` holds what each clause raised or re-raised, then
    /// the unhandled rest (None entries are skipped). Re-raised parts (same
    /// traceback, cause, context and notes as `orig`) are projected back onto
    /// `orig`'s structure; newly raised exceptions join them in a new
    /// `ExceptionGroup("", [...])`. None when nothing is left.
    pub(crate) fn prep_reraise_star(&mut self, orig: &Value, excs: &[Value]) -> RunResult<Value> {
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if self.group_exceptions(orig).is_none() {
            // A bare exception was wrapped: only one clause could run.
            return Ok(excs[0].clone());
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in excs.iter().filter(|e| !e.is_none()) {
            if self.same_exception_metadata(e, orig) {
                reraised.push(e.clone());
            } else {
                raised.push(e.clone());
            }
        }
        let mut ids = HashSet::new();
        for e in &reraised {
            self.collect_leaf_ids(e, &mut ids);
        }
        let projected = self
            .group_split(orig, &Matcher::Ids(Rc::new(ids)), false)?
            .0;
        if raised.is_empty() {
            return Ok(projected.unwrap_or(Value::None));
        }
        raised.extend(projected);
        if raised.len() > 1 {
            self.new_exception_group("", Value::list(raised))
        } else {
            Ok(raised.pop().unwrap_or(Value::None))
        }
    }

    /// `is_same_exception_metadata`: the same traceback, cause, context and notes
    /// (CPython compares the objects; a traceback here is a list of entries, so
    /// equal entries stand for the same traceback object).
    fn same_exception_metadata(&self, a: &Value, b: &Value) -> bool {
        let (Value::Instance(a), Value::Instance(b)) = (a, b) else {
            return false;
        };
        let (Some(da), Some(db)) = (a.exc(), b.exc()) else {
            return false;
        };
        let notes = Str::intern("__notes__");
        let same_opt = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
            (None, None) => true,
            (Some(x), Some(y)) => x.is(y),
            _ => false,
        };
        if !same_opt(&a.dict.get_name(&notes), &b.dict.get_name(&notes)) {
            return false;
        }
        let (da, db) = (da.borrow(), db.borrow());
        same_opt(&da.cause, &db.cause)
            && same_opt(&da.context, &db.context)
            && da.traceback.len() == db.traceback.len()
            && da
                .traceback
                .iter()
                .zip(db.traceback.iter())
                .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.ip == y.ip)
    }

    /// `collect_exception_group_leaf_ids`: the identities of every leaf under `e`.
    fn collect_leaf_ids(&self, e: &Value, ids: &mut HashSet<usize>) {
        match self.group_exceptions(e) {
            Some(items) => items
                .items
                .iter()
                .for_each(|x| self.collect_leaf_ids(x, ids)),
            None => {
                if let Value::Instance(i) = e {
                    ids.insert(leaf_id(i));
                }
            }
        }
    }
}

/// An exception's identity for `Matcher::Ids`.
pub(crate) fn leaf_id(e: &Exc) -> usize {
    Rc::as_ptr(e) as *const u8 as usize
}
