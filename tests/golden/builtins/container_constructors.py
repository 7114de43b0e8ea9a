# list/dict/set/frozenset/tuple constructors from iterables, mappings and keywords.
print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)))
print(tuple(), tuple([1, 2]), tuple("hi"))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0))
print(sorted(set([3, 1, 3])), set(), frozenset(), sorted(frozenset([2, 1])))
print(dict(zip(["a", "b"], [1, 2])), list(x for x in "ab"))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
