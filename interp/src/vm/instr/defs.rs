//! Imports and definitions: `ImportName`, `ImportModule`, `ImportFrom`,
//! `ImportStar` (the import machinery is `vm/import.rs`), `MakeFunction`,
//! `LoadBuildClass` (`__build_class__` is `vm/class_builder.rs`),
//! `SetupAnnotations` and the REPL's `PrintExpr`, as CPython 3.11's
//! `Python/ceval.c` runs `IMPORT_NAME`, `IMPORT_FROM`, `IMPORT_STAR`,
//! `MAKE_FUNCTION`, `LOAD_BUILD_CLASS`, `SETUP_ANNOTATIONS` and `PRINT_EXPR`.

use crate::bytecode::CodeObject;
use crate::object::{Cell, Dict, Function, Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// `ImportName(i)`: `[] -> [module]`.
    pub(crate) fn import_name_instr(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let m = self.import_name(&code.names[i as usize])?;
        self.push(m);
        Ok(())
    }

    /// `ImportModule(i)`: a leaf module relative to the frame's globals.
    pub(crate) fn import_module_instr(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let globals = self.top_frame().globals().clone();
        let m = self.import_leaf(&code.names[i as usize], &globals)?;
        self.push(m);
        Ok(())
    }

    /// `ImportFrom(i)`: `[module] -> [module, module.name]`.
    pub(crate) fn import_from_instr(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let m = self.values.last().cloned().flatten().unwrap_or(Value::None);
        let v = self.import_from(&m, &code.names[i as usize])?;
        self.push(v);
        Ok(())
    }

    /// `ImportStar`: `[module] -> []`, names into the frame's namespace.
    pub(crate) fn import_star_instr(&mut self) -> RunResult<()> {
        let m = self.pop();
        let ns = self.frame_namespace();
        self.import_star(&m, &ns)
    }

    /// `LoadBuildClass`.
    pub(crate) fn load_build_class(&mut self) {
        let b = self.core.build_class.clone();
        self.push(b);
    }

    /// `PrintExpr` (the REPL): the repr of a value that is not None, bound to `_`.
    pub(crate) fn print_expr(&mut self) -> RunResult<()> {
        let v = self.pop();
        if !v.is_none() {
            let r = self.repr(&v)?;
            self.write_stdout(r.as_str());
            self.write_stdout("\n");
            // `sys.displayhook` binds `_` only for a value that is not None.
            self.builtins.set_str("_", v);
        }
        Ok(())
    }

    /// `MakeFunction`: `[defaults?, kwdefaults?, annotations?, closure?, code]`.
    pub(crate) fn make_function(&mut self, flags: u8) -> RunResult<Value> {
        let code = match self.pop() {
            Value::Code(c) => c,
            _ => return Err(self.bad_stack("MakeFunction")),
        };
        let closure = if flags & 8 != 0 {
            match self.pop() {
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .map(|c| match c {
                        Value::Cell(c) => c.clone(),
                        _ => crate::gc::new(Cell::new(None)),
                    })
                    .collect(),
                _ => return Err(self.bad_stack("MakeFunction closure")),
            }
        } else {
            self.pool.no_cells()
        };
        // `(name, value, …)` pairs, as CPython 3.11 builds them; the dict is made
        // here, once per definition.
        let annotations = if flags & 4 != 0 {
            match self.pop() {
                Value::Tuple(t) => {
                    let d = Dict::new();
                    for pair in t.items.chunks(2) {
                        if let [k, v] = pair {
                            self.dict_set(&d, k.clone(), v.clone())?;
                        }
                    }
                    Some(d)
                }
                _ => None,
            }
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            match self.pop() {
                Value::Dict(d) => Some(d),
                _ => None,
            }
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            match self.pop() {
                Value::Tuple(t) => t.items.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let globals = self.top_frame().globals().clone();
        let module = match globals.get_str("__name__") {
            Some(Value::Str(s)) => s,
            _ => Str::intern("__main__"),
        };
        // `__doc__` is read from `code.docstring` (`attr_builtin.rs`): CPython keeps
        // it in `func_doc`, not in `__dict__`.
        let dict = Dict::new();
        if let Some(a) = annotations {
            dict.set_str("__annotations__", Value::Dict(Rc::new(a)));
        }
        let cache = Rc::new(crate::object::GlobalCache::new(code.names.len()));
        let flags = &code.flags;
        let simple = !(flags.varargs
            || flags.varkeywords
            || flags.generator
            || flags.coroutine
            || flags.async_generator
            || code.kwonlyargcount > 0
            || !code.cellvars.is_empty());
        Ok(Value::Function(crate::gc::new(Function {
            cache,
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            simple,
            dict,
            module,
        })))
    }
}
