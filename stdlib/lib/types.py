"""Names for the interpreter's built-in types, and the PEP 585/604 alias types
(CPython 3.11 Lib/types.py; GenericAlias and UnionType follow
Objects/genericaliasobject.c and Objects/unionobject.c, which are C in CPython
and Python here: the VM calls GenericAlias for `list[int]` and _union_or for
`int | None`)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = None  # replaced below


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    _e = None

del sys, _f, _g, _c, _ag, _C


class SimpleNamespace:
    """A plain attribute bag: SimpleNamespace(a=1).a, with a readable repr."""

    __module__ = "types"

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        ids = _repr_running
        if id(self) in ids:
            return ("namespace" if type(self) is SimpleNamespace else type(self).__name__) + "(...)"
        ids.add(id(self))
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            ids.discard(id(self))
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        # CPython names the type by its tp_name here.
        name = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise TypeError(f"unhashable type: '{name}'")


_repr_running = set()



def _type_repr(obj):
    """How an alias shows one of its arguments (`ga_repr_item`)."""
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(x) for x in obj) + "]"
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if hasattr(obj, "__origin__") and hasattr(obj, "__args__"):
        return repr(obj)
    if obj is type(None):
        return "None"
    qualname = getattr(obj, "__qualname__", None)
    module = getattr(obj, "__module__", None)
    if isinstance(qualname, str) and isinstance(module, str):
        return qualname if module == "builtins" else f"{module}.{qualname}"
    return repr(obj)


def _collect_parameters(args):
    """The type variables among `args`, in first-seen order (`_Py_make_parameters`)."""
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, "__typing_subst__"):
            if a not in params:
                params.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(a, "__parameters__", ()) or ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _subst(arg, table):
    if hasattr(arg, "__typing_subst__") and arg in table:
        return table[arg]
    if isinstance(arg, list):
        return [_subst(a, table) for a in arg]
    params = getattr(arg, "__parameters__", None)
    if params and not isinstance(arg, type):
        return arg[tuple(table.get(p, p) for p in params)]
    return arg


def _substitute(alias, params, args, rebuild):
    """`alias[args]`: each type variable replaced (`_Py_subs_parameters`)."""
    if not params:
        raise TypeError(f"There are no type variables left in {alias!r}")
    if not isinstance(args, tuple):
        args = (args,)
    if len(args) != len(params):
        many = "many" if len(args) > len(params) else "few"
        raise TypeError(
            f"Too {many} arguments for {alias!r}; actual {len(args)}, expected {len(params)}"
        )
    table = dict(zip(params, args))
    return rebuild(tuple(_subst(a, table) for a in alias.__args__))


_ALIAS_OWN = frozenset({
    "__origin__", "__args__", "__parameters__", "__unpacked__", "__mro_entries__",
    "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    "__typing_unpacked_tuple_args__",
})


class GenericAlias:
    """`list[int]`: a container type with its type arguments (PEP 585)."""

    __module__ = "types"

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _collect_parameters(args))
        object.__setattr__(self, "__unpacked__", False)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") and name in _ALIAS_OWN:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        if name in _ALIAS_OWN:
            raise AttributeError("readonly attribute")
        setattr(self.__origin__, name, value)

    def __repr__(self):
        args = self.__args__
        inner = "()" if not args else ", ".join(_type_repr(a) for a in args)
        return f"{_type_repr(self.__origin__)}[{inner}]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getitem__(self, args):
        return _substitute(self, self.__parameters__, args,
                           lambda new: GenericAlias(self.__origin__, new))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {"__origin__", "__args__", "__parameters__"})

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


class UnionType:
    """`int | str` (PEP 604); usable with isinstance() and issubclass()."""

    __module__ = "types"

    def __init__(self, args):
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _collect_parameters(args))

    def __setattr__(self, name, value):
        raise AttributeError(f"'types.UnionType' object has no attribute '{name}'")

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __getitem__(self, args):
        def rebuild(new):
            result = new[0]
            for a in new[1:]:
                result = result | a
            return result
        return _substitute(self, self.__parameters__, args, rebuild)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union_or(a, b):
    """`a | b` for types (`_Py_union_type_or`): flattened, duplicates dropped, a
    single survivor returned as itself."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        for y in (x.__args__ if isinstance(x, UnionType) else (x,)):
            y = type(None) if y is None else y
            if not any(y is z or (isinstance(y, GenericAlias) and y == z) for z in args):
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would (PEP 3115)."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def resolve_bases(bases):
    """Replaces bases that have `__mro_entries__` by what it returns (PEP 560)."""
    new = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            continue
        found = entries(bases)
        changed = True
        if not isinstance(found, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new[i + shift:i + shift + 1] = found
        shift += len(found) - 1
    return tuple(new) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords for a new class."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def coroutine(func):
    """Makes a generator function usable with `await` (legacy decorator): its
    generators are wrapped in an awaitable that delegates to them."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, GeneratorType):
            return _GeneratorWrapper(result)
        return result
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapped, attr, getattr(func, attr, None))
    wrapped.__wrapped__ = func
    return wrapped


class _GeneratorWrapper:
    """An awaitable around a generator (CPython's types._GeneratorWrapper)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


class DynamicClassAttribute:
    """A property that reads as the class's own attribute on the class."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            raise AttributeError()
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)
