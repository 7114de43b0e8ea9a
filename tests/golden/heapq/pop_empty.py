# heapq: heappop on an empty list raises IndexError('index out of range')
import heapq
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("heapreplace:", e)
heapq.heappop([])
