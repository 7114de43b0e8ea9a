# Call graph introspection, as CPython 3.14 adds it (Lib/asyncio/graph.py):
# capture_call_graph, format_call_graph, print_call_graph and the two record
# classes. Coil backports it to its 3.11 asyncio. The graph is built natively
# (event_loop/call_graph.rs: a task's stack comes from its coroutine's frames,
# "awaited by" from the tasks' waits), the same code the SIGQUIT task dump uses.
#
# `depth` counts frames from the caller of the public function, as 3.14's
# `sys._getframe(depth)` does; print_call_graph's own frame is not shown (the
# intent of 3.14's code; CPython issue 156327 fixed 3.14.0 showing it).
#
# The record classes are written out rather than made with dataclasses, which
# would be imported with every asyncio program; they behave as 3.14's frozen,
# slotted dataclasses (repr, equality, hash, no assignment).

__all__ = (
    'capture_call_graph',
    'format_call_graph',
    'print_call_graph',
    'FrameCallGraphEntry',
    'FutureCallGraph',
)


class _Frozen:
    __slots__ = ()

    def __repr__(self):
        fields = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__qualname__}({fields})'

    def _fields(self):
        return tuple(getattr(self, n) for n in self.__slots__)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self):
        return hash(self._fields())

    def __setattr__(self, name, value):
        import dataclasses
        raise dataclasses.FrozenInstanceError(f'cannot assign to field {name!r}')

    def __delattr__(self, name):
        import dataclasses
        raise dataclasses.FrozenInstanceError(f'cannot delete field {name!r}')


class FrameCallGraphEntry(_Frozen):
    __slots__ = ('frame',)
    __match_args__ = ('frame',)

    def __init__(self, frame):
        object.__setattr__(self, 'frame', frame)


class FutureCallGraph(_Frozen):
    __slots__ = ('future', 'call_stack', 'awaited_by')
    __match_args__ = ('future', 'call_stack', 'awaited_by')

    def __init__(self, future, call_stack, awaited_by):
        object.__setattr__(self, 'future', future)
        object.__setattr__(self, 'call_stack', call_stack)
        object.__setattr__(self, 'awaited_by', awaited_by)


def _check(future):
    if not isinstance(future, Future):
        raise TypeError(
            f"{future!r} object does not appear to be compatible "
            f"with asyncio.Future")


def _target(future, depth):
    # The future to graph and how many frames to skip: only the running task's
    # stack has frames above the caller to skip.
    try:
        loop = get_running_loop()
    except RuntimeError:
        loop = None
    if future is not None:
        if loop is None or future is not current_task():
            _check(future)
            return future, 0
    else:
        if loop is None:
            raise RuntimeError(
                'capture_call_graph() is called outside of a running '
                'event loop and no *future* to introspect was provided')
        future = current_task()
        if future is None:
            return None, 0
    _check(future)
    return future, depth


def _wrap(node):
    future, frames, awaited_by = node
    return FutureCallGraph(
        future,
        tuple(FrameCallGraphEntry(f) for f in frames),
        tuple(_wrap(a) for a in awaited_by))


def capture_call_graph(future=None, /, *, depth=1, limit=None):
    """Capture the async call graph for the current task or the provided Future."""
    future, skip = _target(future, depth)
    if future is None:
        return None
    return _wrap(_capture_call_graph(future, skip, limit))


def format_call_graph(future=None, /, *, depth=1, limit=None):
    """Return the async call graph as a string for `future`."""
    future, skip = _target(future, depth)
    if future is None:
        return ''
    return _format_call_graph(future, skip, limit)


def print_call_graph(future=None, /, *, file=None, depth=1, limit=None):
    """Print the async call graph for the current task or the provided Future."""
    print(format_call_graph(future, depth=depth + 1, limit=limit), file=file)
