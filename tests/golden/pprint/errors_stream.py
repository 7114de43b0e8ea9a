# PrettyPrinter argument errors, the stream= option, and custom classes keeping their repr.
import pprint
import sys

for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"depth": -3}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pprint.pprint([Point(i, i * i) for i in range(9)], stream=sys.stdout, width=30)
pprint.PrettyPrinter(stream=sys.stderr, width=20).pprint({"to": "stderr", "n": [1, 2, 3]})
print(pprint.isreadable(Point(1, 2)))
