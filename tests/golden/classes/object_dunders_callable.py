# object's dunders listed by dir() exist and work: __reduce_ex__, __sizeof__, __subclasshook__, __weakref__, __dir__.
import weakref


class C:
    pass


class S:
    __slots__ = ("a",)


o = C()
o.v = 1
r = o.__reduce_ex__(2)
print(r[0].__name__, r[1:])
r = o.__reduce_ex__(1)
print(r[0].__name__, r[1:])
print(o.__reduce__()[0].__name__)
print(type(o.__sizeof__()), object().__sizeof__())
print(C.__subclasshook__(), object.__subclasshook__())
print(o.__weakref__)
w = weakref.ref(o)
print(o.__weakref__ is w)
print(sorted(object.__dir__(o)) == dir(o), type(object.__dir__(o)))
print(sorted(type.__dir__(C)) == dir(C))
print(o.__getstate__(), object().__getstate__())
s = S()
s.a = 5
print(s.__getstate__())
print(o.__lt__(o), o.__ge__(1), object.__gt__(o, o))
print(object.__doc__.split("\n")[0])
print(C.__doc__, (lambda: 0).__doc__)
