# Objects with __await__ are accepted by gather, wait_for, ensure_future and shield.
import asyncio


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(self.value)
        return fut.__await__()


async def main():
    print(await asyncio.gather(Ready(1), Ready(2)))
    print(await asyncio.wait_for(Ready('w'), 1))
    t = asyncio.ensure_future(Ready('e'))
    print(type(t).__name__, await t)
    print(await asyncio.shield(Ready('s')))

asyncio.run(main())
