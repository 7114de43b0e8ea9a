# heapq: heappush/heappop keep the heap invariant and pop in sorted order
import heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
