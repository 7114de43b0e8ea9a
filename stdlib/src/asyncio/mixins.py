# Coil's asyncio.mixins (CPython 3.11 Lib/asyncio/mixins.py): the mixin that
# binds a primitive to the event loop it is first used in. Coil has no threads,
# so CPython's global lock around the first binding is not needed.

__all__ = ()


def _get_running_loop():
    # CPython's events._get_running_loop: the running loop or None, never raising.
    try:
        return get_running_loop()
    except RuntimeError:
        return None


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):  # cpython: 12
        # Bound lazily, on the first call that needs a future (a waiter), so a
        # primitive created outside any loop works in the loop that uses it.
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')  # cpython: 20
        return loop
