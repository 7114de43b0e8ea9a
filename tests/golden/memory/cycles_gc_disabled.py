# With gc disabled, cycles are kept (no crash); after gc.enable() and collect() they are gone and the program goes on.
import gc

gc.disable()
keep = []
for i in range(50_000):
    a = [i]
    a.append(a)
    if i % 1000 == 0:
        keep.append(a)
gc.enable()
gc.collect()
print(len(keep), keep[3][0], keep[3][1] is keep[3])
print("ok")
