"""Low-level threads and locks (CPython's C module `_thread`).

Threads are the VM's green threads (see ARCHITECTURE.md, "Threads"): one runs
at a time, as under CPython's GIL; a contended lock or `time.sleep` lets the
others run. Everything here is built on `_coil_thread`'s lock token.
"""

import _coil_thread
import _native_frames

_new_token = _coil_thread.lock
_acquire = _coil_thread.acquire
_release = _coil_thread.release
_locked = _coil_thread.locked
_start = _coil_thread.start
get_ident = _coil_thread.get_ident
get_native_id = _coil_thread.get_native_id

error = RuntimeError
TIMEOUT_MAX = 9223372036.0


# Native (`_coil_thread`'s `thread_lock.rs`): `with lock:` is threaded code's hot path.
LockType = lock = _coil_thread.LockType
allocate_lock = allocate = _coil_thread.allocate_lock


# Native, as `lock` (`thread_lock.rs`).
RLock = _coil_thread.RLock


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    if not callable(function):
        raise TypeError("first arg must be callable")
    kw = kwargs or {}

    def _run():
        try:
            function(*args, **kw)
        except SystemExit:
            pass
        except BaseException as e:
            import sys
            import traceback
            sys.stderr.write("Unhandled exception in thread started by %r\n" % (function,))
            traceback.print_exception(type(e), e, e.__traceback__)
    return _start(_run)


start_new = start_new_thread


def _count():
    return _coil_thread.count()


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def daemon_threads_allowed():
    return True


def interrupt_main(signum=2):
    import signal
    signal.raise_signal(signum)


def exit():
    raise SystemExit


exit_thread = exit


class _local:
    """Thread-local data: each thread sees its own attributes."""

    __slots__ = ("_local__impl", "__weakref__")

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__impl", ({get_ident(): {}}, args, kw))
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == "__dict__":
            return d
        if name in d and not _class_data_descr(self, name):
            return d[name]
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        # The message names the C type, as CPython's does.
        raise AttributeError("'%s' object has no attribute '%s'" % (_tname(self), name))

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _tname(self))
        if _class_data_descr(self, name):
            return object.__setattr__(self, name, value)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _tname(self))
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _tname(self):
    t = type(self)
    return "_thread._local" if t is _local else t.__name__


def _class_data_descr(self, name):
    for k in type(self).__mro__:
        if name in k.__dict__:
            a = k.__dict__[name]
            return hasattr(type(a), "__set__") and name != "_local__impl"
    return False


def _local_dict(self):
    dicts, args, kw = object.__getattribute__(self, "_local__impl")
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = dicts[me] = {}
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kw)
    return d


_local.__module__ = "_thread"
for _c in (lock, RLock):
    _c.__module__ = "_thread"
del _c

def _run_in_context(ctx, func, args, kwargs):
    # `ctx.run(func, *args, **kwargs)` without a nested run: the thread can
    # still be suspended while `func` waits (used by `asyncio.to_thread`).
    token = _coil_thread.context_enter(ctx)
    try:
        return func(*args, **kwargs)
    finally:
        _coil_thread.context_exit(ctx, token)


_native_frames.hide_module(globals())
