# socketpair(): a connected AF_UNIX pair; shutdown(SHUT_WR) gives the peer EOF.
import socket

a, b = socket.socketpair()
print(a.family, b.type, a.gettimeout())
a.sendall(b'hello')
print(b.recv(3), b.recv(10))
b.send(bytearray(b'back'))
print(a.recv(10))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close()
b.close()
