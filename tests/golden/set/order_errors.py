# Set algebra with bad operands raises CPython's errors; the survivors keep their order
s = {1, 9, 17, 25}
for bad in (lambda: s | [1], lambda: s & 3, lambda: s - "ab", lambda: s ^ None):
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    s.update(1)
except TypeError as e:
    print(e)
try:
    s.difference_update([[1]])
except TypeError as e:
    print(e)
try:
    {1, 2, 3} | {[1]}
except TypeError as e:
    print(e)
print(s.union(range(3), [9, 40]), s)
