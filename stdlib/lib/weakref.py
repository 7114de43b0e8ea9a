"""Weak references (CPython 3.11 Lib/weakref.py and Objects/weakrefobject.c):
ref with callbacks, proxy, WeakMethod, WeakValueDictionary,
WeakKeyDictionary, WeakSet and finalize, over the native _weakref handles.
The containers drop dead entries when next used rather than from callbacks;
what a program can observe (len, iteration, lookups) is the same."""

import _weakref
from _weakref import handle as _handle, deref as _deref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

# id(referent) -> handles of the ref and proxy objects made for it, for
# getweakrefcount/getweakrefs and to reuse a callback-less ref.
_made = {}


def _note(obj, wr):
    entries = _made.setdefault(id(obj), [])
    entries[:] = [h for h in entries if _live_for(h, obj)]
    entries.append(_handle(wr))


def _live_for(h, obj):
    wr = _deref(h)
    return wr is not None and wr._target() is obj


def _describe(obj):
    text = "to '%s' at %#x" % (type(obj).__name__, id(obj))
    try:
        name = obj.__name__
    except Exception:
        return text
    return text + " (%s)" % (name,) if isinstance(name, str) else text


class ReferenceType:
    """A weak reference: calling it gives the referent, or None once freed;
    the callback (if any) gets the reference when the referent is freed."""
    __slots__ = ('_h', '_callback', '_hash', '__weakref__')

    def __new__(cls, ob, callback=None, /):
        if callback is None and cls is ReferenceType:
            for h in _made.get(id(ob), ()):
                wr = _deref(h)
                if (type(wr) is ReferenceType and wr._callback is None
                        and wr._target() is ob):
                    return wr
        self = object.__new__(cls)
        self._h = _handle(ob)
        self._callback = callback
        self._hash = None
        if callback is not None:
            _weakref.watch(ob, self, callback, ())
        _note(ob, self)
        return self

    def __init__(self, ob, callback=None, /):
        pass

    def _target(self):
        return _deref(self._h)

    def __call__(self):
        return _deref(self._h)

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            obj = _deref(self._h)
            if obj is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        obj = self()
        if obj is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; %s>" % (id(self), _describe(obj))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def getweakrefcount(obj):
    return len(getweakrefs(obj))


def getweakrefs(obj):
    found = []
    for h in _made.get(id(obj), ()):
        wr = _deref(h)
        if wr is not None and wr._target() is obj:
            found.append(wr)
    return found


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both its object and
    its function are."""
    __slots__ = ('_func_h', '_meth_type')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_h = _handle(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = super().__call__()
        func = _deref(self._func_h)
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return self() == other()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self.__eq__(other)
        return NotImplemented

    __hash__ = ref.__hash__


def _dead():
    raise ReferenceError("weakly-referenced object no longer exists")


class ProxyType:
    """A proxy forwarding attribute access and operators to its referent;
    ReferenceError once the referent is gone."""
    __slots__ = ('_h', '_callback', '__weakref__')

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_h', _handle(ob))
        object.__setattr__(self, '_callback', callback)
        if callback is not None:
            _weakref.watch(ob, self, callback, ())
        _note(ob, self)

    def _target(self):
        return _deref(object.__getattribute__(self, '_h'))

    def _obj(self):
        obj = _deref(object.__getattribute__(self, '_h'))
        if obj is None:
            _dead()
        return obj

    def __getattribute__(self, name):
        if name in ('_obj', '_target', '__class__'):
            return object.__getattribute__(self, name)
        return getattr(ProxyType._obj(self), name)

    def __setattr__(self, name, value):
        setattr(self._obj(), name, value)

    def __delattr__(self, name):
        delattr(self._obj(), name)

    def __repr__(self):
        obj = self._target()
        if obj is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; %s>" % (id(self), _describe(obj))

    def __str__(self):
        return str(self._obj())

    def __bool__(self):
        return bool(self._obj())

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(self._obj())

    def __iter__(self):
        return iter(self._obj())

    def __next__(self):
        return next(self._obj())

    def __contains__(self, item):
        return item in self._obj()

    def __getitem__(self, key):
        return self._obj()[key]

    def __setitem__(self, key, value):
        self._obj()[key] = value

    def __delitem__(self, key):
        del self._obj()[key]


def _forward(name, swap=False):
    def method(self, *args):
        return getattr(ProxyType._obj(self), name)(*args)
    method.__name__ = name
    return method


for _name in ('__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
              '__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__',
              '__mod__', '__pow__', '__and__', '__or__', '__xor__',
              '__radd__', '__rsub__', '__rmul__', '__rtruediv__',
              '__neg__', '__pos__', '__abs__', '__int__', '__float__',
              '__index__', '__iadd__', '__imul__'):
    setattr(ProxyType, _name, _forward(_name))
del _name


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return self._obj()(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    _handle(ob)
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


from _weakref_containers import (  # noqa: E402
    WeakValueDictionary, WeakKeyDictionary, WeakSet, KeyedRef)


class finalize:
    """Calls func(*args, **kwargs) when obj is freed (or when called), at
    most once; detach() cancels it."""

    __slots__ = ('_token', '_info', '__weakref__')

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    _index = 0
    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        self._info = info
        self._token = _weakref.watch(obj, None, self._fire, ())
        finalize._registry[self] = info

    def _fire(self):
        self()

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info:
            _weakref.unwatch(self._token)
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            _weakref.unwatch(self._token)
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
