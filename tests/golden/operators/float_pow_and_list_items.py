# Float powers and list item access/assignment keep CPython's results and errors.
print(2.0 ** 0.5, 9 ** 0.5, 2.5 ** -2, 1e10 ** 0.25, 0.5 ** 1074.0)
print(0.0 ** 0.5, 1.5 ** float("inf"), float("nan") ** 0.0)
for base, exp in [(10.0, 400.0), (0.0, -1.0)]:
    try:
        print(base ** exp)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
b = [0.0, 1.0, 2.0]
b[1] += 2.5
b[-1] -= 1.0
b[0] = "x"
print(b, b[-3], b[1] * 2)
for i in (3, -4):
    try:
        b[i] = 1
    except IndexError as e:
        print("store", i, e)
    try:
        b[i]
    except IndexError as e:
        print("load", i, e)
keys = [3, 1, 2]
keys.sort(key=lambda k: keys.__len__() * k)
print(keys)
