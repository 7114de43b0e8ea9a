# Event: wait blocks until set; wait(timeout) returns False on timeout.
import threading
import time

ev = threading.Event()


def setter():
    time.sleep(0.2)
    print("setting")
    ev.set()


print(ev.is_set(), ev.wait(0.05))
t = threading.Thread(target=setter)
t.start()
print("waited:", ev.wait())
t.join()
ev.clear()
print(ev.is_set())
