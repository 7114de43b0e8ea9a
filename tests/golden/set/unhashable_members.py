# Sets reject unhashable members; membership test of an unhashable raises TypeError.
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
s = {1}
try:
    s.add({})
except TypeError as e:
    print("TypeError:", e)
try:
    [] in s
except TypeError as e:
    print("TypeError:", e)
print(set([1, 1.0, True]), {(1, 2), (1, 2)})
