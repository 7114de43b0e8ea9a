# String indexing and slicing with negative indexes, steps and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[::-1], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:2], s[1:100:3], s[::-3])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
