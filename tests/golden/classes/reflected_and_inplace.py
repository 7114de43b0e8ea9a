# __radd__ when the left operand gives up, and __iadd__ mutating in place versus rebinding.
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        print("radd", o)
        return Money(o + self.v)
    def __repr__(self):
        return f"Money({self.v})"
print(1 + Money(2), sum([Money(1), Money(2)]))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
a = Acc()
alias = a
a += 1
a += 2
print(alias.items, a is alias)
m = Money(1)
m2 = m
m += 5
print(m, m2, m is m2)
