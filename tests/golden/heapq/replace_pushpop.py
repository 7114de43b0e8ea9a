# heapq: heapreplace pops first; heappushpop pushes first (small items come straight back)
import heapq
h = [1, 3, 5]
print(heapq.heapreplace(h, 4), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 10), h)
print(heapq.heappushpop([], 2))
