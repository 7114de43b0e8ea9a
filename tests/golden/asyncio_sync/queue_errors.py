# QueueEmpty/QueueFull from the *_nowait methods, their names, modules and bases.
import asyncio

q = asyncio.Queue(1)
try:
    q.get_nowait()
except asyncio.QueueEmpty as e:
    print('empty:', repr(e), type(e).__module__)
q.put_nowait(1)
try:
    q.put_nowait(2)
except asyncio.QueueFull as e:
    print('full:', repr(e), type(e).__module__)
print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
print(asyncio.queues.QueueEmpty is asyncio.QueueEmpty)
print(asyncio.queues.Queue is asyncio.Queue, asyncio.Queue.__module__)
print(q.qsize(), q.get_nowait())
try:
    q.task_done()
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
