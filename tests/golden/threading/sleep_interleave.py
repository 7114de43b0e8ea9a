# time.sleep in a thread lets the main thread and other threads run.
import threading
import time


def worker(name, delay):
    time.sleep(delay)
    print(name, "woke after", delay)


a = threading.Thread(target=worker, args=("a", 0.2))
b = threading.Thread(target=worker, args=("b", 0.1))
a.start()
b.start()
print("main continues")
a.join()
b.join()
print("done")
