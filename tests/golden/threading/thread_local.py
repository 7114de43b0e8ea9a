# threading.local: each thread sees its own attributes; subclass __init__ runs per thread.
import threading

data = threading.local()
data.x = "main"


class Local(threading.local):
    def __init__(self):
        self.count = 0


loc = Local()
out = []


def worker(n):
    out.append(hasattr(data, "x"))
    data.x = n
    loc.count += n
    out.append((data.x, loc.count))


ts = [threading.Thread(target=worker, args=(i,)) for i in (1, 2)]
for t in ts:
    t.start()
    t.join()
print(out, data.x, loc.count)
try:
    data.missing
except AttributeError as e:
    print(e)
