# LifoQueue pops the newest item; PriorityQueue the smallest.
import queue

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2]:
    lq.put(x)
    pq.put((x, f"job{x}"))
print([lq.get() for _ in range(4)])
print([pq.get() for _ in range(4)])
print(queue.Queue[int])
