# socket repr before and after bind, and after close; fileno -1 when closed.
import socket

s = socket.socket()
print(s.family, s.type, s.proto)
print(repr(s.family), repr(s.type))
s.close()
print(s)
print(s.fileno())
s.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(u.type is socket.SOCK_DGRAM)
u.close()
print(u)
