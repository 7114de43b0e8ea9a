# "RuntimeWarning: coroutine ... was never awaited" for coroutines freed before starting: at the freeing line, once per line, and at exit as sys:1.
import asyncio

async def work():
    return 1

async def other():
    return 2

def make():
    c = work()
    return 3

async def main():
    for i in range(3):
        work()
    other()
    print(make())
    c = work()
    c.close()
    print(await work())
    print("done")

asyncio.run(main())
work()
g = other()
print("end")
