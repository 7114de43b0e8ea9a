# Task.get_stack and Task.print_stack (CPython 3.11's asyncio/base_tasks.py
# behaviour): the frames of a task's coroutine, outermost first, or, for a task
# that ended with an exception, the frames of its traceback.

__all__ = ()


def _task_get_stack(task, limit):
    frames = []
    coro = task.get_coro()
    f = getattr(coro, 'cr_frame', None)
    if f is not None:
        while f is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(f)
            f = f.f_back
        frames.reverse()
    elif task.done() and not task.cancelled() and task.exception() is not None:
        tb = task.exception().__traceback__
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, limit, file):
    frames = task.get_stack(limit=limit)
    exc = None
    if task.done() and not task.cancelled():
        exc = task.exception()
    if not frames:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    for f in frames:
        co = f.f_code
        print(f'  File "{co.co_filename}", line {f.f_lineno}, in {co.co_name}', file=file)
        line = _source_line(co.co_filename, f.f_lineno).strip()
        if line:
            print(f'    {line}', file=file)
    if exc is not None:
        print(_exception_only(exc), file=file, end='')


def _get_stack(self, *, limit=None):
    return _task_get_stack(self, limit)


def _print_stack(self, *, limit=None, file=None):
    return _task_print_stack(self, limit, file)


Task.get_stack = _get_stack
Task.print_stack = _print_stack
