# graphlib's errors: cycles (with the cycle), misuse of prepare/add/done.
from graphlib import TopologicalSorter, CycleError

try:
    TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}).prepare()
except CycleError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
ts = TopologicalSorter({"x": ["y"]})
for call in [ts.get_ready, ts.is_active, lambda: ts.done("x")]:
    try:
        call()
    except ValueError as e:
        print(e)
ts.prepare()
for call in [ts.prepare, lambda: ts.add("z"), lambda: ts.done("x"), lambda: ts.done("q")]:
    try:
        call()
    except ValueError as e:
        print(e)
print(ts.get_ready())
ts.done("y")
try:
    ts.done("y")
except ValueError as e:
    print(e)
