# graphlib: get_ready()/done() hand out nodes in waves, as a parallel scheduler uses them.
from graphlib import TopologicalSorter

deps = {"app": ["lib", "cfg"], "lib": ["core"], "cfg": [], "core": [], "docs": ["app"]}
ts = TopologicalSorter(deps)
ts.prepare()
wave = 0
while ts:
    ready = ts.get_ready()
    print(wave, ready, ts.is_active())
    for node in ready:
        ts.done(node)
    wave += 1
print(ts.get_ready(), bool(ts))
