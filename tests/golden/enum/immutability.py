# Members cannot be reassigned, deleted, extended or duplicated.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        PINK = 3
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Clash(Enum):
        A = 1
        def A(self):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Reserved(Enum):
        _secret_ = 1
except ValueError as e:
    print("ValueError:", e)
Color.note = "fine"
print(Color.note, Color.RED)
