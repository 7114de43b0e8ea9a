# List, tuple, dict and set literals with trailing commas, nesting and star-unpacking.
a = [1, 2, 3,]
t = (1,)
e = ()
d = {"a": 1, "b": [2, 3],}
s = {3, 1, 2}
print(a, t, e, d, sorted(s))
print([*a, *t], (*a, 0), {**d, "c": 4}, {*a, 9} == {1, 2, 3, 9})
print([[]], [()], ({},), {1: {2: {3: 4}}})
print(type(()).__name__, type({}).__name__, len({1, 1, 1}))
