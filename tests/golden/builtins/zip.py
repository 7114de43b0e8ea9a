# zip stops at the shortest input; zip(*rows) transposes; zip() is empty.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
rows = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*rows)))
print(dict(zip("abc", range(3))))
a, b = zip(*[("x", 1), ("y", 2)])
print(a, b)
