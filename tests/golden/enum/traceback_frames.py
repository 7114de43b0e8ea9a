# Errors raised inside enum show enum.py's frames at CPython's lines.
import enum
import sys
import traceback


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.Flag):
    R = 4
    W = 2


def extend():
    class More(Color):
        BLUE = 3


for call in (lambda: Color(7), lambda: Color["PINK"], lambda: Perm(8), extend,
             lambda: setattr(Color, "RED", 5), lambda: 3 in Color,
             lambda: enum.Enum("Bad", 5)):
    try:
        call()
    except Exception:
        traceback.print_exc(file=sys.stdout)
Color(42)
