# Barrier(3): wait returns indexes 0..2 in arrival order, all leave together; parties, n_waiting, broken, reprs, reuse.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    b = asyncio.Barrier(3)
    print(b, b.parties, b.n_waiting, b.broken)

    async def party(name, delay):
        await asyncio.sleep(delay)
        print(f'{loop.time() - t0:.0f} {name} arrives, waiting={b.n_waiting}')
        i = await b.wait()
        print(f'{loop.time() - t0:.0f} {name} passes with index {i}')
        return i

    rs = await asyncio.gather(party('a', 1), party('b', 3), party('c', 2))
    print(rs, b)
    rs = await asyncio.gather(*(party(f'r2-{i}', 0) for i in range(3)))
    print(rs, b)
    seen = []

    async def observer():
        await asyncio.sleep(0)
        seen.append(repr(b).split('[')[1])

    await asyncio.gather(party('x', 0), party('y', 0), observer(), party('z', 1))
    print(seen)

asyncio.run(main())
