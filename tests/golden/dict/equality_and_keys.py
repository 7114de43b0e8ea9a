# Dict equality ignores order; keys of equal hashes merge (1, 1.0, True).
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: "x"} == {1.0: "x"}, {} == dict())
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[(1, 2)] = "tuple"
d[None] = "none"
print(d[(1, 2)], d[None], list(d))
