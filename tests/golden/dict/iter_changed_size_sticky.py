# A dict or set iterator that saw its container change size raises every time after, even once the size is back
d = {1: 2, 3: 4}
it = iter(d)
next(it)
d[7] = 1
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
del d[7]
try:
    print(next(it))
except Exception as e:
    print(type(e), e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(9)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
s.discard(9)
try:
    print(next(it))
except Exception as e:
    print(type(e), e)
print(it.__length_hint__())
