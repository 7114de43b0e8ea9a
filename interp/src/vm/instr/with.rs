//! `with` and `async with`: `BeforeWith`, `BeforeAsyncWith` and `WithExceptStart`
//! (the handler block itself is `SetupWith`, in `exceptions.rs`), as CPython 3.11's
//! `Python/ceval.c` runs `BEFORE_WITH`, `BEFORE_ASYNC_WITH` and `WITH_EXCEPT_START`,
//! with its "does not support the context manager protocol" texts. `__exit__` is
//! called from here, nested, as CPython calls it.

use crate::object::{Str, Value};
use crate::vm::instr::calls::bind_to;
use crate::vm::Vm;
use crate::RunResult;

impl Vm {
    /// `BeforeWith`: `[mgr] -> [bound __exit__, mgr.__enter__()]`.
    pub(crate) fn before_with(&mut self) -> RunResult<()> {
        let mgr = self.pop();
        let (exit, enter) = self.context_methods(&mgr, "__enter__", "__exit__", "")?;
        self.push(exit);
        let r = self.call(&enter, &[], &[])?;
        self.push(r);
        Ok(())
    }

    /// `BeforeWith` of a manager whose `__enter__` runs as an inline frame
    /// (`Post::Enter`): the bound `__exit__`, with the protocol's errors.
    pub(crate) fn with_exit_method(&mut self, mgr: &Value) -> RunResult<Value> {
        Ok(self.context_methods(mgr, "__enter__", "__exit__", "")?.0)
    }

    /// `BeforeAsyncWith`: `[mgr] -> [bound __aexit__, awaitable of __aenter__()]`.
    pub(crate) fn before_async_with(&mut self) -> RunResult<()> {
        let mgr = self.pop();
        let (exit, enter) =
            self.context_methods(&mgr, "__aenter__", "__aexit__", "asynchronous ")?;
        self.push(exit);
        let r = self.call(&enter, &[], &[])?;
        let aw = self.get_awaitable(r)?;
        self.push(aw);
        Ok(())
    }

    /// `WithExceptStart`: `[exit, .., exc] -> [exit, .., exc, exit(type, exc, None)]`.
    pub(crate) fn with_except_start(&mut self) -> RunResult<()> {
        let n = self.values.len();
        let exc = self.values[n - 1].clone().unwrap_or(Value::None);
        let exit = self.values[n - 2].clone().unwrap_or(Value::None);
        // CPython passes the exception's traceback as the third argument
        // (`Python/ceval.c` WITH_EXCEPT_START), so `__exit__` can inspect it.
        let (typ, tb) = match &exc {
            Value::Instance(i) => (
                Value::Class(i.class()),
                self.exception_data_attr(i, &Str::intern("__traceback__"))
                    .unwrap_or(Value::None),
            ),
            _ => (Value::None, Value::None),
        };
        let r = self.call(&exit, &[typ, exc, tb], &[])?;
        self.push(r);
        Ok(())
    }

    /// The bound exit method and the bound enter method of a context manager.
    fn context_methods(
        &mut self,
        mgr: &Value,
        enter: &str,
        exit: &str,
        flavour: &str,
    ) -> RunResult<(Value, Value)> {
        let Some(enter_f) = self.lookup_special(mgr, &Str::intern(enter)) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the {flavour}context manager protocol",
                mgr.type_name()
            )));
        };
        let Some(exit_f) = self.lookup_special(mgr, &Str::intern(exit)) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the {flavour}context manager protocol (missed {exit} method)",
                mgr.type_name()
            )));
        };
        Ok((bind_to(exit_f, mgr), bind_to(enter_f, mgr)))
    }
}
