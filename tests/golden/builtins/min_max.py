# min/max with several arguments, an iterable, key, default, and error messages.
print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "b", key=ord))
print(max(["aa", "b", "ccc"], key=len), min([], default="empty"), max([], default=None))
print(max([1, 3, 3.0], key=lambda x: x), min([(2, "b"), (1, "z"), (1, "a")]))
for args in [([],), ()]:
    try:
        min(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
