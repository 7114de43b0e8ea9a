# default= converts unknown objects; without it, TypeError names the type.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode))
print(json.dumps({"p": Point(0, 0)}, default=encode, indent=1))
for bad in ({1, 2}, Point(1, 2), b"bytes", frozenset()):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    print("TypeError:", e)
