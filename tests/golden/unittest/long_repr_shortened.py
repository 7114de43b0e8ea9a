# Long reprs in "a != b" are shortened around the difference with "[N chars]".
import unittest

t = unittest.TestCase()
a = "x" * 100 + "A" + "y" * 100
b = "x" * 100 + "B" + "y" * 100
try:
    t.assertEqual(a, b)
except AssertionError as e:
    print(str(e).splitlines()[0])
try:
    t.assertEqual(list(range(60)), list(range(59)) + [0])
except AssertionError as e:
    print(str(e).splitlines()[0])
    print(str(e).splitlines()[-1])
t.maxDiff = None
try:
    t.assertEqual(list(range(3)), [0, 1])
except AssertionError as e:
    print(e)
