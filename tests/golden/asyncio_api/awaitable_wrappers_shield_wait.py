# shield, wait_for and wait accept objects with __await__ built on a coroutine's __await__.
import asyncio


class Job:
    def __init__(self, value, delay):
        self.value, self.delay = value, delay

    async def _run(self):
        await asyncio.sleep(self.delay)
        return self.value

    def __await__(self):
        return self._run().__await__()


async def main():
    print(await asyncio.shield(Job("shielded", 0.01)))
    try:
        await asyncio.wait_for(Job("slow", 1), 0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    tasks = [asyncio.ensure_future(Job(i, 0.01 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    print(await asyncio.gather(*tasks))

asyncio.run(main())
