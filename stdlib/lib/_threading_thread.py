"""`threading.Thread`, `Timer`, the thread registry and the uncaught-exception
hook (CPython 3.11 `Lib/threading.py`), a part of Coil's `threading`."""

import sys as _sys
import _thread
from itertools import count as _count_iter
from threading import Event, Lock, _allocate_lock, _start_new_thread, get_ident
import threading as _threading

_active_limbo_lock = _thread.RLock()
_active = {}
_limbo = {}
_counter = _count_iter(1).__next__
_shutdown_locks = set()
_threading_atexits = []
_SHUTTING_DOWN = False


def _newname(name_template="Thread-%d"):
    return name_template % _counter()


class Thread:
    """A thread of control: `target(*args, **kwargs)`, or a subclass's `run`."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = _thread.get_native_id()

    def _set_tstate_lock(self):
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        if not self.daemon:
            with _active_limbo_lock:
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _threading._trace_hook:
                _sys.settrace(_threading._trace_hook)
            if _threading._profile_hook:
                _sys.setprofile(_threading._profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()
            lock = self._tstate_lock
            if lock is not None:
                # What the end of CPython's thread state does: joiners wake.
                with _active_limbo_lock:
                    _shutdown_locks.discard(lock)
                lock.release()

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _active_limbo_lock:
                _shutdown_locks.discard(lock)

    def _delete(self):
        with _active_limbo_lock:
            _active.pop(get_ident(), None)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            assert self._is_stopped
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _warn_deprecated("isDaemon", "get", "daemon")
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_deprecated("setDaemon", "set", "daemon")
        self.daemon = daemonic

    def getName(self):
        _warn_deprecated("getName", "get", "name")
        return self.name

    def setName(self, name):
        _warn_deprecated("setName", "set", "name")
        self.name = name


def _warn_deprecated(method, verb, attribute):
    """The DeprecationWarning of the camelCase accessors, pointing at their caller."""
    import warnings
    warnings.warn(f'{method}() is deprecated, {verb} the {attribute} attribute instead',
                  DeprecationWarning, stacklevel=3)


def _make_exc_args():
    from collections import namedtuple
    return namedtuple('ExceptHookArgs', 'exc_type exc_value exc_traceback thread')


_ExceptHookArgsType = _make_exc_args()


def ExceptHookArgs(args):
    return _ExceptHookArgsType(*args)


# The two frames of this module an uncaught exception's traceback goes
# through, as CPython's file shows them.
_CPYTHON_LINES = {"_bootstrap_inner": 1045, "run": 982}
_TIMER_RUN_LINE = 1401


def _cpython_frames(text):
    lib = __file__.rpartition("/")[0]
    ours = '  File "%s/_threading_thread.py", line ' % lib
    out = []
    for line in text.splitlines(True):
        if line.startswith(ours):
            rest = line[len(ours):]
            _, _, func = rest.partition(", in ")
            func = func.strip()
            n = _CPYTHON_LINES.get(func, 0)
            if func == "run" and "Timer" in _pending_kind:
                n = _TIMER_RUN_LINE
            line = '  File "%s/threading.py", line %d, in %s\n' % (lib, n, func)
        out.append(line)
    return "".join(out)


_pending_kind = []


def excepthook(args, /):
    """Prints an exception `Thread.run()` raised, as CPython's `_thread._excepthook`."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        if args.thread is not None:
            stderr = getattr(args.thread, "_stderr", None)
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    import traceback
    del _pending_kind[:]
    if isinstance(args.thread, Timer):
        _pending_kind.append("Timer")
    text = "".join(traceback.format_exception(args.exc_type, args.exc_value,
                                              args.exc_traceback))
    stderr.write(f"Exception in thread {name}:\n" + _cpython_frames(text))
    stderr.flush()


__excepthook__ = excepthook


def _make_invoke_excepthook():
    old_excepthook = _threading.excepthook if hasattr(_threading, "excepthook") else excepthook
    old_sys_excepthook = getattr(_sys, "excepthook", None) or _print_exc
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        hook = getattr(_threading, "excepthook", old_excepthook)
        if hook is None:
            hook = old_excepthook
        args = ExceptHookArgs([*sys_exc_info(), thread])
        try:
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del args
            stderr = None
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:", file=stderr, flush=True)
            if getattr(local_sys, "excepthook", None) is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            args = None
    return invoke_excepthook


def _print_exc(t, v, tb):
    import traceback
    traceback.print_exception(t, v, tb)


class Timer(Thread):
    """Calls `function(*args, **kwargs)` after `interval` seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


_main_thread = _MainThread()


def main_thread():
    return _main_thread


def _shutdown():
    """At exit: waits for every non-daemon thread (CPython's `threading._shutdown`)."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    tlock = _main_thread._tstate_lock
    if tlock is not None and tlock.locked():
        tlock.release()
    _main_thread._stop()
    while True:
        with _active_limbo_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()
