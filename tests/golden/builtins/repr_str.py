# repr() versus str() for built-in types, including quotes choice in str reprs.
for v in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", 1, 1.0, None, [1, "a"], (1,), {"k": "v"}]:
    print(repr(v), str(v))
print(repr(repr("x")), str(str))
