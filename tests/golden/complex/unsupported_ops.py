# //, %, divmod, bit operators and round on complex raise CPython's TypeErrors.
tests = ["1j // 1", "1 // 1j", "1j % 2", "divmod(1j, 1)", "divmod(1, 1j)", "1j & 1",
         "1 | 1j", "1j >> 1", "1j @ 1j", "round(1j)", "[1, 2] * 1j", "'a' + 1j", "1j + 'a'",
         "1j + None", "x = 1j; x //= 2"]
for t in tests:
    try:
        exec(t)
    except TypeError as e:
        print(t, "->", e)
print(hasattr(1j, "__floordiv__"), hasattr(1j, "__mod__"), hasattr(1j, "__float__"))
