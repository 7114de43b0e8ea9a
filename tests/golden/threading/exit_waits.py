# The program waits for non-daemon threads at exit; daemon threads are abandoned.
import threading
import time


def late():
    time.sleep(0.2)
    print("non-daemon finished")


def forever():
    time.sleep(100)
    print("never printed")


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print("main ends")
