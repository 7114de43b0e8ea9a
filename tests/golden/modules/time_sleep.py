# time.sleep pauses at least the requested time, measured with monotonic().
import time
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
# 0.049: the difference of two float clock readings may round just below 0.05.
print(elapsed >= 0.049, elapsed < 5)
time.sleep(0)
print("done")
