# NaNs made by arithmetic are new objects; math.nan is one object; struct packs CPython's NaN bits.
import math
import struct
inf = float("inf")
a = inf - inf
b = inf - inf
print(a is b, [a] == [b], [a] == [a], a in [a], a in [b])
y = a + 1.0
print(y is a, y == y, [y] == [y])
print(math.nan is math.nan, [math.nan] == [math.nan], math.nan in [math.nan])
print(math.isnan(a), math.copysign(1.0, float("nan")), math.copysign(1.0, -float("nan")))
print(struct.pack("<d", float("nan")), struct.pack(">d", -math.nan), struct.pack("<f", a * 0))
print(struct.unpack("<d", struct.pack("<d", math.nan)))
print(repr(-math.nan), str(a), f"{math.nan:.2f}", float("-nan"), abs(-math.nan))
print(max([math.nan, 1.0]) is math.nan, min(1.0, math.nan))
print(hash(inf), hash(-inf), hash(1.5), hash(-0.0), hash(2.0) == hash(2))
print(sorted([3.0, 1.0, 2.0]), 0.1 + 0.2 == 0.3, 1.5 in [1.5], [0.0] == [-0.0])
