# Semaphore bounds how many threads are inside at once; BoundedSemaphore refuses extra releases.
import threading
import time

sem = threading.Semaphore(2)
inside = 0
peak = 0
lock = threading.Lock()


def job():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.05)
        with lock:
            inside -= 1


ts = [threading.Thread(target=job) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(sem.acquire(blocking=False), sem.acquire(timeout=0.01), sem.acquire(False))
