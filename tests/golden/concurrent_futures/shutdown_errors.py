# submit after shutdown raises RuntimeError; max_workers must be positive.
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(2)
print(ex.submit(len, "abc").result())
ex.shutdown(wait=True)
try:
    ex.submit(len, "x")
except RuntimeError as e:
    print(e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
