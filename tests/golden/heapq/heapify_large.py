# heapq: heapify small and large (> 2500 items, the cache-friendly order) lists
import heapq
small = [9, 4, 7, 1, 8, 2]
heapq.heapify(small)
print(small)
big = [(i * 7919) % 5003 for i in range(5003)]
heapq.heapify(big)
print(big[:12], sum(big[i] * i for i in range(len(big))) % 1000003)
