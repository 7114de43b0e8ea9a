# simplefilter/filterwarnings order, append, ignore, resetwarnings and argument checks.
import warnings

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore", UserWarning)
warnings.simplefilter("always", RuntimeWarning, append=True)
warnings.filterwarnings("error", category=FutureWarning, lineno=99)
for f in warnings.filters:
    print(f)
warnings.warn("ignored")
warnings.warn("shown", RuntimeWarning)
warnings.warn("shown", RuntimeWarning)
warnings.resetwarnings()
warnings.warn("default action now")
for bad in [lambda: warnings.simplefilter("sometimes"),
            lambda: warnings.filterwarnings("ignore", category=5),
            lambda: warnings.filterwarnings("ignore", lineno=-1)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.warn("x", category=str)
except TypeError as e:
    print(e)
