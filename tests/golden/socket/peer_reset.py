# A peer that closes with unread data resets the connection: ConnectionResetError.
import socket

a, b = socket.socketpair()
srv = socket.create_server(('127.0.0.1', 0))
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
c.sendall(b'unread')
conn.close()
try:
    c.sendall(b'x')
    c.recv(10)
except ConnectionResetError as e:
    print(type(e).__name__, e.errno, e.strerror)
c.close()
srv.close()
a.close()
b.close()
