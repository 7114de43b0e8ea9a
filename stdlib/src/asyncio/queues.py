# Coil's asyncio queues (CPython 3.11 Lib/asyncio/queues.py): Queue,
# PriorityQueue, LifoQueue, QueueEmpty, QueueFull, with 3.11.7's semantics:
# FIFO wake-up of waiting getters and putters, a cancelled get/put passes its
# wake-up on, task_done/join counting, reprs from `_format`.
#
# The FIFO store and the waiter lists are `collections.deque`s and
# PriorityQueue uses `heapq`, as in CPython. Coil has no `types` module yet, so
# this file carries `_GenericAlias` (what `Queue[int]` returns).
#
# `# cpython: N` gives a line CPython's line number in queues.py (see line_map.rs).

from _collections import deque
import heapq

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    pass


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    pass


def _type_repr(obj):
    # How types.GenericAlias prints an argument or its origin.
    if obj is ...:
        return '...'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    qualname = getattr(obj, '__qualname__', None)
    module = getattr(obj, '__module__', None)
    if qualname is None or module is None:
        return repr(obj)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


class _GenericAlias:
    # The part of types.GenericAlias that `Queue[int]` needs: the repr, the
    # origin and arguments, and calling it to make a Queue.
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if type(args) is tuple else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        if not self.__args__:
            return f'{_type_repr(self.__origin__)}[()]'
        args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __eq__(self, other):
        if type(other) is not _GenericAlias:
            return NotImplemented
        return (self.__origin__ is other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)


class Queue(mixins._LoopBoundMixin):
    """A queue, useful for coordinating producer and consumer coroutines."""

    def __init__(self, maxsize=0):  # cpython: 33
        self._maxsize = maxsize
        # Futures of tasks blocked in get() / put(), oldest first.
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # The storage hooks subclasses override (PriorityQueue, LifoQueue).

    def _init(self, maxsize):  # cpython: 47
        self._queue = deque()

    def _get(self):  # cpython: 50
        return self._queue.popleft()

    def _put(self, item):  # cpython: 53
        self._queue.append(item)

    def _wakeup_next(self, waiters):  # cpython: 58
        # Wake the oldest waiter still waiting; waiters already done (cancelled)
        # are dropped on the way.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):  # cpython: 66
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):  # cpython: 69
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(_GenericAlias)

    def _format(self):  # cpython: 74
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):  # cpython: 86
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):  # cpython: 91
        """Number of items allowed in the queue."""
        return self._maxsize

    def empty(self):  # cpython: 95
        """Return True if the queue is empty, False otherwise."""
        return not self._queue

    def full(self):  # cpython: 99
        """Return True if there are maxsize items in the queue."""
        if self._maxsize <= 0:
            return False
        else:
            return self.qsize() >= self._maxsize

    def _stop_waiting(self, waiters, waiter, blocked):
        # A put() or get() leaving its wait (cancelled, or any error): drop
        # its future; if it had been woken (the slot or item is there) and
        # leaves anyway, the wake-up goes to the next waiter.
        waiter.cancel()  # in case it was not done yet
        try:
            waiters.remove(waiter)
        except ValueError:
            # Already popped by _wakeup_next: it was woken.
            pass
        if not blocked() and not waiter.cancelled():
            self._wakeup_next(waiters)

    async def put(self, item):  # cpython: 110
        """Put an item into the queue, waiting while it is full."""
        # A loop, not an if: another task may fill the slot between the wake-up
        # and this task running.
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter  # cpython: 120
            except:
                self._stop_waiting(self._putters, putter, self.full)
                raise  # cpython: 134
        return self.put_nowait(item)

    def put_nowait(self, item):  # cpython: 137
        """Put an item into the queue without blocking; QueueFull if full."""
        if self.full():
            raise QueueFull  # cpython: 143
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):  # cpython: 149
        """Remove and return an item, waiting while the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter  # cpython: 158
            except:
                self._stop_waiting(self._getters, getter, self.empty)
                raise  # cpython: 172
        return self.get_nowait()

    def get_nowait(self):  # cpython: 175
        """Remove and return an item if one is available, else QueueEmpty."""
        if self.empty():
            raise QueueEmpty  # cpython: 181
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):  # cpython: 186
        """Mark one item fetched by get() as processed, for join()."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')  # cpython: 201
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):  # cpython: 206
        """Block until every item put has been marked done by task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()  # cpython: 215


class PriorityQueue(Queue):
    """A subclass of Queue; retrieves entries in priority order (lowest first)."""

    def _init(self, maxsize):  # cpython: 224
        self._queue = []

    def _put(self, item, heappush=heapq.heappush):
        heappush(self._queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A subclass of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):  # cpython: 237
        self._queue = []

    def _put(self, item):  # cpython: 240
        self._queue.append(item)

    def _get(self):  # cpython: 243
        return self._queue.pop()
