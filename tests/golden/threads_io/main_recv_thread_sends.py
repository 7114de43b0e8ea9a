# The main thread blocked in recv() lets a thread run that sends after a sleep.
import socket
import threading
import time

a, b = socket.socketpair()


def later():
    time.sleep(0.05)
    print("thread sends")
    b.sendall(b"ping")


t = threading.Thread(target=later)
t.start()
print("main waits")
print("main got", a.recv(10))
t.join()
a.close()
b.close()
