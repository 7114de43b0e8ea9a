# as_completed yields futures in completion order.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def job(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(3) as ex:
    futs = [ex.submit(job, d) for d in (0.3, 0.1, 0.2)]
    print([f.result() for f in as_completed(futs)])
