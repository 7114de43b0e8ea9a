"""Helpers of the unittest package: safe reprs, the shortened reprs of
assertEqual's messages, and the element-count differences of
assertCountEqual (CPython 3.11 Lib/unittest/util.py)."""

from collections import namedtuple, Counter

__unittest = True

# A repr pair longer than _MAX_LENGTH is shortened around the first
# difference: at least _MIN_BEGIN_LEN characters before the common part's
# placeholder, _MIN_COMMON_LEN of the common part, and so on.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN
                               + _MIN_COMMON_LEN + _PLACEHOLDER_LEN
                               + _MIN_END_LEN)


def _commonprefix(strings):
    first, last = min(strings), max(strings)
    for i, c in enumerate(first):
        if c != last[i]:
            return first[:i]
    return first


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    reprs = tuple(map(safe_repr, args))
    longest = max(map(len, reprs))
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _commonprefix(reprs)
    cut = len(prefix)
    common_len = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN
                                + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[cut:] for s in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[cut:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for s in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def three_way_cmp(x, y):
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    # For unhashable elements: quadratic, marking counted ones as done.
    s, t = list(actual), list(expected)
    done = object()
    result = []
    for i, elem in enumerate(s):
        if elem is done:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, len(s)):
            if s[j] == elem:
                cnt_s += 1
                s[j] = done
        for j, other in enumerate(t):
            if other == elem:
                cnt_t += 1
                t[j] = done
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is done:
            continue
        cnt_t = 0
        for j in range(i, len(t)):
            if t[j] == elem:
                cnt_t += 1
                t[j] = done
        result.append(_Mismatch(0, cnt_t, elem))
    return result


def _count_diff_hashable(actual, expected):
    s, t = Counter(actual), Counter(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append(_Mismatch(0, cnt_t, elem))
    return result
