# assertGreater/GreaterEqual/Less/LessEqual messages.
import unittest

t = unittest.TestCase()
for name, a, b in [("assertGreater", 1, 2), ("assertGreaterEqual", 1, 2),
                   ("assertLess", "b", "a"), ("assertLessEqual", 3.5, 1),
                   ("assertGreater", 2, 1), ("assertLess", [1], [2])]:
    try:
        getattr(t, name)(a, b)
        print(name, "passed")
    except AssertionError as e:
        print(name, e)
try:
    t.assertLess(1, "a")
except TypeError as e:
    print("TypeError:", e)
