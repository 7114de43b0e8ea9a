# reversed() of lists, strings, ranges, tuples and objects with __reversed__.
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(5))))
print(tuple(reversed((1, 2))), list(reversed([])))
class R:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(R())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
