# A Python handler installed with signal.signal runs when raise_signal delivers the signal.
import signal

def handler(signum, frame):
    print("handler got", signum, signal.Signals(signum).name)

old = signal.signal(signal.SIGUSR1, handler)
print(repr(old))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise")
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)) == repr(handler))
print(repr(signal.getsignal(signal.SIGUSR1)))
