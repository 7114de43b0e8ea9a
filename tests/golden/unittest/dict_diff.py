# assertEqual on dicts: the pprint-based ndiff of both dicts.
import unittest

t = unittest.TestCase()
try:
    t.assertEqual({"name": "Ada", "age": 36}, {"name": "Ada", "age": 37})
except AssertionError as e:
    print(e)
print("--")
try:
    t.assertDictEqual({"a": 1}, {"b": 2, "a": 1})
except AssertionError as e:
    print(e)
print("--")
try:
    t.assertDictEqual([], {})
except AssertionError as e:
    print(e)
