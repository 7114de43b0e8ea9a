# RLock can be acquired again by its owner; other threads wait until it is fully released.
import threading
import time

r = threading.RLock()
order = []


def other():
    with r:
        order.append("other")


with r:
    with r:
        t = threading.Thread(target=other)
        t.start()
        time.sleep(0.1)
        order.append("main")
t.join()
print(order)
