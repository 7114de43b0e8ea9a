# Task exceptions never retrieved while the loop runs: a deleted failed task, an unreferenced one, gather(return_exceptions=True) and a cancelled task print nothing extra.
import asyncio
async def fail(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"fail {n}")

async def main():
    t = asyncio.create_task(fail(1))
    await asyncio.sleep(0.02)
    print("main slept")
    del t
    print("after del")
    asyncio.create_task(fail(2))
    await asyncio.sleep(0.02)
    print("second done")
    r = await asyncio.gather(fail(3), fail(4), return_exceptions=True)
    print(r)
    t = asyncio.create_task(fail(5))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.02)
    print(t.cancelled())
    t2 = asyncio.create_task(fail(6))
    await asyncio.sleep(0.02)
    print("end of main")
asyncio.run(main())
print("after run")
