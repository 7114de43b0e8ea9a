"""Functions to run when the interpreter exits (CPython 3.11
Modules/atexitmodule.c): last registered, first run; run after the main module
ends, after an uncaught exception's report and after `sys.exit`. The VM calls
`_run_exitfuncs` at exit when this module was imported."""

import sys as _sys

_callbacks = []


def register(func, *args, **kwargs):
    """Registers `func(*args, **kwargs)` to run at exit; returns `func`."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of `func` (compared with ==)."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Runs the callbacks newest first, then forgets them all (one registered
    meanwhile does not run). An exception, SystemExit included, is reported
    as "Exception ignored in atexit callback" and the rest still run."""
    for func, args, kwargs in reversed(list(_callbacks)):
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)
    _clear()


def _report(func, exc):
    # CPython's unraisable-exception text: the traceback without chained
    # exceptions, then the type (module-qualified outside builtins and __main__) and message
    import traceback

    out = ["Exception ignored in atexit callback: %r\n" % (func,)]
    tb = exc.__traceback__
    # the traceback starts in the callback, not in this module
    if tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None:
        out.append("Traceback (most recent call last):\n")
        out.extend(traceback.format_tb(tb))
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ("builtins", "__main__"):
        name = cls.__module__ + "." + name
    try:
        text = str(exc)
    except BaseException:
        text = "<exception str() failed>"
    out.append("%s: %s\n" % (name, text))
    _sys.stderr.write("".join(out))
