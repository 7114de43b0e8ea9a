# cached_property computes once and stores in the instance __dict__; misuse errors.
from functools import cached_property
class Data:
    def __init__(self, values):
        self.values = values
    @cached_property
    def total(self):
        print("summing")
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    class Twice:
        def f(self):
            return 1
        a = cached_property(f)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
