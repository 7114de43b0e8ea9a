# keys/values/items views: reprs, live updates, set operations on keys and items.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["c"] = 3
print(k, list(v), len(i), "a" in k, 2 in v, ("b", 2) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(i - {("a", 1)}))
print(list(reversed(k)), type(k).__name__, type(v).__name__, type(i).__name__)
