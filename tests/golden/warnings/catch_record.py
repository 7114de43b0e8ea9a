# catch_warnings(record=True) collects WarningMessage objects and restores filters on exit.
import warnings


def noisy():
    warnings.warn("first", UserWarning)
    warnings.warn("second", RuntimeWarning)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    noisy()
    noisy()
print(len(caught))
for w in caught:
    print(w.category.__name__, w.message, type(w.message).__name__, w.lineno, w.filename.endswith(".py"))
print(str(caught[0]).replace(caught[0].filename, "FILE"))
print(warnings.filters[0][0], len(warnings.filters))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    noisy()
print(warnings.catch_warnings(record=True))
