# sum with a start value, of floats, of lists with a list start, and the str error.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.1] * 10), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([True, True, False]), sum((x / 2 for x in range(3)), 0.5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
