# List slicing with steps, negative bounds, copies, and slice deletion.
a = list(range(10))
print(a[2:8:2], a[::-1], a[-3:], a[:100], a[8:2:-2], a[::3])
b = a[:]
b[0] = "changed"
print(a[0], b[0])
del a[::3]
print(a)
del a[-2:]
print(a)
a[1:1] = [100, 101]
print(a)
