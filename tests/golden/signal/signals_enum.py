# Signals/Handlers/Sigmasks enums: reprs, names, aliases, int behaviour.
import signal

print(repr(signal.SIGINT), repr(signal.SIGTERM), repr(signal.SIGKILL))
print(signal.SIGINT == 2, signal.SIGINT + 0, str(signal.SIGTERM), f"{signal.SIGUSR1}")
print(signal.Signals(15), signal.Signals["SIGHUP"], signal.SIGTERM.name, signal.SIGTERM.value)
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), list(signal.Handlers))
print(repr(signal.SIG_BLOCK), signal.NSIG, repr(signal.SIGRTMIN), repr(signal.SIGRTMAX))
print(isinstance(signal.SIGINT, int), signal.Signals, signal.Signals.__name__)
try:
    signal.Signals(100)
except ValueError as e:
    print("ValueError:", e)
