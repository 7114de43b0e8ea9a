"""The weak containers of the weakref module (CPython 3.11 Lib/weakref.py
WeakValueDictionary, WeakKeyDictionary and Lib/_weakrefset.py WeakSet).
Entries whose referent is gone are dropped whenever the container is next
used, so len(), iteration and lookups never see them."""

from collections.abc import MutableMapping, MutableSet
from weakref import ref

__all__ = ["WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "KeyedRef"]


class KeyedRef(ref):
    """A ref that also remembers a key."""
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _purge(self):
        dead = [k for k, wr in self.data.items() if wr() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        self._purge()
        del self.data[key]

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._purge()
        return [(k, wr()) for k, wr in list(self.data.items())
                if wr() is not None]

    def keys(self):
        self._purge()
        return [k for k, wr in list(self.data.items()) if wr() is not None]

    def __iter__(self):
        return iter(self.keys())

    def values(self):
        self._purge()
        return [o for o in (wr() for wr in list(self.data.values()))
                if o is not None]

    def itervaluerefs(self):
        self._purge()
        yield from list(self.data.values())

    def valuerefs(self):
        self._purge()
        return list(self.data.values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = KeyedRef(default, None, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _purge(self):
        dead = [k for k in self.data if k() is None]
        for k in dead:
            del self.data[k]

    def __delitem__(self, key):
        self._purge()
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        self._purge()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self._purge()
        self.data[ref(key)] = value

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._purge()
        return [(k(), v) for k, v in list(self.data.items())
                if k() is not None]

    def keys(self):
        return [k for k, v in self.items()]

    def __iter__(self):
        return iter(self.keys())

    def values(self):
        return [v for k, v in self.items()]

    def keyrefs(self):
        self._purge()
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)


class WeakSet(MutableSet):
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _purge(self):
        self.data = {wr for wr in self.data if wr() is not None}

    def __iter__(self):
        self._purge()
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self._purge()
        self.data.add(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._purge()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def _updated_copy(self, update, other):
        new = self.copy()
        getattr(new, update)(other)
        return new

    def _update_data(self, update, other):
        """Applies a set's in-place `update` to the references, taking `other`
        being this very set as emptying it (both difference and symmetric
        difference of a set with itself are empty)."""
        if self is other:
            self.data.clear()
        else:
            update(self.data, (ref(item) for item in other))
        return self

    def difference(self, other):
        return self._updated_copy("difference_update", other)

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        return self._update_data(set.difference_update, other)

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        return self._updated_copy("symmetric_difference_update", other)

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        return self._update_data(set.symmetric_difference_update, other)

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


for _cls in (WeakValueDictionary, WeakKeyDictionary, WeakSet, KeyedRef):
    _cls.__module__ = 'weakref'
del _cls

_HIDE_AS = "weakref"
import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
