# gc: enable/disable, thresholds, callbacks around collect, garbage, debug flags, argument errors, freeze.
import gc
print(gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(500, 5); print(gc.get_threshold())
events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
class Node:
    pass
a = Node(); b = Node(); a.other = b; b.other = a
del a, b
n = gc.collect()
print(n > 0, events)
gc.callbacks.remove(cb)
print(gc.garbage, gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_STATS)
for bad in ["x", 3, 1.5]:
    try:
        gc.collect(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Node()), gc.is_finalized(Node()))
gc.freeze(); print(gc.get_freeze_count() >= 0); gc.unfreeze(); print(gc.get_freeze_count())
print(type(gc.get_count()), len(gc.get_count()), len(gc.get_stats()), sorted(gc.get_stats()[2]))
print(gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
try:
    gc.set_threshold()
except TypeError as e:
    print(e)
