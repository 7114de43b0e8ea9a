# _missing_ supplies members for unknown values; bad results raise TypeError.
from enum import Enum


class Size(Enum):
    SMALL = "s"
    LARGE = "l"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "nope"


print(Size("S"), Size("L"))
try:
    Size(3)
except ValueError as e:
    print("ValueError:", e)
try:
    Broken(2)
except TypeError as e:
    print("TypeError:", e)
