# Methods of list, dict, set, int, float and bytes carry CPython's docstrings.
for f in [list.sort, list.pop, dict.setdefault, set.add, int.bit_length, float.is_integer,
          bytes.decode, bytearray.append, str.join, tuple.count, range.index, object.__init__]:
    print(f.__qualname__ if hasattr(f, "__qualname__") else f, "|", f.__doc__.splitlines()[0])
print(abs.__doc__)
print(isinstance.__text_signature__, divmod.__text_signature__, min.__text_signature__)
