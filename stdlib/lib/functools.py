"""Higher-order functions and operations on callables (CPython 3.11
Lib/functools.py and Modules/_functoolsmodule.c): partial, wraps, lru_cache,
reduce, total_ordering, cached_property, singledispatch, cmp_to_key."""

from _traceback import hide as _hide
from collections import namedtuple  # cpython: 18

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',  # cpython: 12
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',  # cpython: 13
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',  # cpython: 14
           'cached_property']  # cpython: 15

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',  # cpython: 32
                       '__annotations__')  # cpython: 33
WRAPPER_UPDATES = ('__dict__',)  # cpython: 34


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes `wrapper` look like `wrapped`: copies the named attributes, merges
    the dicts, and records `__wrapped__`."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)  # cpython: 52
        except AttributeError:
            continue
        setattr(wrapper, attr, value)  # cpython: 56
    for attr in updated:
        extra = getattr(wrapped, attr, {})
        if attr == "__dict__":
            # Set one by one: a function's __dict__ is not always the live dict here.
            for key, value in extra.items():
                setattr(wrapper, key, value)
        else:
            getattr(wrapper, attr).update(extra)
    wrapper.__wrapped__ = wrapped  # cpython: 61
    return wrapper  # cpython: 63


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# total_ordering: each missing comparison derived from the defined one (the
# root) and ==. A derived answer is the root's, negated or not, then narrowed
# to exclude equal operands, widened to include them, or left as it is.

def _derived(root, name, negate, ties):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if ties == "exclude":
            return r and self != other
        if ties == "include":
            return r or self == other
        return r
    compare.__name__ = compare.__qualname__ = name
    return compare


def _derive_from(root, opposite, strict):
    """The three comparisons derived from `root`: the opposite one of the other
    strictness, the same direction of the other strictness, and its complement.
    `strict` says whether the root itself is strict (< or >)."""
    same = {"__lt__": "__le__", "__le__": "__lt__", "__gt__": "__ge__", "__ge__": "__gt__"}
    rules = ((same[opposite], True, "exclude" if strict else "include"),
             (same[root], False, "include" if strict else "exclude"),
             (opposite, True, None))
    return [(op, _derived(root, f"_{op[2:4]}_from_{root[2:4]}", negate, ties))
            for op, negate, ties in rules]


_convert = {  # cpython: 173
    "__lt__": _derive_from("__lt__", "__ge__", strict=True),
    "__le__": _derive_from("__le__", "__gt__", strict=False),
    "__gt__": _derive_from("__gt__", "__le__", strict=True),
    "__ge__": _derive_from("__ge__", "__lt__", strict=False),
}


def total_ordering(cls):
    """Class decorator filling in the comparisons a class leaves out."""
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}  # cpython: 191
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')  # cpython: 193
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname  # cpython: 197
            setattr(cls, opname, opfunc)  # cpython: 198
    return cls  # cpython: 199


def cmp_to_key(mycmp):
    """Turns an old-style comparison function into a key function."""
    class K:
        __slots__ = ['obj']  # cpython: 209

        def __init__(self, obj):
            self.obj = obj  # cpython: 211

        def _other(self, other):
            if not isinstance(other, K):
                raise TypeError("other argument must be K instance")
            return other.obj

        def __lt__(self, other):
            return mycmp(self.obj, self._other(other)) < 0

        def __gt__(self, other):
            return mycmp(self.obj, self._other(other)) > 0

        def __eq__(self, other):
            return mycmp(self.obj, self._other(other)) == 0

        def __le__(self, other):
            return mycmp(self.obj, self._other(other)) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, self._other(other)) >= 0

        __hash__ = None  # cpython: 222

    K.__module__ = "functools"
    K.__name__ = K.__qualname__ = "KeyWrapper"
    for _m in (K.__init__, K._other, K.__lt__, K.__gt__, K.__eq__, K.__le__, K.__ge__):
        _hide(_m)
    return K  # cpython: 223


_initial_missing = object()  # cpython: 235


def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Applies a two-argument function cumulatively to the items of an iterable."""
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)  # cpython: 249
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)  # cpython: 261
    return value  # cpython: 263


class partial:
    """A callable with some of `func`'s arguments filled in already."""

    __module__ = "functools"

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")  # cpython: 285
        if type(func) is partial and func.__dict__.keys() == {"_p"}:
            args = func.args + args  # cpython: 288
            keywords = {**func.keywords, **keywords}  # cpython: 289
            func = func.func  # cpython: 290
        self = super().__new__(cls)
        object.__setattr__(self, "_p", (func, args, keywords))
        return self  # cpython: 297

    func = property(lambda self: self._p[0], doc="function object to use in future partial calls")
    args = property(lambda self: self._p[1], doc="tuple of arguments to future partial calls")
    keywords = property(lambda self: self._p[2],
                        doc="dictionary of keyword arguments to future partial calls")

    def __call__(self, /, *args, **keywords):
        func, pargs, pkw = self._p
        return func(*pargs, *args, **{**pkw, **keywords})

    def __repr__(self):
        func, args, keywords = self._p
        parts = [repr(func)]
        parts.extend(repr(x) for x in args)
        parts.extend(f"{k}={v!r}" for k, v in keywords.items())
        name = "functools.partial" if type(self) is partial else type(self).__qualname__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        func, args, keywords = self._p
        namespace = {k: v for k, v in self.__dict__.items() if k != "_p"}
        return type(self), (func,), (func, args, keywords or None, namespace or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        object.__setattr__(self, "_p", (func, tuple(args), dict(keywords or {})))
        if namespace:
            self.__dict__.update(namespace)


class partialmethod:
    """Like partial, but as a method descriptor: the instance comes first."""

    __module__ = "functools"

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func  # cpython: 366
            self.args = func.args + args  # cpython: 367
            self.keywords = {**func.keywords, **keywords}  # cpython: 368
        else:
            self.func = func  # cpython: 370
            self.args = args  # cpython: 371
            self.keywords = keywords  # cpython: 372

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        func = self.func
        if hasattr(type(func), "__get__") and not callable(func):
            new_func = type(func).__get__(func, obj, cls)
            if new_func is not func:
                result = partial(new_func, *self.args, **self.keywords)  # cpython: 401
                try:
                    result.__self__ = new_func.__self__  # cpython: 403
                except AttributeError:
                    pass
                return result  # cpython: 410
        if isinstance(func, (staticmethod, classmethod)):
            return partial(func.__get__(obj, cls), *self.args, **self.keywords)
        if obj is None:
            return self._unbound()
        return partial(func, obj, *self.args, **self.keywords)

    def _unbound(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    @property  # cpython: 412
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)  # cpython: 414


# lru_cache

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])  # cpython: 430
_CacheInfo.__module__ = "functools"


_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    """The cache key for a call: flat, and typed when asked."""
    key = args  # cpython: 466
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item  # cpython: 470
    if typed:
        key += tuple(type(v) for v in args)  # cpython: 472
        if kwds:
            key += tuple(type(v) for v in kwds.values())  # cpython: 474
    elif len(key) == 1 and type(key[0]) in {int, str}:
        return key[0]  # cpython: 476
    return key


class _lru_cache_wrapper:
    """The callable lru_cache returns: a memoising wrapper around `func`."""

    __module__ = "functools"

    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = self._misses = 0
        update_wrapper(self, func)

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__


_MethodType = type(_lru_cache_wrapper(len, 0, False).cache_info)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator; bare `@lru_cache` works too."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0  # cpython: 507
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128  # cpython: 510
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function  # cpython: 523


def cache(user_function, /):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)  # cpython: 653


# singledispatch

def _find_impl(cls, registry):
    """The implementation registered for the most specific class of `cls`'s MRO;
    registered ABCs and unions count where `cls` is their subclass."""
    mro = cls.__mro__
    for i, base in enumerate(mro):
        if base in registry:
            if base is object:
                break
            return registry[base]
        # An ABC `cls` is a virtual subclass of, placed before the next real base
        # that is not itself a subclass of it.
        nxt = mro[i + 1] if i + 1 < len(mro) else object
        for typ in registry:
            if typ in mro or typ is object:
                continue
            try:
                if issubclass(base, typ) and not issubclass(nxt, typ):
                    return registry[typ]
            except TypeError:
                pass
    return registry.get(object)


def _is_union(cls):
    from types import UnionType
    if isinstance(cls, UnionType):
        return True
    union = _typing_union()
    return union is not None and getattr(cls, "__origin__", None) is union


def _typing_union():
    import sys
    typing = sys.modules.get("typing")
    return getattr(typing, "Union", None)


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is chosen
    by the type of the first argument."""
    registry = {}  # cpython: 814
    cache = {}

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            pass
        except TypeError:
            return _find_impl(cls, registry)
        impl = _find_impl(cls, registry)  # cpython: 837
        cache[cls] = impl
        return impl  # cpython: 839

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True  # cpython: 847
        return _is_union(cls) and all(isinstance(a, type) for a in cls.__args__)

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)  # cpython: 861
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "  # cpython: 865
                    f"{cls!r} is not a class or union type."  # cpython: 866
                )
            ann = getattr(cls, '__annotations__', {})  # cpython: 868
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "  # cpython: 871
                    f"Use either `@register(some_class)` or plain `@register` "  # cpython: 872
                    f"on an annotated function."  # cpython: 873
                )
            func = cls  # cpython: 875
            from typing import get_type_hints  # cpython: 878
            argname, cls = next(iter(get_type_hints(func).items()))  # cpython: 879
            if not _is_valid_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func  # cpython: 896
        else:
            registry[cls] = func  # cpython: 898
        cache.clear()
        return func  # cpython: 902

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)  # cpython: 909

    funcname = getattr(func, '__name__', 'singledispatch function')  # cpython: 911
    registry[object] = func  # cpython: 912
    wrapper.register = register  # cpython: 913
    wrapper.dispatch = dispatch  # cpython: 914
    from types import MappingProxyType
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)  # cpython: 917
    return wrapper  # cpython: 918


def _bind(func, obj, cls):
    """`func.__get__(obj, cls)`, for plain functions too."""
    getter = getattr(type(func), "__get__", None)
    if getter is not None:
        return getter(func, obj, cls)
    if obj is None:
        return func
    return _MethodType(func, obj)


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the first
    argument after self (or cls)."""

    __module__ = "functools"

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")  # cpython: 931
        self.dispatcher = singledispatch(func)  # cpython: 933
        self.func = func  # cpython: 934

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)  # cpython: 941

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)  # cpython: 945
            return _bind(method, obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__  # cpython: 948
        _method.register = self.register  # cpython: 949
        update_wrapper(_method, self.func)  # cpython: 950
        return _method  # cpython: 951

    @property  # cpython: 953
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)  # cpython: 955


_NOT_FOUND = object()  # cpython: 962


class cached_property:
    """A property computed once per instance, then stored in its __dict__."""

    __module__ = "functools"

    def __init__(self, func):
        self.func = func  # cpython: 967
        self.attrname = None  # cpython: 968
        self.__doc__ = func.__doc__  # cpython: 969

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name  # cpython: 974
        elif name != self.attrname:
            raise TypeError(  # cpython: 976
                "Cannot assign the same cached_property to two different names "  # cpython: 977
                f"({self.attrname!r} and {name!r})."  # cpython: 978
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self  # cpython: 983
        if self.attrname is None:
            raise TypeError(  # cpython: 985
                "Cannot use cached_property instance without calling __set_name__ on it.")  # cpython: 986
        try:
            cache = instance.__dict__  # cpython: 988
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "  # cpython: 991
                f"instance to cache {self.attrname!r} property."  # cpython: 992
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)  # cpython: 1001
            cache[self.attrname] = val  # cpython: 1003
        return val  # cpython: 1010

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


# What CPython writes in C (`_functools`) leaves no traceback entry: neither
# do these stand-ins.
for _f in (reduce, partial.__new__, partial.__call__, _lru_cache_wrapper.__call__,
           _make_key):
    _hide(_f)
del _f
