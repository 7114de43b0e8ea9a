# callable() and object(): instances of object are unique and attribute-less.
class F:
    def __call__(self): pass
print(callable(len), callable(F), callable(F()), callable(object()), callable("x"))
o = object()
print(o == o, o == object(), type(o).__name__)
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
