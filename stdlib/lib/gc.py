"""The gc module (CPython 3.11 Modules/gcmodule.c): collection on demand,
enable/disable, thresholds, counts, callbacks, garbage, freeze. The
collector itself is Coil's (interp/src/gc, via _gc): its schedule is its
own, so set_threshold is recorded but does not retune it, and collect()
counts the containers Coil tracks (CPython also counts others)."""

import _gc
from _gc import enable, disable, isenabled

__all__ = ['collect', 'enable', 'disable', 'isenabled', 'get_threshold',
           'set_threshold', 'get_count', 'callbacks', 'garbage', 'freeze',
           'unfreeze', 'get_freeze_count', 'get_debug', 'set_debug',
           'get_stats', 'is_tracked', 'is_finalized', 'get_objects',
           'get_referrers', 'get_referents']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

callbacks = []
garbage = []

_threshold = [700, 10, 10]
_debug = 0
_frozen = 0
_stats = [{'collections': 0, 'collected': 0, 'uncollectable': 0}
          for _ in range(3)]


def _as_int(value):
    # The C argument parser's "i" format.
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        f"interpreted as an integer") from None


def collect(generation=2):
    """Runs a full collection; returns the number of objects collected."""
    generation = _as_int(generation)
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    for callback in list(callbacks):
        callback("start", {"generation": generation, "collected": 0,
                           "uncollectable": 0})
    collected = _gc.collect()
    stats = _stats[generation]
    stats['collections'] += 1
    stats['collected'] += collected
    for callback in list(callbacks):
        callback("stop", {"generation": generation, "collected": collected,
                          "uncollectable": 0})
    return collected


def get_threshold():
    return tuple(_threshold)


def set_threshold(*thresholds):
    if not thresholds:
        raise TypeError("set_threshold() takes at least 1 argument (0 given)")
    if len(thresholds) > 3:
        raise TypeError("set_threshold() takes at most 3 arguments "
                        f"({len(thresholds)} given)")
    for i, v in enumerate(thresholds):
        _threshold[i] = _as_int(v)


def get_count():
    young, old = _gc.counts()
    return (young, 0, 0)


def get_debug():
    return _debug


def set_debug(flags, /):
    global _debug
    _debug = _as_int(flags)


def get_stats():
    return [dict(s) for s in _stats]


def freeze():
    """Moves the tracked objects to a permanent generation (counted only:
    Coil's collector keeps scanning them)."""
    global _frozen
    young, old = _gc.counts()
    _frozen += young + old


def unfreeze():
    global _frozen
    _frozen = 0


def get_freeze_count():
    return _frozen


_ATOMIC = (int, float, complex, bool, str, bytes, type(None))


def is_tracked(obj, /):
    if isinstance(obj, _ATOMIC):
        return False
    if isinstance(obj, tuple):
        return any(is_tracked(x) for x in obj)
    return True


def is_finalized(obj, /):
    return False


def get_objects(generation=None):
    raise NotImplementedError("gc.get_objects is not supported by Coil")


def get_referrers(*objs):
    raise NotImplementedError("gc.get_referrers is not supported by Coil")


def get_referents(*objs):
    raise NotImplementedError("gc.get_referents is not supported by Coil")

import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
