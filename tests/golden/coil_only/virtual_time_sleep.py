# Under COIL_VIRTUAL_TIME a 100-second sleep completes at once and the clock advances by it.
import time
start = time.monotonic()
time.sleep(100)
print(time.monotonic() - start >= 99.9)
