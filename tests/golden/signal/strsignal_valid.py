# strsignal descriptions and the valid_signals set.
import signal

for s in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1, signal.SIGSEGV, signal.SIGCHLD):
    print(s.name, signal.strsignal(s))
valid = signal.valid_signals()
print(len(valid), signal.SIGINT in valid, min(valid), max(valid))
print(sorted(valid)[:5])
try:
    signal.strsignal(0)
except ValueError as e:
    print("ValueError:", e)
