# enumerate, map, zip, filter, reversed are classes: repr, type(), isinstance, __new__, constructor errors.
print(enumerate, map, zip, filter, reversed)
e = enumerate("ab", 1)
print(type(e), isinstance(e, enumerate), list(e), type(map(str, [1])), isinstance(zip(), zip))
print(list(map.__new__(map, str, [1, 2])), type(reversed([1])), type(reversed("ab")), list(filter(None, [0, 1, 2])))
print(list(zip([1, 2], "ab", strict=True)), issubclass(map, object), map.__name__, enumerate.__module__)
for f in (lambda: enumerate(), lambda: map(str), lambda: zip(x=1), lambda: filter(1), lambda: reversed(3), lambda: enumerate([], start="a")):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(callable(map), iter(map(int, "1")).__class__.__name__)
