"""The assert methods of TestCase, with CPython 3.11's failure messages
(Lib/unittest/case.py): defined here as plain functions taking the test case
first, and bound into TestCase's class body."""

import collections
import difflib
import pprint
import re

from .util import (safe_repr, _count_diff_all_purpose, _count_diff_hashable,
                   _common_shorten_repr)
from ._contexts import _AssertRaisesContext, _AssertWarnsContext
from ._log import _AssertLogsContext

__unittest = True


def assertFalse(self, expr, msg=None):
    if expr:
        msg = self._formatMessage(msg, "%s is not false" % safe_repr(expr))
        raise self.failureException(msg)


def assertTrue(self, expr, msg=None):
    if not expr:
        msg = self._formatMessage(msg, "%s is not true" % safe_repr(expr))
        raise self.failureException(msg)


def assertRaises(self, expected_exception, *args, **kwargs):
    context = _AssertRaisesContext(expected_exception, self)
    return context.handle('assertRaises', args, kwargs)


def assertWarns(self, expected_warning, *args, **kwargs):
    context = _AssertWarnsContext(expected_warning, self)
    return context.handle('assertWarns', args, kwargs)


def assertLogs(self, logger=None, level=None):
    return _AssertLogsContext(self, logger, level, no_logs=False)


def assertNoLogs(self, logger=None, level=None):
    return _AssertLogsContext(self, logger, level, no_logs=True)


def _getAssertEqualityFunc(self, first, second):
    # Only when both have exactly the same type: a list and a tuple compare
    # with the generic message.
    if type(first) == type(second):
        asserter = self._type_equality_funcs.get(type(first))
        if asserter is not None:
            if isinstance(asserter, str):
                asserter = getattr(self, asserter)
            return asserter
    return self._baseAssertEqual


def _baseAssertEqual(self, first, second, msg=None):
    if not first == second:
        standardMsg = '%s != %s' % _common_shorten_repr(first, second)
        msg = self._formatMessage(msg, standardMsg)
        raise self.failureException(msg)


def assertEqual(self, first, second, msg=None):
    assertion_func = self._getAssertEqualityFunc(first, second)
    assertion_func(first, second, msg=msg)


def assertNotEqual(self, first, second, msg=None):
    if not first != second:
        msg = self._formatMessage(msg, '%s == %s' % (safe_repr(first),
                                                     safe_repr(second)))
        raise self.failureException(msg)


def assertAlmostEqual(self, first, second, places=None, msg=None,
                      delta=None):
    if first == second:
        return
    if delta is not None and places is not None:
        raise TypeError("specify delta or places not both")
    diff = abs(first - second)
    if delta is not None:
        if diff <= delta:
            return
        standardMsg = '%s != %s within %s delta (%s difference)' % (
            safe_repr(first), safe_repr(second), safe_repr(delta),
            safe_repr(diff))
    else:
        if places is None:
            places = 7
        if round(diff, places) == 0:
            return
        standardMsg = '%s != %s within %r places (%s difference)' % (
            safe_repr(first), safe_repr(second), places, safe_repr(diff))
    raise self.failureException(self._formatMessage(msg, standardMsg))


def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                         delta=None):
    if delta is not None and places is not None:
        raise TypeError("specify delta or places not both")
    diff = abs(first - second)
    if delta is not None:
        if not (first == second) and diff > delta:
            return
        standardMsg = '%s == %s within %s delta (%s difference)' % (
            safe_repr(first), safe_repr(second), safe_repr(delta),
            safe_repr(diff))
    else:
        if places is None:
            places = 7
        if not (first == second) and round(diff, places) != 0:
            return
        standardMsg = '%s == %s within %r places' % (
            safe_repr(first), safe_repr(second), places)
    raise self.failureException(self._formatMessage(msg, standardMsg))


def _index_error(i, which, kind):
    return '\nUnable to index element %d of %s %s\n' % (i, which, kind)


def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
    if seq_type is not None:
        kind = seq_type.__name__
        if not isinstance(seq1, seq_type):
            raise self.failureException('First sequence is not a %s: %s'
                                        % (kind, safe_repr(seq1)))
        if not isinstance(seq2, seq_type):
            raise self.failureException('Second sequence is not a %s: %s'
                                        % (kind, safe_repr(seq2)))
    else:
        kind = "sequence"
    differing = None
    try:
        len1 = len(seq1)
    except (TypeError, NotImplementedError):
        differing = 'First %s has no length.    Non-sequence?' % kind
    if differing is None:
        try:
            len2 = len(seq2)
        except (TypeError, NotImplementedError):
            differing = 'Second %s has no length.    Non-sequence?' % kind
    if differing is None:
        if seq1 == seq2:
            return
        differing = '%ss differ: %s != %s\n' % (
            (kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
        for i in range(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                differing += _index_error(i, 'first', kind)
                break
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                differing += _index_error(i, 'second', kind)
                break
            if item1 != item2:
                differing += ('\nFirst differing element %d:\n%s\n%s\n' %
                              ((i,) + _common_shorten_repr(item1, item2)))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                # Equal items, different types: not a difference.
                return
        if len1 != len2:
            longer, which, extra_at = ((seq1, 'First', len2) if len1 > len2
                                       else (seq2, 'Second', len1))
            differing += ('\n%s %s contains %d additional elements.\n'
                          % (which, kind, abs(len1 - len2)))
            try:
                differing += ('First extra element %d:\n%s\n' %
                              (extra_at, safe_repr(longer[extra_at])))
            except (TypeError, IndexError, NotImplementedError):
                differing += ('Unable to index element %d of %s %s\n' %
                              (extra_at, which.lower(), kind))
    diffMsg = '\n' + '\n'.join(
        difflib.ndiff(pprint.pformat(seq1).splitlines(),
                      pprint.pformat(seq2).splitlines()))
    standardMsg = self._truncateMessage(differing, diffMsg)
    self.fail(self._formatMessage(msg, standardMsg))


def assertListEqual(self, list1, list2, msg=None):
    self.assertSequenceEqual(list1, list2, msg, seq_type=list)


def assertTupleEqual(self, tuple1, tuple2, msg=None):
    self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)


def _set_difference(self, x, y, which):
    try:
        return x.difference(y)
    except TypeError as e:
        self.fail('invalid type when attempting set difference: %s' % e)
    except AttributeError as e:
        self.fail('%s argument does not support set difference: %s'
                  % (which, e))


def assertSetEqual(self, set1, set2, msg=None):
    difference1 = _set_difference(self, set1, set2, 'first')
    difference2 = _set_difference(self, set2, set1, 'second')
    if not (difference1 or difference2):
        return
    lines = []
    if difference1:
        lines.append('Items in the first set but not the second:')
        lines.extend(map(repr, difference1))
    if difference2:
        lines.append('Items in the second set but not the first:')
        lines.extend(map(repr, difference2))
    self.fail(self._formatMessage(msg, '\n'.join(lines)))


def assertIn(self, member, container, msg=None):
    if member not in container:
        standardMsg = '%s not found in %s' % (safe_repr(member),
                                              safe_repr(container))
        self.fail(self._formatMessage(msg, standardMsg))


def assertNotIn(self, member, container, msg=None):
    if member in container:
        standardMsg = '%s unexpectedly found in %s' % (safe_repr(member),
                                                       safe_repr(container))
        self.fail(self._formatMessage(msg, standardMsg))


def assertIs(self, expr1, expr2, msg=None):
    if expr1 is not expr2:
        standardMsg = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
        self.fail(self._formatMessage(msg, standardMsg))


def assertIsNot(self, expr1, expr2, msg=None):
    if expr1 is expr2:
        standardMsg = 'unexpectedly identical: %s' % (safe_repr(expr1),)
        self.fail(self._formatMessage(msg, standardMsg))


def assertDictEqual(self, d1, d2, msg=None):
    self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
    self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
    if d1 != d2:
        standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
        diff = ('\n' + '\n'.join(difflib.ndiff(
            pprint.pformat(d1).splitlines(),
            pprint.pformat(d2).splitlines())))
        standardMsg = self._truncateMessage(standardMsg, diff)
        self.fail(self._formatMessage(msg, standardMsg))


def assertCountEqual(self, first, second, msg=None):
    first_seq, second_seq = list(first), list(second)
    try:
        first = collections.Counter(first_seq)
        second = collections.Counter(second_seq)
    except TypeError:
        differences = _count_diff_all_purpose(first_seq, second_seq)
    else:
        if first == second:
            return
        differences = _count_diff_hashable(first_seq, second_seq)
    if differences:
        standardMsg = 'Element counts were not equal:\n'
        diffMsg = '\n'.join('First has %d, Second has %d:  %r' % tuple(diff)
                             for diff in differences)
        standardMsg = self._truncateMessage(standardMsg, diffMsg)
        self.fail(self._formatMessage(msg, standardMsg))


def assertMultiLineEqual(self, first, second, msg=None):
    self.assertIsInstance(first, str, 'First argument is not a string')
    self.assertIsInstance(second, str, 'Second argument is not a string')
    if first != second:
        if (len(first) > self._diffThreshold or
                len(second) > self._diffThreshold):
            self._baseAssertEqual(first, second, msg)
        firstlines = first.splitlines(keepends=True)
        secondlines = second.splitlines(keepends=True)
        if len(firstlines) == 1 and first.strip('\r\n') == first:
            firstlines = [first + '\n']
            secondlines = [second + '\n']
        standardMsg = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(firstlines, secondlines))
        standardMsg = self._truncateMessage(standardMsg, diff)
        self.fail(self._formatMessage(msg, standardMsg))


def _compare(self, ok, a, b, words, msg):
    if not ok:
        standardMsg = '%s %s %s' % (safe_repr(a), words, safe_repr(b))
        self.fail(self._formatMessage(msg, standardMsg))


def assertLess(self, a, b, msg=None):
    _compare(self, a < b, a, b, 'not less than', msg)


def assertLessEqual(self, a, b, msg=None):
    _compare(self, a <= b, a, b, 'not less than or equal to', msg)


def assertGreater(self, a, b, msg=None):
    _compare(self, a > b, a, b, 'not greater than', msg)


def assertGreaterEqual(self, a, b, msg=None):
    _compare(self, a >= b, a, b, 'not greater than or equal to', msg)


def assertIsNone(self, obj, msg=None):
    if obj is not None:
        standardMsg = '%s is not None' % (safe_repr(obj),)
        self.fail(self._formatMessage(msg, standardMsg))


def assertIsNotNone(self, obj, msg=None):
    if obj is None:
        self.fail(self._formatMessage(msg, 'unexpectedly None'))


def assertIsInstance(self, obj, cls, msg=None):
    if not isinstance(obj, cls):
        standardMsg = '%s is not an instance of %r' % (safe_repr(obj), cls)
        self.fail(self._formatMessage(msg, standardMsg))


def assertNotIsInstance(self, obj, cls, msg=None):
    if isinstance(obj, cls):
        standardMsg = '%s is an instance of %r' % (safe_repr(obj), cls)
        self.fail(self._formatMessage(msg, standardMsg))


def assertRaisesRegex(self, expected_exception, expected_regex,
                      *args, **kwargs):
    context = _AssertRaisesContext(expected_exception, self, expected_regex)
    return context.handle('assertRaisesRegex', args, kwargs)


def assertWarnsRegex(self, expected_warning, expected_regex,
                     *args, **kwargs):
    context = _AssertWarnsContext(expected_warning, self, expected_regex)
    return context.handle('assertWarnsRegex', args, kwargs)


def assertRegex(self, text, expected_regex, msg=None):
    if isinstance(expected_regex, (str, bytes)):
        assert expected_regex, "expected_regex must not be empty."
        expected_regex = re.compile(expected_regex)
    if not expected_regex.search(text):
        standardMsg = "Regex didn't match: %r not found in %r" % (
            expected_regex.pattern, text)
        raise self.failureException(self._formatMessage(msg, standardMsg))


def assertNotRegex(self, text, unexpected_regex, msg=None):
    if isinstance(unexpected_regex, (str, bytes)):
        unexpected_regex = re.compile(unexpected_regex)
    match = unexpected_regex.search(text)
    if match:
        standardMsg = 'Regex matched: %r matches %r in %r' % (
            text[match.start():match.end()], unexpected_regex.pattern, text)
        raise self.failureException(self._formatMessage(msg, standardMsg))


for _name, _func in list(globals().items()):
    if _name.startswith(('assert', '_getAssert', '_baseAssert')):
        _func.__qualname__ = 'TestCase.' + _name
del _name, _func
