# Dicts keep insertion order; updating a key keeps its place, re-inserting moves it.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
d["b"] = 10
print(d, list(d))
del d["b"]
d["b"] = 20
print(d)
print({3: "x", 1: "y", 2: "z"}, {True: "t", 1: "one", 1.0: "float"})
