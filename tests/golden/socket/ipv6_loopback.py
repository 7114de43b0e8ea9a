# TCP over IPv6 on ::1: addresses are 4-tuples (host, port, flowinfo, scope_id).
import socket

srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
srv.bind(('::1', 0))
srv.listen()
addr = srv.getsockname()
print(addr[0], len(addr), addr[2:], srv.family)
c = socket.create_connection(('::1', addr[1]))
conn, peer = srv.accept()
print(peer[0], c.family)
c.sendall(b'six')
print(conn.recv(10))
for s in (c, conn, srv):
    s.close()
