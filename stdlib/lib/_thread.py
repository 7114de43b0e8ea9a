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


def _timeout_arg(blocking, timeout):
    # The checks of `lock_acquire_parse_args`.
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return 0
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return timeout


# Native (`_coil_thread`'s `thread_lock.rs`): `with lock:` is threaded code's hot path.
LockType = lock = _coil_thread.LockType
allocate_lock = allocate = _coil_thread.allocate_lock


class RLock:
    __slots__ = ("_token", "_owner", "_count", "__weakref__")

    def __init__(self):
        self._token = _new_token()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        t = _timeout_arg(blocking, timeout)
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not _acquire(self._token, t):
            return False
        self._owner = me
        self._count = 1
        return True

    def __enter__(self):
        # acquire() without its argument checks: one frame per `with`.
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        _acquire(self._token, -1)
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != get_ident() or self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            _release(self._token)

    def __exit__(self, *args):
        if self._owner != get_ident() or self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            _release(self._token)

    def _is_owned(self):
        return self._owner == get_ident() and self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        _release(self._token)
        return state

    def _acquire_restore(self, state):
        _acquire(self._token, -1)
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _at_fork_reinit(self):
        self.__init__()

    def __repr__(self):
        state = "locked" if _locked(self._token) else "unlocked"
        return "<%s %s.%s object owner=%d count=%d at %#x>" % (
            state, type(self).__module__, type(self).__qualname__,
            self._owner or 0, self._count, id(self))


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
