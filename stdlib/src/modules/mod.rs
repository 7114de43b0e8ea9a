//! The builtin modules, registered for `import`: `sys`, `time`, `math`, `random`,
//! `datetime`, `collections`, `heapq`, …. Each `init` builds the module object once; the importer caches
//! it in `sys.modules`.

pub mod cmath;
mod cmath_fns;
pub mod codec;
pub mod codecs_native;
pub mod collections;
pub mod constants;
pub mod contextvars;
pub mod datetime;
pub mod gc;
pub mod hashlib;
pub mod heapq;
pub mod imp;
pub mod io;
pub mod json;
pub mod logging_support;
pub mod math;
pub mod math_int;
pub mod mt19937;
pub mod operator;
pub mod os;
pub mod platform;
pub mod random;
pub mod random_state;
pub mod re;
pub mod select;
pub mod signal;
pub mod socket;
pub mod strftime;
pub mod strptime;
pub mod strptime_frames;
pub mod struct_;
pub mod struct_format;
pub mod structseq;
pub mod subprocess;
pub mod sys;
pub mod sys_asyncgen;
pub mod sys_info;
pub mod thread;
pub mod thread_lock;
pub mod time;
pub mod timedelta;
pub mod traceback_support;
pub mod weakref;

use coil_interp::object::{Dict, Module, Str};
use coil_interp::{Value, Vm};
use std::rc::Rc;

/// Registers every builtin module with the VM's importer.
pub fn register(vm: &mut Vm) {
    vm.register_module("sys", sys::init);
    vm.register_module("math", math::init);
    vm.register_module("cmath", cmath::init);
    vm.register_module("random", random::init);
    vm.register_module("time", time::init);
    vm.register_module("_datetime", datetime::init);
    vm.register_module("asyncio", crate::asyncio::init);
    crate::asyncio::register_parts(vm);
    vm.register_module("_gc", gc::init);
    vm.register_module("contextvars", contextvars::init);
    vm.register_module("collections", collections::init);
    vm.register_module("_collections", collections::init_native);
    vm.register_module("heapq", heapq::init);
    vm.register_module("struct", struct_::init);
    vm.register_module("hashlib", hashlib::init);
    vm.register_module("_json", json::init);
    vm.register_module("_traceback", traceback_support::init);
    vm.register_module("_logging", logging_support::init);
    vm.register_module("_sre", re::init);
    vm.register_module("_operator", operator::init);
    vm.register_module("_imp", imp::init);
    vm.register_module("_io", io::init);
    vm.register_module("_codecs", codecs_native::init);
    vm.register_module("posix", os::init);
    vm.register_module("_subprocess", subprocess::init);
    vm.register_module("_signal", signal::init);
    vm.register_module("select", select::init);
    vm.register_module("_platform", platform::init);
    vm.register_module("_weakref", weakref::init);
    vm.register_module("_socket", socket::init);
    vm.register_module("_coil_thread", thread::init);
    contextvars::install(vm);
}

/// A module object named `name` whose namespace holds `items` (plus `__name__`).
pub fn new_module(name: &str, items: Vec<(&str, Value)>) -> Rc<Module> {
    let dict = Rc::new(Dict::new());
    dict.set_str("__name__", Value::str(name));
    dict.set_str("__doc__", Value::None);
    for (k, v) in items {
        dict.set_str(k, v);
    }
    Rc::new(Module {
        name: Str::intern(name),
        dict,
    })
}

/// `recv` as the native object holding a `T` that a method of `type_name`
/// needs, or CPython's "descriptor requires a 'X' object but received a 'Y'".
pub fn native_self<T: std::any::Any>(
    vm: &Vm,
    recv: &Value,
    type_name: &str,
) -> coil_interp::RunResult<Rc<coil_interp::object::Native>> {
    match recv {
        Value::Native(n) if n.get::<T>().is_some() => Ok(n.clone()),
        other => Err(vm.type_error(format!(
            "descriptor requires a '{type_name}' object but received a '{}'",
            vm.type_name(other).as_str()
        ))),
    }
}
