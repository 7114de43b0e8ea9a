# functools.reduce with and without initial, and its TypeErrors.
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(reduce(operator.mul, [], 1), reduce(max, [5]))
print(reduce(lambda a, b: a + b, "abc"))
for args in [(operator.add, []), (operator.add, 5), (operator.add,), ()]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)
