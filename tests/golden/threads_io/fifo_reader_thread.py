# A thread opening and reading a FIFO does not block the thread that will write to it.
import os
import tempfile
import threading
import time

d = tempfile.mkdtemp()
path = os.path.join(d, "fifo")
os.mkfifo(path)


def reader():
    with open(path) as f:
        for line in f:
            print("reader got", line.strip())
    print("reader done")


t = threading.Thread(target=reader)
t.start()
for i in range(3):
    print("main tick", i)
    time.sleep(0.02)
with open(path, "w") as f:
    f.write("a\n")
    f.flush()
    time.sleep(0.05)
    print("main wrote")
    f.write("b\n")
t.join()
try:
    os.mkfifo(path)
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
os.remove(path)
os.rmdir(d)
