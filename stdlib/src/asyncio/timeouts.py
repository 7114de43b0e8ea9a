# asyncio.timeout / timeout_at / Timeout, to the behaviour of CPython 3.11's
# Lib/asyncio/timeouts.py: an async context manager that cancels the task running
# its body when the deadline passes and turns that cancellation into
# TimeoutError on the way out. Outside cancellation is told apart from ours with
# the task's cancel-request count (`cancelling()`/`uncancel()`), so a timeout
# never swallows a cancel it did not cause, and nested timeouts each claim only
# their own. `# cpython: N` gives a line CPython's line number in timeouts.py
# (see line_map.rs).

__all__ = ('Timeout', 'timeout', 'timeout_at')


class _State:
    # The values CPython's `_State` enum shows in reprs and messages.
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):  # cpython: 50
        state = self._state
        if state is not _State.ENTERED:
            if state is _State.CREATED:
                raise RuntimeError("Timeout has not been entered")  # cpython: 54
            raise RuntimeError(  # cpython: 55
                f"Cannot change state of {state} Timeout",
            )
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            # A deadline already past fires on the next loop iteration.
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state is _State.EXPIRING or self._state is _State.EXPIRED

    def __repr__(self):
        info = ''
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info = f' when={when}'
        return f'<Timeout [{self._state}]{info}>'

    async def __aenter__(self):  # cpython: 85
        if self._state is not _State.CREATED:
            raise RuntimeError("Timeout has already been entered")  # cpython: 87
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")  # cpython: 90
        self._state = _State.ENTERED
        self._task = task
        # Cancel requests already pending belong to someone else.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)  # cpython: 94
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):  # cpython: 97
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            # Ours is the only new cancel request: the CancelledError is ours
            # to convert. Otherwise someone else cancelled too; let it through.
            if (self._task.uncancel() <= self._cancelling
                    and exc_type is CancelledError):
                raise TimeoutError from exc_val  # cpython: 115
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None


def timeout(delay):  # cpython: 129
    loop = get_running_loop()  # cpython: 145
    return Timeout(loop.time() + delay if delay is not None else None)  # cpython: 146


def timeout_at(when):
    return Timeout(when)
