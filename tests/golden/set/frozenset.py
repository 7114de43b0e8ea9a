# frozenset: immutable, hashable, usable as dict keys and set members; mixed ops.
f = frozenset([3, 1, 2])
print(f, frozenset(), hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3})
d = {f: "key"}
print(d[frozenset({1, 2, 3})], {frozenset([1])})
print(type(f | {4}).__name__, type({4} | f).__name__, f & {1, 9})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
