# A busy thread is preempted: a flag set by the main thread ends its loop.
import threading

stop = False
spins = 0


def spinner():
    global spins
    while not stop:
        spins += 1


t = threading.Thread(target=spinner)
t.start()
for _ in range(100000):
    pass
stop = True
t.join()
print("spinner stopped", spins > 0)
