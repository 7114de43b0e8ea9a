"""The context managers behind assertRaises, assertRaisesRegex, assertWarns,
assertWarnsRegex (CPython 3.11 Lib/unittest/case.py _AssertRaisesContext,
_AssertWarnsContext), with their failure messages."""

import re
import sys
import warnings

__unittest = True


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _name_of(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseContext:
    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)


class _AssertContext(_BaseContext):
    """What assertRaises and assertWarns share: a callable form and a
    context-manager form, and the failure message."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' %
                            (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (next(iter(kwargs)),))
            return self
        func, *args = args
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args, **kwargs)


class _AssertRaisesContext(_AssertContext):
    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = _name_of(self.expected)
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(
                    name, self.obj_name))
            self._raiseFailure("{} not raised".format(name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _AssertWarnsContext(_AssertContext):
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Forget "already warned" marks, so a warning seen before is seen
        # again here.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        name = _name_of(self.expected)
        first = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first is None:
                first = w
            if (self.expected_regex is not None
                    and not self.expected_regex.search(str(w))):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return
        if first is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first)))
        if self.obj_name:
            self._raiseFailure("{} not triggered by {}".format(
                name, self.obj_name))
        self._raiseFailure("{} not triggered".format(name))
