# tee gives independent iterators; zip_longest pads with fillvalue.
import itertools as it
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee("ab", 3)
print(list(x), list(y), list(z), it.tee([], 0))
print(type(a).__name__)
try:
    it.tee([], -1)
except ValueError as e:
    print(e)
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(it.zip_longest()), list(it.zip_longest([1, 2])))
