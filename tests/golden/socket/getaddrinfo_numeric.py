# getaddrinfo for numeric hosts and localhost, with enum families and kinds.
import socket

for host in ['127.0.0.1', 'localhost']:
    for info in socket.getaddrinfo(host, 80, socket.AF_INET, socket.SOCK_STREAM):
        print(info)
print(socket.getaddrinfo('::1', 8080, type=socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, '443', socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.gethostbyname('127.0.0.1'))
print(isinstance(socket.gethostname(), str))
