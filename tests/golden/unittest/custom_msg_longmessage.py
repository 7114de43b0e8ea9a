# msg= is appended after " : " (longMessage) or replaces the standard message.
import unittest

t = unittest.TestCase()
try:
    t.assertEqual(1, 2, "values differ")
except AssertionError as e:
    print(e)
try:
    t.assertTrue(False, msg="flag unset")
except AssertionError as e:
    print(e)
t.longMessage = False
try:
    t.assertEqual(1, 2, "only this")
except AssertionError as e:
    print(e)
try:
    t.assertIn(1, [], None)
except AssertionError as e:
    print(e)
