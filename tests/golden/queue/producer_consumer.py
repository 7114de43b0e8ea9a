# Queue with worker threads: task_done/join, then sentinel shutdown.
import queue
import threading

q = queue.Queue()
done = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            done.append(item ** 2)
        q.task_done()


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(10):
    q.put(i)
q.join()
print(sorted(done))
for _ in ts:
    q.put(None)
for t in ts:
    t.join()
print(q.empty(), q.qsize())
