# assertSequenceEqual with and without seq_type; equal sequences of different types pass.
import unittest

t = unittest.TestCase()
t.assertSequenceEqual([1, 2], (1, 2))
for attempt in [
    lambda: t.assertSequenceEqual("abc", "abd"),
    lambda: t.assertSequenceEqual([1, 2], [1, 2, 3], seq_type=list),
    lambda: t.assertSequenceEqual((1,), [1], seq_type=tuple),
    lambda: t.assertSequenceEqual(5, [1]),
    lambda: t.assertTupleEqual((1, 2, 3), (1, 2)),
]:
    try:
        attempt()
    except AssertionError as e:
        print(e)
        print("--")
