# Barrier releases all parties together; the action runs once; abort breaks it.
import threading

phases = []
b = threading.Barrier(3, action=lambda: phases.append("all arrived"))
idx = []


def party():
    idx.append(b.wait())


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(phases, sorted(idx), b.parties, b.n_waiting, b.broken)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken", b.broken)
