# The core built-in functions exist, are callable, and know their names.
funcs = [abs, all, any, bin, callable, chr, dir, divmod, enumerate, filter, format, getattr,
         hasattr, hash, hex, id, input, isinstance, issubclass, iter, len, map, max, min,
         next, oct, ord, pow, print, repr, reversed, round, setattr, sorted, sum, vars, zip]
types = [bool, dict, float, frozenset, int, list, object, range, set, str, tuple, type]
print(all(callable(f) for f in funcs + types), len(funcs), len(types))
print([f.__name__ for f in funcs])
print([t.__name__ for t in types])
print(type(len).__name__, repr(len), repr(print))
