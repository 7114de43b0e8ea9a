# islice: stop, start/stop/step, consumption of the source, and its ValueErrors.
from itertools import islice, count
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(count(), 3, 15, 4)))
src = iter(range(10))
print(list(islice(src, 1, 5, 2)), next(src))
src = iter(range(10))
print(list(islice(src, 3, 3)), next(src))
for args in [(-1,), (1, -1), (0, 5, 0), ("x",), (None, None, -2)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(), (1, 2, 3, 4)]:
    try:
        islice("abc", *args)
    except TypeError as e:
        print("TypeError:", e)
