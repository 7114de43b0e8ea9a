# type() of values and type objects' names and reprs.
for v in [1, 1.5, "s", b"b", None, True, [], (), {}, set(), frozenset(), range(1), len, type, object()]:
    print(type(v).__name__, type(v))
