//! Special methods of classes whose metaclass is a user subclass of `type`.
//!
//! CPython looks every special method up on the type of the operand
//! (`Objects/typeobject.c` `_PyType_Lookup` via `tp_*` slots), and the type of a
//! class is its metaclass: `repr(C)`, `len(C)`, `C[k]`, `C + 1`, `iter(C)`, … call
//! `M.__repr__`, `M.__len__`, … when `class C(metaclass=M)` and `M` defines them
//! (`Lib/enum.py`'s `EnumType` relies on this). A class made by plain `type` has no
//! `metaclass` recorded (`Class::metaclass` is None), so ordinary classes never get
//! here: each protocol operation tests that field first and keeps its builtin path.

use crate::object::{Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use coil_parser::ast::BinOp;
use std::rc::Rc;

/// True if `v` is a class with a user metaclass (which may define special methods).
#[inline]
pub fn has_user_meta(v: &Value) -> bool {
    matches!(v, Value::Class(c) if c.metaclass.is_some())
}

impl Vm {
    /// The special method `name` as the user metaclass of the class `v` defines
    /// it (on the metaclass's MRO before `type`, whose own methods are the builtin
    /// behaviour the caller already implements); None for any other value.
    pub fn meta_special(&self, v: &Value, name: &Rc<Str>) -> Option<Value> {
        let Value::Class(c) = v else { return None };
        let meta = c.metaclass.as_ref()?;
        std::iter::once(meta)
            .chain(meta.mro.iter())
            .take_while(|m| !Rc::ptr_eq(m, &self.types.type_))
            .find_map(|m| m.dict.get_name(name))
    }

    /// Calls the metaclass's `name` with the class `v` first, if it defines one.
    pub fn call_meta_special(
        &mut self,
        v: &Value,
        name: &Rc<Str>,
        args: &[Value],
    ) -> RunResult<Option<Value>> {
        match self.meta_special(v, name) {
            Some(f) => self.call_unbound(&f, v, args).map(Some),
            None => Ok(None),
        }
    }

    /// `a op b` when either operand is a class with a user metaclass: the left
    /// metaclass's `__op__`, then the right one's `__rop__` (`binary_op1`); None
    /// when neither defines the method or both return NotImplemented, so the
    /// builtin behaviour of classes (`type.__or__`) still applies.
    pub(super) fn meta_binary_op(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> RunResult<Option<Value>> {
        let (name, rname, _) = super::number::dunders(op);
        if let Some(r) = self.call_meta_special(a, &name, std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.call_meta_special(b, &rname, std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }
}
