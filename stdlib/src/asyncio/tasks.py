# Coil's asyncio helpers that are coroutines or generators in CPython 3.11
# (Lib/asyncio/tasks.py: wait, _wait, wait_for, _cancel_and_wait, as_completed,
# shield), written in Python and compiled into the asyncio module. The names this
# code uses (ensure_future, get_running_loop, ...) are the module's own natives.
# `# cpython: N` gives a line CPython's line number in tasks.py (see line_map.rs).

__all__ = ('_wrap_awaitable', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'sleep',
           'wait', 'wait_for', 'as_completed', 'shield')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def __sleep0(_awaitable):  # cpython: 626
    # The generator CPython's `sleep(0)` awaits (there a generator-based
    # coroutine): its bare `yield` lets the loop run once, and a cancellation
    # arriving meanwhile shows this frame. It is `_Sleep0.__await__`, hence the
    # parameter, so that awaiting costs one call.
    yield  # cpython: 634


_sleep0_gen = __sleep0  # a class body would mangle `__sleep0`


class _Sleep0:
    # What `__sleep0()` makes: awaitable, as CPython's `@types.coroutine` makes
    # the generator.
    __slots__ = ()
    __await__ = _sleep0_gen


# It holds nothing, so every `sleep(0)` awaits the same one: `__sleep0()`
# returns it without making an instance.
__sleep0 = _returning(_Sleep0())


async def sleep(delay, result=None):  # cpython: 637
    # A coroutine, as CPython's: `create_task(sleep(1))` and its repr need one.
    # The timer and its future are the native `_sleep` awaitable's.
    if delay <= 0:  # cpython: 639
        await __sleep0()  # cpython: 640
        return result
    future = _sleep(delay, result)
    return await future  # cpython: 649


async def _wrap_awaitable(awaitable):
    # What ensure_future runs for an object with `__await__` (CPython's
    # generator-based `_wrap_awaitable`).
    return await awaitable


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):  # cpython: 399
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")  # cpython: 416
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')  # cpython: 418
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')  # cpython: 420
    loop = get_running_loop()
    fs = set(fs)
    # Bare coroutines are wrapped in tasks, as CPython 3.8-3.10 did.
    fs = {ensure_future(f) for f in fs}
    return await _wait(fs, timeout, return_when, loop)  # cpython: 428


async def _wait(fs, timeout, return_when, loop):  # cpython: 507
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter  # cpython: 535
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):  # cpython: 551
    waiter = loop.create_future()

    def _release(f):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(_release)
    try:
        fut.cancel()  # cpython: 559
        await waiter  # cpython: 562
    finally:
        fut.remove_done_callback(_release)


async def wait_for(fut, timeout):  # cpython: 436
    loop = get_running_loop()  # cpython: 449
    if timeout is None:
        return await fut  # cpython: 452
    if timeout <= 0:  # cpython: 454
        fut = ensure_future(fut, loop=loop)  # cpython: 455
        if fut.done():
            return fut.result()  # cpython: 458
        await _cancel_and_wait(fut, loop=loop)  # cpython: 460
        try:
            return fut.result()  # cpython: 462
        except CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # cpython: 464
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)  # cpython: 467

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)  # cpython: 470
    fut.add_done_callback(cb)
    try:
        try:
            await waiter  # cpython: 476
        except CancelledError:
            if fut.done():
                return fut.result()  # cpython: 479
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)  # cpython: 485
            raise  # cpython: 486
        if fut.done():
            return fut.result()  # cpython: 489
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)  # cpython: 495
        try:
            return fut.result()  # cpython: 500
        except CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # cpython: 502
    finally:
        timeout_handle.cancel()  # cpython: 504


def as_completed(fs, *, timeout=None):  # cpython: 568
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")  # cpython: 587
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}  # cpython: 593
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():  # cpython: 610
        f = await done.get()  # cpython: 611
        if f is None:
            raise exceptions.TimeoutError  # cpython: 614
        return f.result()  # May raise f.exception().  # cpython: 615

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()  # cpython: 622


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
