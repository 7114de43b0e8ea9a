# Condition: consumers wait for items a producer adds and notifies.
import threading

cond = threading.Condition()
items = []
got = []


def consumer(n):
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        got.append((n, items.pop(0)))


cs = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for c in cs:
    c.start()
for x in "abc":
    with cond:
        items.append(x)
        cond.notify()
for c in cs:
    c.join()
print(sorted(v for _, v in got))
with cond:
    print(cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print(e)
