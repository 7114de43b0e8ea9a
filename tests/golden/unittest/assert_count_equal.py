# assertCountEqual: order ignored; counts that differ are listed, hashable or not.
import unittest

t = unittest.TestCase()
t.assertCountEqual([3, 1, 2, 1], [1, 1, 2, 3])
t.assertCountEqual([[1], [2]], [[2], [1]])
for a, b in [([1, 2, 2], [2, 1, 1]), ("aab", "abc"), ([[1], [1]], [[1]]),
             ([1, 2], [])]:
    try:
        t.assertCountEqual(a, b)
    except AssertionError as e:
        print(e)
        print("--")
