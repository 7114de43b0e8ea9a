# len, bool, iter, reversed, in and [] on a class call its metaclass's dunders.
class Registry(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __reversed__(cls):
        return reversed(cls.items)

    def __contains__(cls, x):
        return x in cls.items

    def __getitem__(cls, i):
        return cls.items[i]


class Colors(metaclass=Registry):
    items = ["red", "green", "blue"]


class Empty(metaclass=Registry):
    items = []


print(len(Colors), bool(Colors), bool(Empty), not Empty)
print(list(Colors), list(reversed(Colors)), sorted(Colors))
print("red" in Colors, "pink" in Colors, Colors[1], Colors[-1])
for c in Colors:
    print(c.upper())
a, b, c = Colors
print(a, b, c, [*Colors], tuple(Colors))
print("empty" if not Empty else "full")
