# assertEqual on strings: one-line and multi-line ndiff messages with '?' guide lines.
import unittest

t = unittest.TestCase()
pairs = [
    ("hello world", "hello wordl"),
    ("line one\nline two\nline three\n", "line one\nline 2\nline three\n"),
    ("a\nb\n", "a\nb\nc\n"),
    ("tab\there", "tab  here"),
]
for a, b in pairs:
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(e)
        print("--")
try:
    t.assertMultiLineEqual("x", 1)
except AssertionError as e:
    print(e)
