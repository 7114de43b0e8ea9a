# An inconsistent hierarchy raises TypeError with CPython's MRO message.
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(A, A): pass
except TypeError as e:
    print("TypeError:", e)
