//! `repr()` and `str()` of every value: builtin reprs as CPython prints them (including
//! `[...]` for recursive containers), `__repr__`/`__str__` on instances, default
//! `<__main__.C object at 0x…>`, exception reprs and strs (`Objects/object.c`
//! `PyObject_Repr`, `Objects/exceptions.c` `BaseException_repr`/`_str`).

use crate::object::Str;
use crate::vm::Vm;
use crate::RunResult;
use crate::Value;
use std::rc::Rc;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> RunResult<Rc<Str>> {
        let _ = v;
        todo!("ops: repr")
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> RunResult<Rc<Str>> {
        let _ = v;
        todo!("ops: to_str")
    }
}
