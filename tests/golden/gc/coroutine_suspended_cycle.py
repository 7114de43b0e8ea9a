# A suspended coroutine in a garbage cycle is closed by gc.collect() (its finally runs there), and an unstarted one warns once.
import gc
import sys


class Awaitable:
    def __await__(self):
        yield "parked"


async def worker(box):
    try:
        await Awaitable()
    finally:
        print("worker finally")


box = []
c = worker(box)
box.append(c)
print(c.send(None))
del c, box
print("collect")
sys.stdout.flush()
gc.collect()
print("after")


async def idle():
    pass


lst = [idle()]
lst.append(lst)
del lst
gc.collect()
print("end")
