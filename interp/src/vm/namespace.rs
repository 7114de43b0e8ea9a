//! The running frame's namespaces as builtins see them: `globals()`, `locals()`,
//! `dir()` without an argument, `SetupAnnotations`, and running code objects in
//! given namespaces for `exec`/`eval` (CPython 3.11 `Python/bltinmodule.c`
//! `builtin_globals`, `builtin_locals`, `builtin_exec_impl`, `builtin_eval_impl`;
//! `Objects/frameobject.c` `_PyFrame_FastToLocalsWithError`; `Python/ceval.c`
//! `SETUP_ANNOTATIONS`).
//!
//! A builtin runs without a frame of its own, so "the current frame" is the top of
//! `Vm::frames`: the script frame that called it (its state is written back before
//! any call, see `dispatch.rs`).

use super::frame::Frame;
use super::Vm;
use crate::bytecode::CodeObject;
use crate::object::{Dict, Str, Value};
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    /// `globals()`: the calling frame's globals (the `__main__` dict when no frame
    /// runs, as at the top of an embedding).
    pub fn current_globals(&self) -> Rc<Dict> {
        match self.frames.last() {
            Some(f) => f.globals().clone(),
            None => match self.modules.get_str("__main__") {
                Some(Value::Module(m)) => m.dict.clone(),
                _ => Rc::new(Dict::new()),
            },
        }
    }

    /// `locals()`: a module or class body's namespace itself; in a function, a new
    /// dict of the bound fast locals and cell/free variables in `co_varnames`,
    /// `co_cellvars`, `co_freevars` order (CPython 3.11 returns one snapshot dict per
    /// frame, refreshed on each call; a fresh dict differs only in identity).
    pub fn current_locals(&self) -> Value {
        match self.frames.last() {
            Some(f) => Value::Dict(frame_locals(f, &self.values)),
            None => Value::Dict(self.current_globals()),
        }
    }

    /// `dir()`: the sorted names of `locals()`.
    pub fn current_dir(&self) -> Value {
        let d = match self.current_locals() {
            Value::Dict(d) => d,
            _ => return Value::list(Vec::new()),
        };
        let mut names: Vec<String> = d
            .map
            .borrow()
            .keys()
            .filter_map(|k| match &k.value {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect();
        names.sort();
        Value::list(names.into_iter().map(Value::string).collect())
    }

    /// `SetupAnnotations`: an `__annotations__` dict in the body's namespace unless
    /// one is there already.
    pub(crate) fn setup_annotations(&mut self) {
        let f = self.top_frame();
        let ns = f.namespace.clone().unwrap_or_else(|| f.globals().clone());
        let key = Str::intern("__annotations__");
        if ns.get_name(&key).is_none() {
            ns.set_name(&key, Value::Dict(Rc::new(Dict::new())));
        }
    }

    /// Runs a module-level code object (from `compile`, `exec` or `eval`) with
    /// `globals`, and `locals` as the namespace `LoadName`/`StoreName` use; gives
    /// the value it returns (an `eval` code returns its expression). A `globals`
    /// without `__builtins__` gets the builtins module, as CPython's `exec` does.
    pub fn run_code_in(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<Dict>,
        locals: Rc<Dict>,
    ) -> RunResult<Value> {
        if globals.get_str("__builtins__").is_none() {
            let b = self.builtins_module();
            globals.set_str("__builtins__", b);
        }
        let nlocals = code.nlocals();
        let mut frame = self.pool.frame(&code, &globals, nlocals);
        frame.namespace = Some(locals);
        self.enter_native()?;
        let r = self.run_frame(frame);
        self.native_depth -= 1;
        r
    }

    /// A REPL input compiled with top-level `await` (its module code has the
    /// `coroutine` flag) as a not-started coroutine running in `globals`, as
    /// CPython's `eval` of such a code object gives (`asyncio/__main__.py`).
    pub fn module_coroutine(&mut self, code: Rc<CodeObject>, globals: Rc<Dict>) -> Value {
        let mut frame = self.pool.frame(&code, &globals, 0);
        frame.namespace = Some(globals);
        let name = code.name.clone();
        super::finalize::generator_created();
        Value::Generator(Rc::new(crate::object::Generator {
            kind: crate::object::GenKind::Coroutine,
            state: std::cell::Cell::new(crate::object::GenState::Created),
            frames: std::cell::RefCell::new(frame.into_segment(&mut self.pool)),
            code,
            name: name.clone(),
            qualname: name,
            started: std::cell::Cell::new(false),
            ag: None,
        }))
    }
}

/// The namespace dict of a frame: its `namespace` (module and class bodies) or a
/// snapshot of a function's variables, read from `values` (the value array the
/// frame's `base` indexes: `Vm::values`, or a suspended generator's segment).
pub(crate) fn frame_locals(f: &Frame, values: &[Option<Value>]) -> Rc<Dict> {
    if let Some(ns) = &f.namespace {
        return ns.clone();
    }
    let d = Dict::new();
    let code = f.code();
    let base = f.base as usize;
    let locals = values.get(base..base + code.nlocals()).unwrap_or(&[]);
    for (name, v) in code.varnames.iter().zip(locals.iter()) {
        if let Some(v) = v {
            d.set_name(name, v.clone());
        }
    }
    for (name, cell) in code
        .cellvars
        .iter()
        .chain(code.freevars.iter())
        .zip(f.cells().iter())
    {
        if let Some(v) = cell.value.borrow().clone() {
            d.set_name(name, v);
        }
    }
    Rc::new(d)
}
