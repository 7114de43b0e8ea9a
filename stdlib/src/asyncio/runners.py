# asyncio.Runner and the event loop policy (CPython 3.11 Lib/asyncio/runners.py,
# events.py: AbstractEventLoopPolicy, BaseDefaultEventLoopPolicy,
# get/set_event_loop_policy; unix_events.py: _UnixDefaultEventLoopPolicy).
# The loop, its current-loop slot and the shutdown steps are native
# (`_get_loop_raw`/`_set_loop_raw`, `_new_loop_raw`, `_runner_begin`/`_end`
# (the main task Ctrl-C cancels), `_runner_shutdown`, shared with asyncio.run
# in run.rs).

import abc
import contextvars

__all__ = ('Runner', 'AbstractEventLoop', 'AbstractEventLoopPolicy',
           'DefaultEventLoopPolicy', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop')


class AbstractEventLoop(metaclass=abc.ABCMeta):
    pass


AbstractEventLoop.register(type(_new_loop_raw()))


class AbstractEventLoopPolicy:
    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    # The current loop is the VM's (so the native parts see it); whether
    # set_event_loop was ever called is the policy's own.
    _loop_factory = None

    def __init__(self):
        self._set_called = False

    def get_event_loop(self):
        if _get_loop_raw() is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        loop = _get_loop_raw()
        if loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        _set_loop_raw(loop)

    def new_event_loop(self):
        return _new_loop_raw()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    __module__ = 'asyncio.unix_events'

    def get_child_watcher(self):
        raise NotImplementedError('child watchers are not supported by Coil')

    def set_child_watcher(self, watcher):
        raise NotImplementedError('child watchers are not supported by Coil')


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    loop = _get_running_loop_raw()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


class Runner:
    # States: 'created', 'initialized', 'closed' (CPython's _State enum).

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _runner_shutdown(loop)
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))  # cpython: 89
        if _get_running_loop_raw() is not None:
            raise RuntimeError(  # cpython: 93
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        outer = _runner_begin(task)
        try:
            return self._loop.run_until_complete(task)  # cpython: 118
        except CancelledError:
            if _runner_end(outer):
                raise KeyboardInterrupt()  # cpython: 123
            raise  # cpython: 124
        finally:
            _runner_end(outer)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")  # cpython: 133
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = 'initialized'
