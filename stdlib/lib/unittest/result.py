"""TestResult: what a run collected (CPython 3.11 Lib/unittest/result.py),
and the traceback text of a failure or error with unittest's own frames
left out, as CPython's _clean_tracebacks does: the frames before the test
code, and for a failure the assert method's frames after it."""

import functools
import sys

import _traceback

from . import util

__unittest = True

# Frames of this package are recognised by their file; CPython marks them
# with a `__unittest` global, which a traceback's frame does not show here.
_PACKAGE_DIR = __file__.rpartition('/')[0] + '/'

_CAUSE = ('\nThe above exception was the direct cause '
          'of the following exception:\n\n')
_CONTEXT = ('\nDuring handling of the above exception, '
            'another exception occurred:\n\n')


def _is_unittest_frame(tb):
    # _log.py is not marked in CPython, so its frames show.
    name = tb.tb_frame.f_code.co_filename
    return name.startswith(_PACKAGE_DIR) and not name.endswith('/_log.py')


def failfast(method):
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


class TestResult(object):
    """Test outcomes: failures and errors as (test, traceback text) pairs,
    skips as (test, reason), expected failures, unexpected successes."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._mirrorOutput = False

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append(
            (test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        if value is None:
            value = exctype()
        return ''.join(self._format_chain(value, tb, test, set()))

    def _format_chain(self, value, tb, test, seen):
        # Oldest exception first, as a traceback prints a chain; each one's
        # frames cleaned on its own.
        seen.add(id(value))
        out = []
        cause, context = value.__cause__, value.__context__
        if cause is not None and id(cause) not in seen:
            out += self._format_chain(cause, cause.__traceback__, test, seen)
            out.append(_CAUSE)
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            out += self._format_chain(context, context.__traceback__, test,
                                      seen)
            out.append(_CONTEXT)
        while tb is not None and _is_unittest_frame(tb):
            tb = tb.tb_next
        limit = None
        if type(value) is test.failureException:
            # Stop before the assert method's frames.
            limit, t = 0, tb
            while t is not None and not _is_unittest_frame(t):
                limit += 1
                t = t.tb_next
        saved = value.__traceback__
        value.__traceback__ = tb
        try:
            out.append(_traceback.format_exception(value, limit, False))
        finally:
            value.__traceback__ = saved
        return out

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun,
                 len(self.errors), len(self.failures)))
