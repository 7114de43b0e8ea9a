# dict views: set operators with sets and lists, isdisjoint, ordering comparisons, reversed.
d = {1: "a", 2: "b", 3: "c"}
print(d.keys() & {1, 9}, d.keys() | {9}, d.keys() - {1}, d.keys() ^ {1, 9}, {1, 5} & d.keys(), [1, 5] - d.keys())
print(d.items() & {(1, "a"), (2, "x")}, d.keys().isdisjoint({7}), d.items().isdisjoint([(1, "a")]))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(d.keys() == {1, 2, 3}, d.keys() < {1, 2, 3, 4}, d.keys() >= {1}, {1} < d.keys(), d.keys() <= d.keys(), d.items() > {(1, "a")})
print(d.keys() != {1}, d.keys() == [1, 2, 3], d.values() == d.values())
try:
    d.keys() < [1, 2, 3, 4]
except TypeError as e:
    print("TypeError:", e)
try:
    d.values() & {1}
except TypeError as e:
    print("TypeError:", e)
