# Tasks and futures as set members and dict keys (the background-tasks pattern), hashed by identity.
import asyncio

background = set()


async def job(i):
    await asyncio.sleep(0)
    return i * i


async def main():
    results = {}
    for i in range(6):
        t = asyncio.create_task(job(i))
        background.add(t)
        results[t] = i
        t.add_done_callback(background.discard)
    print(len(background), len(results))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(len(background), sorted(t.result() for t in results))
    f = asyncio.get_running_loop().create_future()
    print(hash(f) == hash(f), f in {f}, f in background)
    print(sorted(results[t] for t in results if t.result() > 4))
    s = {f, f}
    print(len(s), {f: 1}[f])


asyncio.run(main())
