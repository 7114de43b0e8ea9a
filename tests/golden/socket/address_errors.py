# Bad addresses: CPython's TypeError/OverflowError texts for AF_INET.
import socket

s = socket.socket()
for bad in ['localhost', ('a',), ('127.0.0.1', 70000), (1, 2), ('127.0.0.1', 'x')]:
    try:
        s.bind(bad)
    except Exception as e:
        print(type(e).__name__, e)
s.close()
