# A thread parked in os.read on a TCP socket gets ConnectionResetError when the peer resets.
import os
import socket
import struct
import threading
import time

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
cl = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()


def reader():
    os.read(cl.fileno(), 10)


t = threading.Thread(target=reader)
t.start()
time.sleep(0.05)
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
conn.close()
t.join()
print("joined")
cl.close()
srv.close()
