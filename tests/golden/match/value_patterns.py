# Value patterns: dotted names compare with ==, including class constants and module attributes.
import math
class Color:
    RED = "r"
    GREEN = "g"
class Consts:
    ANSWER = 42
def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Consts.ANSWER:
            return "the answer"
        case math.pi:
            return "pi"
    return "unknown"
for v in [Color.RED, Color.GREEN, 42, 42.0, math.pi, 3]:
    print(name(v))
