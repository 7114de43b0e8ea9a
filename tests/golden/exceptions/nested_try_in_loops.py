# Exceptions inside nested loops and functions unwinding to the right handler.
results = []
for i in range(4):
    try:
        for j in range(4):
            if j == i:
                raise ValueError((i, j))
            results.append((i, j))
    except ValueError as e:
        results.append(e.args[0])
print(results)
def f(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        f(n - 1)
    finally:
        print("unwinding", n)
try:
    f(3)
except KeyError as e:
    print("caught", e)
