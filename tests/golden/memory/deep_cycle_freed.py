# A 100,000-deep nested list whose innermost list points back at the outermost is collected without overflowing the stack.
import gc

for rep in range(3):
    outer = []
    cur = outer
    for _ in range(100_000):
        nxt = []
        cur.append(nxt)
        cur = nxt
    cur.append(outer)
    del cur, nxt
    outer = None
    gc.collect()
print("ok")
