# Replacing SIGINT's handler: raise_signal(SIGINT) calls it instead of raising KeyboardInterrupt.
import signal

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt by default")
seen = []
signal.signal(signal.SIGINT, lambda s, f: seen.append(s))
signal.raise_signal(signal.SIGINT)
signal.raise_signal(signal.SIGINT)
print(seen)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
