"""Shallow and deep copies (CPython 3.11 Lib/copy.py). CPython copies most
objects through `__reduce_ex__(4)`; Coil's objects have no reduce protocol, so
this module rebuilds instances itself in the same order (`cls.__new__(cls)`,
then the state through `__setstate__` or the instance dict, then list items or
dict items for subclasses of list and dict). A class's own `__copy__`,
`__deepcopy__`, `__reduce_ex__`/`__reduce__`, `__getstate__`/`__setstate__`
and `__getnewargs__` are honoured."""

import types  # cpython: 51

__all__ = ["Error", "copy", "deepcopy"]  # cpython: 64


class Error(Exception):
    pass


error = Error

_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type, range,
           types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),  # cpython: 111
           types.FunctionType, types.CodeType, property, slice}
_UNCOPYABLE = (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType,
               types.ModuleType, types.FrameType, types.TracebackType)


def _own_reduce(cls):
    """A `__reduce_ex__` or `__reduce__` defined by a class on `cls`'s MRO."""
    for name in ("__reduce_ex__", "__reduce__"):
        for base in cls.__mro__:
            if name in base.__dict__ and base is not object:
                return name
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)  # cpython: 72
    if cls in _ATOMIC or issubclass(cls, type):
        return x  # cpython: 101
    if cls in (list, dict, set, _bytearray):
        return cls.copy(x)
    if cls is tuple or cls is frozenset:
        return x  # cpython: 101
    copier = getattr(cls, "__copy__", None)  # cpython: 82
    if copier is not None:
        return copier(x)
    reducer = _own_reduce(cls)
    if reducer is not None:
        rv = getattr(x, reducer)(4) if reducer == "__reduce_ex__" else x.__reduce__()
        if isinstance(rv, str):
            return x  # cpython: 101
        return _reconstruct(x, None, *rv)  # cpython: 102
    return _rebuild(x, cls, None)


def _state_of(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    state = None
    d = getattr(x, "__dict__", None)
    if d:
        state = d
    slots = _slot_values(x)
    if slots:
        return (state, slots)
    return state


def _slot_values(x):
    values = {}
    for base in type(x).__mro__:
        names = base.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{base.__name__.lstrip('_')}{name}"
            try:
                values[name] = getattr(x, name)
            except AttributeError:
                pass
    return values


def _rebuild(x, cls, memo):
    """What `copyreg.__reduce_ex__` + `_reconstruct` do for a plain instance."""
    if isinstance(x, _UNCOPYABLE):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    deep = memo is not None
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        base = _builtin_base(cls)
        if base in (int, float, str, bytes, complex, tuple, frozenset, bool):
            y = cls.__new__(cls, base(x))
        else:
            y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set) and not isinstance(x, frozenset):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _builtin_base(cls):
    for base in cls.__mro__:
        if base in (int, float, str, bytes, complex, tuple, frozenset, bool, list, dict, set):
            return base
    return object


def _set_state(y, state):
    setstate = getattr(type(y), "__setstate__", None)
    if setstate is not None:
        setstate(y, state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *rest):
    deep = memo is not None  # cpython: 262
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)  # cpython: 265
    if deep:
        memo[id(x)] = y  # cpython: 267
    if state is not None:
        if deep:
            state = deepcopy(state, memo)  # cpython: 271
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y  # cpython: 302


_nil = []


def deepcopy(x, memo=None, _nil=_nil):
    """Deep copy operation on arbitrary Python objects; `memo` maps id() of
    what was copied already to its copy, so shared parts and cycles stay so."""
    if memo is None:
        memo = {}  # cpython: 135
    d = id(x)  # cpython: 137
    y = memo.get(d, _nil)  # cpython: 138
    if y is not _nil:
        return y
    cls = type(x)  # cpython: 142
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y  # cpython: 176
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A cycle through the tuple may have copied it already.
        try:
            return memo[d]
        except KeyError:
            pass
        y = x if all(i is j for i, j in zip(x, y)) else tuple(y)
    elif cls is dict:
        y = {}
        memo[d] = y  # cpython: 176
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None) if not isinstance(x, type) else None
        if copier is not None:
            y = copier(memo)  # cpython: 153
        else:
            reducer = _own_reduce(cls)
            if reducer is not None:
                rv = getattr(x, reducer)(4) if reducer == "__reduce_ex__" else x.__reduce__()
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)  # cpython: 172
            else:
                y = _rebuild(x, cls, memo)
    if y is not x:
        memo[d] = y  # cpython: 176
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps `x` alive while `memo` lives, so its id() is not reused."""
    try:
        memo[id(memo)].append(x)  # cpython: 254
    except KeyError:
        memo[id(memo)] = [x]


import builtins as _builtins

_bytearray = getattr(_builtins, "bytearray", list)
