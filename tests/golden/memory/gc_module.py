# The gc module: enable/disable/isenabled, and collect() takes an optional generation.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
for i in range(10_000):
    l = []
    l.append(l)
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(2)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
