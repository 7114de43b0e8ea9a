# A DeprecationWarning with stacklevel=2 is shown once per call site in __main__ (default filter).
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


total = 0
for i in range(5):
    total += old_api(i)
print(total)
old_api(1)
print("done")
