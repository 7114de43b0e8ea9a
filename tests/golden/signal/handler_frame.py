# The handler's second argument is the frame that was running when the signal was handled.
import signal

def handler(signum, frame):
    print("in", frame.f_code.co_name, "line", frame.f_lineno)
    print("caller locals:", sorted(k for k in frame.f_locals if not k.startswith("__")))

def work():
    total = 41
    signal.raise_signal(signal.SIGUSR1)
    return total + 1

signal.signal(signal.SIGUSR1, handler)
print(work())
