//! Reporting the compiler's SyntaxWarnings (`compile/warnings.rs`) through the
//! `warnings` module, as CPython 3.11's `compiler_warn` does with
//! `PyErr_WarnExplicitObject`: filters apply, and a warning turned into an
//! exception (`error`) becomes a SyntaxError at the warning's line.

use crate::compile::warnings;
use crate::object::{Str, Value};
use crate::vm::Vm;
use crate::RunResult;

impl Vm {
    /// Hands the pending compile-time warnings to `warnings.warn_explicit`.
    pub fn emit_compile_warnings(&mut self, source: Option<&str>) -> RunResult<()> {
        let pending = warnings::take();
        if pending.is_empty() {
            return Ok(());
        }
        let module = self.import_module("warnings")?;
        let warn = self.get_attr(&module, &Str::intern("warn_explicit"))?;
        let category = self.types.exc.syntax_warning.clone();
        for w in pending {
            let args = [
                Value::str(&w.message),
                Value::Class(category.clone()),
                Value::str(&w.filename),
                Value::Int(w.line as i64),
            ];
            if let Err(e) = self.call(&warn, &args, &[]) {
                if !e.class().is_subclass(&category) {
                    return Err(e);
                }
                let exc = self.new_error(&self.types.exc.syntax_error.clone(), w.message.clone());
                exc.dict.set_str("msg", Value::str(&w.message));
                exc.dict.set_str("filename", Value::str(&w.filename));
                exc.dict.set_str("lineno", Value::Int(w.line as i64));
                let text = source.and_then(|s| {
                    s.split_inclusive('\n')
                        .nth((w.line as usize).saturating_sub(1))
                });
                exc.dict
                    .set_str("text", text.map_or(Value::None, Value::str));
                return Err(exc);
            }
        }
        Ok(())
    }
}
