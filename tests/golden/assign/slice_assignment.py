# Slice assignment can grow, shrink and replace; extended slices need equal lengths.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[::3] = [None] * len(a[::3])
print(a)
a[1:3] = []
print(a)
b = [1, 2, 3]
b[len(b):] = [4, 5]
b[-1:] = "ab"
print(b)
try:
    b[::2] = [0]
except ValueError as e:
    print("ValueError:", e)
