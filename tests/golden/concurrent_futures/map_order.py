# Executor.map yields results in input order whatever the completion order.
from concurrent.futures import ThreadPoolExecutor
import time


def job(x):
    time.sleep(0.05 * (4 - x))
    return x * 10


with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(job, range(4))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
