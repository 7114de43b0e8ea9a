# vars() of an instance, and dir() of a user class instance filtered to non-dunder names.
class Base:
    def method(self): pass
    shared = 1
class Thing(Base):
    def __init__(self):
        self.alpha = 1
        self.beta = 2
    def act(self): pass
t = Thing()
print(vars(t))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("_")])
