# join before start, starting twice and joining the current thread raise RuntimeError.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
print(repr(threading.Thread(name="x")))
