# Comparing containers that contain each other raises RecursionError "in comparison" instead of crashing.
a = []
b = [a]
a.append(b)
for name, f in [("==", lambda: a == b), ("!=", lambda: a != b), ("<", lambda: a < b)]:
    try:
        f()
    except RecursionError as e:
        print(name, type(e).__name__, e)

d = {}
e2 = {1: d}
d[1] = e2
try:
    d == e2
except RecursionError as e:
    print("dict", e)

t = u = None
t, u = [1], [1]
for _ in range(5000):
    t, u = [t], [u]
try:
    print(t == u)
except RecursionError as e:
    print("deep", e)
print(a == a, [a] == [a])
print("still running")
