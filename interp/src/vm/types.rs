//! The builtin type objects and CPython 3.11's exception hierarchy
//! (`Objects/exceptions.c`, "Exception hierarchy" in the library reference).
//! Builtin types are ordinary `Class` objects, so `type()`, `isinstance` and
//! attribute lookup treat them exactly like user classes; their methods are
//! `Builtin` values that `coil-stdlib` (named methods) and `ops/` (core dunders)
//! install in the class dicts.

use crate::object::class::{BaseKind, ClassName};
use crate::object::{Class, Dict, Str};
use std::cell::Cell;
use std::rc::Rc;

/// Makes a class with single inheritance (its MRO is the base's chain).
pub fn new_class(name: &str, module: &str, base: Option<&Rc<Class>>, kind: BaseKind) -> Rc<Class> {
    let (bases, mro) = match base {
        Some(b) => {
            let mut mro = vec![b.clone()];
            mro.extend(b.mro.iter().cloned());
            (vec![b.clone()], mro)
        }
        None => (Vec::new(), Vec::new()),
    };
    Rc::new(Class {
        name: ClassName::new(Str::intern(name)),
        qualname: ClassName::new(Str::intern(name)),
        module: Str::intern(module),
        bases,
        mro,
        dict: Dict::new(),
        base_kind: kind,
        version: Cell::new(0),
        metaclass: None,
        init_cache: Default::default(),
        layout: Default::default(),
    })
}

/// Declares a struct of builtin classes, each field written once beside its
/// Python name: `build` builds every one as a direct subclass of `root` in
/// `builtins`, and `listed` gives them in the order written. Fields after
/// the `;` are not plain classes and are handed to `build` ready-made.
macro_rules! builtin_classes {
    (
        $(#[$m:meta])*
        pub struct $ty:ident {
            $($(#[$fm:meta])* $field:ident = $name:literal,)*
            $(; $($(#[$gm:meta])* $given:ident: $gty:ty,)*)?
        }
    ) => {
        $(#[$m])*
        pub struct $ty {
            $($(#[$fm])* pub $field: Rc<Class>,)*
            $($($(#[$gm])* pub $given: $gty,)*)?
        }

        impl $ty {
            // One argument per given field, as the declaration lists them.
            #[allow(clippy::too_many_arguments)]
            pub(crate) fn build(root: &Rc<Class>, $($($given: $gty),*)?) -> $ty {
                let b = |name: &str| new_class(name, "builtins", Some(root), BaseKind::Builtin);
                $ty {
                    $($field: b($name),)*
                    $($($given,)*)?
                }
            }

            /// The plain classes, in the order declared.
            pub fn listed(&self) -> Vec<&Rc<Class>> {
                vec![$(&self.$field),*]
            }
        }
    };
}
pub(crate) use builtin_classes;

builtin_classes! {
    /// The builtin (non-exception) types.
    pub struct BuiltinTypes {
        type_ = "type",
        none_type = "NoneType",
        float = "float",
        complex = "complex",
        str = "str",
        bytes = "bytes",
        tuple = "tuple",
        list = "list",
        dict = "dict",
        set = "set",
        frozenset = "frozenset",
        range = "range",
        slice = "slice",
        function = "function",
        builtin_function = "builtin_function_or_method",
        method = "method",
        module = "module",
        code = "code",
        cell = "cell",
        generator = "generator",
        coroutine = "coroutine",
        async_generator = "async_generator",
        ellipsis = "ellipsis",
        not_implemented_type = "NotImplementedType",
        property = "property",
        /// `member_descriptor`: a `__slots__` entry on its class (`vm/class_slots.rs`).
        member = "member_descriptor",
        staticmethod = "staticmethod",
        classmethod = "classmethod",
        super_ = "super",
        /// `e.__traceback__` and `gi_frame` objects (`vm/frame_object.rs`).
        traceback = "traceback",
        frame = "frame",
        /// `C.__dict__`'s read-only view (`vm/ops/mappingproxy.rs`).
        mappingproxy = "mappingproxy",
        /// The `__dict__`/`__weakref__` entries of a class namespace (`vm/ops/getset.rs`).
        getset_descriptor = "getset_descriptor",
        ;
        object: Rc<Class>,
        int: Rc<Class>,
        /// A subclass of `int`.
        bool_: Rc<Class>,
        /// `async_generator_asend`/`async_generator_athrow` (`vm/async_gen.rs`).
        agen: crate::vm::async_gen::AgTypes,
        /// Iterator classes (`object/iterators.rs`).
        iters: crate::object::iterators::IterTypes,
        /// `dict_keys`, `dict_values`, `dict_items`.
        views: crate::object::iterators::ViewTypes,
        exc: ExceptionTypes,
    }
}

impl BuiltinTypes {
    pub fn new() -> BuiltinTypes {
        let object = new_class("object", "builtins", None, BaseKind::Object);
        let int = new_class("int", "builtins", Some(&object), BaseKind::Builtin);
        let bool_ = new_class("bool", "builtins", Some(&int), BaseKind::Builtin);
        BuiltinTypes::build(
            &object.clone(),
            object.clone(),
            int,
            bool_,
            crate::vm::async_gen::AgTypes::new(&object),
            crate::object::iterators::IterTypes::build(&object, Default::default()),
            crate::object::iterators::ViewTypes::build(&object),
            ExceptionTypes::new(&object),
        )
    }

    /// Every builtin type that is a name in `builtins` (`int`, `list`, …), with it.
    pub fn builtin_names(&self) -> Vec<(&'static str, Rc<Class>)> {
        vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("bool", self.bool_.clone()),
            ("int", self.int.clone()),
            ("float", self.float.clone()),
            ("complex", self.complex.clone()),
            ("str", self.str.clone()),
            ("bytes", self.bytes.clone()),
            ("tuple", self.tuple.clone()),
            ("list", self.list.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("classmethod", self.classmethod.clone()),
            ("super", self.super_.clone()),
        ]
    }
}

impl Default for BuiltinTypes {
    fn default() -> BuiltinTypes {
        BuiltinTypes::new()
    }
}

/// `class ExceptionGroup(BaseExceptionGroup, Exception)`; its C3 MRO is
/// ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
fn exception_group_class(beg: &Rc<Class>, exception: &Rc<Class>) -> Rc<Class> {
    let mut mro = vec![beg.clone(), exception.clone()];
    mro.extend(exception.mro.iter().cloned());
    Rc::new(Class {
        name: ClassName::new(Str::intern("ExceptionGroup")),
        qualname: ClassName::new(Str::intern("ExceptionGroup")),
        module: Str::intern("builtins"),
        bases: vec![beg.clone(), exception.clone()],
        mro,
        dict: Dict::new(),
        base_kind: BaseKind::Exception,
        version: Cell::new(0),
        metaclass: None,
        init_cache: Default::default(),
        layout: Default::default(),
    })
}

macro_rules! exception_types {
    ($root:ident; group($beg:ident, $exc:ident); $( $field:ident : $name:literal < $parent:ident ),* $(,)?) => {
        /// CPython 3.11's builtin exception classes; `all` lists them in
        /// definition order for installing into `builtins`.
        pub struct ExceptionTypes {
            pub $root: Rc<Class>,
            $( pub $field: Rc<Class>, )*
            /// `ExceptionGroup(BaseExceptionGroup, Exception)`: the one builtin
            /// exception with two bases, so it is made outside the table.
            pub exception_group: Rc<Class>,
            pub all: Vec<Rc<Class>>,
        }

        impl ExceptionTypes {
            fn new(object: &Rc<Class>) -> ExceptionTypes {
                let $root =
                    new_class("BaseException", "builtins", Some(object), BaseKind::Exception);
                let mut all = vec![$root.clone()];
                $(
                    let $field = new_class($name, "builtins", Some(&$parent), BaseKind::Exception);
                    all.push($field.clone());
                )*
                let exception_group = exception_group_class(&$beg, &$exc);
                all.push(exception_group.clone());
                ExceptionTypes { $root, $( $field, )* exception_group, all }
            }
        }
    };
}

exception_types! {
    base_exception;
    group(base_exception_group, exception);
    base_exception_group: "BaseExceptionGroup" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    system_exit: "SystemExit" < base_exception,
    exception: "Exception" < base_exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    stop_async_iteration: "StopAsyncIteration" < exception,
    stop_iteration: "StopIteration" < exception,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    warning: "Warning" < exception,
    bytes_warning: "BytesWarning" < warning,
    deprecation_warning: "DeprecationWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    user_warning: "UserWarning" < warning,
}
