# Threads that switch while inside generators (for-loops and yield from) each resume their own generator frames.
import threading
import time

out = []


def numbers(name, n):
    for i in range(n):
        time.sleep(0.001)
        yield f"{name}{i}"


def relay(name, n):
    got = yield from numbers(name, n)
    return got


def worker(name):
    seen = []
    for x in relay(name, 4):
        time.sleep(0.001)
        seen.append(x)
    out.append((name, seen))


ts = [threading.Thread(target=worker, args=(c,)) for c in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
