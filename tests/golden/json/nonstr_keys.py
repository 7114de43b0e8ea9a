# Non-str dict keys: int, float, bool and None become strings; others need skipkeys.
import json

print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", -3: "e"}))
print(json.dumps({1e20: 1, float("inf"): 2}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "tuple", "k": "v"}, skipkeys=True))
print(json.dumps({(1, 2): "x"}, skipkeys=True))
print(json.loads(json.dumps({1: 2})))
