"""The unittest framework (CPython 3.11 Lib/unittest): TestCase and its
assert methods, suites, the loader, the text runner and unittest.main.
Not provided: mock, test discovery, output buffering (-b), catchbreak."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest,
                   skip, skipIf, skipUnless, expectedFailure,
                   doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, makeSuite,
                     getTestCaseNames, findTestCases)
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult

_TextTestResult = TextTestResult


def installHandler():
    raise NotImplementedError(
        "unittest.installHandler (catchbreak) is not supported by Coil yet")


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    if method is not None:
        return method


def __getattr__(name):
    # Imported on first use, so `import unittest` does not import asyncio.
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}
