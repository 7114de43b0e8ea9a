# The asyncio.locks / asyncio.queues submodules, their __all__, and the classes' modules and bases.
import asyncio

print(asyncio.locks.__all__)
print(asyncio.queues.__all__)
for name in ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'):
    cls = getattr(asyncio, name)
    print(name, cls is getattr(asyncio.locks, name), cls.__module__, cls.__qualname__)
for name in asyncio.queues.__all__:
    print(name, getattr(asyncio, name).__module__)
print(asyncio.PriorityQueue.__mro__[1] is asyncio.Queue, asyncio.LifoQueue.__bases__)
print(asyncio.BoundedSemaphore.__bases__)
print(asyncio.BrokenBarrierError.__mro__[:3])
