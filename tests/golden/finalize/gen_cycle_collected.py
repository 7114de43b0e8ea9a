# A suspended generator that is only reachable through a reference cycle gets its finally block run by gc.collect().
import gc

def gen(box):
    try:
        yield 1
    finally:
        print("cleanup, box has", len(box), "item")

box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print("before collect")
gc.collect()
print("after collect")
