# An exception in a submitted call is re-raised by result(), with the worker's frames.
from concurrent.futures import ThreadPoolExecutor


def fail(x):
    raise ValueError(f"bad {x}")


ex = ThreadPoolExecutor(1)
f = ex.submit(fail, 7)
print(repr(f.exception()))
ex.shutdown()
f.result()
