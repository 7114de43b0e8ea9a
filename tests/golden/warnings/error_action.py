# The "error" action raises the warning as an exception; uncaught, the traceback ends at the caller.
import warnings

warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("converted", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", repr(e), e.args)
warnings.warn("still a warning", UserWarning)
warnings.filterwarnings("error", message="fatal")
try:
    warnings.warn("fatal: disk full")
except UserWarning as e:
    print("caught", e)
warnings.warn("Fatal is case-insensitive")
