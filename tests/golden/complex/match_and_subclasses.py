# complex in match statements (literal and class patterns) and subclasses with __new__, __slots__, __init__.
import cmath
def kind(z):
    match z:
        case 0j:
            return "zero"
        case 1+2j:
            return "one-two"
        case -1-1j:
            return "minus"
        case complex(real=r, imag=0.0):
            return f"real {r}"
        case complex(imag=i) if i > 0:
            return f"upper {i}"
        case _:
            return "other"
for z in [0, 0j, 1+2j, complex(-1, -1), 5+0j, 3j, -3j, 2.0, "x"]:
    print(repr(z), kind(z))
class P(complex):
    def __new__(cls, r, t):
        return super().__new__(cls, cmath.rect(r, t))
    def __repr__(self):
        return f"P<{complex(self)!r}>"
p = P(2, 0)
print(p, type(p).__name__, p * 2, abs(p))
class S(complex):
    __slots__ = ()
s = S(1, 1)
print(s, s + s)
try:
    s.x = 1
except AttributeError as e:
    print(e)
class Q(complex):
    def __init__(self, *args, tag="q"):
        self.tag = tag
q = Q(1, 2)
print(q, q.tag)
print(eval(repr(1-2j)) == 1-2j, [eval(repr(z)) for z in (1j, -0j, 3.5+0j)])
