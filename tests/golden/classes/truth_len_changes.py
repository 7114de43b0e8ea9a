# Truth tests and len() of instances follow __bool__/__len__ as the class and its bases change.
import collections
class A:
    def __len__(self): return 3
class B(A):
    def __bool__(self): return False
class C: pass
class D:
    __bool__ = None
class E:
    def __len__(self): return -1
class F:
    def __bool__(self): return 1
print(bool(A()), bool(B()), bool(C()), len(A()), len(B()))
for o in [D(), E(), F()]:
    try: print(bool(o))
    except Exception as e: print(type(e).__name__, e)
try: len(C())
except TypeError as e: print(e)
a = A()
A.__len__ = lambda self: 0
print(bool(a), len(a))
del A.__len__
print(bool(a))
try: len(a)
except TypeError as e: print(e)
A.__bool__ = lambda self: True
print(bool(B()), bool(a))
d = collections.deque([1])
print(bool(d), len(d)); d.pop(); print(bool(d), len(d), not d)
class L(list): pass
print(bool(L()), bool(L([1])), len(L([1, 2])))
a.__class__ = B
print(bool(a))
