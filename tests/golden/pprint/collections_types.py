# pprint of sets (sorted), frozensets, OrderedDict, defaultdict, Counter and deque when too wide.
import collections
import pprint

pprint.pprint({5, 3, 9, 1, 7}, width=10)
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint(set(), width=1)
pprint.pprint(collections.OrderedDict((f"key{i}", i * i) for i in range(8)), width=40)
dd = collections.defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter("mississippi river banks"), width=40)
pprint.pprint(collections.deque(range(25)), width=40)
pprint.pprint(collections.deque("abcdefghijklmnopqrstuvwxyz", maxlen=30), width=40)
