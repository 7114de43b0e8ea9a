//! `import m`, `from m import x`, `from m import *`: builtin modules registered by
//! `coil-stdlib` (native ones, then the library modules written in Python and
//! compiled into the binary), else a module or package on `sys.path` or the parent
//! package's `__path__` (`import_path.rs`), cached in `sys.modules` (CPython's
//! `importlib._bootstrap`, reduced to these finders). An imported submodule is bound on its parent, as
//! `_find_and_load_unlocked` does.

use super::{FrozenModule, Vm};
use crate::object::{Dict, Module, Str, Value};
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    /// `ImportName`: imports every level of a dotted name and returns the top one.
    pub fn import_name(&mut self, name: &Rc<Str>) -> RunResult<Value> {
        let full = name.as_str();
        let top_name = full.split('.').next().unwrap_or(full);
        let top = self.import_module(top_name)?;
        let mut prefix = top_name.to_string();
        for part in full.split('.').skip(1) {
            prefix.push('.');
            prefix.push_str(part);
            self.import_module(&prefix)?;
        }
        Ok(top)
    }

    /// `ImportModule`: `from a.b import x` / `from .m import x` imports the leaf.
    pub fn import_leaf(&mut self, name: &Rc<Str>, globals: &Dict) -> RunResult<Value> {
        let raw = name.as_str();
        let level = raw.len() - raw.trim_start_matches('.').len();
        let rest = &raw[level..];
        let full = if level == 0 {
            rest.to_string()
        } else {
            let package = match globals.get_str("__package__") {
                Some(Value::Str(p)) => p.as_str().to_string(),
                _ => match globals.get_str("__name__") {
                    Some(Value::Str(n)) => n
                        .as_str()
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default(),
                    _ => String::new(),
                },
            };
            if package.is_empty() {
                return Err(
                    self.import_error("attempted relative import with no known parent package")
                );
            }
            let mut parts: Vec<&str> = package.split('.').collect();
            if level > parts.len() {
                return Err(self.import_error("attempted relative import beyond top-level package"));
            }
            parts.truncate(parts.len() - (level - 1));
            let mut base = parts.join(".");
            if !rest.is_empty() {
                base.push('.');
                base.push_str(rest);
            }
            base
        };
        self.import_name(&Str::intern(&full))?;
        match self.modules.get_str(&full) {
            Some(m) => Ok(m),
            None => self.import_module(&full),
        }
    }

    /// Imports one module by its full name: `sys.modules`, then builtin modules,
    /// then a `.py` file under the script's folder.
    pub fn import_module(&mut self, name: &str) -> RunResult<Value> {
        if let Some(m) = self.modules.get_str(name) {
            return Ok(m);
        }
        if let Some(init) = self.native_modules.get(name).copied() {
            let m = init(self)?;
            let v = Value::Module(m);
            self.modules.set_str(name, v.clone());
            self.bind_on_parent(name, &v);
            return Ok(v);
        }
        if let Some(frozen) = frozen_or_dev(self, name) {
            // The parent package runs first, as for any submodule.
            if let Some((parent, _)) = name.rsplit_once('.') {
                self.import_module(parent)?;
                if let Some(m) = self.modules.get_str(name) {
                    return Ok(m);
                }
            }
            let v = self.load_frozen_module(name, frozen)?;
            self.bind_on_parent(name, &v);
            return Ok(v);
        }
        match self.find_module(name)? {
            Some(found) => {
                let v = self.load_found_module(name, &found, name)?;
                self.bind_on_parent(name, &v);
                Ok(v)
            }
            None => {
                let e = self.new_error(
                    &self.types.exc.module_not_found_error,
                    format!("No module named '{name}'"),
                );
                e.dict.set_str("name", Value::str(name));
                Err(e)
            }
        }
    }

    /// `import a.b` leaves module `b` as the attribute `b` of module `a`.
    fn bind_on_parent(&mut self, name: &str, module: &Value) {
        if let Some((parent, child)) = name.rsplit_once('.') {
            if let Some(Value::Module(p)) = self.modules.get_str(parent) {
                p.dict.set_str(child, module.clone());
            }
        }
    }

    /// Runs a library module compiled into the binary, under the file name
    /// CPython's copy has (`<prefix>/lib/python3.11/json/__init__.py`).
    fn load_frozen_module(&mut self, name: &str, frozen: FrozenModule) -> RunResult<Value> {
        let (code, filename) = self.compile_library_source(frozen.source, frozen.path)?;
        let dict = Rc::new(Dict::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__file__", Value::str(&filename));
        dict.set_str("__doc__", Value::None);
        dict.set_str("__builtins__", self.builtins_module());
        let package = if frozen.is_package {
            let dir = filename.trim_end_matches("/__init__.py");
            dict.set_str("__path__", Value::list(vec![Value::str(dir)]));
            name
        } else {
            name.rsplit_once('.').map_or("", |(p, _)| p)
        };
        dict.set_str("__package__", Value::str(package));
        let module = Value::Module(Rc::new(Module {
            name: Str::intern(name),
            dict: dict.clone(),
        }));
        self.modules.set_str(name, module.clone());
        if let Err(e) = self.run_module_code(code, dict) {
            self.modules.remove_name(&Str::intern(name));
            return Err(e);
        }
        Ok(self.modules.get_str(name).unwrap_or(module))
    }

    /// Compiles the source of a library module written in Python under the
    /// file name CPython's module has (`<lib>/json/decoder.py` for `rel_path`
    /// `json/decoder.py`), renumbered by its `line_map` directives and
    /// remembered for tracebacks, so its frames read as CPython's.
    pub fn compile_library_source(
        &mut self,
        source: &'static str,
        rel_path: &str,
    ) -> RunResult<(Rc<crate::bytecode::CodeObject>, String)> {
        let filename = format!("{}/{rel_path}", cpython_lib_dir());
        // A part of a module CPython keeps in one file (argparse's) names
        // that file in its frames.
        let shown = match super::line_map::shown_file(source) {
            Some(file) => format!("{}/{file}", cpython_lib_dir()),
            None => filename.clone(),
        };
        // Compiled when Coil was built (line directives already applied).
        let code = match super::frozen_code::load(rel_path, source, &shown) {
            Some(code) => code,
            None => {
                let mut code = self.compile_source(source, &shown)?;
                if super::line_map::has_directives(source) {
                    super::line_map::apply(&mut code, &super::line_map::parse(source));
                }
                code
            }
        };
        super::traceback::register_library_source(shown, source);
        Ok((code, filename))
    }

    /// Parses and compiles module source; a syntax error becomes a SyntaxError
    /// exception.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
    ) -> RunResult<Rc<crate::bytecode::CodeObject>> {
        self.compile_source_mode(source, filename, crate::compile::Mode::Exec)
    }

    /// `compile_source` for a mode (`exec`, `eval`, `single`).
    pub fn compile_source_mode(
        &mut self,
        source: &str,
        filename: &str,
        mode: crate::compile::Mode,
    ) -> RunResult<Rc<crate::bytecode::CodeObject>> {
        let source = &*coil_parser::universal_newlines(source);
        let parsed = match mode {
            crate::compile::Mode::Interactive => coil_parser::parse_interactive(source, filename),
            _ => coil_parser::parse_module(source, filename),
        };
        let compiling = parsed.is_ok();
        let result =
            parsed.and_then(|ast| crate::compile::compile_module(&ast, source, filename, mode));
        match result {
            Ok(code) => {
                self.emit_compile_warnings(Some(source))?;
                Ok(code)
            }
            Err(e) => {
                crate::compile::warnings::clear();
                let exec_input = !matches!(mode, crate::compile::Mode::Eval);
                Err(self.syntax_error_exception(&e, source, exec_input, compiling))
            }
        }
    }

    /// Runs a module's code with `dict` as its globals and namespace.
    pub fn run_module_code(
        &mut self,
        code: Rc<crate::bytecode::CodeObject>,
        dict: Rc<Dict>,
    ) -> RunResult<Value> {
        let mut frame = self.pool.frame(&code, &dict, 0);
        frame.namespace = Some(dict);
        if self.frames.is_empty() {
            return self.run_frame(frame);
        }
        self.enter_native()?;
        let r = self.run_frame(frame);
        self.native_depth -= 1;
        r
    }

    /// The `builtins` module object (made on first use, cached in `sys.modules`).
    pub fn builtins_module(&mut self) -> Value {
        if let Some(m) = self.modules.get_str("builtins") {
            return m;
        }
        let m = Value::Module(Rc::new(Module {
            name: Str::intern("builtins"),
            dict: self.builtins.clone(),
        }));
        self.modules.set_str("builtins", m.clone());
        m
    }

    /// `ImportFrom`: `from m import name`.
    pub(crate) fn import_from(&mut self, module: &Value, name: &Rc<Str>) -> RunResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        // `from pkg import mod`: a submodule not imported yet (CPython's
        // `_handle_fromlist`), or one whose parent is still initialising.
        if let Value::Module(m) = module {
            let full = format!("{}.{}", package_name(m), name.as_str());
            if let Some(v) = self.modules.get_str(&full) {
                return Ok(v);
            }
            if m.dict.get_str("__path__").is_some() {
                match self.import_module(&full) {
                    Ok(v) => return Ok(v),
                    Err(e)
                        if self.exc_matches(&e, &self.types.exc.module_not_found_error)
                            && e.dict.get_str("name").is_some_and(
                                |n| matches!(&n, Value::Str(s) if s.as_str() == full),
                            ) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        let (mname, location) = match module {
            Value::Module(m) => {
                let loc = match m.dict.get_str("__file__") {
                    Some(Value::Str(f)) => f.as_str().to_string(),
                    _ => "unknown location".to_string(),
                };
                (m.name.as_str().to_string(), loc)
            }
            other => (other.type_name(), "unknown location".to_string()),
        };
        let e = if super::import_path::is_initializing(&mname) {
            self.import_error(format!(
                "cannot import name '{}' from partially initialized module '{mname}' \
                 (most likely due to a circular import) ({location})",
                name.as_str()
            ))
        } else {
            self.import_error(format!(
                "cannot import name '{}' from '{mname}' ({location})",
                name.as_str()
            ))
        };
        e.dict.set_str("name", Value::str(&mname));
        Err(e)
    }

    /// `ImportStar`: the module's `__all__`, or its names not starting with `_`.
    pub(crate) fn import_star(&mut self, module: &Value, ns: &Dict) -> RunResult<()> {
        let Value::Module(m) = module else {
            return Err(self.type_error("from-import-* object has no __dict__ and no __all__"));
        };
        if let Some(all) = m.dict.get_str("__all__") {
            for name in self.collect(&all)? {
                let Value::Str(s) = &name else {
                    return Err(self.type_error(format!(
                        "Item in {}.__all__ must be str, not {}",
                        m.name.as_str(),
                        name.type_name()
                    )));
                };
                let v = self.get_attr(module, s)?;
                ns.set_name(s, v);
            }
            return Ok(());
        }
        let items: Vec<_> = m
            .dict
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect();
        for (k, v) in items {
            if let Value::Str(s) = &k {
                if !s.as_str().starts_with('_') {
                    ns.set_name(s, v);
                }
            }
        }
        Ok(())
    }
}

/// The module's real name: `__spec__.name` differs from `__name__` for `__main__`
/// run by `coil -m`; `__name__` otherwise.
fn package_name(m: &Module) -> String {
    match m.dict.get_str("__name__") {
        Some(Value::Str(n)) => n.as_str().to_string(),
        _ => m.name.as_str().to_string(),
    }
}

/// `COIL_LIB_DIR=stdlib/lib`: a developer's switch that reads the library
/// modules written in Python from that folder instead of the copies compiled
/// into the binary, so editing one needs no rebuild (new files are found too).
fn dev_lib_module(name: &str) -> Option<FrozenModule> {
    let dir = std::path::PathBuf::from(std::env::var_os("COIL_LIB_DIR")?);
    let rel = name.replace('.', "/");
    for (path, is_package) in [
        (format!("{rel}/__init__.py"), true),
        (format!("{rel}.py"), false),
    ] {
        if let Ok(source) = std::fs::read_to_string(dir.join(&path)) {
            // Leaked once per module per process: a developer run, not a hot path.
            let source: &'static str = Box::leak(source.into_boxed_str());
            let path: &'static str = Box::leak(path.into_boxed_str());
            return Some(FrozenModule {
                source,
                path,
                is_package,
            });
        }
    }
    None
}

/// The embedded copy of a library module, or its file under `COIL_LIB_DIR`.
fn frozen_or_dev(vm: &Vm, name: &str) -> Option<FrozenModule> {
    if std::env::var_os("COIL_LIB_DIR").is_some() {
        if let Some(m) = dev_lib_module(name) {
            return Some(m);
        }
    }
    vm.frozen_modules.get(name).copied()
}

/// Where CPython's library sits under `sys.prefix`.
pub const CPYTHON_LIB_SUBDIR: &str = "/lib/python3.11";

/// CPython's library folder as Coil names it: `<prefix>/lib/python3.11`, where
/// `<prefix>` is `sys.prefix` (two levels above the executable). Library frames
/// in tracebacks are named under it, as CPython's are.
pub fn cpython_lib_dir() -> String {
    let prefix = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent()?.parent().map(|p| p.display().to_string()))
        .unwrap_or_default();
    format!("{prefix}{CPYTHON_LIB_SUBDIR}")
}
