"""Shallow and deep copies (CPython 3.11 Lib/copy.py): per-type copiers for
the builtin containers, a class's own `__copy__`/`__deepcopy__`, and otherwise
the reduce protocol: `x.__reduce_ex__(4)` gives a recipe that
`_reconstruct` follows. Coil's objects have no C-level `__reduce_ex__`, so
`_reductor` stands for `object.__reduce_ex__` (`Objects/typeobject.c`
`reduce_newobj`): it honours a class's own `__reduce_ex__`/`__reduce__`,
`__getnewargs__` and `__getstate__`, and refuses objects with hidden native
state ("cannot pickle 'generator' object") as CPython does. The frames an
error passes through are CPython's (copy.py's lines)."""

import _traceback
import types  # cpython: 51

__all__ = ["Error", "copy", "deepcopy"]  # cpython: 64


class Error(Exception):
    pass


error = Error


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)  # cpython: 72
    copier = _copy_dispatch.get(cls)  # cpython: 74
    if copier:
        return copier(x)  # cpython: 76
    if issubclass(cls, type):
        return _copy_immutable(x)  # cpython: 80
    copier = getattr(cls, "__copy__", None)  # cpython: 82
    if copier is not None:
        return copier(x)  # cpython: 84
    reductor = _reductor(x)
    rv = reductor(4)  # cpython: 92
    if isinstance(rv, str):
        return x  # cpython: 101
    return _reconstruct(x, None, *rv)  # cpython: 102


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x  # cpython: 108


for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset,
          type, range, slice, property, types.BuiltinFunctionType,
          type(Ellipsis), type(NotImplemented), types.FunctionType,
          types.CodeType):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}  # cpython: 135
    d = id(x)  # cpython: 137
    y = memo.get(d, _nil)  # cpython: 138
    if y is not _nil:
        return y  # cpython: 140
    cls = type(x)  # cpython: 142
    copier = _deepcopy_dispatch.get(cls)  # cpython: 144
    if copier is not None:
        y = copier(x, memo)  # cpython: 146
    elif issubclass(cls, type):
        y = _deepcopy_atomic(x, memo)  # cpython: 149
    else:
        copier = getattr(x, "__deepcopy__", None)  # cpython: 151
        if copier is not None:
            y = copier(memo)  # cpython: 153
        else:
            reductor = _reductor(x)
            rv = reductor(4)  # cpython: 161
            if isinstance(rv, str):
                y = x  # cpython: 170
            else:
                y = _reconstruct(x, memo, *rv)  # cpython: 172
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y  # cpython: 176
        _keep_alive(x, memo) # Make sure x lives at least as long as d  # cpython: 177
    return y  # cpython: 178


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x  # cpython: 183


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
          complex, bytes, str, types.CodeType, type, range,
          types.BuiltinFunctionType, types.FunctionType, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []  # cpython: 202
    memo[id(x)] = y  # cpython: 203
    append = y.append  # cpython: 204
    for a in x:
        append(deepcopy(a, memo))  # cpython: 206
    return y  # cpython: 207


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]  # cpython: 211
    # The tuple itself is never remembered, but a cycle through a mutable
    # item may have copied it already.
    try:
        return memo[id(x)]  # cpython: 215
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)  # cpython: 220
            break
    else:
        y = x  # cpython: 223
    return y  # cpython: 224


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}  # cpython: 228
    memo[id(x)] = y  # cpython: 229
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)  # cpython: 231
    return y  # cpython: 232


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))  # cpython: 238


d[types.MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo, so its id() is not
    reused while the memo lives."""
    try:
        memo[id(memo)].append(x)  # cpython: 254
    except KeyError:
        memo[id(memo)]=[x]  # cpython: 257


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None  # cpython: 262
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)  # cpython: 264
    y = func(*args)  # cpython: 265
    if deep:
        memo[id(x)] = y  # cpython: 267
    if state is not None:
        if deep:
            state = deepcopy(state, memo)  # cpython: 271
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)  # cpython: 273
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)  # cpython: 280
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)  # cpython: 283
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)  # cpython: 288
                y.append(item)  # cpython: 289
        else:
            for item in listiter:
                y.append(item)  # cpython: 292
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)  # cpython: 296
                value = deepcopy(value, memo)  # cpython: 297
                y[key] = value  # cpython: 298
        else:
            for key, value in dictiter:
                y[key] = value  # cpython: 301
    return y  # cpython: 302


# What object.__reduce_ex__(4) does for Coil's objects; C code in CPython, so
# these functions leave no frames (_traceback.hide below).

_UNCOPYABLE = (types.GeneratorType, types.CoroutineType,
               types.AsyncGeneratorType, types.ModuleType, types.FrameType,
               types.TracebackType)
# Builtin types whose instances carry state no Python code can rebuild.
_NATIVE_STATE_MODULES = ("builtins", "_io", "_thread", "_socket")
# Builtin bases whose value is passed to __new__ (CPython: __getnewargs__).
_VALUE_BASES = (int, float, str, bytes, complex, tuple, frozenset, bool)


def _reductor(x):
    """The bound `__reduce_ex__` CPython's copy calls."""
    cls = type(x)
    for base in cls.__mro__:
        if base is object:
            break
        if "__reduce_ex__" in base.__dict__:
            return x.__reduce_ex__
        if "__reduce__" in base.__dict__:
            return lambda protocol: x.__reduce__()
    return lambda protocol: _reduce_newobj(x, cls)


def _tp_name(cls):
    if cls.__module__ == "builtins":
        return cls.__qualname__
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _native_base(cls):
    """The first class on the MRO with native state (not `object`, not a
    class defined in Python), or None."""
    for base in cls.__mro__:
        if base is object:
            return None
        if base.__module__ in _NATIVE_STATE_MODULES:
            return base
    return None


def _reduce_newobj(x, cls):
    if isinstance(x, _UNCOPYABLE):
        raise TypeError("cannot pickle %r object" % _tp_name(cls))
    if isinstance(x, memoryview):
        raise TypeError("cannot pickle memoryview objects")
    for b in cls.__mro__:
        if _tp_name(b) == "collections.deque":
            # deque.__reduce__: maxlen as the argument, the items after.
            args = () if x.maxlen is None else ((), x.maxlen)
            return (cls, args, getattr(x, "__dict__", None) or None, iter(x))
    base = _native_base(cls)
    if base is None or base in _VALUE_BASES:
        args = ()
    elif base in (list, dict, set, bytearray):
        args = ()
    else:
        raise TypeError("cannot pickle %r object" % _tp_name(base))
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
    elif base in _VALUE_BASES and base is not frozenset:
        args = (base(x),)
    state = _state_of(x, cls)
    if base is set or base is frozenset:
        # set.__reduce__: the items as the constructor's argument.
        return (cls, (list(x),), state)
    if base is bytearray:
        return (cls, (bytes(x),), state)
    listiter = iter(x) if base is list else None
    dictiter = iter(x.items()) if base is dict else None
    return (_newobj, (cls,) + tuple(args), state, listiter, dictiter)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _state_of(x, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return getstate(x)
    state = getattr(x, "__dict__", None) or None
    slots = _slot_values(x, cls)
    if slots:
        return (state, slots)
    return state


def _slot_values(x, cls):
    values = {}
    for base in cls.__mro__:
        names = base.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (base.__name__.lstrip("_"), name)
            try:
                values[name] = getattr(x, name)
            except AttributeError:
                pass
    return values


for _f in (_reductor, _reduce_newobj, _newobj, _state_of, _slot_values):
    _traceback.hide(_f)
del _f
