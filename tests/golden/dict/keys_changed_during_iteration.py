# Swapping a key during iteration (size unchanged) is caught as "keys changed".
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        del d[k]
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i for i in range(5)}
it = iter(d)
print(next(it), it.__length_hint__())
del d[3]
d[9] = 9
try:
    print(list(it))
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(d.items())
print(next(it))
d.pop(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e, it.__length_hint__())
r = reversed(d)
d[100] = 0
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError:", e)
