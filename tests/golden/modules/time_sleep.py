# time.sleep pauses at least the requested time, measured with monotonic().
import time
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print(elapsed >= 0.05, elapsed < 5)
time.sleep(0)
print("done")
