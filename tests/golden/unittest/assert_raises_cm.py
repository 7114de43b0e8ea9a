# assertRaises as a context manager and with a callable; .exception; what escapes.
import unittest

t = unittest.TestCase()
with t.assertRaises(ValueError) as cm:
    int("ten")
print(type(cm.exception).__name__, cm.exception)
print(cm.exception.__traceback__)
t.assertRaises(ZeroDivisionError, lambda: 1 / 0)
t.assertRaises(KeyError, {}.__getitem__, "k")
with t.assertRaises((TypeError, ValueError)):
    len(5)
try:
    with t.assertRaises(ValueError):
        raise KeyError("other")
except KeyError as e:
    print("escaped:", repr(e))
ctx = t.assertRaises(OSError)
print(type(ctx).__name__)
