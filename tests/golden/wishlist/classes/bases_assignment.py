# Rebinding __bases__ recomputes the MRO (Coil raises NotImplementedError for now).
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
C.__bases__ = (B,)
print(C.__bases__, C.__mro__, C().f())
