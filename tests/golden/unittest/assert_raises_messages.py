# assertRaises failures: "X not raised", "X not raised by f", bad arguments.
import unittest

t = unittest.TestCase()


def quiet(x):
    return x


for attempt in [
    lambda: t.assertRaises(ValueError, quiet, 1),
    lambda: t.assertRaises((KeyError, IndexError), quiet, 1),
    lambda: t.assertRaises(ValueError).__exit__(None, None, None),
    lambda: t.assertRaises(42),
    lambda: t.assertRaises(ValueError, msg="m", other=1),
]:
    try:
        attempt()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    with t.assertRaises(ValueError, msg="while parsing"):
        pass
except AssertionError as e:
    print(e)
