# for loops over range and list iterators (stepped inline): steps, empty ranges, lists mutated while iterated, exhausted iterators.
print([i for i in range(10, 0, -3)], [i for i in range(5, 5)], list(range(-2, 3)))
big = 2**62
print([i - big for i in range(big, big + 3)])
xs = [1, 2, 3]
for x in xs:
    if x < 4:
        xs.append(x + 3)
print(xs)
ys = [1, 2, 3, 4]
for y in ys:
    ys.remove(y)
print(ys)
it = iter([7, 8])
for v in it:
    print(v)
for v in it:
    print("never", v)
r = iter(range(3))
print(next(r), [v for v in r], list(r))
total = 0
for i in range(1_000):
    total += i
print(total)
