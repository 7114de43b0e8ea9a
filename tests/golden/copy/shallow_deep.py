# copy.copy shares nested objects; copy.deepcopy duplicates them.
import copy
original = {"name": "grid", "rows": [[1, 2], [3, 4]], "meta": {"tags": {"a"}}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["rows"][0][0] = 99
print(original["rows"], deep["rows"])
print(shallow is original, shallow["meta"] is original["meta"], deep["meta"]["tags"] is original["meta"]["tags"])
print(deep == {"name": "grid", "rows": [[1, 2], [3, 4]], "meta": {"tags": {"a"}}})
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, "a")) == (1, "a"))
print(copy.copy(5), copy.copy("s"), copy.deepcopy(None), copy.copy(len) is len)
