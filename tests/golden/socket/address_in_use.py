# Binding a port that is taken: OSError [Errno 98] Address already in use; create_server's message.
import socket

a = socket.socket()
a.bind(('127.0.0.1', 0))
a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
b.close()
try:
    socket.create_server(a.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno)
    print(str(e).split(' (while')[0], '(while' in str(e))
a.close()
