# select.select in a thread parks it: the main thread keeps running until the pipe is written.
import os
import select
import threading
import time

r, w = os.pipe()


def waiter():
    rl, wl, xl = select.select([r], [], [], 5)
    print("waiter woke", rl == [r], wl, xl, os.read(r, 10))
    print("timeout:", select.select([r], [], [], 0.05))


t = threading.Thread(target=waiter)
t.start()
for i in range(3):
    print("main", i)
    time.sleep(0.02)
os.write(w, b"ping")
t.join()
os.close(r)
os.close(w)
