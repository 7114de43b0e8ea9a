# settimeout: recv raises TimeoutError('timed out'); setblocking(False) gives BlockingIOError.
import socket

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking())
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, socket.timeout is TimeoutError)
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
try:
    a.settimeout(-1)
except ValueError as e:
    print(e)
a.close()
b.close()
