# Builtin dunders reached from subclasses: round, math.ceil, +=, |= and reversed keep CPython's results.
import math


class F(float):
    pass


class L(list):
    pass


class S(set):
    pass


print(round(F(2.675), 2), math.ceil(F(1.2)), math.floor(F(-1.2)), math.trunc(F(3.9)))
l = L([1])
l2 = l
l += [2]
print(l is l2, type(l).__name__, l, list(reversed(l)))
s = S({1})
s |= {2}
print(type(s).__name__, sorted(s))
print(divmod(F(7.5), 2), F(7.5).__divmod__(2))
