# dropwhile, takewhile, filterfalse, accumulate (with func and initial).
import itertools as it
import operator
data = [1, 4, 6, 4, 1]
print(list(it.dropwhile(lambda x: x < 5, data)), list(it.takewhile(lambda x: x < 5, data)))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.accumulate([])), list(it.accumulate([], initial=0)))
print(list(it.accumulate(["a", "b", "c"])))
