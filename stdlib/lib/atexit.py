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
    """Runs and forgets the callbacks, newest first; an exception is reported
    as "Exception ignored in atexit callback" and the rest still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    import traceback

    _sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
    tb = exc.__traceback__
    # the traceback starts in the callback, not in this module
    if tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    _sys.stderr.write("".join(traceback.format_exception(type(exc), exc, tb)))
