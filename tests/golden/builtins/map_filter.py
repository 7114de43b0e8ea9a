# map with one and several iterables, filter with a function and with None.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2, 1])))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(6))))
m = map(lambda x: print("mapping", x) or x, [1, 2])
print("lazy so far")
print(list(m), list(m))
