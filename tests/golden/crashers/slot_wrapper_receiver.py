# Unbound dunders of builtin types check their receiver, and sequence concatenation wrappers raise.
cases = [
    "str.__add__(1, 'a')",
    "str.__add__('a', 1)",
    "str.__mul__(1, 2)",
    "str.__len__(5)",
    "list.__len__('ab')",
    "int.__add__('a', 1)",
    "float.__add__(1, 2.0)",
    "str.__eq__(1, 'a')",
    "dict.__len__([])",
    "list.__add__((), [])",
    "list.__add__([1], (2,))",
    "tuple.__add__((1,), [2])",
    "str.__mul__('a', 'b')",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "->", e)
print(str.__add__("a", "b"), list.__add__([1], [2]), int.__add__(1, 2), str.__rmul__("ab", 2))
print(int.__add__(True, 1), str.__len__("abc"), float.__add__(1.5, 2))
