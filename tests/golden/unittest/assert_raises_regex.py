# assertRaisesRegex: the message must match; a mismatch reports both.
import unittest

t = unittest.TestCase()
with t.assertRaisesRegex(ValueError, r"invalid literal .* 'x'") as cm:
    int("x")
print(cm.exception)
t.assertRaisesRegex(KeyError, "miss", {}.__getitem__, "missing")
try:
    with t.assertRaisesRegex(ValueError, r"^\d+$"):
        raise ValueError("no digits here")
except AssertionError as e:
    print(e)
try:
    t.assertRaisesRegex(TypeError, "x", lambda: None)
except AssertionError as e:
    print(e)
