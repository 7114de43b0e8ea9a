# bisect's errors: a negative lo, items that cannot be compared, a non-sequence.
import bisect

for call in [
    lambda: bisect.bisect_left([1, 2], 1, -1),
    lambda: bisect.insort([1, 2], 3, lo=-5),
    lambda: bisect.bisect([1, "a"], 2),
    lambda: bisect.bisect(None, 2),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect([], 3), bisect.bisect([3], 3, 5, 2))
