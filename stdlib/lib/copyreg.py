"""Helpers for the reduce protocol that pickle and copy follow.

`object.__reduce__` and `object.__reduce_ex__` (native in Coil) ask this
module for their recipes, as CPython's C code asks its `copyreg`.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _is_builtin(cls):
    return cls.__module__ == "builtins"


def _reduce_ex(self, proto):
    """Protocols 0 and 1: rebuild through the first builtin base."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin(base):
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        getstate = None
    if (getattr(self, "__slots__", None)
            and type(self).__getstate__ is object.__getstate__):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled "
                        "with protocol %d" % proto)
    dict = getstate() if getstate is not None else None
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    return names


# The two entry points of Coil's native object methods.

def _slot_state(obj):
    """The set slot values of `obj` as a dict, None when there are none."""
    values = {}
    for name in _slotnames(type(obj)):
        try:
            values[name] = getattr(obj, name)
        except AttributeError:
            pass
    return values or None


def _reduce_object(obj, proto):
    if proto < 2:
        return _reduce_ex(obj, proto)
    import copy
    recipe = copy._reduce_newobj(obj, type(obj))
    if recipe[0] is copy._newobj:
        recipe = (__newobj__,) + tuple(recipe[1:])
    if len(recipe) == 3:
        recipe = recipe + (None, None)
    return recipe
