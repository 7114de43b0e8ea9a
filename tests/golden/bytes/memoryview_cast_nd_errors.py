# CPython's errors for multi-dimensional views: sub-views, slicing, bad shapes, ND -> MD casts.
m = memoryview(bytearray(range(12))).cast('B', (3, 4))
b = memoryview(bytes(12))
for stmt in ("m[1]", "m[1:2, 0]", "m[0:1, 0:1]", "m[1, 2, 3]", "m[5, 0]", "m[0, 9]", "m[1.0, 2]",
             "list(m)", "m.cast('H', (2, 3))", "b.cast('B', (5, 3))", "b.cast('B', [0, 12])",
             "b.cast('B', 12)", "b.cast('B', ['a'])", "b.cast('B', [1] * 65)", "m[::2].cast('B')",
             "m[1, 2] = 300", "m[1] = 3", "m[0:1] = b'abcd'", "m[(slice(0, 1), 0)] = 3", "m[()]",
             "b.cast('I', (2, 2))"):
    try:
        exec(stmt)
        print("ok", stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
