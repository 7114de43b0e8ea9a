# A thread's recv with a timeout raises TimeoutError while the main thread keeps counting.
import socket
import threading
import time

a, b = socket.socketpair()
a.settimeout(0.2)
result = []


def waiter():
    try:
        a.recv(1)
    except TimeoutError as e:
        result.append(repr(e))


t = threading.Thread(target=waiter)
t.start()
ticks = 0
while t.is_alive():
    ticks += 1
    time.sleep(0.01)
print(result, ticks >= 5)
a.close()
b.close()
