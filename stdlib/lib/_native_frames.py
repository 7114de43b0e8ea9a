"""Hiding the frames of library modules that stand for CPython's C modules
(array, datetime, weakref, gc): an exception raised in them gets no
traceback entry for their functions, as a C function adds none, so reports
name only the caller's line."""

import _traceback


def _functions(value):
    if isinstance(value, (classmethod, staticmethod)):
        value = value.__func__
    if isinstance(value, property):
        return [f for f in (value.fget, value.fset, value.fdel)
                if f is not None]
    if hasattr(value, '__code__'):
        return [value]
    return []


def hide_module(namespace):
    """Hides every function of a module namespace, and the methods of the
    classes defined there."""
    module = namespace.get('__name__')
    for value in list(namespace.values()):
        if isinstance(value, type) and value.__module__ in (
                module, namespace.get('_HIDE_AS', module)):
            for member in list(vars(value).values()):
                for f in _functions(member):
                    _traceback.hide(f)
            continue
        for f in _functions(value):
            if getattr(f, '__module__', None) == module:
                _traceback.hide(f)
