# Lock and RLock errors: releasing an unlocked lock, bad timeouts, foreign RLock release.
import threading

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(False, 1), (True, -5)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(lock.acquire(timeout=0.1), lock.acquire(timeout=0.1))
