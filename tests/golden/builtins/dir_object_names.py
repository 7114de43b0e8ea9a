# dir() of an instance, a plain class and object() lists what object contributes, sorted.
class C:
    x = 1

    def m(self):
        pass


o = C()
o.y = 2
print(dir(o))
print(dir(C))
print(dir(object()))
print([n for n in dir(o) if not n.startswith("_")])
