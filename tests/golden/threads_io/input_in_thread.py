# coil-test: stdin=first\nsecond\n
# input() called in a thread reads lines while another thread runs; EOFError at the end.
import threading
import time


def reader():
    try:
        while True:
            print("read", repr(input()))
    except EOFError as e:
        print("EOFError", e)


def ticker():
    time.sleep(0.01)
    print("tick")


threads = [threading.Thread(target=reader), threading.Thread(target=ticker)]
for t in threads:
    t.start()
for t in threads:
    t.join()
