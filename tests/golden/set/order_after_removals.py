# Sets after -=, difference_update and clear keep the remaining items in CPython's order
u = set(range(20))
u -= set(range(5))
print(u | {100})
w = {x * 64 for x in range(10)}
w -= {128, 0}
print(w, w.copy(), set(w))
z = {x * 8 for x in range(20)}
z.difference_update([0, 8, 16], {24})
print(z)
z.update([1, 2])
print(len(z), 1 in z, 8 in z)
v = {1, 9, 17, 25, 33}
v.clear()
v.update([9, 1, 17])
print(v)
