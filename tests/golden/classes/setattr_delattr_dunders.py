# __setattr__ and __delattr__ intercept assignment; object.__setattr__ does the store.
class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
o = Logged()
o.a = 1
o.a += 1
del o.a
print(hasattr(o, "a"))
