# repr() and str() of built-in exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(),
          KeyError("a", "b"), IndexError(3), StopIteration(7), OSError(2, "No such file"),
          Exception(None), Exception(""), AttributeError("x")]:
    print(repr(e), "|", str(e), "|", e.args)
