# get_nowait on an empty queue raises Empty; put on a full bounded queue raises Full; timeouts.
import queue

q = queue.Queue(maxsize=2)
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put(3, timeout=0.1)
except queue.Full:
    print("Full after timeout")
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
print(q.get(), q.get())
try:
    q.get(timeout=0.2)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
try:
    q.task_done(); q.task_done(); q.task_done()
except ValueError as e:
    print(e)
