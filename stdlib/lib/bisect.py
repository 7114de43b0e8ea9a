"""Binary search over sorted sequences (CPython 3.11 Lib/bisect.py and
Modules/_bisectmodule.c): the insertion points and the in-place inserts, with
the `key` argument of 3.10+. Only `<` is used on the items, as in CPython."""

def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index after the last item of sorted `a` that is <= x."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo  # cpython: 50


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index of the first item of sorted `a` that is >= x."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo  # cpython: 99


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into sorted `a`, after any equal items."""
    k = x if key is None else key(x)
    # The position first: a bad `a` fails in len() before a.insert is looked up.
    i = bisect_right(a, k, lo, hi, key=key)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into sorted `a`, before any equal items."""
    k = x if key is None else key(x)
    i = bisect_left(a, k, lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right  # cpython: 109
insort = insort_right  # cpython: 110


# CPython's functions are C (_bisect): errors inside them show no frame.
import _traceback
for _f in (_bounds, bisect_right, bisect_left, insort_right, insort_left):
    _traceback.hide(_f)
del _f, _traceback
