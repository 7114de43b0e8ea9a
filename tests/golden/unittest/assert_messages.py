# The standard messages of the everyday assert methods.
import unittest

t = unittest.TestCase()
checks = [
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs([], None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2, 3]),
    lambda: t.assertNotIn("b", "abc"),
    lambda: t.assertIsInstance(3, str),
    lambda: t.assertNotIsInstance(3, int),
    lambda: t.assertNotEqual(2, 2),
    lambda: t.assertEqual(1, 2.5),
    lambda: t.assertRegex("hello", r"\d+"),
    lambda: t.assertNotRegex("abc123", r"\d+"),
    lambda: t.fail(),
    lambda: t.fail("custom"),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print(repr(e))
