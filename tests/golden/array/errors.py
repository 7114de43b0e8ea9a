# array's errors: bad typecodes, out-of-range items per typecode, wrong kinds, indexes.
from array import array

attempts = [
    lambda: array("x"), lambda: array(5), lambda: array("i", "abc"), lambda: array("i", 5),
    lambda: array("b", [128]), lambda: array("b", [-129]), lambda: array("B", [-1]),
    lambda: array("B", [256]), lambda: array("h", [2 ** 15]), lambda: array("H", [-1]),
    lambda: array("i", [2 ** 31]), lambda: array("I", [-1]), lambda: array("l", [2 ** 63]),
    lambda: array("Q", [-1]), lambda: array("q", [2 ** 64]), lambda: array("i", [1.5]),
    lambda: array("f", ["x"]), lambda: array("u", ["ab"]), lambda: array("i", [1])[3],
    lambda: array("i", [1]).__setitem__(3, 0), lambda: array("i").pop(),
    lambda: array("i", [1]).remove(2), lambda: array("i", [1]).index(2),
    lambda: array("i") + array("d"), lambda: array("i").extend(array("d")),
    lambda: array("i").fromlist((1,)), lambda: array("i").tounicode(),
    lambda: hash(array("i")), lambda: array("i", [1]).__setitem__(slice(0, 1), [2]),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
