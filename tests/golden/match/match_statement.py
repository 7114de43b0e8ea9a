# Structural pattern matching (match/case) with literals, captures, sequences and classes.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0:
            return "zero"
        case [x, y]:
            return f"pair {x} {y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case {"k": value}:
            return f"mapping with {value}"
        case str() as s:
            return "string " + s
        case _:
            return "other"
for v in [0, [1, 2], Point(0, 5), Point(3, 3), {"k": 1}, "hi", 3.5]:
    print(describe(v))
