# total_ordering from each root: all four comparisons agree with the values; the derived functions keep CPython's names.
import functools
import itertools

for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    namespace = {"__init__": lambda self, v: setattr(self, "v", v),
                 "__eq__": lambda self, other: self.v == other.v,
                 root: (lambda r: lambda self, other: getattr(self.v, r)(other.v))(root)}
    C = functools.total_ordering(type("C" + root, (), namespace))
    pairs = list(itertools.product([0, 1, 2], repeat=2))
    got = [(C(a) < C(b), C(a) <= C(b), C(a) > C(b), C(a) >= C(b)) for a, b in pairs]
    print(root, got == [(a < b, a <= b, a > b, a >= b) for a, b in pairs],
          [(getattr(C, n).__name__, getattr(C, n).__qualname__)
           for n in ("__lt__", "__le__", "__gt__", "__ge__") if n != root])
