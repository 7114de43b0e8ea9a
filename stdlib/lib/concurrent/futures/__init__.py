"""Running calls asynchronously (CPython 3.11 `Lib/concurrent/futures/`),
written for Coil: `ThreadPoolExecutor` over the VM's green threads."""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor as te
        globals()['ThreadPoolExecutor'] = te
        return te
    if name == 'ProcessPoolExecutor':
        raise NotImplementedError("ProcessPoolExecutor is not supported by Coil")
    raise AttributeError(f"module {__name__} has no attribute {name}")
