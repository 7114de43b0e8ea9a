# A NaN object is found again as a dict key or set member by identity; another NaN is not.
import math
x = float("nan")
d = {x: 1}
print(d.get(x), d.get(float("nan")), x in d, float("nan") in d)
d[x] += 10
print(d[x], len(d))
d[float("nan")] = 2
print(len(d), sorted(d.values()))
print(len({x, x}), len({x, float("nan")}), len({math.nan, math.nan}))
s = {x}
s.discard(float("nan"))
print(len(s))
s.discard(x)
print(len(s))
try:
    d[float("nan")]
except KeyError as e:
    print("KeyError", e)
from collections import Counter
c = Counter([x, x, math.nan, 1.0])
print(c[x], c[math.nan], len(c))
print({(x, 1): "t"}[(x, 1)])
