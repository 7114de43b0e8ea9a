# KeyError text uses the key's repr: strings quoted, tuples shown as tuples.
d = {"a": 1}
for key in ["x", 1, (1, 2), None, ""]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, "| args:", e.args)
try:
    d[[1]]
except TypeError as e:
    print("TypeError:", e)
