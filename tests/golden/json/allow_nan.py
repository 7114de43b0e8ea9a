# NaN and Infinity are written as JavaScript names; allow_nan=False rejects them.
import json

print(json.dumps([float("nan"), float("inf"), -float("inf")]))
for v in (float("nan"), float("inf"), [1, -float("inf")], {"k": float("nan")}):
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("NaN", parse_constant=lambda name: "const:" + name))
