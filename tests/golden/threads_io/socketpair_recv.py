# A thread blocked in recv on a socketpair lets another thread run and send.
import socket, threading, time
a, b = socket.socketpair()
log = []
def reader():
    log.append("reader waits")
    data = a.recv(100)
    log.append(f"reader got {data!r}")
def writer():
    time.sleep(0.1)
    log.append("writer sends")
    b.sendall(b"hello")
t1 = threading.Thread(target=reader); t2 = threading.Thread(target=writer)
t1.start(); t2.start(); t1.join(); t2.join()
print(log)
a.close(); b.close()
