# A bounded Queue blocks the producer until the consumer makes room.
import queue
import threading

q = queue.Queue(maxsize=1)
log = []


def consumer():
    for _ in range(3):
        log.append(("got", q.get()))


t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    q.put(i)
t.join()
print(log)
