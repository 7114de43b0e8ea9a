# Recursive structures: <Recursion on ...> markers, isrecursive, isreadable, saferepr.
import pprint

items = [1, 2]
items.append(items)
text = pprint.pformat(items)
print(text[: text.index(" with id=")], text.endswith(">]"))
print(pprint.isrecursive(items), pprint.isreadable(items))
d = {"name": "loop"}
d["self"] = d
r = pprint.saferepr(d)
print(r[: r.index(" with id=")])
print(pprint.isreadable({"a": [1, 2.5, None, "s"]}), pprint.isreadable([object()]))
print(pprint.saferepr([1, (2, 3), {"k": "v"}]))
pp = pprint.PrettyPrinter()
print(pp.isreadable((1, 2)), pp.isrecursive(items), pp.isrecursive([]))
