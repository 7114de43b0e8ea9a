# getsignal before any change: SIGINT has default_int_handler, SIGPIPE is ignored.
import signal

print(signal.getsignal(signal.SIGINT))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGUSR2)))
print(repr(signal.getsignal(signal.SIGPIPE)))
print(repr(signal.getsignal(signal.SIGCHLD)))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")
