# Enum members: repr, str, name/value, lookup by value and name, iteration, len.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color(Color.RED))
print(list(Color), len(Color), Color)
print(type(Color.RED), isinstance(Color.GREEN, Color), type(Color).__name__)
for c in Color:
    print(c.name.lower(), c.value * 10)
print(f"{Color.GREEN}", format(Color.BLUE, ">12") + "|", "%s" % Color.RED)
print(Color.RED in Color, list(reversed(Color)))
print(Color.__members__)
print(repr(Color.__members__))
print(getattr(Color, "GREEN"), Color.GREEN.__class__.__name__)
