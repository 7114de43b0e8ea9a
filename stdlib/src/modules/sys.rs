//! The `sys` module: `argv`, `exit`, the standard streams, `path`, version
//! information, the recursion limit and `modules` (CPython 3.11 `Python/sysmodule.c`).
//! `sys.version` reads `3.11.7 (coil 0.1.0)`: the Python version Coil follows, then
//! Coil's own. `sys.version_info` is a struct sequence (indexes, slices, compares
//! like a tuple; `.major`, `.minor`, … as attributes).

use super::new_module;
use super::structseq::{new_structseq, structseq_class};
use super::sys_asyncgen::{get_asyncgen_hooks as get_hooks, set_asyncgen_hooks as set_hooks};
use crate::builtins::args::{clinic, func, no_args, one_arg, positional, to_index, Int};
use coil_interp::object::int;
use coil_interp::object::{Args, Module};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// Which standard stream a `sys.stdout`-like object writes to or reads from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

/// The Python version Coil follows, as `sys.version_info`.
pub const VERSION: (i64, i64, i64) = (3, 11, 7);

fn stream(vm: &mut Vm, which: Stream) -> Value {
    super::io::std_streams::std_stream(vm, which)
}

/// `sys.exit(status=None)`: SystemExit with no args for None, else the status
/// (a tuple becomes the args, as `PyErr_SetObject` does).
fn exit(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "exit", &args, 0, 1)?;
    let exc_args = match pos.first() {
        None | Some(Value::None) => vec![],
        Some(Value::Tuple(t)) => t.items.to_vec(),
        Some(v) => vec![v.clone()],
    };
    Err(vm.new_exception(&vm.types.exc.system_exit, exc_args))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`: coroutines made while
/// it is non-zero record `cr_origin` (`event_loop/debug.rs`).
fn set_origin_depth(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let b = clinic(
        vm,
        "set_coroutine_origin_tracking_depth",
        &args,
        &["depth"],
        1,
        1,
    )?;
    let v = b.arg(vm, 0)?;
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = match to_index(vm, v)? {
        Int::Small(n) if n <= i32::MAX as i64 && n >= i32::MIN as i64 => n,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    vm.asyncio.origin_depth = n as u32;
    Ok(Value::None)
}

/// `sys.get_coroutine_origin_tracking_depth()`.
fn get_origin_depth(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    no_args(vm, ("sys", "get_coroutine_origin_tracking_depth"), &args)?;
    Ok(Value::Int(vm.asyncio.origin_depth as i64))
}

fn getrecursionlimit(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "setrecursionlimit", &args)?;
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = match to_index(vm, v)? {
        Int::Small(n) => n,
        Int::Big(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if n > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

/// `sys.getswitchinterval()`: the green threads' time slice (`vm/green.rs`).
fn getswitchinterval(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "getswitchinterval", &args, 0, 0)?;
    Ok(Value::Float(coil_interp::vm::green::switch_interval()))
}

fn setswitchinterval(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "setswitchinterval", &args)?;
    let s = crate::builtins::args::to_f64(vm, v)?;
    if s <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    coil_interp::vm::green::set_switch_interval(s);
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(int::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or above 640.
fn set_int_max_str_digits(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "set_int_max_str_digits", &args, &["maxdigits"], 1, 1)?;
    let v = a[0].clone().unwrap_or(Value::None);
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = match to_index(vm, &v)? {
        Int::Small(n) if n <= i32::MAX as i64 && n >= i32::MIN as i64 => n,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n != 0 && n < int::MAX_STR_DIGITS_THRESHOLD as i64 {
        return Err(vm.value_error(format!(
            "maxdigits must be 0 or larger than {}",
            int::MAX_STR_DIGITS_THRESHOLD
        )));
    }
    int::set_max_str_digits(n as usize);
    Ok(Value::None)
}

fn platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

/// Builds the `sys` module.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let argv = Value::list(vm.argv.iter().map(|a| Value::str(a)).collect());
    // `sys.path`: the script's folder (absolute, as CPython makes it), then the
    // `PYTHONPATH` entries; the importer (`vm/import_path.rs`) reads this list.
    let script_dir = match &vm.script_dir {
        Some(p) if p.as_os_str().is_empty() => std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default(),
        Some(p) => std::path::absolute(p)
            .unwrap_or_else(|_| p.clone())
            .to_string_lossy()
            .into_owned(),
        None => String::new(),
    };
    let mut path = vec![Value::string(script_dir)];
    if let Some(extra) = std::env::var_os("PYTHONPATH") {
        for entry in std::env::split_paths(&extra) {
            if !entry.as_os_str().is_empty() {
                path.push(Value::string(entry.to_string_lossy().into_owned()));
            }
        }
    }
    let vi_class = structseq_class(
        vm,
        "sys.version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let (major, minor, micro) = VERSION;
    let version_info = new_structseq(
        &vi_class,
        vec![
            Value::Int(major),
            Value::Int(minor),
            Value::Int(micro),
            Value::str("final"),
            Value::Int(0),
        ],
        &[],
    );
    let executable = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let byteorder = if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    };
    // `sys.__stdout__ is sys.stdout` until a program replaces the latter.
    let (stdin, stdout, stderr) = (
        stream(vm, Stream::Stdin),
        stream(vm, Stream::Stdout),
        stream(vm, Stream::Stderr),
    );
    // the command line as the process received it (`coil`'s own options too)
    let orig_argv = Value::list(
        std::env::args_os()
            .map(|a| Value::string(a.to_string_lossy().into_owned()))
            .collect(),
    );
    let mut items = vec![
        ("argv", argv),
        ("orig_argv", orig_argv),
        ("exit", func("exit", exit)),
        ("stdin", stdin.clone()),
        ("stdout", stdout.clone()),
        ("stderr", stderr.clone()),
        ("__stdin__", stdin),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("path", Value::list(path)),
        (
            "version",
            Value::string(format!(
                "{major}.{minor}.{micro} (coil {})",
                env!("CARGO_PKG_VERSION")
            )),
        ),
        ("version_info", version_info),
        ("set_asyncgen_hooks", func("set_asyncgen_hooks", set_hooks)),
        (
            "set_coroutine_origin_tracking_depth",
            func("set_coroutine_origin_tracking_depth", set_origin_depth),
        ),
        (
            "get_coroutine_origin_tracking_depth",
            func("get_coroutine_origin_tracking_depth", get_origin_depth),
        ),
        ("get_asyncgen_hooks", func("get_asyncgen_hooks", get_hooks)),
        ("hexversion", Value::Int(0x030b07f0)),
        ("platform", Value::str(platform())),
        ("maxsize", Value::Int(i64::MAX)),
        (
            "getrecursionlimit",
            func("getrecursionlimit", getrecursionlimit),
        ),
        (
            "getswitchinterval",
            func("getswitchinterval", getswitchinterval),
        ),
        (
            "setswitchinterval",
            func("setswitchinterval", setswitchinterval),
        ),
        (
            "_getframe",
            func("_getframe", super::traceback_support::getframe),
        ),
        (
            "setrecursionlimit",
            func("setrecursionlimit", setrecursionlimit),
        ),
        (
            "get_int_max_str_digits",
            func("get_int_max_str_digits", get_int_max_str_digits),
        ),
        (
            "set_int_max_str_digits",
            func("set_int_max_str_digits", set_int_max_str_digits),
        ),
        ("modules", Value::Dict(vm.modules.clone())),
        ("executable", Value::string(executable)),
        ("byteorder", Value::str(byteorder)),
        ("builtin_module_names", builtin_module_names(vm)),
    ];
    items.extend(super::sys_info::items(vm));
    Ok(new_module("sys", items))
}

fn builtin_module_names(vm: &Vm) -> Value {
    let mut names: Vec<&str> = vm.native_modules.keys().copied().collect();
    names.sort();
    Value::tuple(names.into_iter().map(Value::interned).collect())
}
