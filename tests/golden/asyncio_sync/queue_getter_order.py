# Waiting getters are served first come, first served, one item each.
import asyncio

async def main():
    q = asyncio.Queue()
    results = []

    async def getter(name):
        item = await q.get()
        results.append((name, item))
        print(name, 'got', item)

    tasks = [asyncio.create_task(getter(n)) for n in ('g1', 'g2', 'g3')]
    await asyncio.sleep(0)
    print(q)
    for item in 'xyz':
        q.put_nowait(item)
        print('put', item)
    await asyncio.gather(*tasks)
    print(results)

asyncio.run(main())
