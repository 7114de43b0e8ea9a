# RLock nests per thread across contention, and Condition over an RLock restores its depth after wait.
import threading, time
r = threading.RLock()
c = threading.Condition()
out = []
def worker(i):
    for _ in range(200):
        with r:
            with r:
                out.append(i)
    with c:
        c.wait_for(lambda: len(out) >= 800)
        out.append(("done", i, r._is_owned()))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
with c:
    c.notify_all()
for t in ts: t.join()
print(len(out), sorted(x for x in out if isinstance(x, tuple)))
print(repr(r).split(" at ")[0])
try:
    r.release()
except RuntimeError as e:
    print(e)
c2 = threading.Condition(threading.RLock())
with c2:
    with c2:
        print(c2.wait(0.01), c2._is_owned())
print(c2._is_owned())
