//! `format(value, spec)`: the format-spec mini-language for int, float, str
//! (fill, align, sign, `#`, `0`, width, `,`/`_` grouping, precision, types
//! `b c d o x X n e E f F g G %  s`) and `__format__` on instances
//! (`Python/formatter_unicode.c`).

use crate::object::Str;
use crate::vm::Vm;
use crate::RunResult;
use crate::Value;
use std::rc::Rc;

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> RunResult<Rc<Str>> {
        let _ = (v, spec);
        todo!("ops: format")
    }
}
