# gc.callbacks get ("start", info) and ("stop", info) around each collect(); stats count collections.
import gc

log = []


def watcher(phase, info):
    log.append(f"{phase}:gen{info['generation']}")


gc.callbacks.append(watcher)
gc.collect()
gc.collect(1)
gc.callbacks.clear()
gc.collect()
print(log)
print(gc.get_stats()[2]["collections"] >= 2, gc.get_stats()[1]["collections"] >= 1)
