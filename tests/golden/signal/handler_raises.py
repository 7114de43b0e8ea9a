# An exception raised by a handler propagates from the point where the handler ran.
import signal

class Stop(Exception):
    pass

def stop(signum, frame):
    raise Stop(f"stopped by {signal.Signals(signum).name}")

signal.signal(signal.SIGTERM, stop)
try:
    for i in range(3):
        print("working", i)
        if i == 1:
            signal.raise_signal(signal.SIGTERM)
except Stop as e:
    print("caught:", e)
signal.raise_signal(signal.SIGTERM)
print("not reached")
