# Threads and the event loop (CPython 3.11 Lib/asyncio/threads.py: to_thread;
# base_events.py: run_in_executor, set_default_executor,
# shutdown_default_executor, call_soon_threadsafe; futures.py: wrap_future,
# _chain_future; tasks.py: run_coroutine_threadsafe). Python threads are the
# VM's green threads: a callback another thread schedules lands in the ready
# queue, and the loop runs the other threads whenever it would wait.

import contextvars
import _traceback
from _thread import _run_in_context

__all__ = ('to_thread', 'wrap_future', 'run_coroutine_threadsafe')

_LOOP_METHODS = ('run_in_executor', 'set_default_executor',
                 'shutdown_default_executor')

# Each loop's default executor (a loop object takes no new attributes).
_default_executors = {}


def _futures():
    # concurrent.futures (and with it threading and logging) is imported when
    # first needed rather than with asyncio, which keeps `import asyncio` fast.
    import concurrent.futures
    return concurrent.futures


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    ctx = contextvars.copy_context()
    # A script function rather than CPython's `functools.partial(ctx.run, …)`:
    # no native call stands between the worker and `func`, so the thread can
    # be suspended while `func` waits. It leaves no traceback entry, as
    # `ctx.run` leaves none.
    def func_call():
        return _run_in_context(ctx, func, args, kwargs)
    _traceback.hide(func_call)
    return await loop.run_in_executor(None, func_call)  # cpython: 25


def _check_callback(callback, method):
    # BaseEventLoop._check_callback (debug mode).
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError(
            f"coroutines cannot be used with {method}()")
    if not callable(callback):
        raise TypeError(
            f'a callable object was expected by {method}(), '
            f'got {callback!r}')


def run_in_executor(self, executor, func, *args):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if self.get_debug():
        _check_callback(func, 'run_in_executor')
    if executor is None:
        executor = _default_executors.get(self)
        if executor is None:
            executor = _futures().ThreadPoolExecutor(
                thread_name_prefix='asyncio')
            _default_executors[self] = executor
    return wrap_future(executor.submit(func, *args), loop=self)


def set_default_executor(self, executor):
    if not isinstance(executor, _futures().ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor')
    _default_executors[self] = executor


async def shutdown_default_executor(self):
    executor = _default_executors.pop(self, None)
    if executor is None:
        return
    future = self.create_future()
    import threading

    def _do_shutdown():
        try:
            executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)
    thread = threading.Thread(target=_do_shutdown)
    thread.start()
    try:
        await future
    finally:
        thread.join()


def _convert_future_exc(exc):
    exc_class = type(exc)
    if exc_class is _futures().CancelledError:
        return CancelledError(*exc.args)
    elif exc_class is _futures().InvalidStateError:
        return InvalidStateError(*exc.args)
    else:
        return exc


def _set_concurrent_future_state(concurrent_, source):
    if source.cancelled():
        concurrent_.cancel()
    if not concurrent_.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent_.set_exception(_convert_future_exc(exception))
    else:
        concurrent_.set_result(source.result())


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    source_loop = source.get_loop() if isfuture(source) else None
    dest_loop = destination.get_loop() if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    assert isinstance(future, _futures().Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


def run_coroutine_threadsafe(coro, loop):
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = _futures().Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future
