# json.dumps of every basic type: dicts, lists, tuples as lists, str, int, float, bool, None.
import json

print(json.dumps({"name": "Ada", "age": 36, "tags": ["x", "y"], "ok": True, "none": None}))
print(json.dumps((1, 2, (3, 4))))
print(json.dumps("plain"))
print(json.dumps(42), json.dumps(-0.0), json.dumps(1e100), json.dumps(0.1 + 0.2))
print(json.dumps(2 ** 100))
print(json.dumps([]), json.dumps({}), json.dumps([[]]), json.dumps({"a": {}}))
print(json.dumps(True), json.dumps(False), json.dumps(None))
print(json.dumps([1.0, 3.14, 1e-7, 123456789.0, 1.5e300]))
print(json.dumps({"quote": "say \"hi\"", "slash": "a\\b", "ctl": "\n\t\r\b\f\x00\x1f"}))
