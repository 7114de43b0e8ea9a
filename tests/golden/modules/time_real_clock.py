# Real wall-clock readings print as DATETIME / HH:MM:SS after the real-time normalisation.
# coil-test: real-time
import time
from datetime import datetime
print("now", datetime.now())
print("iso", datetime.now().isoformat(timespec="seconds"))
print("clock", time.strftime("%H:%M:%S"))
print("year is plausible", time.localtime().tm_year >= 2024)
start = time.monotonic()
time.sleep(0.01)
print("slept", time.monotonic() - start >= 0.009)
