# UDP over IPv4: sendto/recvfrom carry the sender's address.
import socket

r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(('127.0.0.1', 0))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
print(s.sendto(b'datagram one', r.getsockname()))
s.sendto(b'two', 0, r.getsockname())
data, addr = r.recvfrom(100)
print(data, addr == s.getsockname())
print(r.recvfrom(2)[0])
r.close()
s.close()
