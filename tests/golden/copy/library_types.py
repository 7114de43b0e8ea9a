# copy/deepcopy of library containers: defaultdict, deque with maxlen, partial, set subclasses.
import copy
import functools
from collections import defaultdict, deque


d = defaultdict(list, a=[1])
for fn in (copy.copy, copy.deepcopy):
    c = fn(d)
    c["b"].append(2)
    print(fn.__name__, c, c["a"] is d["a"], getattr(c, "__dict__", "no dict"))
q = deque([1, [2]], maxlen=3)
q2 = copy.deepcopy(q)
q2[1].append(3)
print(q, q2, q2.maxlen)
p = functools.partial(int, base=2)
p.note = "binary"
p2 = copy.deepcopy(p)
print(p2, p2("101"), p2.note)


class Tags(set):
    pass


class Frozen(frozenset):
    pass


print(copy.copy(Tags({1})), copy.deepcopy(Frozen({2})), Tags(), Frozen())
