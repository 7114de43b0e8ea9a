# Range iterators of finished loops: one still held elsewhere stays exhausted, nested and shared ones step correctly.
it = iter(range(3))
for x in it:
    pass
print(x, list(it), next(it, "done"))
r = iter(range(4))
for a in r:
    for b in r:
        print(a, b, end="; ")
print()
out = []
for i in range(3):
    for j in range(i, 7, 2):
        out.append(j)
    for k in range(5, i, -2):
        out.append(-k)
    for m in range(i, i):
        out.append("never")
print(out)
held = []
for n in range(2):
    g = iter(range(n, n + 2))
    for v in g:
        held.append(v)
    held.append(g)
print(held[:2], [list(h) for h in held if not isinstance(h, int)])
print(type(iter(range(2))).__name__, len(list(range(10**18, 10**18 + 3))))
for big in range(2**63 - 2, 2**63):
    print(big)
for z in range(-2**63, -2**63 + 2, 1):
    print(z)
