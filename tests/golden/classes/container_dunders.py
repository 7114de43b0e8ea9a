# __getitem__/__setitem__/__delitem__/__contains__ with ints, tuples and keys.
class Store:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d.get(k, "missing")
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
s = Store()
s["a"] = 1
s[1, 2] = "tuple"
print(s["a"], s["zz"], s[1, 2])
del s["a"]
print("a" in s, (1, 2) in s)
s[0] = 0
s[0] += 5
print(s.d)
