# JSONEncoder.iterencode yields CPython's chunks (flat, nested, indented, via default).
import json

enc = json.JSONEncoder()
print(list(enc.iterencode({"a": [1, 2, {"b": None}], "c": 1.5})))
print(list(enc.iterencode([[], {}, [1], "s"])))
print(list(json.JSONEncoder(indent=2).iterencode({"k": [1, 2]})))
print(list(json.JSONEncoder(default=list).iterencode({"s": (1, 2), "r": range(2)})))
print(list(enc.iterencode(5)), list(enc.iterencode("x")))
gen = enc.iterencode([1, 2])
print(type(gen).__name__, next(gen))
