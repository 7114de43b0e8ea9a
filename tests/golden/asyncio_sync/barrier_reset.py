# Barrier.reset with waiters: they get BrokenBarrierError, then the barrier works again.
import asyncio

async def main():
    b = asyncio.Barrier(2)

    async def party(name):
        try:
            i = await b.wait()
            print(name, 'passed', i)
        except asyncio.BrokenBarrierError as e:
            print(name, 'BrokenBarrierError:', e)

    t = asyncio.create_task(party('a'))
    await asyncio.sleep(0)
    print(b)
    await b.reset()
    print(b)
    await t
    print(b)
    await asyncio.gather(party('c'), party('d'))
    print(b)
    await b.reset()
    print('reset with nobody waiting', b)

asyncio.run(main())
