# set.pop and discard empty a large set in linear time, each item popped once.
s = set(range(0, 60000, 3))
for i in range(0, 60000, 6):
    s.discard(i)
seen = set()
total = 0
while s:
    x = s.pop()
    seen.add(x)
    total += x
print(len(seen), total)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = {"only"}
print(t.pop(), t)
try:
    t.remove("only")
except KeyError as e:
    print("KeyError:", e)
u = set("abc")
u.discard("zzz")
print(sorted(u), len(u))
