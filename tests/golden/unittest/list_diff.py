# assertEqual on lists: "Lists differ", the first differing element, extra elements and the ndiff.
import unittest

t = unittest.TestCase()
cases = [
    ([1, 2, 3], [1, 2, 4]),
    ([1, 2, 3], [1, 2]),
    (["a"], ["a", "b", "c"]),
    ([{"k": 1}], [{"k": 2}]),
]
for a, b in cases:
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(e)
        print("--")
try:
    t.assertListEqual((1,), [1])
except AssertionError as e:
    print(e)
t.assertEqual([1, 2], [1, 2])
