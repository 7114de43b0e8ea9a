# Timer calls its function after the interval; a cancelled Timer never does.
import threading

t1 = threading.Timer(0.1, print, args=("fired", 1))
t2 = threading.Timer(0.1, print, args=("never",))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print("timers done", t1.is_alive(), t2.is_alive())
