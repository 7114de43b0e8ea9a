# A tuple holding a list: the list can change; += on the element raises but mutates.
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)
print(((1, 2), (3, (4, 5)))[1][1][0])
