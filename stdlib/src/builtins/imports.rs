//! `__import__(name, globals=None, locals=None, fromlist=(), level=0)`, the function
//! behind `import` (CPython 3.11 `Lib/importlib/_bootstrap.py` `__import__` and
//! `_handle_fromlist`): returns the top package without a fromlist, the named module
//! with one, importing the fromlist's submodules of a package.

use super::args::{clinic, func};
use coil_interp::object::{Args, Dict, Str};
use coil_interp::{RunResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.add_builtin("__import__", func("__import__", import));
}

fn import(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "__import__",
        &args,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
        5,
    )?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "module name must be str, not {}",
                other.type_name()
            )))
        }
        None => String::new(),
    };
    let level = match &a[4] {
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        None => 0,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if name.is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    let fromlist = match &a[3] {
        Some(v) if !v.is_none() => vm.collect(v)?,
        _ => Vec::new(),
    };
    let module = if level == 0 {
        vm.import_name(&Str::intern(&name))?;
        vm.import_module(&name)?
    } else {
        let globals = match &a[1] {
            Some(Value::Dict(d)) => d.clone(),
            _ => std::rc::Rc::new(Dict::new()),
        };
        let dotted = format!("{}{name}", ".".repeat(level as usize));
        vm.import_leaf(&Str::intern(&dotted), &globals)?
    };
    if !fromlist.is_empty() {
        if let Value::Module(m) = &module {
            if m.dict.get_str("__path__").is_some() {
                let base = match m.dict.get_str("__name__") {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => m.name.as_str().to_string(),
                };
                for item in &fromlist {
                    let Value::Str(s) = item else { continue };
                    if s.as_str() == "*" || m.dict.get_str(s.as_str()).is_some() {
                        continue;
                    }
                    let full = format!("{base}.{}", s.as_str());
                    if let Err(e) = vm.import_module(&full) {
                        let missing = vm.exc_matches(&e, &vm.types.exc.module_not_found_error)
                            && matches!(e.dict.get_str("name"), Some(Value::Str(n)) if n.as_str() == full);
                        if !missing {
                            return Err(e);
                        }
                    }
                }
            }
        }
        return Ok(module);
    }
    if level == 0 {
        let top = name.split('.').next().unwrap_or(&name);
        return vm.import_module(top);
    }
    // A relative import without a fromlist returns the package up to the first dot
    // of `name`.
    let first = name.split('.').next().unwrap_or("");
    let cut = name.len() - first.len();
    let full = match &module {
        Value::Module(m) => m.name.as_str().to_string(),
        _ => return Ok(module),
    };
    if cut == 0 {
        return Ok(module);
    }
    let keep = full.len().saturating_sub(cut);
    vm.import_module(&full[..keep])
}
