# heapq: (priority, seq, item) tuples as a priority queue
import heapq
pq = []
for seq, (prio, task) in enumerate([(2, "write"), (1, "read"), (2, "test"), (0, "plan")]):
    heapq.heappush(pq, (prio, seq, task))
while pq:
    print(heapq.heappop(pq))
