# A server thread blocked in accept() and recv() lets the main thread connect and talk.
import socket
import threading
import time

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]


def serve():
    conn, _ = srv.accept()
    with conn:
        while data := conn.recv(4):
            conn.sendall(data.upper())


th = threading.Thread(target=serve)
th.start()
time.sleep(0.05)
with socket.create_connection(("127.0.0.1", port)) as cl:
    for word in (b"spam", b"eggs"):
        cl.sendall(word)
        print(cl.recv(100))
th.join()
srv.close()
print("server done")
