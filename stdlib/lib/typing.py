"""Type hints at run time (CPython 3.11 Lib/typing.py, PEP 484 and successors):
special forms (Any, Union, Optional, Literal, ...), aliases of the builtin and
abstract containers (List, Dict, Iterable, ...), TypeVar, Generic, Protocol,
NamedTuple, TypedDict, NewType, and the introspection helpers get_type_hints,
get_origin and get_args. Reprs follow CPython's (`typing.Optional[int]`)."""

import collections  # cpython: 23
import collections.abc  # cpython: 25
import functools  # cpython: 27
import operator  # cpython: 28
import sys  # cpython: 30
import types  # cpython: 31
from abc import ABCMeta, abstractmethod
from types import GenericAlias, UnionType

__all__ = [  # cpython: 43
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container", "ContextManager",
    "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView",
    "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection",
    "AsyncGenerator", "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes",
    "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound",
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator", "AnyStr", "assert_type",
    "assert_never", "cast", "clear_overloads", "dataclass_transform", "final",
    "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
    "LiteralString", "Never", "NewType", "no_type_check", "no_type_check_decorator",
    "NoReturn", "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs",
    "Required", "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING",
    "TypeAlias", "TypeGuard", "Unpack",
]

TYPE_CHECKING = False  # cpython: 3230


def _type_repr(obj):
    """How typing shows a type inside an alias: `int`, `mod.C`, `...`."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__  # cpython: 242
        return f'{obj.__module__}.{obj.__qualname__}'  # cpython: 243
    if obj is ...:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__  # cpython: 247
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Turns None into NoneType and strings into ForwardRef; rejects plain
    special forms and tuples (3.11 accepts any other object)."""
    if arg is None:
        arg = type(None)
    elif isinstance(arg, str):
        arg = ForwardRef(arg, module=module, is_class=allow_special_forms)
    invalid = (Generic, Protocol)
    if not allow_special_forms:
        invalid += (ClassVar,)
        if is_argument:
            invalid += (Final,)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError(f"{arg} is not valid as type argument")  # cpython: 189
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")  # cpython: 195
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")  # cpython: 197
    return arg


def _collect_params(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in params:
                params.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_params(a):
                if p not in params:
                    params.append(p)
        elif not isinstance(a, type) or isinstance(a, GenericAlias):
            for p in getattr(a, "__parameters__", ()) or ():
                if isinstance(p, (TypeVar, ParamSpec)) and p not in params:
                    params.append(p)
    return tuple(params)


def _subst(arg, table):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return table.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, table) for a in arg]
    params = getattr(arg, "__parameters__", None)
    if params and not isinstance(arg, type):
        return arg[tuple(table.get(p, p) for p in params)]
    return arg


def _check_count(alias, args, expected):
    if len(args) != expected:
        many = "many" if len(args) > expected else "few"
        raise TypeError(f"Too {many} arguments for {alias}; actual {len(args)}, "
                        f"expected {expected}")


class _Final:
    """Base of typing's internal classes: they refuse subclassing by users."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if "_root" not in kwds and not _root and cls.__module__ != "typing":
            raise TypeError("Cannot subclass special typing classes")  # cpython: 414


class _SpecialForm(_Final, _root=True):
    """Any, Union, Optional, ...: a named form, subscripted by `getitem`."""

    def __init__(self, getitem, name=None):
        self._getitem = getitem  # cpython: 452
        self._name = name or getitem.__name__
        self.__doc__ = getitem.__doc__  # cpython: 454

    def __getattr__(self, item):
        if item in {"__name__", "__qualname__"}:
            return self._name  # cpython: 458
        raise AttributeError(item)  # cpython: 460

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")  # cpython: 463

    def __repr__(self):
        return 'typing.' + self._name  # cpython: 466

    def __reduce__(self):
        return self._name  # cpython: 469

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")  # cpython: 472

    def __or__(self, other):
        return Union[self, other]  # cpython: 475

    def __ror__(self, other):
        return Union[other, self]  # cpython: 478

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")  # cpython: 481

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")  # cpython: 484

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)  # cpython: 488


def _special(func):
    return _SpecialForm(func)


@_special
def Any(self, parameters):
    """Special type indicating an unconstrained type."""
    raise TypeError(f"{self} is not subscriptable")


@_special
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")  # cpython: 544


@_special
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")  # cpython: 571


@_special
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")  # cpython: 591


@_special
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")  # cpython: 618


@_special
def TypeAlias(self, parameters):
    """Special marker indicating that an assignment should be recognized as a type alias."""
    raise TypeError(f"{self} is not subscriptable")  # cpython: 764


def _single(self, parameters, what="accepts only single type."):
    return _type_check(parameters, f"{self} {what}")


@_special
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    return _GenericAlias(self, (_single(self, parameters),))


@_special
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    return _GenericAlias(self, (_single(self, parameters),))


@_special
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    return _GenericAlias(self, (_single(self, parameters),))


@_special
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    return _GenericAlias(self, (_single(self, parameters),))


@_special
def TypeGuard(self, parameters):
    """Special typing form used to annotate the return type of a user-defined type guard."""
    return _GenericAlias(self, (_single(self, parameters),))


@_special
def Unpack(self, parameters):
    """Type unpack operator."""
    return _GenericAlias(self, (_single(self, parameters),))


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias) or isinstance(p, UnionType):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if not any(q == r and type(q) is type(r) if not isinstance(q, type) else q is r
                       for r in out):
                out.append(q)
    return tuple(out)


@_special
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")  # cpython: 697
    if not isinstance(parameters, tuple):
        parameters = (parameters,)  # cpython: 699
    msg = "Union[arg, ...]: each arg must be a type."  # cpython: 700
    parameters = tuple(_type_check(p, msg) for p in parameters)  # cpython: 701
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]  # cpython: 704
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")  # cpython: 706
    return _UnionGenericAlias(self, parameters)  # cpython: 707


@_special
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")  # cpython: 712
    return Union[arg, type(None)]  # cpython: 713


@_special
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = parameters[0]
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    out = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if not any(q == r and type(q) is type(r) for r in out):
                out.append(q)
    return _LiteralGenericAlias(self, tuple(out))


@_special
def Concatenate(self, parameters):
    """Used with Callable and ParamSpec to add parameters."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")  # cpython: 782
    if not isinstance(parameters, tuple):
        parameters = (parameters,)  # cpython: 784
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable.")
    return _GenericAlias(self, parameters)


class _BaseAlias(_Final, _root=True):
    """Common parts of typing's aliases (`_BaseGenericAlias`)."""

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {"__origin__", "__args__"}:
            raise AttributeError(attr)
        if not (attr.startswith("__") and attr.endswith("__")) and "__origin__" in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseAlias, _root=True):
    """`List[int]`, `Box[T]`, `ClassVar[int]`: an origin with its arguments."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)  # cpython: 1364
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_params(args)
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented  # cpython: 1374
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))  # cpython: 1379

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")  # cpython: 1406
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")  # cpython: 1408
        if not isinstance(args, tuple):
            args = (args,)  # cpython: 1412
        args = tuple(_type_check(a, "Parameters to generic types must be types.")
                     for a in args)
        _check_count(self, args, len(self.__parameters__))
        table = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_subst(a, table) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")  # cpython: 1538
        if self._name:
            return super().__mro_entries__(bases)  # cpython: 1541
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)  # cpython: 1545
            for b in bases[i + 1:]:
                if isinstance(b, _BaseAlias) and b is not self:
                    return ()
        return (self.__origin__,)  # cpython: 1549

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name  # cpython: 1516
        else:
            name = _type_repr(self.__origin__)  # cpython: 1518
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"  # cpython: 1523
        return f'{name}[{args}]'  # cpython: 1524

    def __iter__(self):
        yield Unpack[self]  # cpython: 1552


class _TypingEllipsis:
    """Internal placeholder for ... in Tuple[int, ...]."""


class _SpecialGenericAlias(_BaseAlias, _root=True):
    """The bare aliases `List`, `Dict`, `Iterable`: `nparams` arguments expected."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self._inst = inst
        self._name = name or origin.__name__
        self._nparams = nparams  # cpython: 1564
        self.__origin__ = origin
        self.__module__ = "typing"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)  # cpython: 1573
        msg = "Parameters to generic types must be types."  # cpython: 1574
        params = tuple(_type_check(p, msg) for p in params)  # cpython: 1575
        _check_count(self, params, self._nparams)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name  # cpython: 1584

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)  # cpython: 1588
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)  # cpython: 1590
        return super().__subclasscheck__(cls)  # cpython: 1591

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__  # cpython: 1605
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], ParamSpec)):
            return super().__repr__()  # cpython: 1607
        return (f"typing.Callable[[{', '.join(_type_repr(a) for a in args[:-1])}], "
                f'{_type_repr(args[-1])}]')  # cpython: 1610

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params  # cpython: 1629
        if isinstance(args, list):
            params = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a "
                                          "type.") for a in args)
        else:
            params = (args,)
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        return _CallableGenericAlias(self.__origin__, params + (result,), name=self._name)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)  # cpython: 1657
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."  # cpython: 1659
            params = tuple(_type_check(p, msg) for p in params[:-1])  # cpython: 1660
            return _GenericAlias(tuple, (*params, _TypingEllipsis), name="Tuple")
        msg = "Tuple[t0, t1, ...]: each t must be a type."  # cpython: 1662
        params = tuple(_type_check(p, msg) for p in params)  # cpython: 1663
        return _GenericAlias(tuple, params, name="Tuple")


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]  # cpython: 1669

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, UnionType)):
            return NotImplemented  # cpython: 1673
        return set(self.__args__) == set(other.__args__)  # cpython: 1674

    def __hash__(self):
        return hash(frozenset(self.__args__))  # cpython: 1677

    def __repr__(self):
        args = self.__args__  # cpython: 1680
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'  # cpython: 1683
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'  # cpython: 1685
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))  # cpython: 1689

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True  # cpython: 1694
        return False

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented  # cpython: 1708
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"


class _AnnotatedAlias(_GenericAlias, _root=True):
    """`Annotated[T, x]`: T with metadata; get_type_hints drops the metadata."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata  # cpython: 2130
            origin = origin.__origin__  # cpython: 2131
        super().__init__(origin, origin, name="Annotated")
        self.__metadata__ = metadata  # cpython: 2133

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(  # cpython: 2141
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented  # cpython: 2153
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))  # cpython: 2158

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""

    __slots__ = ()  # cpython: 2212

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")  # cpython: 2215

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


class ForwardRef(_Final, _root=True):
    """A type given as a string, evaluated later by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")  # cpython: 854
        try:
            compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")  # cpython: 866
        self.__forward_arg__ = arg  # cpython: 868
        self.__forward_evaluated__ = False  # cpython: 870
        self.__forward_value__ = None  # cpython: 871
        self.__forward_is_argument__ = is_argument  # cpython: 872
        self.__forward_is_class__ = is_class  # cpython: 873
        self.__forward_module__ = module  # cpython: 874

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self  # cpython: 878
        value = eval(self.__forward_arg__, globalns, localns)
        value = _type_check(value, "Forward references must evaluate to types.")
        return _eval_type(value, globalns, localns, recursive_guard | {self.__forward_arg__})

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented  # cpython: 904
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))  # cpython: 912

    def __or__(self, other):
        return Union[self, other]  # cpython: 915

    def __ror__(self, other):
        return Union[other, self]  # cpython: 918

    def __repr__(self):
        module = "" if self.__forward_module__ is None else \
            f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module})"


class _TypeVarLike:
    """Shared parts of TypeVar and ParamSpec: variance prefix in the repr."""

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __typing_subst__(self, arg):
        return arg

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != "typing":
            raise TypeError(f"type '{cls.__mro__[1].__name__}' is not an acceptable base type")


class TypeVar(_TypeVarLike):
    """Type variable: T = TypeVar('T'), optionally constrained or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name  # cpython: 1028
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")  # cpython: 1031
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")  # cpython: 1033
        msg = "TypeVar(name, constraint, ...): constraints must be types."  # cpython: 1034
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)  # cpython: 1035
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None
        self.__module__ = "typing"


class ParamSpecArgs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin  # cpython: 1141

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"  # cpython: 1144


class ParamSpecKwargs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin  # cpython: 1165

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"  # cpython: 1168


class ParamSpec(_TypeVarLike):
    """Parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)  # cpython: 1217

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)  # cpython: 1221

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name  # cpython: 1224
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None
        self.__module__ = "typing"


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name  # cpython: 1075

    def __iter__(self):
        yield Unpack[self]  # cpython: 1083

    def __repr__(self):
        return self.__name__  # cpython: 1086


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""

    __slots__ = ()  # cpython: 1808
    _is_protocol = False  # cpython: 1809

    def __new__(cls, *args, **kwargs):
        if super().__new__ is object.__new__ and cls.__init__ is not object.__init__:
            return super().__new__(cls)
        return super().__new__(cls, *args, **kwargs)

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)  # cpython: 1823
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            own = cls.__dict__.get("__parameters__", ())
            if not own:
                raise TypeError(f"{cls} is not a generic class")
            _check_count(cls, params, len(own))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)  # cpython: 1859
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__  # cpython: 1862
        else:
            error = Generic in cls.__bases__ and cls.__name__ != "Protocol"
        if error:
            raise TypeError("Cannot inherit from plain Generic")  # cpython: 1868
        tvars = []  # cpython: 1860
        if "__orig_bases__" in cls.__dict__:
            tvars = list(_collect_params(cls.__orig_bases__))
            gvars = None  # cpython: 1876
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__  # cpython: 1883
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ", ".join(str(t) for t in missing)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed "
                                    f"in Generic[{', '.join(str(g) for g in gvars)}]")
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)  # cpython: 1893


_PROTO_SKIP = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__parameters__", "__orig_bases__", "__qualname__",
    "_is_protocol", "_is_runtime_protocol", "__init_subclass__", "__protocol_attrs__",
    "_abc_registry", "_abc_subclasses", "_abc_cache", "_abc_negative_cache",
    "_abc_negative_cache_version", "__match_args__",
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if not attr.startswith("_abc_") and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and not getattr(cls, "_is_runtime_protocol",
                                                               False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        if getattr(cls, "_is_protocol", False):
            for attr in _protocol_attrs(cls):
                val = getattr(instance, attr, _MISSING)
                if val is _MISSING or (callable(getattr(cls, attr, None)) and val is None):
                    return False
            return True
        return False


_MISSING = object()


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping, PEP 544)."""

    __slots__ = ()  # cpython: 2048
    _is_protocol = True  # cpython: 2049
    _is_runtime_protocol = False  # cpython: 2050

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)  # cpython: 2053
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)  # cpython: 2057

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True  # cpython: 2096

        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __init__(self, *args, **kwargs):
        pass


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Marks a protocol class as usable with isinstance() and issubclass()."""
    if not isinstance(cls, type) or not issubclass(cls, Generic) or \
            not getattr(cls, "_is_protocol", False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'  # cpython: 2262
                        f" got {cls!r}")
    cls._is_runtime_protocol = True  # cpython: 2264
    return cls  # cpython: 2265


def cast(typ, val):
    """Casts a value to a type: returns the value unchanged."""
    return val  # cpython: 2276


def assert_type(val, typ, /):
    """Asks a static type checker to confirm val's type; returns val."""
    return val  # cpython: 2292


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)  # cpython: 2520
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")  # cpython: 2523


def reveal_type(obj, /):
    """Prints the runtime type of obj (to stderr) and returns it."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)  # cpython: 3436
    return obj  # cpython: 3437


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(  # cpython: 2579
        "You should not call an overloaded function. "  # cpython: 2580
        "A series of @overload-decorated functions "  # cpython: 2581
        "outside a stub module should always be followed "  # cpython: 2582
        "by an implementation that is not @overload-ed.")  # cpython: 2583


def overload(func):
    """Decorator for overloaded functions/methods."""
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy  # cpython: 2628


def get_overloads(func):
    """The overloads registered for `func`."""
    return list(_overload_registry.get((func.__module__, func.__qualname__), []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()  # cpython: 2645


def final(f):
    """Marks a method or class final (for type checkers); sets __final__."""
    try:
        f.__final__ = True  # cpython: 2675
    except (AttributeError, TypeError):
        pass
    return f  # cpython: 2681


def no_type_check(arg):
    """Marks a function or class as not to be type-checked."""
    if isinstance(arg, type):
        for obj in list(vars(arg).values()):
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True  # cpython: 2549
        return arg  # cpython: 2559
    try:
        arg.__no_type_check__ = True  # cpython: 2556
    except TypeError:
        pass
    return arg  # cpython: 2559


def no_type_check_decorator(decorator):
    """Gives another decorator the no_type_check effect."""
    @functools.wraps(decorator)  # cpython: 2568
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator  # cpython: 2574


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator or class as creating dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns
    its argument."""

    def __call__(self, x, /):
        return x

    def __init__(self, name, tp):
        self.__qualname__ = name  # cpython: 3188
        if "." in name:
            name = name.rpartition('.')[-1]  # cpython: 3190
        self.__name__ = name  # cpython: 3191
        self.__supertype__ = tp  # cpython: 3192
        self.__module__ = _caller_module()

    def __mro_entries__(self, bases):
        superclass_name = self.__name__  # cpython: 3200

        class Dummy:
            def __init_subclass__(cls):
                raise TypeError(  # cpython: 3205
                    f"Cannot subclass an instance of NewType. Perhaps you were looking "
                    f"for: `{cls.__name__} = NewType({cls.__name__!r}, {superclass_name})`")
        return (Dummy,)  # cpython: 3210

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'  # cpython: 3213

    def __or__(self, other):
        return Union[self, other]  # cpython: 3219

    def __ror__(self, other):
        return Union[other, self]  # cpython: 3222


def _caller_module():
    return "__main__"


# Aliases of the builtin and abstract containers.

_alias = _SpecialGenericAlias  # cpython: 2702
Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(collections.abc.Awaitable, 1)  # cpython: 2705
Coroutine = _alias(collections.abc.Coroutine, 3)  # cpython: 2706
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)  # cpython: 2707
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)  # cpython: 2708
Iterable = _alias(collections.abc.Iterable, 1)  # cpython: 2709
Iterator = _alias(collections.abc.Iterator, 1)  # cpython: 2710
Reversible = _alias(collections.abc.Reversible, 1)  # cpython: 2711
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)  # cpython: 2713
Collection = _alias(collections.abc.Collection, 1)  # cpython: 2714
Callable = _CallableType(collections.abc.Callable, 2)  # cpython: 2715
AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')  # cpython: 2730
MutableSet = _alias(collections.abc.MutableSet, 1)  # cpython: 2731
Mapping = _alias(collections.abc.Mapping, 2)  # cpython: 2733
MutableMapping = _alias(collections.abc.MutableMapping, 2)  # cpython: 2734
Sequence = _alias(collections.abc.Sequence, 1)  # cpython: 2735
MutableSequence = _alias(collections.abc.MutableSequence, 1)  # cpython: 2736
ByteString = _alias(collections.abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')  # cpython: 2739
List = _alias(list, 1, inst=False, name='List')  # cpython: 2751
Deque = _alias(collections.deque, 1, name='Deque')  # cpython: 2752
Set = _alias(set, 1, inst=False, name='Set')  # cpython: 2753
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')  # cpython: 2754
MappingView = _alias(collections.abc.MappingView, 1)  # cpython: 2755
KeysView = _alias(collections.abc.KeysView, 1)  # cpython: 2756
ItemsView = _alias(collections.abc.ItemsView, 2)  # cpython: 2757
ValuesView = _alias(collections.abc.ValuesView, 1)  # cpython: 2758
Dict = _alias(dict, 2, inst=False, name='Dict')  # cpython: 2761
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')  # cpython: 2762
OrderedDict = _alias(collections.OrderedDict, 2)  # cpython: 2763
Counter = _alias(collections.Counter, 1)  # cpython: 2764
ChainMap = _alias(getattr(collections, "ChainMap", dict), 2, name="ChainMap")
Generator = _alias(collections.abc.Generator, 3)  # cpython: 2766
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2)  # cpython: 2767
Type = _alias(type, 1, inst=False, name='Type')  # cpython: 2768
Text = str  # cpython: 3226
AnyStr = TypeVar('AnyStr', bytes, str)  # cpython: 2698


class _ContextManagerBase(metaclass=ABCMeta):
    """Stand-in for contextlib.AbstractContextManager."""

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _ContextManagerBase:
            return collections.abc._check_methods(C, "__enter__", "__exit__")
        return NotImplemented


_ContextManagerBase.__name__ = _ContextManagerBase.__qualname__ = "AbstractContextManager"
ContextManager = _alias(_ContextManagerBase, 1, name="ContextManager")
AsyncContextManager = _alias(_ContextManagerBase, 1, name="AsyncContextManager")


def _protocol(name, method, *, generic=False):
    T_co = TypeVar("T_co", covariant=True)
    base = Protocol[T_co] if generic else Protocol
    ns = {"__slots__": (), method: abstractmethod(lambda self: None)}
    cls = types.new_class(name, (base,), {}, lambda d: d.update(ns))
    cls.__module__ = "typing"
    return runtime_checkable(cls)


SupportsInt = _protocol("SupportsInt", "__int__")
SupportsFloat = _protocol("SupportsFloat", "__float__")
SupportsComplex = _protocol("SupportsComplex", "__complex__")
SupportsBytes = _protocol("SupportsBytes", "__bytes__")
SupportsIndex = _protocol("SupportsIndex", "__index__")
SupportsAbs = _protocol("SupportsAbs", "__abs__", generic=True)
SupportsRound = _protocol("SupportsRound", "__round__", generic=True)


# NamedTuple and TypedDict: functions whose __mro_entries__ substitutes a
# class with the right metaclass, as CPython does.

_NT_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                            "_fields", "_field_defaults", "_make", "_replace", "_asdict",
                            "_source"})
_NT_SPECIAL = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                         "__orig_bases__"})


def _make_nmtuple(name, fields, module, defaults=()):
    names = [n for n, t in fields]
    annotations = {n: _type_check(t, f"field {n} annotation must be a type")
                   for n, t in fields}
    nm_tpl = collections.namedtuple(name, names, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl  # cpython: 2879


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types_ = ns.get("__annotations__", {})
        default_names = []  # cpython: 2899
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)  # cpython: 2902
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "  # cpython: 2904
                                f"cannot follow default field"  # cpython: 2905
                                f"{'s' if len(default_names) > 1 else ''} "  # cpython: 2906
                                f"{', '.join(default_names)}")  # cpython: 2907
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               defaults=[ns[n] for n in default_names],  # cpython: 2909
                               module=ns['__module__'])  # cpython: 2910
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)  # cpython: 2918
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])  # cpython: 2920
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl  # cpython: 2923


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class syntax or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()  # cpython: 2947
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    return _make_nmtuple(typename, fields, module="__main__")


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})  # cpython: 2953
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a "
                                "non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}  # cpython: 2983
        own = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"  # cpython: 2985
        own = {n: _type_check(tp, msg, module=tp_dict.__module__) for n, tp in own.items()}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))  # cpython: 2994
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Required:
                is_required = True  # cpython: 3014
            elif origin is NotRequired:
                is_required = False  # cpython: 3016
            else:
                is_required = total  # cpython: 3018
            (required if is_required else optional).add(key)
        tp_dict.__annotations__ = annotations  # cpython: 3031
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total  # cpython: 3035
        return tp_dict  # cpython: 3036

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')  # cpython: 3042

    __instancecheck__ = __subclasscheck__  # cpython: 3044


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys; at run time a plain dict."""
    if fields is None:
        fields = kwargs  # cpython: 3095
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)  # cpython: 3114


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})  # cpython: 3116
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)  # cpython: 3117


def is_typeddict(tp):
    """True if tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)  # cpython: 2495


# Introspection.

def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)  # cpython: 381
    if isinstance(t, (_GenericAlias, GenericAlias, UnionType)):
        args = t.__args__
        if isinstance(t, _AnnotatedAlias):
            new = _eval_type(t.__origin__, globalns, localns, recursive_guard)
            return t if new is t.__origin__ else _AnnotatedAlias(new, t.__metadata__)
        ev = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if ev == args:
            return t
        if isinstance(t, GenericAlias):
            return GenericAlias(t.__origin__, ev)
        if isinstance(t, UnionType):
            return functools.reduce(operator.or_, ev)
        return t.copy_with(ev)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)  # cpython: 2402
    if getattr(t, "__origin__", None) in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])  # cpython: 2404
    if isinstance(t, _GenericAlias) and not isinstance(t, _AnnotatedAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function, with strings and
    ForwardRefs evaluated and None as NoneType."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}  # cpython: 2335
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})  # cpython: 2341
            if isinstance(ann, types.GetSetDescriptorType if hasattr(
                    types, "GetSetDescriptorType") else ()):
                ann = {}  # cpython: 2343
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, "__dict__", {})
            else:
                base_globals = globalns  # cpython: 2340
            base_locals = dict(vars(base)) if localns is None else localns  # cpython: 2344
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals  # cpython: 2352
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)  # cpython: 2357
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__  # cpython: 2364
        else:
            nsobj = obj  # cpython: 2366
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__  # cpython: 2369
            globalns = getattr(nsobj, '__globals__', {})  # cpython: 2370
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)  # cpython: 2375
    if hints is None:
        if isinstance(obj, (type, types.ModuleType, types.FunctionType, types.MethodType,
                            types.BuiltinFunctionType)) or callable(obj):
            return {}
        raise TypeError('{!r} is not a module, class, method, '  # cpython: 2381
                        'or function.'.format(obj))  # cpython: 2382
    hints = dict(hints)  # cpython: 2383
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                               is_class=False)
        hints[name] = _eval_type(value, globalns, localns)  # cpython: 2395
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated  # cpython: 2443
    if isinstance(tp, (_BaseAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__  # cpython: 2446
    if tp is Generic:
        return Generic  # cpython: 2448
    if isinstance(tp, UnionType):
        return UnionType
    return None  # cpython: 2451


def get_args(tp):
    """The type arguments, with Callable's flattened list put back:
    get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__  # cpython: 2469
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        res = tp.__args__  # cpython: 2471
        origin = tp.__origin__
        if origin is collections.abc.Callable and res and not (
                len(res) == 2 and (res[0] is ... or isinstance(res[0], ParamSpec))):
            res = (list(res[:-1]), res[-1])  # cpython: 2473
        return res  # cpython: 2474
    if isinstance(tp, UnionType):
        return tp.__args__  # cpython: 2476
    return ()  # cpython: 2477
