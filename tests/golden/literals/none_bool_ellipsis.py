# None, True, False, Ellipsis: reprs, types and int arithmetic on bools.
print(None, True, False, ...)
print(type(None).__name__, type(True).__name__, type(...).__name__)
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True is (1 == 1))
print(repr(Ellipsis), Ellipsis is ...)
print(int(True), str(False), bool(None))
