# AF_UNIX stream sockets (abstract namespace: no file to clean up); getsockname gives bytes.
import socket

holder = socket.create_server(('127.0.0.1', 0))  # a unique number for the name
name = ('\0coil-unix-stream-%d' % holder.getsockname()[1]).encode()
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(name)
srv.listen()
print(srv.getsockname() == name, srv.family)
c = socket.socket(socket.AF_UNIX)
c.connect(name)
conn, addr = srv.accept()
print(repr(addr), c.getpeername() == name)
c.sendall(b'over unix')
print(conn.recv(100))
for s in (c, conn, srv, holder):
    s.close()
