# SIG_IGN drops a signal; bad signal numbers and handlers give CPython's errors.
import signal

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("still alive")
tries = [
    (signal.SIGKILL, signal.SIG_IGN),
    (signal.SIGSTOP, signal.SIG_DFL),
    (0, signal.SIG_IGN),
    (100, signal.SIG_IGN),
    (signal.SIGUSR1, 5),
    (signal.SIGUSR1, "handler"),
]
for args in tries:
    try:
        signal.signal(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(99)
except ValueError as e:
    print("ValueError", e)
