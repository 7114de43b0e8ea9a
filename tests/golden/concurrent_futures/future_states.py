# A bare Future: callbacks, cancel, set_result twice, TimeoutError from result(timeout).
from concurrent.futures import Future, CancelledError, InvalidStateError
import concurrent.futures

f = Future()
f.add_done_callback(lambda fut: print("callback", fut.result()))
print(f.done(), f.running())
try:
    f.result(timeout=0.05)
except concurrent.futures.TimeoutError:
    print("timeout")
f.set_result(42)
try:
    f.set_result(1)
except InvalidStateError:
    print("invalid state")
g = Future()
print(g.cancel(), g.cancelled())
try:
    g.result()
except CancelledError:
    print("cancelled")
