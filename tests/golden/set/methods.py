# add/remove/discard/pop/clear/update/union/intersection/difference/copy on int sets.
s = {5}
s.add(1); s.add(5); s.update([3, 2], (7,))
print(s, len(s))
s.remove(7); s.discard(100); s.discard(3)
print(s)
print(s.union({9}, [8]), s.intersection([1, 2, 100]), s.difference({1}), s.symmetric_difference({1, 7}))
print(s.issubset(range(10)), s.issuperset([1]), sorted(s.copy()))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
t = {1}
print(t.pop(), t)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", e)
