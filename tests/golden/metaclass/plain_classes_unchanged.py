# Classes without a user metaclass keep type's behaviour; a plain metaclass adds none.
class Plain:
    def __len__(self):
        return 5


class M(type):
    pass


class WithMeta(metaclass=M):
    pass


print(repr(Plain), len(Plain()), bool(Plain), hash(Plain) == hash(Plain))
print(repr(WithMeta), WithMeta == WithMeta, bool(WithMeta))
for bad in ("len(WithMeta)", "iter(WithMeta)", "WithMeta + 1", "-WithMeta", "WithMeta.nope"):
    try:
        eval(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(format(WithMeta, ""))
try:
    format(WithMeta, "x")
except TypeError as e:
    print(e)
