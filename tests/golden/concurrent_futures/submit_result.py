# ThreadPoolExecutor.submit returns Futures; result() waits; context manager shuts down.
from concurrent.futures import ThreadPoolExecutor
import time


def slow_square(x):
    time.sleep(0.1 * (3 - x))
    return x * x


with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(slow_square, i) for i in range(3)]
    print([f.result() for f in futs])
    print([f.done() for f in futs])
