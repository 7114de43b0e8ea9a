# Subclasses of builtin types: methods, operators, super() calls and explicit dunders on builtins.
class L(list):
    def __init__(self, items):
        super().__init__(items)
        self.tag = "t"
    def total(self):
        return sum(self)
l = L([3, 1, 2])
l.sort()
print(l, l.total(), l.tag, l + [9], len(l), 2 in l, l[1:], list(reversed(l)))
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s.shout(), s + "x", s == "hi", {s: 1}["hi"], isinstance(s, str), len(s))
class D(dict):
    pass
d = D(a=1)
d["b"] = 2
print(d, len(d), sorted(d), d.get("a"))
print((5).__add__(3), int.__add__(5, 3), (5).__radd__(1), list.__len__([1, 2]), "ab".__contains__("a"))
print((5).__add__("x"), (1).__eq__(1.0), [1].__eq__([1]), str.__mul__("ab", 2))
