# split and subgroup by type, tuple of types and predicate; identity when the group itself matches.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(eg.split(ValueError))
print(eg.split((TypeError, KeyError)))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(OSError))
print(eg.split(OSError)[1] is eg)
print(eg.split(Exception)[0] is eg, eg.subgroup(ExceptionGroup) is eg)
one = ExceptionGroup("x", [ValueError(1)])
print(one.subgroup(ValueError) is one, one.subgroup(ValueError))
match, rest = eg.split(ValueError)
print(type(match.exceptions[1]).__name__, match.exceptions[1].message)
for bad in (1, (ValueError, 1), [ValueError], int):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__))
print(seen)
