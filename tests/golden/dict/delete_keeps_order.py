# Deleting keys keeps the others' order; a deleted key set again goes to the end.
d = {}
for i in range(12):
    d[f"k{i}"] = i
for i in range(0, 12, 3):
    del d[f"k{i}"]
print(list(d))
d["k0"] = "back"
d["k5"] = "rebound"
print(d)
print(d.pop("k1"), d.pop("missing", None))
print(list(d.keys())[:3], list(d.values())[-2:])
print(list(reversed(d)))
for i in range(100):
    d[i] = i
    del d[i]
print(len(d), list(d.items())[:2])
d.clear()
d["fresh"] = 1
print(d)
