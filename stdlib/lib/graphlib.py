"""Topological sorting of a graph of hashable nodes (CPython 3.11
Lib/graphlib.py): the same ready order, the same errors, and the same cycle
reported by `CycleError`."""

__all__ = ["TopologicalSorter", "CycleError"]

# A node's `pending` count is its number of unprocessed predecessors; once it
# has been handed out by get_ready() it becomes one of these markers.
_HANDED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is the cycle,
    a list of nodes whose first and last items are the same node."""


class _Node:
    __slots__ = ("pending", "successors")

    def __init__(self):
        self.pending = 0
        self.successors = []


class TopologicalSorter:
    """Hands out the nodes of a graph in an order where every node comes after
    its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node()
        return info

    def add(self, node, *predecessors):
        """Adds `node`, which depends on each of `predecessors`."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.pending += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Ends the building of the graph and checks it for cycles."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, info in self._nodes.items() if info.pending == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The tuple of nodes whose predecessors are all done."""
        self._check_prepared()
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].pending = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(result)
        return result

    def is_active(self):
        """Whether more nodes can still be handed out or marked done."""
        self._check_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes handed out by get_ready() as processed."""
        self._check_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.pending != _HANDED_OUT:
                if info.pending >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.pending = _DONE
            for succ in info.successors:
                succ_info = self._nodes[succ]
                succ_info.pending -= 1
                if succ_info.pending == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first search along successor lists, in insertion order; a
        # successor already on the current path closes a cycle.
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._nodes[start].successors)]
            visited.add(start)
            while iters:
                succ = next(iters[-1], _END)
                if succ is _END:
                    iters.pop()
                    del on_path[path.pop()]
                elif succ in on_path:
                    return path[on_path[succ]:] + [succ]
                elif succ not in visited:
                    visited.add(succ)
                    on_path[succ] = len(path)
                    path.append(succ)
                    iters.append(iter(self._nodes[succ].successors))
        return None

    def static_order(self):
        """Yields every node, each after its predecessors."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)


_END = object()
