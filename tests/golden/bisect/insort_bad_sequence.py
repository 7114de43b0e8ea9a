# bisect.insort on a non-sequence: the C function's TypeError from len(), with no bisect.py frame.
import bisect

scores = [10, 20, 30]
bisect.insort(scores, 25)
print(scores, bisect.bisect_left(scores, 20))
bisect.insort(5, 1)
