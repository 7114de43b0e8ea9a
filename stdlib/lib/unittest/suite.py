"""TestSuite: a sequence of tests run in order, with the class and module
fixtures (setUpClass/tearDownClass, setUpModule/tearDownModule) run around
them and their errors reported as CPython 3.11 does
(Lib/unittest/suite.py)."""

import sys

from . import case
from . import util

__unittest = True


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, lambda: None)
    func()


class BaseTestSuite(object):
    """Tests (cases or suites) run in the order they were added."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase,
                                                        TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module fixtures."""

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        current = test.__class__
        if current == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed:
            return
        if getattr(current, "__unittest_skip__", False):
            return
        failed = False
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        setUpClass = getattr(current, 'setUpClass', None)
        doClassCleanups = getattr(current, 'doClassCleanups', None)
        if setUpClass is None:
            return
        try:
            setUpClass()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            failed = True
            try:
                current._classSetupFailed = True
            except TypeError:
                pass
            self._report(result, e, 'setUpClass', util.strclass(current))
        if failed and doClassCleanups is not None:
            doClassCleanups()
            for exc_info in current.tearDown_exceptions:
                self._report(result, exc_info[1], 'setUpClass',
                             util.strclass(current), exc_info)

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _handleModuleFixture(self, test, result):
        previous = self._get_previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        if module is None:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is None:
            return
        try:
            setUpModule()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            result._moduleSetUpFailed = True
            self._report(result, e, 'setUpModule', current)
        if result._moduleSetUpFailed:
            try:
                case.doModuleCleanups()
            except Exception as e:
                self._report(result, e, 'setUpModule', current)

    def _report(self, result, exc, method_name, parent, info=None):
        error = _ErrorHolder(f'{method_name} ({parent})')
        addSkip = getattr(result, 'addSkip', None)
        if addSkip is not None and isinstance(exc, case.SkipTest):
            addSkip(error, str(exc))
        elif not info:
            result.addError(error, sys.exc_info())
        else:
            result.addError(error, info)

    def _handleModuleTearDown(self, result):
        previous = self._get_previous_module(result)
        if previous is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is not None:
            try:
                tearDownModule()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._report(result, e, 'tearDownModule', previous)
        try:
            case.doModuleCleanups()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            self._report(result, e, 'tearDownModule', previous)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or test.__class__ == previous:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tearDownClass = getattr(previous, 'tearDownClass', None)
        doClassCleanups = getattr(previous, 'doClassCleanups', None)
        if tearDownClass is None and doClassCleanups is None:
            return
        if tearDownClass is not None:
            try:
                tearDownClass()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._report(result, e, 'tearDownClass',
                             util.strclass(previous))
        if doClassCleanups is not None:
            doClassCleanups()
            for exc_info in previous.tearDown_exceptions:
                if isinstance(result, _DebugResult):
                    raise exc_info[1]
                self._report(result, exc_info[1], 'tearDownClass',
                             util.strclass(previous), exc_info)


class _ErrorHolder(object):
    """Stands for a fixture that failed, where a result expects a test."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
