# Two float('nan') calls make two objects; one NaN object is identical to itself.
x = float("nan")
y = float("nan")
print(x is y, x is x, x == x, x != x)
print(float("nan") is float("nan"))
print([float("nan")] == [float("nan")])
print([x] == [x], [x] == [y], (x,) == (x,), (x, 1) == (y, 1))
print(x in [x], x in [y], x in (1, x), y not in [x])
a = [x, 2.5, x]
print(a.count(x), a.index(x), a.count(y))
a.remove(x)
print(a, len(a))
try:
    a.index(y)
except ValueError as e:
    print("ValueError:", e)
