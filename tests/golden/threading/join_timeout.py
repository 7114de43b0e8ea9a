# join(timeout) returns while the thread is still alive; is_alive tells.
import threading
import time


def slow():
    time.sleep(1)


t = threading.Thread(target=slow, daemon=True)
t.start()
t.join(0.1)
print("alive after short join:", t.is_alive(), t.daemon)
t.join()
print("alive after join:", t.is_alive())
