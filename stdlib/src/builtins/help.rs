//! `help` and `breakpoint` (CPython 3.11 `Lib/_sitebuiltins.py` `_Helper`,
//! `Lib/pydoc.py`, `Python/bltinmodule.c` `builtin_breakpoint` and
//! `Python/sysmodule.c` `sys_breakpointhook`). `help` is an object whose repr
//! tells how to use it and whose call hands over to the Python `pydoc`
//! (plain text on stdout, no pager). Coil has no debugger: `breakpoint()` says
//! so on stderr and returns None, after honouring `PYTHONBREAKPOINT` (`0`
//! disables it, a dotted name is imported and called) and a script's own
//! `sys.breakpointhook`.

use super::args::{class, func};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Native, NativeFn, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

const HELPER: &[(&str, NativeFn)] = &[
    ("__repr__", |_, _, _| {
        Ok(Value::str(
            "Type help() for interactive help, or help(object) for help about object.",
        ))
    }),
    ("__call__", call_help),
];

pub fn install(vm: &mut Vm) {
    let cls = class(
        vm,
        "_sitebuiltins._Helper",
        "_sitebuiltins",
        None,
        BaseKind::Builtin,
        HELPER,
    );
    let helper = Value::Native(Rc::new(Native {
        class: cls,
        data: Box::new(Helper),
    }));
    vm.add_builtin("help", helper);
    vm.add_builtin("breakpoint", func("breakpoint", breakpoint));
}

/// `help(*args, **kwds)`: `pydoc.help(*args, **kwds)`.
fn call_help(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let pydoc = vm.import_module("pydoc")?;
    let help = vm.get_attr(&pydoc, &Str::intern("help"))?;
    vm.call(&help, a.pos, a.kw)
}

fn breakpoint(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let sys = vm.import_module("sys")?;
    if let Some(hook) = vm.get_attr_opt(&sys, &Str::intern("breakpointhook"))? {
        return vm.call(&hook, a.pos, a.kw);
    }
    let name = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    if name == "0" {
        return Ok(Value::None);
    }
    if name.is_empty() || name == "pdb.set_trace" {
        // CPython would start pdb here; say plainly that Coil cannot.
        vm.flush_stdout();
        eprintln!("breakpoint(): Coil has no debugger (pdb is not available); continuing");
        return Ok(Value::None);
    }
    let (module, attr) = match name.rsplit_once('.') {
        Some((m, f)) => (m.to_string(), f.to_string()),
        None => ("builtins".to_string(), name.clone()),
    };
    let hook = match vm.import_module(&module) {
        Ok(m) => vm.get_attr_opt(&m, &Str::intern(&attr))?,
        Err(_) => None,
    };
    match hook {
        Some(h) => vm.call(&h, a.pos, a.kw),
        None => {
            let warnings = vm.import_module("warnings")?;
            let warn = vm.get_attr(&warnings, &Str::intern("warn"))?;
            let category = Value::Class(vm.types.exc.runtime_warning.clone());
            let msg = Value::string(format!(
                "Ignoring unimportable $PYTHONBREAKPOINT: \"{name}\""
            ));
            vm.call(&warn, &[msg, category], &[])?;
            Ok(Value::None)
        }
    }
}

/// The payload of the `help` object (`_sitebuiltins._Helper`).
struct Helper;

coil_interp::native_payload!(Helper);
