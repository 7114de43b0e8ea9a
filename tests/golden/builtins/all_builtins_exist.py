# The core built-in names exist and are callable.
names = ["abs", "all", "any", "bin", "bool", "callable", "chr", "dict", "dir", "divmod",
         "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash",
         "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "map",
         "max", "min", "next", "object", "oct", "ord", "pow", "print", "range", "repr",
         "reversed", "round", "set", "setattr", "sorted", "str", "sum", "tuple", "type", "vars", "zip"]
import builtins
print(all(callable(getattr(builtins, n)) for n in names), len(names))
print(type(len).__name__, repr(len), repr(print))
