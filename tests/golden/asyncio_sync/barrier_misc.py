# Barrier: parties < 1 is a ValueError; `async with barrier as i` gives the index; a cancelled waiter leaves the count.
import asyncio

async def main():
    for n in (0, -1):
        try:
            asyncio.Barrier(n)
        except ValueError as e:
            print('ValueError:', e)
    b = asyncio.Barrier(2)

    async def ctx(name):
        async with b as i:
            print(name, 'index', i)

    await asyncio.gather(ctx('p'), ctx('q'))
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(b)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), b)
    await asyncio.gather(ctx('r'), ctx('s'))
    print(b)

asyncio.run(main())
