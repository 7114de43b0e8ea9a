# heapq: items comparing equal come out in CPython's order (user __lt__ calls counted)
import heapq
calls = 0

class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        global calls
        calls += 1
        return self.prio < other.prio

h = []
for i, p in enumerate([2, 1, 2, 1, 3, 2, 1]):
    heapq.heappush(h, Job(p, f"j{i}"))
print([heapq.heappop(h).name for _ in range(len(h))], calls)
