# Flag: combining members, containment, iteration, reprs of composites and zero.
from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, len(rw))
print(list(rw), list(Perm), bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(repr(~Perm.R), repr(Perm(7)), Perm(0), repr(rw ^ Perm.R))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(repr(Color.WHITE), list(Color), Color.WHITE.value, repr(Color(3)))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
