# A builtin subclass whose __eq__ returns NotImplemented falls back to the builtin type's own comparison.
class D(dict):
    def __eq__(self, o):
        return NotImplemented
print(D(a=1) == {"a": 1}, {"a": 1} == D(a=1), D(a=1) != {"a": 1})
class L(list):
    def __eq__(self, o):
        return NotImplemented
print(L([1]) == [1])
class S(str):
    def __lt__(self, o):
        return NotImplemented
print(S("a") < "b", "b" > S("a"))
class D2(dict):
    def __eq__(self, o):
        return NotImplemented
print(D2(a=1) == D2(a=1))
