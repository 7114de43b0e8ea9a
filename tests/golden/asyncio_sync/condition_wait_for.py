# Condition.wait_for re-checks the predicate after each wake-up and returns its (truthy) value.
import asyncio

async def main():
    cond = asyncio.Condition()
    state = {'n': 0}

    async def consumer():
        async with cond:
            calls = 0
            def ready():
                nonlocal calls
                calls += 1
                return state['n'] >= 3 and f"n={state['n']}"
            r = await cond.wait_for(ready)
            print('predicate true:', r, 'after', calls, 'checks')

    t = asyncio.create_task(consumer())
    for _ in range(4):
        await asyncio.sleep(1)
        async with cond:
            state['n'] += 1
            cond.notify()
    await t
    async with cond:
        print(await cond.wait_for(lambda: 42))

asyncio.run(main())
