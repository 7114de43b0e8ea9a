# indent as an int, zero and a str; separators with indent; nested empty containers.
import json

data = {"a": [1, 2, {"b": []}], "c": {}, "d": {"e": None}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="--"))
print(json.dumps([1, [2, 3]], indent=1, separators=(",", ": ")))
print(json.dumps(data, indent=None))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
