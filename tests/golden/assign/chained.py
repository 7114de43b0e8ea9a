# Chained assignment binds every target to the same object, left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
y += 1
print(x, y)
d = {}
d["k"] = d["j"] = 0
print(d)
i = lst = [0, 0]
print(i, lst)
