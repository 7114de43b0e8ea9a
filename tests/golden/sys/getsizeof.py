# sys.getsizeof for ints, floats, strings of each width, bytes, tuples, lists, None, bool.
import sys

for v in (0, 1, 2 ** 30, 2 ** 70, -5, 1.5, True, None):
    print(repr(v), sys.getsizeof(v))
for s in ("", "abc", "caf\u00e9", "\u20ac\u20ac", "\U0001f600"):
    print(ascii(s), sys.getsizeof(s))
print(sys.getsizeof(b""), sys.getsizeof(b"abcd"))
print(sys.getsizeof(()), sys.getsizeof((1, 2, 3)), sys.getsizeof([]), sys.getsizeof([1, 2]))
