# Queue[int] and friends: a generic alias that prints as CPython's and makes a queue when called.
import asyncio

print(asyncio.Queue[int])
print(asyncio.PriorityQueue[tuple])
print(asyncio.LifoQueue[str])
class Job:
    pass

print(asyncio.Queue[Job])
print(asyncio.Queue[int, str], asyncio.Queue[()])
alias = asyncio.Queue[int]
print(alias.__origin__ is asyncio.Queue, alias.__args__)
q = alias(2)
print(type(q).__name__, q.maxsize)
