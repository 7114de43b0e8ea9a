//! The path-based finder and the source loader: modules and packages found on
//! `sys.path` (a top-level name) or on the parent package's `__path__` (a
//! submodule), run as modules with `__file__`, `__package__`, `__path__` and a
//! `__spec__`, as CPython 3.11's `importlib._bootstrap_external` (`PathFinder`,
//! `FileFinder`, `SourceFileLoader`) and `_bootstrap` (`_load_unlocked`,
//! `module_from_spec`) do. A folder without `__init__.py` is a namespace package.
//! The names of modules whose body is running are kept, so `from a import x` during
//! a circular import can say "partially initialized module".

use super::Vm;
use crate::object::{Dict, Module, Str, Value};
use crate::RunResult;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

thread_local! {
    /// Modules whose body is running (CPython's `__spec__._initializing`).
    static INITIALIZING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Is module `name` still running its body?
pub fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|s| s.borrow().iter().any(|n| n == name))
}

/// Where a module was found.
pub struct FoundModule {
    /// `…/m.py` or `…/pkg/__init__.py`; None for a namespace package.
    pub origin: Option<PathBuf>,
    /// The package folder (`__path__[0]`) for packages.
    pub package_dir: Option<PathBuf>,
}

impl Vm {
    /// The folders a top-level import searches: `sys.path` (its string entries; `''`
    /// is the current folder).
    pub fn sys_path(&mut self) -> RunResult<Vec<PathBuf>> {
        let sys = self.import_module("sys")?;
        let path = self.get_attr_opt(&sys, &Str::intern("path"))?;
        let Some(Value::List(list)) = path else {
            return Ok(Vec::new());
        };
        let entries = list.items.borrow().clone();
        Ok(entries
            .iter()
            .filter_map(|e| match e {
                Value::Str(s) if s.as_str().is_empty() => Some(PathBuf::from(".")),
                Value::Str(s) => Some(PathBuf::from(s.as_str())),
                _ => None,
            })
            .collect())
    }

    /// Looks for `leaf` (the last part of `name`) in `dirs`: a package folder, then
    /// `leaf.py`, per folder in order; a plain folder makes a namespace package only
    /// if nothing else is found.
    pub fn find_in_dirs(&self, leaf: &str, dirs: &[PathBuf]) -> Option<FoundModule> {
        let mut namespace = None;
        for dir in dirs {
            let pkg = dir.join(leaf);
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return Some(FoundModule {
                    origin: Some(init),
                    package_dir: Some(pkg),
                });
            }
            let file = dir.join(format!("{leaf}.py"));
            if file.is_file() {
                return Some(FoundModule {
                    origin: Some(file),
                    package_dir: None,
                });
            }
            if namespace.is_none() && pkg.is_dir() {
                namespace = Some(pkg);
            }
        }
        namespace.map(|dir| FoundModule {
            origin: None,
            package_dir: Some(dir),
        })
    }

    /// Finds module `name` on `sys.path` or in its parent package (imported first).
    /// Returns None when it is not there; a parent that is no package is an error.
    pub fn find_module(&mut self, name: &str) -> RunResult<Option<FoundModule>> {
        let (leaf, dirs) = match name.rsplit_once('.') {
            None => (name, self.sys_path()?),
            Some((parent, leaf)) => {
                let parent_module = self.import_module(parent)?;
                let path = self.get_attr_opt(&parent_module, &Str::intern("__path__"))?;
                let Some(path) = path else {
                    let e = self.new_error(
                        &self.types.exc.module_not_found_error,
                        format!("No module named '{name}'; '{parent}' is not a package"),
                    );
                    e.dict.set_str("name", Value::str(name));
                    return Err(e);
                };
                let dirs = self
                    .collect(&path)?
                    .iter()
                    .filter_map(|e| match e {
                        Value::Str(s) => Some(PathBuf::from(s.as_str())),
                        _ => None,
                    })
                    .collect();
                (leaf, dirs)
            }
        };
        Ok(self.find_in_dirs(leaf, &dirs))
    }

    /// Creates module `name` from what the finder found and runs its body as
    /// `run_name` (`__main__` for `coil -m`). The module is in `sys.modules` while its
    /// body runs (so circular imports see it) and removed if the body fails.
    pub fn load_found_module(
        &mut self,
        name: &str,
        found: &FoundModule,
        run_name: &str,
    ) -> RunResult<Value> {
        let dict = Rc::new(Dict::new());
        dict.set_str("__name__", Value::str(run_name));
        dict.set_str("__doc__", Value::None);
        let is_package = found.package_dir.is_some();
        let package = if is_package {
            name
        } else {
            name.rsplit_once('.').map_or("", |(p, _)| p)
        };
        dict.set_str("__package__", Value::str(package));
        let origin = found
            .origin
            .as_ref()
            .map(|p| absolute(p).to_string_lossy().into_owned());
        if let Some(dir) = &found.package_dir {
            let dir = absolute(dir).to_string_lossy().into_owned();
            dict.set_str("__path__", Value::list(vec![Value::str(&dir)]));
        }
        let spec = self.module_spec(name, origin.as_deref(), &dict)?;
        dict.set_str("__spec__", spec);
        let Some(origin) = origin else {
            // A namespace package: no code to run.
            dict.set_str("__file__", Value::None);
            let module = Value::Module(Rc::new(Module {
                name: Str::intern(name),
                dict,
            }));
            self.modules.set_str(name, module.clone());
            return Ok(module);
        };
        dict.set_str("__file__", Value::str(&origin));
        dict.set_str("__cached__", Value::None);
        dict.set_str("__builtins__", self.builtins_module());
        let source = std::fs::read(&origin)
            .map_err(|e| self.import_error(format!("cannot read {origin}: {e}")))?;
        let source = String::from_utf8_lossy(&source).into_owned();
        let module = Value::Module(Rc::new(Module {
            name: Str::intern(run_name),
            dict: dict.clone(),
        }));
        self.modules.set_str(run_name, module.clone());
        let code = match self.compile_source(&source, &origin) {
            Ok(code) => code,
            Err(e) => {
                self.modules.remove_name(&Str::intern(run_name));
                return Err(e);
            }
        };
        INITIALIZING.with(|s| s.borrow_mut().push(name.to_string()));
        let result = self.run_module_code(code, dict);
        INITIALIZING.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(i) = s.iter().rposition(|n| n == name) {
                s.remove(i);
            }
        });
        if let Err(e) = result {
            self.modules.remove_name(&Str::intern(run_name));
            return Err(e);
        }
        Ok(self.modules.get_str(run_name).unwrap_or(module))
    }

    /// `ModuleSpec(name, loader, origin=…)` from the library's `importlib._bootstrap`,
    /// also setting the module's `__loader__`.
    fn module_spec(&mut self, name: &str, origin: Option<&str>, dict: &Dict) -> RunResult<Value> {
        let bootstrap = self.import_module("importlib._bootstrap")?;
        let make = self.get_attr(&bootstrap, &Str::intern("_spec_for_path"))?;
        let path = dict.get_str("__path__").unwrap_or(Value::None);
        let origin = origin.map_or(Value::None, Value::str);
        let spec = self.call(&make, &[Value::str(name), origin, path], &[])?;
        let loader = self.get_attr(&spec, &Str::intern("loader"))?;
        dict.set_str("__loader__", loader);
        Ok(spec)
    }
}

/// `path` made absolute against the current folder (CPython's finders keep the
/// absolute form of `sys.path` entries).
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(cwd) => cwd.join(path),
            Err(_) => path.to_path_buf(),
        }
    };
    // Drop `.` components (`./pkg` → `pkg`).
    joined
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// `coil -m name`: runs module `name` (or package `name`'s `__main__`) as
/// `__main__`, after importing its parent packages, with `sys.argv[0]` its file
/// (CPython 3.11's `runpy._run_module_as_main`). Returns the exit status.
pub fn run_module_as_main(vm: &mut Vm, name: &str) -> i32 {
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "coil".into());
    let status = match find_main(vm, name) {
        Err(e) => super::exit_code_for(vm, &e),
        Ok(Err(message)) => {
            vm.flush_stdout();
            vm.write_stderr(&format!("{exe}: {message}\n"));
            1
        }
        Ok(Ok((full, found))) => {
            if let (Some(origin), Ok(sys)) = (&found.origin, vm.import_module("sys")) {
                if let Ok(Some(Value::List(argv))) = vm.get_attr_opt(&sys, &Str::intern("argv")) {
                    let file = absolute(origin).to_string_lossy().into_owned();
                    let mut items = argv.items.borrow_mut();
                    match items.first_mut() {
                        Some(first) => *first = Value::str(&file),
                        None => items.push(Value::str(&file)),
                    }
                }
            }
            match vm.load_found_module(&full, &found, "__main__") {
                Ok(_) => 0,
                Err(e) => super::exit_code_for(vm, &e),
            }
        }
    };
    vm.finalize_at_exit();
    vm.flush_stdout();
    status
}

/// The module `coil -m` runs: `name` itself, or `name.__main__` for a package; an
/// `Err` message when there is none.
fn find_main(vm: &mut Vm, name: &str) -> RunResult<Result<(String, FoundModule), String>> {
    let Some(found) = vm.find_module(name)? else {
        return Ok(Err(format!("No module named {name}")));
    };
    if found.package_dir.is_none() {
        return Ok(Ok((name.to_string(), found)));
    }
    vm.import_module(name)?;
    let main = format!("{name}.__main__");
    match vm.find_module(&main)? {
        Some(m) if m.package_dir.is_none() => Ok(Ok((main, m))),
        _ => Ok(Err(format!(
            "No module named {main}; '{name}' is a package and cannot be directly executed"
        ))),
    }
}
