# Too many positional sub-patterns is a TypeError at run time, CPython's wording.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self):
        self.x, self.y = 1, 2
for cls_case in range(2):
    try:
        match Point() if cls_case == 0 else 5:
            case Point(1, 2, 3):
                print("no")
            case int(1, 2):
                print("no")
    except TypeError as e:
        print("TypeError:", e)
class NoArgs:
    pass
match NoArgs():
    case NoArgs(1):
        print("no")
