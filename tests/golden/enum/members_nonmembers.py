# member()/nonmember(), _ignore_, descriptors and _private names are not members.
from enum import Enum, member, nonmember


class K(Enum):
    A = 1
    B = nonmember(2)
    _K__hidden = 3

    @member
    @staticmethod
    def C():
        return "called"

    def method(self):
        return "m"


class Cnt(Enum):
    _ignore_ = "tmp i"
    X = 1
    for i in range(2):
        tmp = i


print([m.name for m in K], K.B, K._K__hidden, K.C.value(), K.A.method())
print(list(Cnt), hasattr(Cnt, "tmp"))
