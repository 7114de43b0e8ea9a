# heapq: the heap argument must be a list
import heapq
for call in (lambda: heapq.heappush((), 1), lambda: heapq.heapify("ab"), lambda: heapq.heappop(None)):
    try:
        call()
    except TypeError as e:
        print(e)
