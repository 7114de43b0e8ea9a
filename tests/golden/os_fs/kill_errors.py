# os.kill: signal 0 probes a process; a missing one is ProcessLookupError, bad numbers OverflowError.
import os

print(os.kill(os.getpid(), 0))
for args in [(2 ** 22 + 12345, 0), (os.getpid(), 2 ** 40), (2 ** 40, 0), (os.getpid(), 'x')]:
    try:
        os.kill(*args)
    except (OSError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.kill(os.getpid())
except TypeError as e:
    print(e)
