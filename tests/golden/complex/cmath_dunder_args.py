# cmath functions accept objects with __complex__, __float__ or __index__, and complex subclasses.
import cmath
class C:
    def __complex__(self):
        return -4 + 0j
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 9
class Z(complex):
    def __complex__(self):
        return 100j
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(Z(16)), cmath.phase(C()))
print(cmath.rect(I(), F()), cmath.isclose(C(), -4), cmath.log(I(), 3))
class Bad:
    def __complex__(self):
        return "no"
try:
    cmath.exp(Bad())
except TypeError as e:
    print(type(e).__name__, e)
