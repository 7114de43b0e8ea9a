# The clock functions exist and return the right types; nanosecond clocks are ints and consistent.
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    print(name, type(getattr(time, name)()).__name__)
for name in ("time_ns", "monotonic_ns", "perf_counter_ns", "process_time_ns", "thread_time_ns"):
    print(name, type(getattr(time, name)()).__name__)
a = time.monotonic_ns()
b = time.monotonic_ns()
print(b >= a, abs(time.time_ns() / 1e9 - time.time()) < 1)
