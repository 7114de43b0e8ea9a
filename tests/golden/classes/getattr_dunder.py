# __getattr__ is consulted only when normal lookup fails; __getattribute__ is not needed.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("fallback for", name)
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1))
print(getattr(p, "missing", "default"))
try:
    p._secret
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "_x"), hasattr(p, "target"))
