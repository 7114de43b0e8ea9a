# Coil's asyncio synchronisation primitives (CPython 3.11 Lib/asyncio/locks.py):
# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, and
# BrokenBarrierError (CPython's asyncio.exceptions). Behaviour, messages, reprs,
# wake-up order and cancellation follow 3.11.7 exactly.
#
# How a waiter is parked: a task that must wait creates a future on the running
# loop, appends it to the primitive's `_waiters` list and awaits it; the task is
# suspended with that future as its `fut_waiter`. Waking it is `set_result` on
# the future, which schedules the task's wakeup callback, so the woken task runs
# on a later loop iteration, not inside the waker. Until then other tasks may run,
# which is why the waiters re-check state on resumption and why a waiter that is
# cancelled after being woken hands its wake-up on to the next one.
#
# `# cpython: N` gives a line CPython's line number in locks.py (see line_map.rs).
#
# Waiters are kept in a collections.deque, as CPython keeps them: a woken
# waiter removes itself from the front, which a list would make O(n).

from _collections import deque

# BrokenBarrierError is not in __all__ (CPython's lives in asyncio.exceptions):
# asyncio/mod.rs exports it into asyncio and asyncio.exceptions.
__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')


def _format_repr(res, extra, waiters):
    # The reprs of Lock, Event and Semaphore: `<... [extra, waiters:N]>`.
    if waiters:
        extra = f'{extra}, waiters:{len(waiters)}'
    return f'<{res[1:-1]} [{extra}]>'


def _add_waiter(primitive):
    # Lock.acquire and Semaphore.acquire park a new future at the back of the
    # (lazily made) waiter deque; the await stays in the caller, so its frame
    # and line are CPython's.
    if primitive._waiters is None:
        primitive._waiters = deque()
    fut = primitive._get_loop().create_future()
    primitive._waiters.append(fut)
    return fut


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    # CPython defines it in asyncio.exceptions; the name shows in tracebacks.
    __module__ = 'asyncio.exceptions'


class _ContextManagerMixin:
    async def __aenter__(self):  # cpython: 14
        await self.acquire()  # cpython: 15
        # `async with lock as x` binds None, as in CPython.
        return None

    async def __aexit__(self, exc_type, exc, tb):  # cpython: 20
        self.release()


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """Primitive lock objects."""

    def __init__(self):  # cpython: 78
        self._waiters = None
        self._locked = False

    def __repr__(self):  # cpython: 82
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        return _format_repr(res, extra, self._waiters)

    def locked(self):  # cpython: 89
        """Return True if lock is acquired."""
        return self._locked

    async def acquire(self):  # cpython: 93
        """Acquire a lock."""
        # Free and nobody (still interested) queued: take it without yielding.
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
            self._locked = True
            # Who holds it, for the deadlock report (event_loop/deadlock.rs).
            _lock_owner(self)
            return True
        fut = _add_waiter(self)
        try:
            try:
                await fut  # cpython: 114
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # Woken by release() but cancelled before running: the lock is
            # free, so pass the wake-up to the next waiter.
            if not self._locked:
                self._wake_up_first()
            raise  # cpython: 120
        self._locked = True
        _lock_owner(self)
        return True

    def release(self):  # cpython: 125
        """Release a lock."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')  # cpython: 140

    def _wake_up_first(self):  # cpython: 142
        # Only the first waiter: if it is already done (woken, not yet run) the
        # lock stays reserved for it.
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(mixins._LoopBoundMixin):
    """Asynchronous equivalent to threading.Event."""

    def __init__(self):  # cpython: 167
        self._waiters = deque()
        self._value = False

    def __repr__(self):  # cpython: 171
        res = super().__repr__()
        extra = 'set' if self._value else 'unset'
        return _format_repr(res, extra, self._waiters)

    def is_set(self):  # cpython: 178
        """Return True if and only if the internal flag is true."""
        return self._value

    def set(self):  # cpython: 182
        """Set the internal flag to true, waking every waiter."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):  # cpython: 194
        """Reset the internal flag to false."""
        self._value = False

    async def wait(self):  # cpython: 200
        """Block until the internal flag is true."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut  # cpython: 213
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """Asynchronous equivalent to threading.Condition."""

    def __init__(self, lock=None):  # cpython: 229
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The lock's own bound methods, as CPython: `cond.acquire is` not a
        # Condition method, and `async with cond` goes through them.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):  # cpython: 241
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        return _format_repr(res, extra, self._waiters)

    async def wait(self):  # cpython: 248
        """Wait until notified, then re-acquire the lock and return True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')  # cpython: 260
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut  # cpython: 267
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock must be held again whatever happened; a cancellation
            # during re-acquisition is remembered and raised once it is held.
            cancelled = False
            while True:
                try:
                    await self.acquire()  # cpython: 277
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError  # cpython: 283

    async def wait_for(self, predicate):  # cpython: 285
        """Wait until a predicate becomes true; return its final value."""
        result = predicate()
        while not result:
            await self.wait()  # cpython: 294
            result = predicate()
        return result

    def notify(self, n=1):  # cpython: 298
        """Wake up at most n waiters."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')  # cpython: 311
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):  # cpython: 322
        """Wake up all waiters."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A Semaphore implementation."""

    def __init__(self, value=1):  # cpython: 346
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")  # cpython: 348
        self._waiters = None
        self._value = value

    def __repr__(self):  # cpython: 352
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _format_repr(res, extra, self._waiters)

    def locked(self):  # cpython: 359
        """Returns True if semaphore cannot be acquired immediately."""
        # Queued (uncancelled) waiters come first even when the value is > 0.
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):  # cpython: 364
        """Acquire a semaphore."""
        if not self.locked():
            self._value -= 1
            return True
        fut = _add_waiter(self)
        try:
            try:
                await fut  # cpython: 387
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # _wake_up_next already took a unit for this waiter: give it back
            # and hand it to the next one.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise  # cpython: 394
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):  # cpython: 400
        """Release a semaphore, incrementing the internal counter by one."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):  # cpython: 409
        # The unit is taken on behalf of the woken waiter here, so a task that
        # calls acquire() before the waiter runs cannot steal it.
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A bounded semaphore: release() above the initial value is an error."""

    def __init__(self, value=1):  # cpython: 428
        self._bound_value = value
        super().__init__(value)

    def release(self):  # cpython: 432
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')  # cpython: 434
        super().release()


class _BarrierState:
    # CPython's enum.Enum of the same name; Coil has no enum module, and only
    # identity and `.value` are used.
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_BarrierState.{self.name}: {self.value!r}>'


_BarrierState.FILLING = _BarrierState('FILLING', 'filling')
_BarrierState.DRAINING = _BarrierState('DRAINING', 'draining')
_BarrierState.RESETTING = _BarrierState('RESETTING', 'resetting')
_BarrierState.BROKEN = _BarrierState('BROKEN', 'broken')


class Barrier(mixins._LoopBoundMixin):
    """Asyncio equivalent to threading.Barrier."""

    def __init__(self, parties):  # cpython: 455
        if parties < 1:
            raise ValueError('parties must be > 0')  # cpython: 458
        self._cond = Condition()  # notified on every state change
        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0  # tasks inside wait()

    def __repr__(self):  # cpython: 466
        res = super().__repr__()
        extra = f'{self._state.value}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):  # cpython: 473
        return await self.wait()  # cpython: 476

    async def __aexit__(self, *args):  # cpython: 478
        pass

    async def wait(self):  # cpython: 481
        """Wait for the barrier; return this task's index, 0 to parties-1."""
        async with self._cond:
            await self._block() # Block while the barrier drains or resets.  # cpython: 489
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()  # cpython: 495
                else:
                    await self._wait()  # cpython: 497
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):  # cpython: 504
        await self._cond.wait_for(  # cpython: 510
            lambda: self._state not in (
                _BarrierState.DRAINING, _BarrierState.RESETTING
            )
        )
        if self._state is _BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError("Barrier aborted")  # cpython: 518

    async def _release(self):  # cpython: 520
        # The last party arrived: let everyone out.
        self._state = _BarrierState.DRAINING
        self._cond.notify_all()

    async def _wait(self):  # cpython: 528
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)  # cpython: 534
        if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
            raise exceptions.BrokenBarrierError("Abort or reset of barrier")  # cpython: 537

    def _exit(self):  # cpython: 539
        # The last task out re-opens a draining or resetting barrier.
        if self._count == 0:
            if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def reset(self):  # cpython: 547
        """Reset the barrier; current waiters get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state is not _BarrierState.RESETTING:
                    self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):  # cpython: 562
        """Break the barrier: waiters, current and future, get BrokenBarrierError."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):  # cpython: 573
        """Return the number of tasks required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):  # cpython: 578
        """Return the number of tasks currently waiting at the barrier."""
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):  # cpython: 585
        """Return True if the barrier is in a broken state."""
        return self._state is _BarrierState.BROKEN
