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
            payload: Payload::Exception(RefCell::new(ExceptionData::new(args))),
            slots: Default::default(),
            finalized: Default::default(),
        })
    }

    /// `class(msg)`.
    pub fn new_error(&self, class: &Rc<Class>, msg: impl Into<String>) -> Exc {
        self.new_exception(class, vec![Value::string(msg.into())])
    }

    /// `KeyError(key)`: the key itself is the argument, so `str()` shows its repr.
    pub fn key_error(&self, key: Value) -> Exc {
        self.new_exception(&self.types.exc.key_error, vec![key])
    }

    /// `StopIteration(value)`, or a bare `StopIteration()` for `None`.
    pub fn stop_iteration(&self, value: Value) -> Exc {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(&self.types.exc.stop_iteration, args)
    }

    /// The OSError a failed system call raises (`PyErr_SetFromErrnoWithFilenameObjects`):
    /// the errno's subclass, `args == (errno, strerror)`, and `filename`/`filename2`
    /// when given. The one place the runtime maps an errno to an exception.
    pub fn os_error(&self, errno: i32, filename: Option<Value>, filename2: Option<Value>) -> Exc {
        let exc = self.new_exception(
            &self.os_error_class(errno as i64),
            vec![Value::Int(errno as i64), Value::string(strerror(errno))],
        );
        if let Some(f) = filename {
            exc.dict.set_str("filename", f);
        }
        if let Some(f) = filename2 {
            exc.dict.set_str("filename2", f);
        }
        exc
    }

    /// True if `exc` is an instance of `class` or a subclass.
    pub fn exc_matches(&self, exc: &Exc, class: &Rc<Class>) -> bool {
        exc.class().is_subclass(class)
    }

    /// The OSError subclass CPython picks for `errno` (`Objects/exceptions.c`,
    /// the `errnomap`; Linux errno values), OSError itself for the others.
    pub fn os_error_class(&self, errno: i64) -> Rc<Class> {
        let e = &self.types.exc;
        match errno {
            11 | 114 | 115 => &e.blocking_io_error,
            10 => &e.child_process_error,
            32 | 108 => &e.broken_pipe_error,
            103 => &e.connection_aborted_error,
            111 => &e.connection_refused_error,
            104 => &e.connection_reset_error,
            17 => &e.file_exists_error,
            2 => &e.file_not_found_error,
            4 => &e.interrupted_error,
            21 => &e.is_a_directory_error,
            20 => &e.not_a_directory_error,
            1 | 13 => &e.permission_error,
            3 => &e.process_lookup_error,
            110 => &e.timeout_error,
            _ => &e.os_error,
        }
        .clone()
    }

    /// [`Vm::os_error`] for a failed `std::io` call; a plain OSError with the
    /// error's text when it carries no errno.
    pub fn os_error_from_io(
        &self,
        err: &std::io::Error,
        filename: Option<Value>,
        filename2: Option<Value>,
    ) -> Exc {
        match err.raw_os_error() {
            Some(errno) => self.os_error(errno, filename, filename2),
            None => self.new_error(&self.types.exc.os_error, err.to_string()),
        }
    }

    /// CPython's `OSError.__init__` keeps a filename out of `args`: with
    /// `(errno, strerror, filename[, winerror[, filename2]])` and a filename
    /// that is not None, `args` becomes `(errno, strerror)` and the names
    /// move to the `filename`/`filename2` attributes.
    pub fn os_error_split_filenames(&self, inst: &Instance) {
        if !inst.class().is_subclass(&self.types.exc.os_error) {
            return;
        }
        let Some(e) = inst.exc() else { return };
        let mut d = e.borrow_mut();
        if (3..=5).contains(&d.args.len()) && !d.args[2].is_none() {
            inst.dict.set_str("filename", d.args[2].clone());
            if d.args.len() == 5 {
                inst.dict.set_str("filename2", d.args[4].clone());
            }
            d.args.truncate(2);
        }
    }
}

/// The C library's `strerror(errno)` text (Rust's `Display` of an OS error
/// appends " (os error N)", cut here): `os.strerror`, and every OSError's
/// second argument.
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// `vm.type_error(msg)` and its kind: `class(msg)` for the builtin exception
/// class of the same name, the runtime's most common raises.
macro_rules! error_constructors {
    ($($name:ident,)*) => {
        impl Vm {
            $(
                pub fn $name(&self, msg: impl Into<String>) -> Exc {
                    self.new_error(&self.types.exc.$name, msg)
                }
            )*
        }
    };
}

error_constructors! {
    type_error,
    value_error,
    index_error,
    attribute_error,
    name_error,
    zero_division_error,
    overflow_error,
    runtime_error,
    recursion_error,
    not_implemented_error,
    import_error,
}
