# A diff longer than maxDiff (640) is replaced by "Diff is N characters long".
import unittest

t = unittest.TestCase()
a = [f"item number {i}" for i in range(50)]
b = [f"item number {i + 1}" for i in range(50)]
try:
    t.assertEqual(a, b)
except AssertionError as e:
    print(str(e).splitlines()[0][:40])
    print(str(e).splitlines()[-1])
t.maxDiff = 100
try:
    t.assertEqual("a\nb\nc\n" * 10, "a\nB\nc\n" * 10)
except AssertionError as e:
    print(str(e).splitlines()[-1])
