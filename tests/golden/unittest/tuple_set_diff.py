# assertEqual on tuples and sets: "Tuples differ" and the items only in one set.
import unittest

t = unittest.TestCase()
try:
    t.assertEqual((1, "x", 3.5), (1, "y", 3.5))
except AssertionError as e:
    print(e)
print("--")
try:
    t.assertEqual({1, 2, 3}, {2, 3, 4})
except AssertionError as e:
    print(e)
print("--")
try:
    t.assertSetEqual({1}, [1])
except AssertionError as e:
    print(e)
print("--")
try:
    t.assertEqual(frozenset({5}), frozenset())
except AssertionError as e:
    print(e)
try:
    t.assertEqual([1, 2], (1, 2))
except AssertionError as e:
    print(e)
