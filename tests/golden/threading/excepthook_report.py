# An uncaught exception in a thread prints CPython's report and the program goes on.
import threading


def fails(n):
    raise ValueError(f"bad value {n}")


t = threading.Thread(target=fails, args=(3,))
t.start()
t.join()
print("main still running", t.is_alive())
