# Operations on a closed socket: OSError [Errno 9] Bad file descriptor; sending str is a TypeError.
import socket

a, b = socket.socketpair()
try:
    a.send('text')
except TypeError as e:
    print(e)
a.close()
for op in (lambda: a.recv(1), lambda: a.send(b'x'), lambda: a.getsockname()):
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
b.close()
