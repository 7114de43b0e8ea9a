# repr of set and frozenset subclasses names the subclass, as set_repr does.
class Tags(set):
    pass


class Frozen(frozenset):
    pass


print(Tags([1]), Frozen([1]), Tags(), Frozen())
print(repr(Tags(["a"])), [Frozen([3])], str(Tags([2])))
