# Slots are member descriptors on the class, sorted by name; __slots__ itself stays as given.
class P:
    __slots__ = ["y", "x"]


print(P.x, P.y)
print(type(P.x).__name__, P.x.__name__)
print(P.__slots__)
print([k for k in P.__dict__ if k in ("x", "y")])
p = P()
P.x.__set__(p, 5) if hasattr(P.x, "__set__") else setattr(p, "x", 5)
print(p.x, P.x.__get__(p, P) if hasattr(P.x, "__get__") else p.x)


class S:
    __slots__ = "only"


s = S()
s.only = "one string is one slot"
print(s.only, S.__slots__, S.only)


class Priv:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Priv().reveal(), Priv._Priv__secret)
