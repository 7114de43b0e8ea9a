# Index errors and negative index assignment on lists.
a = [1, 2, 3]
a[-1] = 30
print(a)
for op in (lambda: a[3], lambda: a.__setitem__(-4, 0), lambda: a["0"]):
    try:
        op()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
