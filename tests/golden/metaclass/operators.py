# Binary and unary operators, ==, and hash on a class use its metaclass's methods.
class Algebra(type):
    def __add__(cls, other):
        return f"{cls.__name__}+{other!r}"

    def __radd__(cls, other):
        return f"{other!r}+{cls.__name__}"

    def __or__(cls, other):
        return f"{cls.__name__}|{getattr(other, '__name__', other)}"

    def __neg__(cls):
        return "-" + cls.__name__

    def __lt__(cls, other):
        return cls.__name__ < other.__name__

    def __eq__(cls, other):
        return getattr(other, "__name__", None) == cls.__name__

    def __hash__(cls):
        return hash(cls.__name__)


class X(metaclass=Algebra):
    pass


class Y(metaclass=Algebra):
    pass


print(X + 1, 2 + X, X | Y, X | int, -X)
print(X < Y, Y < X, sorted([Y, X]) == [X, Y])
print(X == X, X == Y, X != Y, hash(X) == hash("X"))
print({X: 1}[X])
try:
    X - 1
except TypeError as e:
    print(e)
