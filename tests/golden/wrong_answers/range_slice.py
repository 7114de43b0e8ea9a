# Slicing a range maps each bound through the range: range(10)[1::2] is range(1, 10, 2).
print(range(10)[1::2])
print(range(10)[::-1], range(10)[2:8], range(10)[-3:])
print(range(10)[:-2:3], range(10)[100:-100:-3])
print(range(0, 10, 3)[1:], range(10, 0, -2)[::2], range(0)[1:])
for r in [range(10), range(0, 10, 3), range(10, 0, -2), range(-5, 5)]:
    for s in [slice(1, None, 2), slice(None, None, -1), slice(None, -2, 3), slice(100, -100, -3)]:
        assert list(r[s]) == list(r)[s], (r, s)
print(range(10)[1::2] == range(1, 10, 2))
