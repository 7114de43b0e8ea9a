# `with socket.socket() as s` closes the socket on exit, also on an exception.
import socket

with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno())
try:
    with socket.socket() as t:
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, t.fileno())
