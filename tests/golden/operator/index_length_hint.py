# operator.index and operator.length_hint with __index__ and __length_hint__.
import operator
class Idx:
    def __index__(self):
        return 7
class Hint:
    def __length_hint__(self):
        return 4
class NoHint:
    def __length_hint__(self):
        return NotImplemented
print(operator.index(5), operator.index(True), operator.index(Idx()), [0, 1, 2, 3, 4, 5, 6, 7][Idx()])
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(Hint()))
print(operator.length_hint(NoHint(), 9), operator.length_hint(object(), 2))
for call in [lambda: operator.index(1.5), lambda: operator.index("3"), lambda: operator.length_hint(1, "x")]:
    try:
        call()
    except TypeError as e:
        print(e)
