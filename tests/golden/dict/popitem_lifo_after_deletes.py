# popitem takes the last live key (LIFO), skipping keys deleted at the end.
d = dict.fromkeys("abcdefg", 0)
del d["g"]
del d["e"]
print(d.popitem(), d.popitem())
d["z"] = 1
print(d.popitem(), d)
while d:
    print(d.popitem(), end=" ")
print()
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
n = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del n[i]
total = 0
while n:
    k, v = n.popitem()
    total += v - k
print(total, len(n))
