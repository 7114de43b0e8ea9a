# Errors inside namedtuple, Counter and ChainMap show collections' frames at
# CPython's lines; OrderedDict and deque (C in CPython) show none.
import collections
import sys
import traceback

Point = collections.namedtuple("Point", "x y")
chain = collections.ChainMap({"a": 1}, {"b": 2})
for call in (lambda: Point._make([1]), lambda: Point(1, 2)._replace(z=3),
             lambda: collections.OrderedDict().popitem(),
             lambda: collections.deque().popleft(), lambda: chain["zzz"],
             lambda: chain.pop("b"), lambda: collections.Counter(a=1) + 5,
             lambda: Point(1)):
    try:
        call()
    except Exception:
        traceback.print_exc(file=sys.stdout)
