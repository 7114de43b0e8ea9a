# A thread blocked in os.read on a pipe while another thread writes to it.
import os, threading, time
r, w = os.pipe()
out = []
def reader():
    while True:
        chunk = os.read(r, 5)
        if not chunk:
            break
        out.append(chunk)
def writer():
    for word in (b"one", b"two", b"three"):
        time.sleep(0.05)
        os.write(w, word)
    os.close(w)
t = threading.Thread(target=reader); t.start()
u = threading.Thread(target=writer); u.start()
print("main keeps running")
t.join(); u.join()
print(b"".join(out))
os.close(r)
