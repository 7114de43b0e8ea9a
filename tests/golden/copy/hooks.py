# __copy__, __deepcopy__, __getstate__/__setstate__ and __reduce__ are honoured.
import copy
class Tracked:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("__copy__")
        return Tracked(self.items)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Tracked(copy.deepcopy(self.items, memo))
t = Tracked([1])
print(copy.copy(t).items is t.items, copy.deepcopy(t).items is t.items)
class State:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {"v": self.v * 10}
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
print(copy.copy(State()).v)
class Reduced:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Reduced, (self.a + 1,))
print(copy.copy(Reduced(1)).a, copy.deepcopy(Reduced(5)).a)
