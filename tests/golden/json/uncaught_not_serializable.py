# json.dumps of an unknown type, uncaught: the frames of dumps/encode/default as CPython's.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps({"ok": [1, 2]}))
json.dumps({"p": Point(1, 2)})
