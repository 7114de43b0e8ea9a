# is / is not / in / not in on lists, dicts, strings, ranges and None.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 1 in a, 3 not in a)
print("ell" in "hello", "" in "x", "z" in "hello")
print(2 in {2: "x"}, "x" in {2: "x"}, 5 in range(10), 10 in range(10))
print((1, 2) in [(1, 2)], [1] in [[1]])
