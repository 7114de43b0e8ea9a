# Default reprs of instances and classes: <__main__.C object at 0x...> and <class '__main__.C'>.
class C:
    pass
c = C()
print(c)
print(repr(c) == str(c), repr(c).startswith("<__main__.C object at 0x"))
print(C, type(c), int, type(None))
class Outer:
    class Inner:
        pass
print(Outer.Inner, Outer.Inner())
