# A realistic expression evaluator over small node classes with __match_args__.
class Node:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
    def __repr__(self):
        return f"{type(self).__name__}({self.left!r}, {self.right!r})"
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
class Add(Node):
    pass
class Mul(Node):
    pass
def ev(e):
    match e:
        case Num(v):
            return v
        case Add(Num(0), r) | Add(r, Num(0)):
            return ev(r)
        case Add(l, r):
            return ev(l) + ev(r)
        case Mul(l, r):
            return ev(l) * ev(r)
        case _:
            raise ValueError(f"bad expression {e!r}")
print(Num.__match_args__)
print(ev(Add(Num(2), Mul(Num(3), Num(4)))))
print(ev(Add(Num(0), Num(7))))
try:
    ev("oops")
except ValueError as err:
    print(err)
