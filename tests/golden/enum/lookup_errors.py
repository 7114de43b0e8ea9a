# Failed lookups: ValueError by value, KeyError by name, AttributeError by attribute.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


for expr in ("Color(5)", "Color('RED')", "Color['PURPLE']", "Color.PURPLE", "Color[1]"):
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
print(Color.__members__.get("RED"), "RED" in Color.__members__)
