"""Source lines of files by name (CPython 3.11 Lib/linecache.py), read through
the same cache the traceback printer uses, so a line shown by a traceback and by
linecache.getline is the same text."""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines"]

cache = {}


def getline(filename, lineno, module_globals=None):
    """The line `lineno` (1-based) of `filename` with its newline, or ''."""
    if not isinstance(filename, str) or not isinstance(lineno, int) or lineno < 1:
        return ''
    return _traceback.getline(filename, lineno)


def getlines(filename, module_globals=None):
    """Every line of `filename` (each with its newline), or [] if unreadable."""
    lines = []
    n = 1
    while True:
        line = _traceback.getline(filename, n)
        if not line:
            break
        lines.append(line)
        n += 1
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
