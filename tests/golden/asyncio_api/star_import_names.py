# `from asyncio import *` gives CPython 3.11's __all__ (no TaskGroup); Server is asyncio's.
from asyncio import *
import asyncio

names = ['Queue', 'sleep', 'Lock', 'TaskGroup', 'timeout', 'open_connection',
         'Runner', 'to_thread', 'Server', 'AbstractServer', 'BrokenBarrierError']
print([n for n in names if n in globals()])
print(asyncio.Server.__name__, asyncio.AbstractServer.__name__)
print(asyncio.exceptions.IncompleteReadError.__name__, asyncio.BrokenBarrierError.__name__)
print(hasattr(asyncio, 'timeout_at'), hasattr(asyncio, 'no_such_name'))
import asyncio.queues
print(asyncio.queues.Queue is Queue)
