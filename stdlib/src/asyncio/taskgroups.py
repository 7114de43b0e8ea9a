# asyncio.TaskGroup, to the behaviour of CPython 3.11's Lib/asyncio/taskgroups.py
# (structured concurrency: the `async with` block does not exit before every task
# created in it is done). The first child failing cancels its siblings and the
# body (through the parent task, a cancel request withdrawn with `uncancel()` on
# exit); the failures are raised together as a BaseExceptionGroup (an
# ExceptionGroup when all are Exceptions). KeyboardInterrupt and SystemExit are
# re-raised alone. `# cpython: N` gives a line CPython's line number in
# taskgroups.py (see line_map.rs).

__all__ = ('TaskGroup',)


class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ''
        if self._tasks:
            info += f' tasks={len(self._tasks)}'
        if self._errors:
            info += f' errors={len(self._errors)}'
        if self._aborting:
            info += ' cancelling'
        elif self._entered:
            info += ' entered'
        return f'<TaskGroup{info}>'

    async def __aenter__(self):  # cpython: 54
        if self._entered:
            raise RuntimeError(  # cpython: 56
                f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()  # cpython: 59
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(  # cpython: 62
                f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):  # cpython: 68
        self._exiting = True
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            # We cancelled the parent ourselves (a child failed): withdraw that
            # request; only a cancellation someone else asked for propagates.
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None

        if et is not None and not self._aborting:
            # The body raised (or the parent is being cancelled): stop the children.
            self._abort()

        # A loop, because the parent may be cancelled again while we wait.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut  # cpython: 110
            except CancelledError as ex:
                if not self._aborting:
                    # The parent is cancelled while the children still run.
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None

        if self._base_error is not None:
            raise self._base_error  # cpython: 129

        # Errors of the children take priority over a cancellation.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error  # cpython: 134

        if et is not None and et is not CancelledError:
            self._errors.append(exc)

        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)  # cpython: 144
                raise me from None  # cpython: 145
            finally:
                # Exceptions hold frames; do not keep them alive through us.
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):  # cpython: 149
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")  # cpython: 155
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")  # cpython: 157
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")  # cpython: 159
        if context is None:
            task = self._loop.create_task(coro)  # cpython: 161
        else:
            task = self._loop.create_task(coro, context=context)  # cpython: 163
        if name is not None:
            task.set_name(name)
        # The parent awaits its children (3.14's call graph, asyncio/graph.py).
        future_add_to_awaited_by(task, self._parent_task)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        future_discard_from_awaited_by(task, self._parent_task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if _is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            # CPython reports this through the loop's exception handler.
            print(f'Task {task!r} has errored out but its parent '
                  f'task {self._parent_task} is already completed')
            return

        if not self._aborting and not self._parent_cancel_requested:
            # Interrupt whatever the body awaits; __aexit__ withdraws this
            # cancel request so the code after the block still runs.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


def _is_base_error(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))
