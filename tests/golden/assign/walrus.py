# Assignment expressions (:=) in conditions, comprehensions and while loops.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5], y)
it = iter(data)
while (v := next(it, None)) is not None:
    print(v, end=" ")
print()
print((total := 10) + 1, total)
def f():
    return [last := i for i in range(3)], last
print(f())
