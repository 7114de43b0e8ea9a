# time: only deterministic facts - types, monotonic order, formatting of fixed instants (TZ=UTC).
import time
print(type(time.time()).__name__, type(time.monotonic()).__name__, type(time.perf_counter()).__name__)
a = time.monotonic()
b = time.monotonic()
print(b >= a, time.strftime("%Y", time.localtime(0)), time.localtime(0).tm_hour)
print(time.strftime("%Y-%m-%d", time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
print(time.strftime("%H:%M:%S", time.gmtime(3661)))
t = time.gmtime(1_000_000_000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday)
