# SimpleQueue: unbounded FIFO between threads, get with timeout.
import queue
import threading
import time

sq = queue.SimpleQueue()


def producer():
    for i in range(3):
        time.sleep(0.05)
        sq.put(i)


t = threading.Thread(target=producer)
t.start()
print([sq.get() for _ in range(3)])
t.join()
print(sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("Empty")
