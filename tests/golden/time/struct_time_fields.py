# gmtime as a struct_time: repr, indexing, slicing, attributes, zone, and struct_time(seq).
import time

t = time.gmtime(1700000000)
print(t)
print(t[0], t[-1], t[:3], len(t), t.tm_year, t.tm_yday, t.tm_wday, t.tm_zone, t.tm_gmtoff)
print(tuple(t) == (2023, 11, 14, 22, 13, 20, 1, 318, 0), list(t)[3:6])
s = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s, s.tm_mon, s.tm_zone)
print(time.gmtime(0))
for bad in ((1, 2, 3), list(range(12))):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
