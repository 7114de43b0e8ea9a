# wait() with FIRST_COMPLETED and ALL_COMPLETED, and a timeout.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED
import time


def job(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(3) as ex:
    futs = [ex.submit(job, d) for d in (0.1, 0.5)]
    done, not_done = wait(futs, return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    done, not_done = wait(futs, timeout=0.1)
    print(len(done), len(not_done))
    done, not_done = wait(futs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
