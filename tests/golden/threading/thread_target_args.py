# Thread(target, args, kwargs) runs the target; join waits; names are Thread-N (target).
import threading

results = {}


def work(key, value, *, scale=1):
    results[key] = value * scale


ts = [threading.Thread(target=work, args=(i, i + 1), kwargs={"scale": 10}) for i in range(3)]
print([t.name for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in ts])
