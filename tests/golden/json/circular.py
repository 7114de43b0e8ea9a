# check_circular detects a container inside itself (list, dict, through default).
import json

a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError:", e)


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))
