# Connecting to a closed port: ConnectionRefusedError [Errno 111]; connect_ex returns 111.
import socket

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
probe.close()
s = socket.socket()
try:
    s.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(e)
s.close()
s = socket.socket()
print(s.connect_ex(('127.0.0.1', port)))
s.close()
