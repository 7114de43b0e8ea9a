//! Constructors for the exceptions the runtime raises, with CPython's messages
//! supplied by the callers (`Objects/exceptions.c` for the classes' behaviour).

use super::Vm;
use crate::object::{Class, Dict, Exc, ExceptionData, Instance, Payload, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// A new instance of exception class `class` with `args`, not yet raised.
    pub fn new_exception(&self, class: &Rc<Class>, args: Vec<Value>) -> Exc {
        Rc::new(Instance {
            class: RefCell::new(class.clone()),
            dict: Rc::new(Dict::new()),
            payload: Payload::Exception(RefCell::new(ExceptionData {
                args,
                ..ExceptionData::default()
            })),
            slots: Default::default(),
            finalized: Default::default(),
        })
    }

    /// `class(msg)`.
    pub fn new_error(&self, class: &Rc<Class>, msg: impl Into<String>) -> Exc {
        self.new_exception(class, vec![Value::string(msg.into())])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.type_error, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.value_error, msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.index_error, msg)
    }

    /// `KeyError(key)`: the key itself is the argument, so `str()` shows its repr.
    pub fn key_error(&self, key: Value) -> Exc {
        self.new_exception(&self.types.exc.key_error, vec![key])
    }

    pub fn attribute_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.attribute_error, msg)
    }

    pub fn name_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.name_error, msg)
    }

    pub fn zero_division_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.zero_division_error, msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.overflow_error, msg)
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.runtime_error, msg)
    }

    pub fn recursion_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.recursion_error, msg)
    }

    pub fn not_implemented_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.not_implemented_error, msg)
    }

    pub fn import_error(&self, msg: impl Into<String>) -> Exc {
        self.new_error(&self.types.exc.import_error, msg)
    }

    /// `StopIteration(value)`, or a bare `StopIteration()` for `None`.
    pub fn stop_iteration(&self, value: Value) -> Exc {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(&self.types.exc.stop_iteration, args)
    }

    /// True if `exc` is an instance of `class` or a subclass.
    pub fn exc_matches(&self, exc: &Exc, class: &Rc<Class>) -> bool {
        exc.class().is_subclass(class)
    }
}
