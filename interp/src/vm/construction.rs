//! Making objects and classes: `object.__new__`, `object.__init__`,
//! `object.__init_subclass__`, `type.__new__`/`__init__`/`__call__` and
//! `__build_class__` (CPython's `Objects/typeobject.c` `object_new`, `object_init`,
//! `type_call`, and `Python/bltinmodule.c` `builtin___build_class__`). Installed by
//! `Vm::new` (which also installs the generator, async generator and frame types'
//! methods from here), before `coil-stdlib` adds everything else.

use super::class_builder::lookup_owner;
use super::Vm;
use crate::builtin::{func, method};
use crate::object::{Args, Str, Value};
use crate::RunResult;
use std::rc::Rc;

/// Builtins the VM keeps at hand.
pub(crate) struct CoreMethods {
    /// `__build_class__`, pushed by `LoadBuildClass`.
    pub build_class: Value,
}

impl Default for CoreMethods {
    fn default() -> CoreMethods {
        CoreMethods {
            build_class: Value::None,
        }
    }
}

impl Vm {
    /// Installs the construction builtins (called once by `Vm::new`).
    pub(crate) fn install_construction(&mut self) {
        let object = self.types.object.clone();
        object
            .dict
            .set_str("__new__", method("object", "__new__", object_new_builtin));
        object.dict.set_str(
            "__init__",
            method("object", "__init__", object_init_builtin),
        );
        // A classmethod, as CPython's: `super().__init_subclass__(**kw)` inside a
        // class's own `__init_subclass__` binds it to that class.
        let init_subclass = method("object", "__init_subclass__", object_init_subclass);
        object.dict.set_str(
            "__init_subclass__",
            Value::Native(Rc::new(crate::object::Native {
                class: self.types.classmethod.clone(),
                data: Box::new(crate::object::descriptors::ClassMethod {
                    func: init_subclass,
                }),
            })),
        );
        // `type.__new__`, `type.__init__` and `type.__call__`, reached from a
        // metaclass through `super()`.
        let type_ = self.types.type_.clone();
        type_
            .dict
            .set_str("__new__", method("type", "__new__", type_new_builtin));
        type_
            .dict
            .set_str("__init__", method("type", "__init__", type_init_builtin));
        type_
            .dict
            .set_str("__call__", method("type", "__call__", type_call_builtin));
        let bc = func("__build_class__", build_class_builtin);
        self.core.build_class = bc.clone();
        self.add_builtin("__build_class__", bc);
        self.install_generator_methods();
        super::coro_wrapper::install(self);
        self.install_async_gen_methods();
        self.install_frame_types();
    }
}

/// `object.__new__(cls, *args)` called explicitly (`super().__new__(cls)`).
fn object_new_builtin(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let Value::Class(cls) = recv else {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            recv.type_name()
        )));
    };
    let new_overridden = lookup_owner(cls, &Str::intern("__new__"))
        .is_some_and(|(o, _)| !Rc::ptr_eq(&o, &vm.types.object));
    let init_overridden = lookup_owner(cls, &Str::intern("__init__"))
        .is_some_and(|(o, _)| !Rc::ptr_eq(&o, &vm.types.object));
    vm.object_new(cls, args.pos, args.kw, new_overridden, init_overridden)
}

/// `object.__init__(self, *args)`: for exceptions it stores the args (as
/// `BaseException.__init__`); otherwise excess arguments are CPython's errors.
fn object_init_builtin(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    if let Value::Instance(i) = recv {
        if let Some(data) = i.exc() {
            data.borrow_mut().args = args.pos.to_vec();
            return Ok(Value::None);
        }
    }
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(Value::None);
    }
    let cls = vm.type_of(recv);
    let object = vm.types.object.clone();
    let init_overridden =
        lookup_owner(&cls, &Str::intern("__init__")).is_some_and(|(o, _)| !Rc::ptr_eq(&o, &object));
    let new_overridden =
        lookup_owner(&cls, &Str::intern("__new__")).is_some_and(|(o, _)| !Rc::ptr_eq(&o, &object));
    if init_overridden {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if !new_overridden {
        return Err(vm.type_error(format!("{}() takes no arguments", cls.name.as_str())));
    }
    Ok(Value::None)
}

/// `object.__init_subclass__()`: accepts no keyword arguments.
fn object_init_subclass(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    if !args.kw.is_empty() {
        let name = match recv {
            Value::Class(c) => c.qualname.as_str().to_string(),
            _ => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn build_class_builtin(vm: &mut Vm, _recv: &Value, args: Args) -> RunResult<Value> {
    vm.build_class(args)
}

/// `type.__new__(meta, name, bases, ns, **kw)` (`type(x)` when `meta` is `type`
/// and one argument is given).
fn type_new_builtin(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let Value::Class(meta) = recv else {
        return Err(vm.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            recv.type_name()
        )));
    };
    if Rc::ptr_eq(meta, &vm.types.type_) && args.pos.len() == 1 && args.kw.is_empty() {
        return Ok(Value::Class(vm.type_of(&args.pos[0])));
    }
    let meta = meta.clone();
    vm.type_new(&meta, args.pos, args.kw)
}

/// `type.__init__(cls, …)`: nothing to do once `type.__new__` made the class.
fn type_init_builtin(_vm: &mut Vm, _recv: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`, as calling `cls`
/// without a metaclass `__call__` does.
fn type_call_builtin(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let Value::Class(cls) = recv else {
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            recv.type_name()
        )));
    };
    let cls = cls.clone();
    if Rc::ptr_eq(&cls, &vm.types.type_) {
        return vm.call_class(&cls, args.pos, args.kw);
    }
    vm.type_call(&cls, args.pos, args.kw)
}
