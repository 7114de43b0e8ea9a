# graphlib.TopologicalSorter: static_order from a dict, add() unions predecessors.
from graphlib import TopologicalSorter

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print([n for n in TopologicalSorter({k: sorted(v) for k, v in graph.items()}).static_order()])
ts = TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("link", "compile")
ts.add("compile", "fetch")
ts.add("build", "fetch")
ts.add("test")
print(list(ts.static_order()))
print(list(TopologicalSorter({1: [2, 3], 2: [3], 3: []}).static_order()))
