# bool() of various values; bool is a subclass of int.
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool([[]]))
print(bool(0.0), bool(float("nan")), bool(None), bool(range(0)))
print(True + 1, isinstance(True, int), bool.__mro__)
