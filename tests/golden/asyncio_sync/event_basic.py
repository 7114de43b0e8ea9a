# Event: is_set, set wakes every waiter (wait returns True), clear, wait on a set event, reprs.
import asyncio

async def main():
    ev = asyncio.Event()
    print(ev, ev.is_set())

    async def waiter(name):
        print(name, 'waiting')
        r = await ev.wait()
        print(name, 'woke', r)

    tasks = [asyncio.create_task(waiter(n)) for n in 'abc']
    await asyncio.sleep(0)
    print(ev)
    ev.set()
    print(ev, ev.is_set())
    await asyncio.gather(*tasks)
    print(ev)
    print(await ev.wait())
    ev.set()
    ev.clear()
    print(ev.is_set(), ev)
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(1)
    print(t.done())
    ev.set()
    ev.clear()     # the waiter was already woken by set()
    await asyncio.sleep(0)
    print(t.done(), t.result())

asyncio.run(main())
