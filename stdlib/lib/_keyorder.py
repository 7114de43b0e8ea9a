"""Rich comparisons that compare one key of two instances of a class: what
array.array (Modules/arraymodule.c array_richcompare, element by element)
and pathlib.PurePath (Lib/pathlib.py, by the parts) both do."""

import operator as _operator

ORDERING = ("__lt__", "__le__", "__gt__", "__ge__")


def compared_by(key, ops=ORDERING):
    """Class decorator: each named comparison compares `self.<key>()` with
    `other.<key>()` when `other` is an instance of the class, and returns
    NotImplemented otherwise."""
    def decorate(cls):
        for name in ops:
            setattr(cls, name, _comparison(cls, key, name))
        return cls
    return decorate


def _comparison(cls, key, name):
    op = getattr(_operator, name)

    def compare(self, other):
        if not isinstance(other, cls):
            return NotImplemented
        return op(getattr(self, key)(), getattr(other, key)())
    compare.__name__ = name
    compare.__qualname__ = f"{cls.__qualname__}.{name}"
    return compare
