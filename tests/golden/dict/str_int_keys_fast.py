# d[k], d[k] = v and `k in d` with str and int keys: equal numbers share a key, script __eq__ still runs, errors unchanged.
d = {1: "one", "a": "A"}
d[1.0] = "uno"
d[True] = "vero"
print(d, 1 in d, 1.0 in d, 2 in d, "a" in d, "b" not in d)
d[2] = "two"
d[-1] = "minus"
print(d[2], d[-1], d[True], list(d))


class K:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("eq called", self.s, other)
        return self.s == other


e = {K("x"): 1}
print("x" in e, e["x"])
e["x"] = 2
print(len(e), list(e.values()))
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex)
try:
    d[5]
except KeyError as ex:
    print("KeyError", ex)
try:
    [1] in d
except TypeError as ex:
    print(ex)
try:
    for k in d:
        d[str(k) + "x"] = 0
except RuntimeError as ex:
    print(ex)


class M(dict):
    def __missing__(self, k):
        return "default " + str(k)


m = M(a=1)
print(m["a"], m["zz"], m[3], "a" in m)
