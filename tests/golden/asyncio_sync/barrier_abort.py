# Barrier.abort: waiters and later wait() calls get BrokenBarrierError; broken is True; reprs.
import asyncio

async def main():
    b = asyncio.Barrier(3)

    async def party(name):
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print(name, 'BrokenBarrierError:', e)

    tasks = [asyncio.create_task(party(n)) for n in 'ab']
    await asyncio.sleep(0)
    print(b, b.n_waiting)
    await b.abort()
    await asyncio.gather(*tasks)
    print(b, b.broken, b.n_waiting)
    await party('late')
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    print(asyncio.BrokenBarrierError.__module__, asyncio.exceptions.BrokenBarrierError is asyncio.BrokenBarrierError)
    await b.reset()
    print('after reset', b, b.broken)

asyncio.run(main())
