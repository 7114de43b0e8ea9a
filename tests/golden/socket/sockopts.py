# setsockopt/getsockopt basics: SO_REUSEADDR, SO_TYPE, TCP_NODELAY, SO_ERROR.
import socket

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
s.close()
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.AF_INET, socket.AF_INET6, socket.AF_UNIX)
print(socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SHUT_RDWR)
