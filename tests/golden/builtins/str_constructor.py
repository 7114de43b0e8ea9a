# str() of objects, of bytes-free values, and with no arguments.
print(repr(str()), str(12), str(-1.5), str([1, "a"]), str(None), str(True), str(str))
print(str(1e100), str(10 ** 20), str({1: (2,)}))
