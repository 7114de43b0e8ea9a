# RegexFlag values: reprs, combinations, int behaviour, names.
import re

print(re.I, re.IGNORECASE | re.MULTILINE, re.S | re.X | re.A)
print(repr(re.M), str(re.DOTALL), re.NOFLAG, re.I & re.M)
print(int(re.I | re.M), re.I | 8, re.VERBOSE.value, re.U, re.L)
print((re.I | re.S).name, re.A.name, type(re.I).__name__, isinstance(re.I, int))
print(re.I == 2, re.X == re.VERBOSE, f"{re.M}", "%d" % re.S)
