# Set algebra on big and colliding sets keeps CPython's iteration order.
a = set(range(0, 3000, 2))
b = set(range(0, 3000, 3))
for s in (a & b, a | b, a - b, a ^ b, b - a):
    items = list(s)
    print(len(s), items[:8], items[-5:])
d = {f"k{i}" for i in range(50)}
print(sorted(d & {f"k{i}" for i in range(0, 100, 5)}))
x = set(range(100))
x &= {1, 2, 3, 200}
print(x)
x -= {2, 99}
print(list(x))
x ^= {1, 5, 1024}
print(list(x))
