# socket.create_server + socket.create_connection, recv_into a bytearray.
import socket

srv = socket.create_server(('127.0.0.1', 0))
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
port = srv.getsockname()[1]
with socket.create_connection(('127.0.0.1', port), timeout=2) as c:
    print(c.gettimeout())
    conn, _ = srv.accept()
    c.sendall(b'0123456789')
    buf = bytearray(4)
    print(conn.recv_into(buf), buf)
    print(conn.recv_into(buf, 2), buf)
    conn.close()
srv.close()
