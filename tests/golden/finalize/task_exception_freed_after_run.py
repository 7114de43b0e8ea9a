# "Task exception was never retrieved" is printed when the failed task is freed, also after asyncio.run returned.
import asyncio
tasks = []
async def fail(n):
    raise ValueError(f"fail {n}")
async def main():
    tasks.append(asyncio.create_task(fail(1)))
    t = asyncio.create_task(fail(2))
    await asyncio.sleep(0.1)
    print("end main")
    return t
t = asyncio.run(main())
print("after run")
del t
print("after del")
tasks.clear()
print("cleared")
