"""IsolatedAsyncioTestCase: each test runs on a fresh event loop, with
asyncSetUp/asyncTearDown and coroutine test methods and cleanups, all in one
contextvars context (CPython 3.11 Lib/unittest/async_case.py). Coil has no
asyncio.Runner, so the loop is made and closed here; a failing async test's
traceback lacks the asyncio frames CPython prints."""

import asyncio
import contextvars
import warnings

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioLoop = None
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object "
                            f"does not support the asynchronous context "
                            f"manager protocol") from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            warnings.warn(f'It is deprecated to return a value that is not '
                          f'None from a test case ({method})',
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        assert self._asyncioLoop is not None, \
            'asyncio runner is not initialized'
        assert asyncio.iscoroutinefunction(func), \
            f'{func!r} is not an async function'
        return self._run(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        assert self._asyncioLoop is not None, \
            'asyncio runner is not initialized'
        if asyncio.iscoroutinefunction(func):
            return self._run(func(*args, **kwargs))
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _run(self, coro):
        loop = self._asyncioLoop
        task = loop.create_task(coro, context=self._asyncioTestContext)
        return loop.run_until_complete(task)

    def _setupAsyncioRunner(self):
        assert self._asyncioLoop is None, 'asyncio runner is already initialized'
        self._asyncioLoop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._asyncioLoop)

    def _tearDownAsyncioRunner(self):
        loop, self._asyncioLoop = self._asyncioLoop, None
        asyncio.set_event_loop(None)
        loop.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioLoop is not None:
            self._tearDownAsyncioRunner()
