# IntFlag: ints that combine like flags; unknown bits are kept.
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm.R | 8), Perm.R + 1)
print(repr(Perm(7)), Perm.W & 3, repr(Perm(0)), str(Perm.R), f"{Perm.R | Perm.X:d}")
print(isinstance(Perm.R, int), Perm.R == 4, list(Perm(6)), repr(~Perm.R))
