# isinstance/issubclass with classes, tuples, builtins and bool being an int.
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(C(), (A, C)))
print(issubclass(B, A), issubclass(A, A), issubclass(A, (C, B)), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(issubclass(A, object), isinstance(A, type), isinstance(int, type))
print(issubclass(KeyError, LookupError), isinstance([], (tuple, list)))
