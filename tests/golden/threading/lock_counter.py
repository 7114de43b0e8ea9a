# A Lock keeps a shared counter exact under preemption; with-statement and acquire/release.
import threading

lock = threading.Lock()
total = 0


def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1


ts = [threading.Thread(target=add, args=(30000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
print(lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
print(lock.locked())
