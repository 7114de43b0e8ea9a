# heapq: nlargest/nsmallest with and without key, n=1, n >= len, iterators
import heapq
data = [5, 1, 8, 3, 9, 2, 8]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(2, data, key=lambda v: -v), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(heapq.nlargest(1, data), heapq.nsmallest(1, []), heapq.nlargest(10, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(0, data))
