# get/setdefault/pop/popitem/update/copy/clear/fromkeys.
d = {"a": 1}
print(d.get("a"), d.get("x"), d.get("x", 0), d.setdefault("a", 9), d.setdefault("b", []), d)
d["b"].append(1)
print(d.pop("a"), d.pop("zz", "default"), d)
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d, d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(c), len(d))
d.clear()
print(d, dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
